"""Exchange files that have been through a spreadsheet (issue 15): each habit in a file
as Excel or LibreOffice writes it, imported on a real database and checked there."""

from __future__ import annotations

from navdesk.domain.period import Period
from navdesk.service.importing import import_exchange_file
from tests.exchange_files import HEADER, snapshot, write

JAN, MAR = Period(2025, 1), Period(2025, 3)


def value(store, code, period, office="0312"):
    found = store.value(office, code, period)
    return found.value if found else None


def test_dates_in_the_period_column_are_read_as_their_month(office_store, tmp_path):
    path = write(tmp_path, [HEADER, "0312;NAV Frogner;01.01.2025;SH_MND;;11;;",
                            "0312;NAV Frogner;1.2.2025;SH_MND;;12;;",
                            "0312;NAV Frogner;mar.25;SH_MND;;13;;",
                            "0312;NAV Frogner;april 2025;SH_MND;;14;;",
                            "0312;NAV Frogner;2025-05-01;SH_MND;;15;;",
                            "0312;NAV Frogner;45809;SH_MND;;16;;",  # 2025-06-01
                            "0312;NAV Frogner;7/1/2025;SH_MND;;17;;"])
    report = import_exchange_file(office_store, path)
    assert report.problems == [] and report.new == 7
    assert [value(office_store, "SH_MND", Period(2025, m)) for m in range(1, 8)] == [
        11, 12, 13, 14, 15, 16, 17]


def test_a_date_that_is_not_the_first_is_refused_with_its_line(office_store, tmp_path):
    before = snapshot(office_store)
    path = write(tmp_path, [HEADER, "0312;NAV Frogner;01.01.2025;SH_MND;;11;;",
                            "0312;NAV Frogner;15.03.2025;SH_MND;;13;;"])
    report = import_exchange_file(office_store, path)
    assert report.problems == [
        (3, "15.03.2025 er ikke en måned: en dato må være den første i måneden")]
    assert snapshot(office_store) == before


def test_codes_without_zeros_are_read_as_the_office_and_said_once_per_code(
        office_store, tmp_path):
    office_store.save_office("0301", "NAV Gamle Oslo")
    path = write(tmp_path, [HEADER, "312;NAV Frogner;2025-01;SH_MND;;11;;",
                            "312;NAV Frogner;2025-02;SH_MND;;12;;",
                            "301;NAV Gamle Oslo;2025-01;SH_MND;;21;;"])
    report = import_exchange_file(office_store, path, add_offices=True)
    assert report.problems == [] and report.offices_added == []
    assert report.read_as == {"301": "0301", "312": "0312"}
    assert report.notices == ["301 lest som 0301 (1 rad)", "312 lest som 0312 (2 rader)"]
    assert value(office_store, "SH_MND", JAN, "0301") == 21
    assert value(office_store, "SH_MND", Period(2025, 2)) == 12
    assert [o.code for o in office_store.offices()] == ["0301", "0312"]


def test_an_ambiguous_code_is_refused_and_never_created(office_store, tmp_path):
    office_store.save_office("00312", "NAV Frogner gammel")
    before = snapshot(office_store)
    path = write(tmp_path, [HEADER, "312;;2025-01;SH_MND;;7;;"])
    report = import_exchange_file(office_store, path, add_offices=True)
    assert [line for line, _ in report.problems] == [2] and report.read_as == {}
    assert snapshot(office_store) == before


def test_title_rows_sum_row_and_empty_trailing_columns_and_rows_are_skipped(
        office_store, tmp_path):
    path = write(tmp_path, [
        "Tall for NAV Frogner 2025;;;;;;;;;;",
        "Laget i Excel;;;;;;;;;;",
        HEADER + ";;;",
        "0312;NAV Frogner;2025-01;SH_MND;;11;;;;;",
        "0312;NAV Frogner;2025-03;SH_MND;;13;;;;;",
        "Sum;;;;;24;;;;;",
        ";;;;;;;;;;",
        ";;;;;;;;;;",
    ])
    report = import_exchange_file(office_store, path)
    assert report.problems == [] and report.new == 2
    assert report.notices == ["Hoppet over: linje 1 (tittel), linje 2 (tittel), linje 6 (Sum)"]
    assert value(office_store, "SH_MND", JAN) == 11 and value(office_store, "SH_MND", MAR) == 13


