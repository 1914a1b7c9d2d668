"""Periods a spreadsheet turned into dates, read back as the month only when they are the
first day of one (issue 15); never guessed."""

from __future__ import annotations

import pytest

from navdesk.domain.period import Period, PeriodError
from navdesk.domain.spreadsheet import header_after_titles, is_total_row, spreadsheet_period

MARCH = Period(2024, 3)


@pytest.mark.parametrize("text", [
    "01.03.2024", "1.3.2024", "01.03.24",  # nb-NO dates (Excel, LibreOffice)
    "mar.24", "mar. 2024", "mars 2024", "Mars 2024", "MAR.24",  # nb-NO month formats
    "Mar-24", "March 2024", "mar 2024",  # English month formats
    "2024-03-01", "2024-03-01 00:00:00",  # a workbook's date cell
    "3/1/2024", "03/01/2024",  # English Excel: month first
    "45352",  # Excel's serial number of 2024-03-01
    "2024-03", "2024M03", "03.2024",  # navdesk's own and the old readings stay
])
def test_a_first_of_the_month_is_the_month(text):
    assert spreadsheet_period(text) == MARCH


@pytest.mark.parametrize(("text", "month"), [
    ("jan.24", 1), ("feb.24", 2), ("apr.24", 4), ("mai 24", 5), ("jun.24", 6), ("jul.24", 7),
    ("aug.24", 8), ("sep.24", 9), ("okt.24", 10), ("nov.24", 11), ("des.24", 12),
    ("May-24", 5), ("Oct-24", 10), ("Dec-24", 12), ("desember 2024", 12), ("juni 2024", 6),
])
def test_every_month_name_and_abbreviation(text, month):
    assert spreadsheet_period(text) == Period(2024, month)


@pytest.mark.parametrize("text", ["15.03.2024", "2024-03-15", "3/15/2024", "45366",
                                  "1/3/2024"])  # 3 January read month first: not a first
def test_any_other_day_is_refused_never_guessed(text):
    with pytest.raises(PeriodError) as caught:
        spreadsheet_period(text)
    assert str(caught.value) == f"{text} er ikke en måned: en dato må være den første i måneden"


@pytest.mark.parametrize("text", ["31.02.2024", "2024-13-01"])
def test_a_date_that_does_not_exist_is_refused(text):
    with pytest.raises(PeriodError, match="er ikke en dato som finnes"):
        spreadsheet_period(text)


@pytest.mark.parametrize("text", ["2025", "12345", "99999", "foo.24", "marsj 2024", ""])
def test_years_stay_years_and_other_text_is_no_period(text):
    if text == "2025":
        assert spreadsheet_period(text) == Period(2025)
    else:
        with pytest.raises(PeriodError):
            spreadsheet_period(text)


@pytest.mark.parametrize(("cells", "total"), [
    (["Sum", "", "", "1234"], True), (["SUM"], True), (["Totalt", ""], True),
    ([" total "], True), (["0301", "Sum"], False), ([""], False), ([], False),
])
def test_a_total_row_is_told_by_its_first_cell(cells, total):
    assert is_total_row(cells) is total


def _is_header(cells):
    return "verdi" in cells


def test_the_header_is_found_below_title_rows():
    rows = [(1, ["Tall for 2025", ""]), (2, ["", ""]), (3, ["kode", "verdi"]), (4, ["A", "1"])]
    titles, header, rest = header_after_titles(rows, _is_header)
    assert titles == [1, 2] and header == (3, ["kode", "verdi"]) and list(rest) == [(4, ["A", "1"])]


def test_without_a_header_the_first_row_is_the_header_and_nothing_is_a_title():
    rows = [(n, ["x"]) for n in range(1, 10)]
    titles, header, rest = header_after_titles(rows, _is_header)
    assert titles == [] and header == (1, ["x"]) and len(list(rest)) == 8
    assert header_after_titles([], _is_header)[:2] == ([], None)
    # a header further down than the title rows allowed is no header
    rows = [(n, ["x"]) for n in range(1, 7)] + [(7, ["kode", "verdi"])]
    assert header_after_titles(rows, _is_header)[:2] == ([], (1, ["x"]))
