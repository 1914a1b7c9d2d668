"""When a month is whole: the expected lines, the states, explained warnings."""

from __future__ import annotations

from datetime import date

from navdesk.domain.catalogue import build_catalogue
from navdesk.domain.completeness import (
    MonthState,
    default_through_month,
    expected_codes,
    form_lines,
    has_ended,
    is_explained,
    latest_whole_month,
    month_completeness,
    review_month,
    year_completeness,
)
from navdesk.domain.demo import demo_values
from navdesk.domain.period import Period
from navdesk.domain.rules import Finding
from navdesk.formats.catalogue_file import default_catalogue

CAT = build_catalogue(default_catalogue())
MONTHLY = [i.code for i in form_lines(CAT, Period(2025, 11))]
YEARLY = [i.code for i in CAT if i.active and i.is_entered and i.is_yearly]


def demo_figures(first: Period, last: Period) -> dict:
    figures: dict = {}
    for code, period, value in demo_values("0312", first, last):
        figures.setdefault(code, {})[period] = value
    return figures


def test_the_form_lines_are_the_entered_active_lines_and_yearly_ones_in_december():
    assert len(MONTHLY) == 73
    assert not any(CAT[c].is_ratio or CAT[c].is_yearly for c in MONTHLY)
    december = [i.code for i in form_lines(CAT, Period(2025, 12))]
    assert len(december) == 75 and set(december) - set(MONTHLY) == set(YEARLY)


def test_a_new_office_is_expected_to_fill_every_line_of_the_form():
    figures = {"SH_MND": {Period(2025, 3): 480}}
    c = month_completeness(CAT, figures, Period(2025, 3))
    assert (c.entered, c.expected, c.state) == (1, 73, MonthState.PARTIAL)
    assert "SH_MND" not in c.missing and len(c.missing) == 72


def test_expected_lines_are_those_filled_in_the_twelve_months_before():
    # the office fills two lines; a month with both is complete, with one partial
    figures = {"SH_MND": {Period(2025, 1): 480, Period(2025, 2): 470, Period(2025, 3): 460},
               "SH_HIA": {Period(2025, 1): 480, Period(2025, 2): 500}}
    assert expected_codes(CAT, figures, Period(2025, 3)) == {"SH_MND", "SH_HIA"}
    feb = month_completeness(CAT, figures, Period(2025, 2))
    mar = month_completeness(CAT, figures, Period(2025, 3))
    assert (feb.entered, feb.expected, feb.state) == (2, 2, MonthState.COMPLETE)
    assert (mar.entered, mar.expected, mar.state) == (1, 2, MonthState.PARTIAL)
    assert mar.missing == ("SH_HIA",)
    assert str(mar.count_text()) == "1 av 2 tall"


def test_a_month_without_figures_in_between_is_skipped_when_looking_back():
    figures = {"SH_MND": {Period(2024, 11): 480, Period(2025, 2): 460},
               "SH_HIA": {Period(2024, 11): 900}}
    # January and December are empty: November's two lines are expected in February
    assert expected_codes(CAT, figures, Period(2025, 2)) == {"SH_MND", "SH_HIA"}
    assert month_completeness(CAT, figures, Period(2025, 1)).state is MonthState.EMPTY


def test_a_partial_month_never_lowers_the_bar_for_the_next():
    # October whole; three lines typed in November and the same three in December:
    # both are partial (issue 11's review: December must not count as complete)
    figures = demo_figures(Period(2024, 1), Period(2025, 10))
    for code in ("SH_MND", "SH_HIA", "KVP_MND"):
        for month in (11, 12):
            figures[code][Period(2025, month)] = 400
    months = year_completeness(CAT, figures, 2025)
    assert [(months[m].entered, months[m].expected, months[m].state) for m in (10, 11, 12)] == [
        (73, 73, MonthState.COMPLETE), (3, 73, MonthState.PARTIAL), (3, 75, MonthState.PARTIAL)]
    assert default_through_month(months) == 10


def test_a_line_filled_once_in_the_year_before_is_expected_until_hidden():
    figures = demo_figures(Period(2024, 1), Period(2025, 3))
    del figures["SH_GJELD"][Period(2025, 2)], figures["SH_GJELD"][Period(2025, 3)]
    c = month_completeness(CAT, figures, Period(2025, 3))
    assert (c.entered, c.expected, c.missing) == (72, 73, ("SH_GJELD",))
    from dataclasses import replace

    hidden = build_catalogue(replace(i, active=False) if i.code == "SH_GJELD" else i
                             for i in default_catalogue())
    c = month_completeness(hidden, figures, Period(2025, 3))
    assert (c.entered, c.expected, c.state) == (72, 72, MonthState.COMPLETE)


def test_a_line_filled_this_month_is_always_expected():
    figures = {"SH_MND": {Period(2025, 1): 480, Period(2025, 2): 470},
               "SH_GJELD": {Period(2025, 2): 7}}
    c = month_completeness(CAT, figures, Period(2025, 2))
    assert (c.entered, c.expected, c.state) == (2, 2, MonthState.COMPLETE)