def test_a_title_without_separators_and_rows_wider_than_the_header(office_store, tmp_path):
    path = write(tmp_path, ["Tall for NAV Frogner", HEADER,
                            "0312;NAV Frogner;2025-01;SH_MND;;11;;;;",
                            "0312;NAV Frogner;2025-03;SH_MND;;13;;"])
    report = import_exchange_file(office_store, path)
    assert report.problems == [] and report.new == 2
    assert report.notices == ["Hoppet over: linje 1 (tittel)"]
    # a cell with text beyond the header is still too many fields
    path = write(tmp_path, [HEADER, "0312;NAV Frogner;2025-01;SH_MND;;11;;;x"], name="b.csv")
    assert [line for line, _ in import_exchange_file(office_store, path).problems] == [2]


def test_a_file_without_the_header_is_refused_as_before(office_store, tmp_path):
    path = write(tmp_path, ["Tall for NAV Frogner", "0312;NAV Frogner;2025-01;SH_MND;;11;;"])
    report = import_exchange_file(office_store, path)
    assert report.problems[0][0] == 1 and "mangler i overskriften" in report.problems[0][1]
    assert report.new == 0


def test_an_english_csv_imports_with_the_same_values(office_store, tmp_path):
    header = HEADER.replace(";", ",")
    english = write(tmp_path, [header, "0312,NAV Frogner,2025-01,SH_BRUTTO,,3137045.49,nok,",
                               '0312,NAV Frogner,2025-01,SH_MND,,473,persons,"Høy, men ok"'],
                    name="english.csv")
    report = import_exchange_file(office_store, english)
    assert report.problems == [] and report.delimiter == "," and report.new == 2
    assert value(office_store, "SH_BRUTTO", JAN) == 3137045.49
    assert office_store.value("0312", "SH_MND", JAN).comment == "Høy, men ok"
    norwegian = write(tmp_path, [HEADER, "0312;NAV Frogner;2025-01;SH_BRUTTO;;3137045,49;nok;",
                                 '0312;NAV Frogner;2025-01;SH_MND;;473;persons;"Høy, men ok"'],
                      name="norsk.csv")
    again = import_exchange_file(office_store, norwegian)
    assert again.problems == [] and again.unchanged == 2


def test_a_value_that_reads_two_ways_is_refused_as_before(office_store, tmp_path):
    before = snapshot(office_store)
    path = write(tmp_path, [HEADER, "0312;NAV Frogner;2025-01;SH_BRUTTO;;1,234;nok;"])
    report = import_exchange_file(office_store, path)
    assert [line for line, _ in report.problems] == [2] and "tvetydig" in report.problems[0][1]
    assert snapshot(office_store) == before


def test_the_notices_and_the_date_refusal_have_their_english(office_store, tmp_path):
    from navdesk.domain.said import english

    path = write(tmp_path, ["Tall", HEADER, "312;;2025-01;SH_MND;;11;;", "Sum;;;;;11;;"])
    report = import_exchange_file(office_store, path)
    assert [english(n) for n in report.notices] == [
        "312 read as 0312 (1 row)", "Skipped: line 1 (title), line 4 (Sum)"]
    path = write(tmp_path, [HEADER, "0312;;2.1.2025;SH_MND;;11;;"], name="b.csv")
    (_, message), = import_exchange_file(office_store, path).problems
    assert english(message) == "2.1.2025 is not a month: a date must be the first day of the month"


def test_a_workbook_as_a_spreadsheet_leaves_it_imports_with_its_habits_undone(
        office_store, tmp_path):
    """Issue 15: every habit in one workbook as Excel writes it: a title row and an
    empty row above the header, the office code as the number 312, periods as date cells
    and as an Excel serial number, a Sum row at the end. The values land on 0312 in the
    right months; the report says what was read and skipped."""
    import datetime as dt

    from tests.formats.test_workbook import _book

    path = _book(tmp_path / "fra-excel.xlsx", {"Tall": [
        ["Sosialhjelp NAV Frogner 2024"],
        [None],
        ["kontornr", "periode", "indikator", "verdi", "kommentar"],
        [312, dt.date(2024, 3, 1), "SH_MND", 368, None],
        [312, dt.datetime(2024, 4, 1), "SH_MND", 371, "april"],
        [312, 45444, "SH_MND", 380, None],  # Excel's serial number of 2024-06-01
        ["Sum", None, None, 1119, None],
    ]})
    report = import_exchange_file(office_store, path)
    assert report.problems == [], report.problems
    assert report.sheet == "Tall"
    stored = {(v.period, v.value) for v in office_store.stored_values("0312", 2024)
              if v.code == "SH_MND"}
    assert stored == {(Period(2024, 3), 368), (Period(2024, 4), 371), (Period(2024, 6), 380)}
    said = " ".join(str(n) for n in report.notices)
    assert "312 lest som 0312" in said
    assert "Hoppet over i ark «Tall»: rad 1 (tittel), rad 7 (Sum)" in said
    assert office_store.office("312") is None
