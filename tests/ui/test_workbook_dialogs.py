"""Workbooks in the window (issue 15): the export dialog writes an Excel workbook when
asked with the keyboard, and File > Importer reads one, asking which sheet when it has
several; problems name the sheet and its rows."""

from __future__ import annotations

import xlsxwriter
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QListView

from navdesk.cli.main import main as cli_main
from navdesk.domain.period import Period
from navdesk.formats.workbook import WorkbookRows
from navdesk.service import OfficeService
from navdesk.ui.export_dialog import ExportDialog
from navdesk.ui.import_dialog import ImportDialog, run_import
from tests.conftest import when_modal_opens
from tests.ui.import_dialogs import checked, listed
from tests.ui.test_export_dialog_months import alt
from tests.ui.test_export_dialog_months import shown as shown_at
from tests.ui.windows import stored


def shown(qtbot, store) -> ExportDialog:
    return shown_at(qtbot, store, None)


def test_the_export_dialog_writes_the_command_lines_workbook(qtbot, demo_store, tmp_path):
    d = shown(qtbot, demo_store)
    assert d.path_edit.text().endswith("nav-frogner-2025.csv")
    alt(qtbot, Qt.Key.Key_X, d.xlsx_type.isChecked)  # E&xcel-arbeidsbok
    assert d.path_edit.text().endswith("nav-frogner-2025.xlsx")
    assert not d.decimal_point.isEnabled()  # a workbook's numbers are numbers
    # the dialog says what a workbook holds, not the CSV file's separator (seen in a window)
    assert "Excel-arbeidsbok" in d.summary_label.text() and "«;»" not in d.summary_label.text()
    d.path_edit.setText(str(tmp_path / "vindu.xlsx"))
    rows = d.export()
    assert rows and d.written_path == tmp_path / "vindu.xlsx"
    assert (tmp_path / "vindu.xlsx").read_bytes()[:4] == b"PK\x03\x04"

    assert cli_main(["export", "--db", str(demo_store.path), "--year", "2025",
                     "--out", str(tmp_path / "cli.xlsx")]) == 0
    with WorkbookRows(tmp_path / "vindu.xlsx") as window, \
            WorkbookRows(tmp_path / "cli.xlsx") as cli:
        assert window.header == cli.header
        assert list(window) == list(cli)
        assert window.sheets == ["Tall", "Indikatorer"]


def test_a_typed_xlsx_name_chooses_the_workbook_and_back(qtbot, demo_store, tmp_path):
    d = shown(qtbot, demo_store)
    d.path_edit.setFocus()
    d.path_edit.clear()
    QTest.keyClicks(d.path_edit, str(tmp_path / "tall.xlsx"))
    assert d.xlsx_type.isChecked()
    alt(qtbot, Qt.Key.Key_C, d.csv_type.isChecked)  # &CSV-fil
    assert d.path_edit.text() == str(tmp_path / "tall.csv")


def _workbook(path, sheets):
    book = xlsxwriter.Workbook(str(path))
    for name, rows in sheets.items():
        ws = book.add_worksheet(name)
        for r, row in enumerate(rows):
            ws.write_row(r, 0, row)
    book.close()
    return path


def test_file_import_asks_for_the_sheet_and_imports_it(qtbot, demo_store, tmp_path, dialogs):
    path = _workbook(tmp_path / "fra-kommunen.xlsx", {
        "Forside": [["Tall fra kommunen"]],
        "Tall": [["kontornr", "periode", "indikator", "verdi"], ["0312", "2025-04", "SH_MND", 480]],
    })
    dialogs.open_file(path)

    offered = []

    def choose_second(ask):  # the list, the first sheet current: arrow down, Enter
        offered.append((ask.comboBoxItems(), ask.textValue()))
        listing = ask.findChild(QListView)
        QTest.keyClick(listing, Qt.Key.Key_Down)
        QTest.keyClick(listing, Qt.Key.Key_Return)

    asked = when_modal_opens(QInputDialog, choose_second)

    def confirm_then_close():
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, ImportDialog) and w.isVisible() and w.isModal()]
        if not shown:
            QTimer.singleShot(20, confirm_then_close)
            return
        assert shown[0].report is not None and shown[0].report.sheet == "Tall"
        assert "ark «Tall»" in shown[0].file_label.text()
        shown[0].import_button.click()
        shown[0].close_button.click()

    QTimer.singleShot(0, confirm_then_close)
    report = run_import(None, OfficeService(demo_store))
    assert asked == ["Velg ark – navdesk"]
    assert offered == [(["Forside", "Tall"], "Forside")]
    assert report is not None and report.applied
    assert stored(demo_store, "SH_MND", Period(2025, 4)) == 480


def test_escape_in_the_sheet_list_imports_nothing(qtbot, demo_store, tmp_path, dialogs):
    path = _workbook(tmp_path / "to-ark.xlsx", {"A": [["verdi"]], "B": [["verdi"]]})
    dialogs.open_file(path)
    asked = when_modal_opens(
        QInputDialog, lambda ask: QTest.keyClick(ask.findChild(QListView), Qt.Key.Key_Escape))
    assert run_import(None, OfficeService(demo_store)) is None
    assert asked


def test_the_problems_of_a_workbook_name_its_rows(qtbot, demo_store, tmp_path):
    path = _workbook(tmp_path / "tall.xlsx", {"Tall": [
        ["kontornr", "periode", "indikator", "verdi"],
        ["0312", "2025-04", "SH_MND", 480],
        ["0312", "2025-05", "SH_MND", 12.5]]})
    d = checked(qtbot, demo_store, path)
    assert [line for line, _ in listed(d)] == ["3"]
    assert "arkets «Tall»" in d.problem_note.text()
    d.copy_problems()
    assert QApplication.clipboard().text().startswith("Ark «Tall», rad 3: ")
    assert not d.import_button.isEnabled()


def test_navdesk_s_own_workbook_is_read_from_its_figures_without_asking(qtbot, demo_store,
                                                                       tmp_path, dialogs):
    """Found in review: the window asked which sheet of navdesk's own workbook ("Tall"
    and "Indikatorer") holds the figures; it is "Tall"."""
    from navdesk.present.exchange import export_file

    path = tmp_path / "eget.xlsx"
    export_file(demo_store, path, ["0312"], 2025)
    dialogs.open_file(path)
    asked = when_modal_opens(QInputDialog, lambda ask: ask.reject())

    def close():
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, ImportDialog) and w.isVisible() and w.isModal()]
        if not shown:
            QTimer.singleShot(20, close)
            return
        assert shown[0].report is not None and shown[0].report.sheet == "Tall"
        shown[0].close_button.click()

    QTimer.singleShot(0, close)
    run_import(None, OfficeService(demo_store))
    assert asked == []
