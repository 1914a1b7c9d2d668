"""Review of issue 11 (core) in the files and the report's content, on real SQLite files:
the wide file of a partial year never mixes months; a reported month with lines missing
is labelled in every file; 1990 has no year before it."""

from __future__ import annotations

import pytest

from navdesk.domain.period import MIN_YEAR, Period
from navdesk.formats.exchange import LONG_COLUMNS, WIDE_COLUMNS
from navdesk.present.breakdown import (
    BREAKDOWN_COLUMNS,
    breakdown_csv_rows,
    breakdown_text,
    office_breakdowns,
    table_months,
)
from navdesk.present.exchange import export_rows, wide_span
from navdesk.present.goalcard import (
    GOALCARD_COLUMNS,
    goal_card_csv_rows,
    goal_card_rows,
    goal_card_text,
)
from navdesk.present.report import report_content
from navdesk.present.trends import TrendOptions, trend_picture
from navdesk.store.demo import fill_demo
from navdesk.store.months import whole_month_until
from tests.conftest import HOME_CODE
from tests.partial_case import DECEMBER, KEPT, half_enter_december

REPORTED = "desember 2025: rapportert med 3 av 75 tall"


def wide(store, month=None) -> dict[str, dict[str, str]]:
    header, rows = export_rows(store, [HOME_CODE], 2025, month, format="wide")
    assert header == WIDE_COLUMNS
    return {row[0]: dict(zip(header, row, strict=True)) for row in rows}


def point_in_time_codes(store) -> list[str]:
    from navdesk.domain.aggregation import is_point_in_time

    return [i.code for i in store.catalogue if i.active and is_point_in_time(i)]


# ------------------------------------------------------------------ the wide file, one month
def test_the_wide_year_column_of_a_partial_year_reads_every_line_in_november(demo_store):
    half_enter_december(demo_store)  # SH_HIA has a December figure; KVP_HIA has not
    figures = demo_store.figures(HOME_CODE, [2025])
    span = wide_span(demo_store, HOME_CODE, 2025)
    assert span.through == 11 and span.month.period == Period(2025, 11)
    assert [c.period for c in span.left_out] == [DECEMBER]
    table = wide(demo_store)
    november = Period(2025, 11)
    for code in point_in_time_codes(demo_store):
        if code in table:  # every point-in-time line at the same month: November
            expected = figures[code][november]
            assert table[code]["år"] == f"{expected}".replace(".", ","), code
    assert table["SH_HIA"]["år"] != str(figures["SH_HIA"][DECEMBER])
    # December is left out of the whole row: its months add up to its year
    assert all(row["des"] == "" for row in table.values())
    assert float(table["SH_BRUTTO"]["år"].replace(",", ".")) == pytest.approx(
        sum(figures["SH_BRUTTO"][Period(2025, m)] for m in range(1, 12)))


def test_a_partial_december_chosen_for_the_wide_file_reads_only_december(demo_store):
    half_enter_december(demo_store)
    figures = demo_store.figures(HOME_CODE, [2025])
    table = wide(demo_store, 12)
    span = wide_span(demo_store, HOME_CODE, 2025, 12)
    assert span.through == 12 and span.month.is_labelled and span.left_out == ()
    assert table["SH_HIA"]["år"] == str(figures["SH_HIA"][DECEMBER])
    assert table["KVP_HIA"]["år"] == ""  # never November's figure beside December's
    assert table["KVP_HIA"]["nov"] == str(figures["KVP_HIA"][Period(2025, 11)])
    assert table["D_ANDEL_UNG"]["år"] != ""  # both its parts are among December's three


def test_the_long_file_keeps_every_value_with_its_own_month(demo_store):
    half_enter_december(demo_store)
    header, rows = export_rows(demo_store, [HOME_CODE], 2025)
    assert header == LONG_COLUMNS
    december = {r[3] for r in rows if r[2] == "2025-12"}
    assert december == set(KEPT)


