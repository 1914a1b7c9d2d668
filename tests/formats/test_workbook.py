"""Workbooks read as the rows of text the CSV reader yields, and written as real
workbooks: real .xlsx files written by XlsxWriter (as Excel's own files are read by the
same reader), read back by python-calamine and, for the cell types, by openpyxl."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
import xlsxwriter

from navdesk.domain.limits import MAX_FIELD_LENGTH
from navdesk.formats.csvfile import FileRefused
from navdesk.formats.workbook import (
    Sheet,
    WorkbookRows,
    cell_text,
    is_workbook,
    sheet_names,
    write_workbook,
)


def _book(path, sheets: dict[str, list[list]], *, first_row: int = 0):
    """A workbook as a spreadsheet writes one: numbers as numbers, dates as dates."""
    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    date = book.add_format({"num_format": "dd.mm.yyyy"})
    for name, rows in sheets.items():
        ws = book.add_worksheet(name)
        for r, row in enumerate(rows, first_row):
            for c, cell in enumerate(row):
                if isinstance(cell, (dt.date, dt.datetime)):
                    ws.write_datetime(r, c, cell, date)
                elif isinstance(cell, tuple):  # a formula and the value it computed
                    ws.write_formula(r, c, cell[0], None, cell[1])
                elif isinstance(cell, str):
                    ws.write_string(r, c, cell)
                elif cell is not None:
                    ws.write(r, c, cell)
    book.close()
    return path


@pytest.mark.parametrize(("value", "text"), [
    (2930503.45, "2930503,45"), (368.0, "368"), (368, "368"), (-12.5, "-12,5"),
    (0.1, "0,1"), (1e-05, "0,00001"), (1e20, "100000000000000000000"), (-0.0, "0"),
    ("0301", "0301"), ("", ""), (None, ""), (True, "TRUE"),
    (dt.date(2024, 3, 1), "2024-03-01"), (dt.datetime(2024, 3, 1), "2024-03-01"),
    (dt.datetime(2024, 3, 1, 12, 30), "2024-03-01 12:30:00"),
])
def test_a_cell_reads_as_navdesks_own_text(value, text):
    assert cell_text(value) == text


def test_number_cells_of_a_sheet_read_as_cell_text_says(tmp_path):
    """The reader's fast path for numbers gives cell_text's very text: whole and not,
    tiny (an exponent in repr), huge, negative, kroner with øre, random ones (within the
    15 digits XlsxWriter writes)."""
    import random

    rnd = random.Random(15)
    values = [2930503.45, 368.0, -12.5, 0.1, 1e-05, 1.5e-07, 1e20, 1.2345e16, -0.0, 0.0,
              99999999999999.99, 4.7, 1 / 3,
              *[round(rnd.uniform(-1e7, 1e7), 6) for _ in range(500)],
              *[round(rnd.uniform(0, 1e7), 2) for _ in range(500)],
              *[float(rnd.randint(-10**9, 10**9)) for _ in range(200)]]
    path = _book(tmp_path / "tall.xlsx", {"Tall": [["verdi"], *[[v] for v in values]]})
    with WorkbookRows(path) as rows:
        read = [cells[0] for _, cells in rows]
    assert read == [cell_text(v) for v in values]
    assert read[:5] == ["2930503,45", "368", "-12,5", "0,1", "0,00001"]


def test_a_sheet_reads_as_the_csv_reader_reads_a_file(tmp_path):
    path = _book(tmp_path / "tall.xlsx", {"Tall": [
        ["kontornr", "periode", "indikator", "verdi", "kommentar"],
        ["0312", "2024-03", "SH_MND", 368, ""],
        [None, None, None, None, None],
        ["0312", dt.date(2024, 4, 1), "SH_BRUTTO", 2930503.45, "=1+1"],
        ["0312", "2024-05", "SH_MND", ("=SUM(D2:D2)", 368), ""],
    ]})
    with WorkbookRows(path) as rows:
        assert rows.sheet == "Tall"
        assert rows.header == ["kontornr", "periode", "indikator", "verdi", "kommentar"]
        assert list(rows) == [(2, ["0312", "2024-03", "SH_MND", "368", ""]),
                              (4, ["0312", "2024-04-01", "SH_BRUTTO", "2930503,45", "=1+1"]),
                              # a formula reads as the value the spreadsheet computed
                              (5, ["0312", "2024-05", "SH_MND", "368", ""])]
        assert rows.problems == []


def test_rows_are_numbered_as_the_spreadsheet_numbers_them(tmp_path):
    path = _book(tmp_path / "tall.xlsx", {"Ark1": [["periode", "verdi"], ["2024-03", 1]]},
                 first_row=3)
    with WorkbookRows(path) as rows:
        assert rows.header_lines == 4
        assert list(rows) == [(5, ["2024-03", "1"])]


def test_the_sheet_is_chosen_by_name_and_a_missing_one_is_refused(tmp_path):
    path = _book(tmp_path / "tall.xlsx", {"Forside": [["Tall for mars"]],
                                          "Tall": [["verdi"], [5]]})
    assert sheet_names(path) == ["Forside", "Tall"]
    with WorkbookRows(path, "Tall") as rows:
        assert list(rows) == [(2, ["5"])]
    with pytest.raises(FileRefused) as refused:
        WorkbookRows(path, "Mars")
    assert str(refused.value.problem) == (
        "Arbeidsboken har ikke noe ark «Mars» (arkene heter «Forside», «Tall»)")


def test_a_cell_over_the_field_limit_is_a_problem_of_its_row(tmp_path):
    path = _book(tmp_path / "tall.xlsx", {"Tall": [
        ["verdi", "kommentar"], [1, "x" * (MAX_FIELD_LENGTH + 1)], [2, "ok"]]})
    with WorkbookRows(path) as rows:
        assert list(rows) == [(3, ["2", "ok"])]
        assert [(line, str(p)) for line, p in rows.problems] == [
            (2, f"Feltet i kolonne 2 har {MAX_FIELD_LENGTH + 1} tegn; høyst "
                f"{MAX_FIELD_LENGTH} er lov")]


def test_an_empty_sheet_has_no_header(tmp_path):
    path = _book(tmp_path / "tom.xlsx", {"Tom": []})
    with WorkbookRows(path) as rows:
        assert rows.header is None
        assert list(rows) == []


@pytest.mark.parametrize("content", [b"PK\x03\x04 not really a zip", b"kontornr;periode\r\n"])
def test_a_file_that_is_not_a_workbook_is_refused(tmp_path, content):
    path = tmp_path / "tall.xlsx"
    path.write_bytes(content)
    with pytest.raises(FileRefused) as refused:
        WorkbookRows(path)
    assert refused.value.line == 0
    assert "kan ikke leses som en arbeidsbok" in str(refused.value.problem)


def test_a_zip_that_is_no_workbook_is_refused(tmp_path):
    path = tmp_path / "tall.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hei.txt", "hei")
    assert is_workbook(path)
    with pytest.raises(FileRefused):
        WorkbookRows(path)


def test_a_workbook_is_known_by_its_first_bytes_not_its_name(tmp_path):
    book = _book(tmp_path / "tall.csv", {"Tall": [["verdi"], [1]]})
    text = tmp_path / "tall.xlsx"
    text.write_text("verdi\r\n1\r\n")
    assert is_workbook(book)
    assert not is_workbook(text)
    assert is_workbook(tmp_path / "missing.xlsx")  # unreadable: by its name


def test_written_cells_are_numbers_with_formats_and_text_stays_text(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "ut.xlsx"
    write_workbook(path, [
        Sheet("Tall", ["kontornr", "verdi", "enhet", "kommentar"], [
            ["0301", 2930503.45, "nok", "=1+1"],
            ["0301", 45.25, "percent", "+47 99 99 99 99"],
            ["0301", 368, "persons", None],
        ], {"nok": "#,##0.00", "percent": "0.0", "persons": "#,##0"}, 2),
        Sheet("Indikatorer", ["kode"], [["SH_MND"]]),
    ], properties={"title": "Tall for 0301", "comments": "Laget av navdesk"})
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Tall", "Indikatorer"]
    ws = book["Tall"]
    assert [c.value for c in ws[1]] == ["kontornr", "verdi", "enhet", "kommentar"]
    assert ws["A2"].value == "0301" and ws["A2"].data_type == "s"
    assert ws["B2"].value == 2930503.45 and ws["B2"].number_format == "#,##0.00"
    assert ws["B3"].number_format == "0.0"
    assert ws["B4"].value == 368 and ws["B4"].number_format == "#,##0"
    assert ws["D2"].value == "=1+1" and ws["D2"].data_type == "s"  # text, never a formula
    assert ws["D3"].data_type == "s"
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["B"].width >= len("2,930,503.45")
    assert book.properties.title == "Tall for 0301"
    assert book.properties.description == "Laget av navdesk"


def test_a_failed_write_leaves_the_older_file(tmp_path):
    path = tmp_path / "ut.xlsx"
    path.write_bytes(b"older")

    class Boom(Exception):
        pass

    def rows():
        yield ["1"]
        raise Boom

    with pytest.raises(Boom):
        write_workbook(path, [Sheet("Tall", ["a"], _Rows(rows))])
    assert path.read_bytes() == b"older"
    assert list(tmp_path.iterdir()) == [path]


class _Rows(list):
    """Rows whose reading fails part of the way (a database gone away)."""

    def __init__(self, make):
        super().__init__()
        self._make = make

    def __iter__(self):
        return self._make()


def test_text_with_markup_spaces_and_control_characters_reads_back_as_written(tmp_path):
    texts = ["a & b <c>", " leading space", "trailing space ", "x_x0041_y", "tab\tinside",
             "ctl\x01x", "æøå «»", "=1+1"]
    path = tmp_path / "tekst.xlsx"
    write_workbook(path, [Sheet("Tall", ["tekst", "verdi", "enhet"],
                                [[t, 1.5, "nok"] for t in texts], {"nok": "#,##0.00"}, 2)])
    with WorkbookRows(path) as rows:
        assert [(row[0], row[1]) for _, row in rows] == [(t, "1,5") for t in texts]


def test_the_header_stands_over_its_figures_and_the_sheet_prints_one_page_wide(tmp_path):
    """As LibreOffice showed it (docs/workbook-in-calc.png): a number column's header
    aligned right over its figures, text columns' left; landscape A4, one page wide,
    the header row on every printed page."""
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "ut.xlsx"
    write_workbook(path, [Sheet("Tall", ["kontornr", "verdi", "enhet"], [
        ["0301", 2930503.45, "nok"], ["0301", None, "persons"]], {"nok": "#,##0.00"}, 2)])
    ws = openpyxl.load_workbook(path)["Tall"]
    assert [c.alignment.horizontal for c in ws[1]] == [None, "right", None]
    assert all(c.font.b for c in ws[1])
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth in (None, 1)  # absent: the default, one page
    assert ws.page_setup.fitToHeight == 0  # as many pages tall as it takes
    assert ws.print_title_rows == "$1:$1"


def test_cells_after_an_empty_cell_stay_in_their_columns(tmp_path):
    """The writer names a cell's place only after a gap (a cell without its reference
    is in the column after the one before it): every cell reads back in its column, by
    navdesk's reader and by openpyxl, and the XML says so."""
    openpyxl = pytest.importorskip("openpyxl")
    header = ["a", "b", "c", "d", "e", "f"]
    rows = [[None, "b2", None, 4.5, None, "f2"],
            ["a3", "b3", "c3", 7, "e3", "f3"],
            ["", None, "", None, "", 1.25],
            [None, None, None, None, None, "f5"],
            ["a6", None, None, None, None, None]]
    path = tmp_path / "hull.xlsx"
    write_workbook(path, [Sheet("Tall", header, rows, {"": "0.00"})])
    text = [["" if c is None else cell_text(c) for c in row] for row in rows]
    with WorkbookRows(path) as read:
        assert read.header == header
        assert [(line, cells) for line, cells in read] == [
            (2, text[0]), (3, text[1]), (4, text[2]), (5, text[3]), (6, text[4])]
    ws = openpyxl.load_workbook(path)["Tall"]
    assert [[c.value for c in r] for r in ws.iter_rows(min_row=2)] == [
        [None if c == "" else c for c in row] for row in rows]
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert '<row r="3"><c t="s">' in xml  # no gap: no reference
    assert '<row r="2"><c r="B2" t="s">' in xml and '<c r="D2" s="' in xml