def test_yearly_lines_are_expected_in_december_when_filled_the_year_before():
    figures = demo_figures(Period(2024, 1), Period(2025, 11))
    c = month_completeness(CAT, figures, Period(2025, 12))
    assert c.expected == 75 and c.entered == 0 and c.state is MonthState.EMPTY
    figures["SH_MND"][Period(2025, 12)] = 470
    figures["SH_HIA"][Period(2025, 12)] = 1100
    figures["SH_LANGTID"][Period(2025, 12)] = 160
    c = month_completeness(CAT, figures, Period(2025, 12))
    assert (c.entered, c.expected, c.state) == (3, 75, MonthState.PARTIAL)
    assert str(c.partial_label()) == "desember 2025: 3 av 75 tall (delvis måned)"


def test_sections_count_a_breakdown_part_under_its_totals_section():
    figures = demo_figures(Period(2025, 1), Period(2025, 2))
    c = month_completeness(CAT, figures, Period(2025, 2))
    assert c.state is MonthState.COMPLETE
    assert sum(s.expected for s in c.sections) == c.expected == 73
    assert sum(s.entered for s in c.sections) == 73
    first = c.sections[0]
    assert first.section == CAT["SH_MND"].section
    # the age breakdown (its own section field aside) is counted with SH_HIA
    assert first.expected == len([i for i in form_lines(CAT, Period(2025, 2))
                                  if i.code.startswith("SH_")])


def test_a_reported_month_is_whole_even_with_lines_missing():
    figures = {"SH_MND": {Period(2025, 1): 480}}
    c = month_completeness(CAT, figures, Period(2025, 1), reported=True)
    assert c.state is MonthState.REPORTED and c.is_whole and c.entered == 1


def test_the_default_month_is_the_latest_whole_one_else_the_latest_with_figures():
    figures = demo_figures(Period(2024, 1), Period(2025, 11))
    figures["SH_MND"][Period(2025, 12)] = 470  # one December figure: partial
    months = year_completeness(CAT, figures, 2025)
    assert [months[m].state for m in (10, 11, 12)] == [
        MonthState.COMPLETE, MonthState.COMPLETE, MonthState.PARTIAL]
    assert latest_whole_month(months) == 11 == default_through_month(months)
    # reporting December makes it whole
    months = year_completeness(CAT, figures, 2025, reported={Period(2025, 12)})
    assert default_through_month(months) == 12
    # a year with one partial month: that month, labelled partial by the caller
    only = {"SH_MND": {Period(2026, 1): 470}}
    assert latest_whole_month(year_completeness(CAT, only, 2026)) is None
    assert default_through_month(year_completeness(CAT, only, 2026)) == 1
    assert default_through_month(year_completeness(CAT, {}, 2026)) is None


def test_a_month_has_ended_from_the_first_of_the_next():
    assert not has_ended(Period(2026, 12), date(2026, 12, 31))
    assert has_ended(Period(2026, 12), date(2027, 1, 1))
    assert has_ended(Period(2026, 11), date(2026, 12, 4))


def test_a_warning_is_explained_by_a_comment_on_its_value():
    f = Finding(Period(2025, 3), "SH_MND", "outlier", "uvanlig")
    assert not is_explained(f, {}, CAT)
    assert not is_explained(f, {("SH_MND", Period(2025, 2)): "annen måned"}, CAT)
    assert is_explained(f, {("SH_MND", Period(2025, 3)): "Ny bolig åpnet"}, CAT)
    yearly = Finding(Period(2025, 12), YEARLY[0], "outlier", "uvanlig")
    assert is_explained(yearly, {(YEARLY[0], Period(2025)): "ny undersøkelse"}, CAT)


def test_review_splits_warnings_and_says_the_summary():
    figures = demo_figures(Period(2024, 1), Period(2025, 3))
    figures["SH_KJONN_MENN"][Period(2025, 3)] += 50  # the sex parts no longer add up
    figures["SH_MND"][Period(2025, 3)] *= 3  # far outside the last twelve months
    review = review_month(CAT, figures, {}, Period(2025, 3))
    assert len(review.unexplained) >= 2 and not review.explained
    codes = {f.code for f in review.unexplained}
    assert "SH_MND" in codes
    comments = {("SH_MND", Period(2025, 3)): "Telling endret"}
    review2 = review_month(CAT, figures, comments, Period(2025, 3))
    on_mnd = [f for f in review.unexplained if f.code == "SH_MND"]
    assert list(review2.explained) == on_mnd
    assert len(review2.unexplained) == len(review.unexplained) - len(on_mnd) >= 1
    n = len(review2.unexplained)
    assert str(review2.summary()) == f"73 av 73 tall, {n} avvik uten kommentar"
    clean = review_month(CAT, demo_figures(Period(2024, 1), Period(2025, 3)), {}, Period(2025, 3))
    assert str(clean.summary()) == "73 av 73 tall, ingen åpne avvik"


def test_a_months_state_in_a_word_and_the_label_of_a_month_that_is_not_whole():
    figures = demo_figures(Period(2024, 1), Period(2025, 11))
    months = year_completeness(CAT, figures, 2025, reported={Period(2025, 3)})
    assert str(months[11].status_text()) == "komplett"
    assert str(months[3].status_text()) == "rapportert"
    assert str(months[12].status_text()) == "tom"
    assert str(months[12].partial_label()) == "desember 2025: 0 av 75 tall (tom måned)"
    figures["SH_MND"][Period(2025, 12)] = 470
    december = month_completeness(CAT, figures, Period(2025, 12))
    assert str(december.status_text()) == "delvis: 1 av 75 tall"
    assert december.status_text().template == "delvis: {count}"  # translated in the window