def test_a_whole_year_is_read_through_december_as_before(demo_store):
    span = wide_span(demo_store, HOME_CODE, 2025)
    assert (span.through, span.month.is_labelled, span.left_out) == (12, False, ())
    figures = demo_store.figures(HOME_CODE, [2025])
    assert wide(demo_store)["SH_HIA"]["år"] == str(figures["SH_HIA"][DECEMBER])


# ------------------------------------------------- a reported month with lines missing
def test_a_reported_month_with_lines_missing_is_labelled_in_every_file(demo_store):
    half_enter_december(demo_store)
    demo_store.lock_month(HOME_CODE, DECEMBER)  # reported with 3 of 75: whole, not silent
    rows = goal_card_rows(demo_store, HOME_CODE, 2025)
    assert rows[0].month.period == DECEMBER  # reported is whole: the card's default month
    assert goal_card_text(rows).splitlines()[:2] == ["Styringskort til og med 2025-12",
                                                     REPORTED]
    status = GOALCARD_COLUMNS.index("måned_status")
    assert {r[status] for r in goal_card_csv_rows(rows)} == {"rapportert: 3 av 75 tall"}

    tables = office_breakdowns(demo_store, HOME_CODE, 2025)
    months = table_months(demo_store, HOME_CODE, tables)
    assert {r[BREAKDOWN_COLUMNS.index("måned_status")]
            for r in breakdown_csv_rows(tables, months)} == {"rapportert: 3 av 75 tall"}
    names = {i.code: i.name for i in demo_store.catalogue}
    assert breakdown_text(tables, names, months[DECEMBER]).splitlines()[0] == REPORTED

    content = report_content(demo_store, demo_store.home_office(), 2025)
    assert content.through_month == 12 and content.is_partial
    assert content.month_label == REPORTED
    assert content.period_marked == "året 2025 (desember rapportert: 3 av 75 tall)"

    span = wide_span(demo_store, HOME_CODE, 2025)
    assert span.through == 12 and span.month.partial_label() == REPORTED


def test_a_reported_month_with_every_line_is_not_labelled(demo_store):
    demo_store.lock_month(HOME_CODE, DECEMBER)
    rows = goal_card_rows(demo_store, HOME_CODE, 2025)
    assert goal_card_text(rows).splitlines()[:2] == ["Styringskort til og med 2025-12", ""]
    status = GOALCARD_COLUMNS.index("måned_status")
    assert {r[status] for r in goal_card_csv_rows(rows)} == {"rapportert"}
    assert not report_content(demo_store, demo_store.home_office(), 2025).is_partial


# ------------------------------------------------------------------------------ 1990
def first_year(store) -> None:
    fill_demo(store, HOME_CODE, Period(MIN_YEAR, 1), Period(MIN_YEAR, 12))


def test_the_goal_card_and_the_report_of_1990_have_no_year_before(office_store):
    first_year(office_store)
    rows = goal_card_rows(office_store, HOME_CODE, MIN_YEAR)
    assert rows and all(r.result.last_year is None for r in rows)
    assert all(r.recent[:12] == (None,) * 12 for r in rows)  # no 1989 in the sparkline
    content = report_content(office_store, office_store.home_office(), MIN_YEAR)
    assert content.through_month == 12
    assert all(t.years == (MIN_YEAR,) for t in content.breakdowns)
    assert all(options.first == Period(MIN_YEAR, 1) for _, options in content.trends)
    assert "1989" not in breakdown_text(content.breakdowns)


def test_pages_beside_january_1990_and_trends_from_it_look_back_no_further(office_store):
    first_year(office_store)
    assert whole_month_until(office_store, HOME_CODE, Period(MIN_YEAR, 1)) == Period(MIN_YEAR, 1)
    picture = trend_picture(office_store, HOME_CODE, TrendOptions(
        ["SH_MND"], Period(MIN_YEAR, 1), Period(MIN_YEAR, 12), rolling=True, projection=True))
    rolling = next(line for p in picture.panels for line in p.lines if line.kind == "rolling")
    assert rolling.ys[:11] == [None] * 11 and rolling.ys[11] is not None
