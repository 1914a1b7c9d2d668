"""A percent typed in a spreadsheet: "7%" in a cell makes Excel and LibreOffice Calc store
0.07 with a percent format, and show 7 %. navdesk reads such a cell as the person sees
it (7), never as 0.07 % (found in review: sick leave 7 % was stored as 0.07)."""

from __future__ import annotations

import xlsxwriter

from navdesk.domain.period import Period
from navdesk.formats.exchange import WIDE_COLUMNS
from navdesk.formats.workbook import WorkbookRows, percent_cells
from navdesk.service.importing import import_exchange_file
from tests.conftest import HOME_CODE


def book(path, rows, formats):
    """A workbook whose sheet "Tall" has ``rows`` from B3 (a used range that does not
    begin at A1), the number cells written with the format ``formats[column]``."""
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Tall")
    styles = {c: wb.add_format({"num_format": f}) for c, f in formats.items()}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, float | int) and c in styles:
                ws.write_number(r + 2, c + 1, value, styles[c])
            elif value is not None:
                ws.write(r + 2, c + 1, value)
    wb.close()
    return path


def test_a_percent_cell_of_the_long_file_is_read_as_shown(office_store, tmp_path):
    path = book(tmp_path / "tall.xlsx", [
        ["kontornr", "periode", "indikator", "verdi"],
        ["0312", "2025-01", "SYKEFRAVAER", 0.07],
        ["0312", "2025-02", "SYKEFRAVAER", 0.065]], {3: "0.0%"})
    report = import_exchange_file(office_store, path)
    assert report.problems == [] and report.new == 2
    assert office_store.value(HOME_CODE, "SYKEFRAVAER", Period(2025, 1)).value == 7
    assert office_store.value(HOME_CODE, "SYKEFRAVAER", Period(2025, 2)).value == 6.5


def test_a_percent_cell_of_the_wide_file_is_read_as_shown(office_store, tmp_path):
    # January and February typed as numbers, July as "7%" (0.07 in a percent format)
    row = ["SYKEFRAVAER", "Sykefravær", "percent", 7, 6.9] + [None] * 4 + [0.07]
    path = book(tmp_path / "bred.xlsx", [list(WIDE_COLUMNS), row], {9: "0%"})
    report = import_exchange_file(office_store, path, year=2025)
    assert report.problems == []
    assert office_store.value(HOME_CODE, "SYKEFRAVAER", Period(2025, 7)).value == 7
    assert office_store.value(HOME_CODE, "SYKEFRAVAER", Period(2025, 1)).value == 7


def test_a_quoted_percent_sign_is_text_not_a_percent_format(tmp_path):
    """``0.0" %"`` writes a % after the number without scaling it: not a percent cell."""
    path = book(tmp_path / "tekst.xlsx", [["indikator", "verdi"], ["X", 7.5]],
                {1: '0.0" %"'})
    assert percent_cells(path, "Tall") == {}
    with WorkbookRows(path) as rows:
        assert list(rows) == [(4, ["X", "7,5"])]


def test_navdesk_s_own_workbook_has_no_percent_cells(demo_store, tmp_path):
    from navdesk.present.exchange import export_file

    path = tmp_path / "eget.xlsx"
    export_file(demo_store, path, [HOME_CODE], 2025)
    assert percent_cells(path, "Tall") == {}
