"""Review of issue 11 (core): a reported month with lines missing is whole by the leader's
word but never silent; a later partial month left out of a goal card is said; a month
that has not begun cannot be closed, not even "anyway"."""

from __future__ import annotations

from datetime import date

from navdesk.domain.catalogue import build_catalogue
from navdesk.domain.closing import not_closable
from navdesk.domain.completeness import (
    MonthState,
    has_begun,
    has_ended,
    left_out,
    month_completeness,
    year_completeness,
)
from navdesk.domain.period import Period
from navdesk.formats.catalogue_file import default_catalogue

CAT = build_catalogue(default_catalogue())
DECEMBER = Period(2026, 12)


def office_of_two_lines(december: dict[str, int]) -> dict:
    """An office that fills SH_MND and SH_HIA every month of 2026; December as given."""
    figures: dict = {"SH_MND": {}, "SH_HIA": {}}
    for m in range(1, 12):
        figures["SH_MND"][Period(2026, m)] = 400 + m
        figures["SH_HIA"][Period(2026, m)] = 500 + 10 * m
    for code, value in december.items():
        figures[code][DECEMBER] = value
    return figures


def test_a_reported_month_with_lines_missing_is_whole_but_labelled_with_its_count():
    figures = office_of_two_lines({"SH_MND": 410})
    c = month_completeness(CAT, figures, DECEMBER, reported=True)
    assert (c.entered, c.expected, c.state) == (1, 2, MonthState.REPORTED)
    assert c.is_whole and c.is_short and c.is_labelled
    assert c.status_text() == "rapportert: 1 av 2 tall"
    assert c.partial_label() == "desember 2026: rapportert med 1 av 2 tall"
    # the template travels with the text, so that the window can say it in English
    assert c.partial_label().template == "{month} {year}: rapportert med {count}"


def test_a_reported_month_with_every_line_stays_reported_without_a_label():
    c = month_completeness(CAT, office_of_two_lines({"SH_MND": 410, "SH_HIA": 640}), DECEMBER,
                           reported=True)
    assert c.is_whole and not c.is_short and not c.is_labelled
    assert c.status_text() == "rapportert"


def test_partial_and_empty_months_keep_their_labels_and_complete_ones_have_none():
    figures = office_of_two_lines({"SH_MND": 410})
    partial = month_completeness(CAT, figures, DECEMBER)
    assert partial.is_labelled and partial.status_text() == "delvis: 1 av 2 tall"
    assert partial.partial_label() == "desember 2026: 1 av 2 tall (delvis måned)"
    november = month_completeness(CAT, figures, Period(2026, 11))
    assert november.state is MonthState.COMPLETE and not november.is_labelled
    del figures["SH_MND"][DECEMBER]
    empty = month_completeness(CAT, figures, DECEMBER)
    assert empty.is_labelled and empty.partial_label() == "desember 2026: 0 av 2 tall (tom måned)"


def test_a_later_partial_month_is_left_out_only_of_a_card_through_the_latest_whole_month():
    months = year_completeness(CAT, office_of_two_lines({"SH_MND": 410}), 2026)
    assert [c.period for c in left_out(months, 11)] == [DECEMBER]
    assert left_out(months, 11)[0].left_out_text() == (
        "desember 2026 er delvis (1 av 2 tall) og ikke med")
    assert left_out(months, 10) == []  # an earlier month chosen on purpose: nothing to say
    assert left_out(months, 12) == []  # the partial month itself: it carries its label
    whole = year_completeness(CAT, office_of_two_lines({"SH_MND": 410, "SH_HIA": 640}), 2026)
    assert left_out(whole, 12) == []
    empty_december = year_completeness(CAT, office_of_two_lines({}), 2026)
    assert left_out(empty_december, 11) == []  # nothing typed yet: nothing left out


def test_a_month_has_begun_on_its_first_day_and_ended_on_the_next_months_first():
    assert not has_begun(Period(2027, 1), date(2026, 12, 31))
    assert has_begun(Period(2027, 1), date(2027, 1, 1))
    assert not has_ended(Period(2027, 1), date(2027, 1, 31))
    assert has_ended(Period(2027, 1), date(2027, 2, 1))
    assert not has_ended(Period(2100, 12), date(2100, 12, 31))  # the last month navdesk knows


def test_a_month_not_begun_cannot_be_closed_and_says_why():
    assert not_closable(Period(2027, 1), date(2026, 12, 4)) == (
        "januar 2027 har ikke begynt ennå, og en måned som ikke har begynt, kan ikke markeres "
        "som rapportert")
    assert not_closable(Period(2026, 12), date(2026, 12, 4)) is None  # begun, not over
    assert not_closable(Period(2026, 11), date(2026, 12, 4)) is None
