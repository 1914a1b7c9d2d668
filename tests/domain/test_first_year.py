"""1990, navdesk's first year: every look back and every "year before" stops there (no
figures before it) instead of asking for 1989, which is no period ("uventet feil" in the
review of issue 11)."""

from __future__ import annotations

import pytest

from navdesk.domain.aggregation import aggregate_year_to_date, recent_months, value_month
from navdesk.domain.breakdown import breakdown_tables, years_needed
from navdesk.domain.catalogue import build_catalogue
from navdesk.domain.completeness import expected_codes, form_lines, month_completeness
from navdesk.domain.demo import demo_values
from navdesk.domain.goalcard import Direction, Measure, evaluate_measure
from navdesk.domain.month_sheet import build_month_sheet
from navdesk.domain.period import MIN_YEAR, Period, PeriodError
from navdesk.domain.rules import check_month, check_year
from navdesk.domain.trends import project_year_end
from navdesk.formats.catalogue_file import default_catalogue

CAT = build_catalogue(default_catalogue())
JANUARY = Period(MIN_YEAR, 1)


@pytest.fixture(scope="module")
def figures() -> dict:
    """The demo office's 1990, every line of every month."""
    out: dict = {}
    for code, period, value in demo_values("0312", JANUARY, Period(MIN_YEAR, 12)):
        out.setdefault(code, {})[period] = value
    return out


def test_the_month_before_the_first_month_and_the_year_before_the_first_year_are_none():
    assert JANUARY.month_before() is None
    assert JANUARY.year_before() is None and Period(MIN_YEAR).year_before() is None
    assert Period(MIN_YEAR, 2).month_before() == JANUARY
    assert Period(1991, 1).month_before() == Period(1990, 12)
    assert Period(1991, 5).year_before() == Period(1990, 5)
    with pytest.raises(PeriodError):  # the rule itself stays: 1989 is no period
        JANUARY.previous_month()


def test_january_1990_expects_every_line_and_counts_its_own(figures):
    assert expected_codes(CAT, figures, JANUARY) == {i.code for i in form_lines(CAT, JANUARY)}
    c = month_completeness(CAT, figures, JANUARY)
    assert (c.entered, c.expected) == (73, 73) and c.is_whole
    # the yearly lines, left empty: no year before to have filled them, so not expected
    monthly = {code: series for code, series in figures.items() if not CAT[code].is_yearly}
    december = month_completeness(CAT, monthly, Period(MIN_YEAR, 12))
    assert (december.entered, december.expected) == (73, 73) and december.is_whole


def test_the_month_sheet_of_january_1990_has_no_month_or_year_before(figures):
    sheet = build_month_sheet(CAT, figures, {}, JANUARY)
    node = sheet.by_code["SH_MND"]
    assert node.value == figures["SH_MND"][JANUARY]
    assert (node.previous, node.last_year) == (None, None)
    december = build_month_sheet(CAT, figures, {}, Period(MIN_YEAR, 12))
    yearly = december.by_code["BRUKERTILFREDSHET"]
    assert (yearly.period, yearly.previous) == (Period(MIN_YEAR), None)


def test_warnings_look_back_only_to_january_1990(figures):
    assert check_month(CAT, figures, JANUARY) == []
    check_year(CAT, figures, MIN_YEAR)  # every month of the year, none reaching into 1989
    spike = {"SH_NODHJELP": {**{Period(MIN_YEAR, m): 20 for m in range(1, 8)},
                             Period(MIN_YEAR, 8): 200}}
    # seven months of history, all of them in 1990: enough to flag the jump
    assert [f.kind for f in check_month(CAT, spike, Period(MIN_YEAR, 8))] == ["outlier"]


def test_the_recent_months_before_1990_are_missing(figures):
    recent = recent_months(CAT, figures, "SH_MND", Period(MIN_YEAR, 3), 24)
    assert recent[:21] == [None] * 21
    assert recent[21:] == [figures["SH_MND"][Period(MIN_YEAR, m)] for m in (1, 2, 3)]


def test_the_goal_card_of_1990_has_no_last_year(figures):
    r = evaluate_measure(CAT, figures, Measure("SH_MND", Direction.LOWER, {None: 500}),
                         MIN_YEAR, 12)
    assert r.value is not None and (r.last_year, r.change, r.better) == (None, None, None)
    assert aggregate_year_to_date(CAT, figures, "SH_MND", MIN_YEAR - 1, 12) is None
    assert value_month(CAT, figures, "SH_MND", MIN_YEAR - 1, 12) is None


def test_the_breakdowns_of_1990_compare_with_nothing_before_it(figures):
    assert years_needed(MIN_YEAR, []) == [MIN_YEAR]
    ages = next(t for t in breakdown_tables(CAT, figures, MIN_YEAR, 12) if t.group == "Alder")
    total = ages.rows[-1].cells[MIN_YEAR]
    assert total.count == figures["SH_ALDER_18_24"][Period(MIN_YEAR, 12)] + sum(
        figures[r.code][Period(MIN_YEAR, 12)] for r in ages.rows[1:-1])
    assert total.change is None  # no 1989 to change from


def test_a_projection_of_1990_has_no_last_year_to_grow_as(figures):
    assert project_year_end(CAT, figures, "SH_HIA", MIN_YEAR, 6) is None
    assert project_year_end(CAT, figures, "SH_BRUTTO", MIN_YEAR, 6) is not None
