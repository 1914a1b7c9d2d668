"""File > Import: the preview before anything is written, the import on the user's word,
and stopping at any point with nothing stored. Real files, a real database; the
assertions look at the database as well as at the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
)

from navdesk.domain.period import Period
from navdesk.service import OfficeService
from navdesk.ui import import_dialog
from navdesk.ui.import_dialog import ChangeModel, ImportDialog, ProblemModel, run_import
from tests.conftest import HOME_CODE
from tests.exchange_files import HEADER, snapshot, write
from tests.ui.windows import stored

NBSP = "\u00a0"


@pytest.fixture
def filled(office_store):
    """The home office with three values of March 2025 stored."""
    for code, value in (("SH_MND", 473), ("SH_HIA", 800), ("SH_BRUTTO", 3_137_045.49)):
        office_store.set_value(HOME_CODE, code, Period(2025, 3), value)
    return office_store


@pytest.fixture
def mixed_file(tmp_path):
    """Two new values, two changed (one by its comment only), one unchanged, two skipped."""
    return write(tmp_path, [
        HEADER,
        "0312;NAV Frogner;2025-03;SH_MND;;473;;",                        # unchanged
        "0312;NAV Frogner;2025-03;SH_HIA;;812;;",                        # changed
        "0312;NAV Frogner;2025-03;SH_BRUTTO;;3137045,49;;Etterbetaling",  # new comment
        "0312;NAV Frogner;2025-04;SH_MND;;480;;",                        # new
        "0312;NAV Frogner;2025-04;SH_HIA;;830;;",                        # new
        "0312;NAV Frogner;2025-04;KVP_MND;;;;",                          # no value
        "0312;NAV Frogner;2025-04;KVP_HIA;;:;;",                         # suppressed
    ])


def dialog_for(qtbot, store, path, office=HOME_CODE, *, show=True):
    d = ImportDialog(OfficeService(store, office), path)
    qtbot.addWidget(d)
    if show:
        d.show()
    return d


# ---- the preview ---------------------------------------------------------------------

def test_the_preview_counts_new_changed_and_unchanged_values_and_writes_nothing(
        qtbot, filled, mixed_file):
    before = snapshot(filled)
    d = dialog_for(qtbot, filled, mixed_file)
    report = d.check()

    assert (report.new, report.changed, report.unchanged) == (2, 2, 1)
    assert [s.number.text() for s in (d.new_stat, d.changed_stat, d.unchanged_stat,
                                      d.skipped_stat, d.problem_stat)] == ["2", "2", "1", "2", "0"]
    assert "1 rad uten verdi og 1 skjult verdi («:»)" in d.details_label.text()
    assert d.tabs.tabText(1) == "&Endrede verdier (2)"
    assert d.tabs.currentIndex() == 1
    assert d.import_button.isEnabled()
    assert "Ingenting er lagret ennå" in d.status_label.text()
    assert "UTF-8 med BOM" in d.file_label.text() and "7 rader" in d.file_label.text()

    m = d.change_model
    assert m.rowCount() == 2
    cells = [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(2)]
    assert cells == [
        ["3", "0312", "2025-03", "Mottakere hittil i år (unike personer)", "800", "812", ""],
        ["4", "0312", "2025-03", "Brutto utbetalt sosialhjelp", f"3{NBSP}137{NBSP}045,49",
         f"3{NBSP}137{NBSP}045,49", "Etterbetaling"],
    ]
    assert snapshot(filled) == before


def test_the_preview_lists_the_first_changed_values_and_says_how_many_more(
        qtbot, filled, tmp_path, monkeypatch):
    monkeypatch.setattr(import_dialog, "PREVIEW_LIMIT", 2)
    for month in (1, 2, 4):
        filled.set_value(HOME_CODE, "SH_MND", Period(2025, month), 1)
    path = write(tmp_path, [HEADER] + [f"0312;;2025-{m:02d};SH_MND;;9;;" for m in (1, 2, 3, 4)])
    d = dialog_for(qtbot, filled, path)
    d.check()
    assert d.change_model.rowCount() == 2
    assert [d.change_model.data(d.change_model.index(r, ChangeModel.PERIOD)) for r in (0, 1)] == [
        "2025-01", "2025-02"]
    assert "Viser de første 2 av 4; de 2 andre endres også." in d.change_note.text()


def test_every_problem_is_listed_by_line_import_is_disabled_and_nothing_is_written(
        qtbot, filled, tmp_path):
    filled.lock_month(HOME_CODE, Period(2025, 3))
    path = write(tmp_path, [
        HEADER,
        "0312;NAV Frogner;2025-04;SH_MND;;480;;",
        "0312;NAV Frogner;2025-04;SH_MNDX;;5;;",
        "0312;NAV Frogner;2025-13;SH_MND;;5;;",
        "0312;NAV Frogner;2025-05;SH_MND;;1.234;;",
        "0312;NAV Frogner;2025-03;SH_MND;;474;;",
        "0312;NAV Frogner;2025-04;SH_MND;;481;;",
    ])
    before = snapshot(filled)
    d = dialog_for(qtbot, filled, path)
    report = d.check()

    m = d.problem_model
    lines = [m.data(m.index(r, ProblemModel.LINE)) for r in range(m.rowCount())]
    messages = [m.data(m.index(r, ProblemModel.MESSAGE)) for r in range(m.rowCount())]
    assert lines == ["3", "4", "5", "6", "7"]
    assert [line for line, _ in report.problems] == [3, 4, 5, 6, 7]
    assert "SH_MNDX" in messages[0]
    assert "tvetydig" in messages[2]
    assert "låst" in messages[3]
    assert "linje 2" in messages[4]
    assert d.tabs.currentIndex() == 0 and d.tabs.tabText(0) == "&Problemer (5)"
    assert d.problem_stat.number.text() == "5"
    assert not d.import_button.isEnabled()
    assert "kan ikke importeres før 5 problemer er rettet" in d.status_label.text()

    d.import_button.click()  # disabled: does nothing
    assert d.imported_report is None
    assert snapshot(filled) == before


def test_the_problem_list_can_be_copied_with_its_line_numbers(qtbot, office_store, tmp_path):
    path = write(tmp_path, [HEADER, "0312;;2025-01;NOPE;;1;;", "0312;;2025-01;SH_MND;;x;;"])
    d = dialog_for(qtbot, office_store, path)
    d.check()
    d.copy_button.click()
    assert QGuiApplication.clipboard().text().splitlines() == [
        "linje 2: Ukjent indikator «NOPE»", "linje 3: SH_MND 2025-01: «x» er ikke et tall"]


def test_a_file_that_cannot_be_read_is_a_problem_in_the_list(qtbot, office_store, tmp_path):
    d = dialog_for(qtbot, office_store, tmp_path / "borte.csv")
    d.check()
    assert d.problem_model.rowCount() == 1
    assert d.problem_model.data(d.problem_model.index(0, ProblemModel.LINE)) == "–"
    assert "Finner ikke filen" in d.problem_model.data(d.problem_model.index(0, 1))
    assert not d.import_button.isEnabled()


def test_a_file_that_changes_nothing_cannot_be_imported(qtbot, filled, tmp_path):
    path = write(tmp_path, [HEADER, "0312;;2025-03;SH_MND;;473;;"])
    d = dialog_for(qtbot, filled, path)
    d.check()
    assert not d.import_button.isEnabled()
    assert "allerede lagret" in d.status_label.text()


# ---- importing -------------------------------------------------------------------------

def test_confirming_stores_the_values_with_the_file_as_the_source(qtbot, filled, mixed_file):
    d = dialog_for(qtbot, filled, mixed_file)
    d.check()
    with qtbot.waitSignal(d.imported) as signal:
        qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton)

    report = signal.args[0]
    assert report.applied and d.imported_report is report
    assert stored(filled, "SH_HIA", Period(2025, 3)) == 812
    assert stored(filled, "SH_MND", Period(2025, 4)) == 480
    assert stored(filled, "SH_HIA", Period(2025, 4)) == 830
    assert filled.value(HOME_CODE, "SH_BRUTTO", Period(2025, 3)).comment == "Etterbetaling"
    assert stored(filled, "KVP_MND", Period(2025, 4)) is None
    history = filled.history(HOME_CODE, "SH_HIA", Period(2025, 3))
    assert [(h.old_value, h.new_value, h.source) for h in history[:1]] == [
        (800, 812, "import tall.csv")]
    assert filled.history(HOME_CODE, "SH_MND", Period(2025, 4))[0].source == "import tall.csv"
    assert len(filled.history(HOME_CODE, "SH_MND", Period(2025, 3))) == 1  # unchanged: not audited

    assert "Importert: 2 nye verdier og 2 endrede verdier er lagret" in d.status_label.text()
    assert d.import_button.isHidden()
    assert d.close_button.text() == "&Lukk"
    assert d.progress_percent == 100


def test_cancel_after_the_preview_writes_nothing(qtbot, filled, mixed_file):
    before = snapshot(filled)
    d = dialog_for(qtbot, filled, mixed_file)
    d.check()
    d.close_button.click()
    assert d.result() == QDialog.DialogCode.Rejected
    assert d.imported_report is None and not d.isVisible()
    assert snapshot(filled) == before


def big_file(tmp_path, rows=25_000):
    """More rows than one chunk of the reader, so that reading reports progress."""
    lines = [HEADER]
    offices = [f"{n:04d}" for n in range(1, rows // 240 + 2)]
    for office in offices:
        for year in range(2005, 2025):
            for month in range(1, 13):
                lines.append(f"{office};NAV {office};{year}-{month:02d};SH_MND;;{month};;")
                if len(lines) > rows:
                    return write(tmp_path, lines, "stor.csv"), offices
    return write(tmp_path, lines, "stor.csv"), offices


def stop_progress_at(dialog, percent=0):
    """Press "Stopp" in the progress dialog once it shows ``percent``, as soon as the
    import lets events through."""
    def stop():
        progress = dialog.progress_dialog
        if progress is None or dialog.progress_percent < percent:
            QTimer.singleShot(0, stop)
            return
        progress.cancel()
    QTimer.singleShot(0, stop)


def test_the_progress_dialog_reaches_100_percent_on_a_file_of_many_chunks(qtbot, store, tmp_path):
    path, offices = big_file(tmp_path)
    d = dialog_for(qtbot, store, path, office="0001")
    d.check()
    assert d.progress_percent == 100
    assert d.add_offices_box.isVisible()
    d.add_offices_box.setChecked(True)  # reads the file again, with the offices allowed
    assert d.report.problems == [] and d.report.new == 25_000
    assert d.report.offices_added == offices
    assert d.progress_percent == 100
    assert d.progress_dialog is None


def test_stopping_while_the_file_is_read_stores_nothing(qtbot, store, tmp_path):
    path, _ = big_file(tmp_path)
    d = dialog_for(qtbot, store, path)
    d.check()
    d.add_offices_box.setChecked(True)
    before = snapshot(store)
    stop_progress_at(d, 1)
    assert d.import_file() is None
    assert 0 < d.progress_percent < 90  # stopped while reading
    assert d.imported_report is None
    assert "stoppet" in d.status_label.text() and "Ingenting er lagret" in d.status_label.text()
    assert snapshot(store) == before
    assert d.import_button.isEnabled()  # and may be started again
    assert d.import_file().applied
    assert store.conn.execute("SELECT count(*) FROM value").fetchone()[0] == 25_000


def test_stopping_while_the_values_are_stored_rolls_everything_back(qtbot, filled, mixed_file):
    before = snapshot(filled)
    d = dialog_for(qtbot, filled, mixed_file)
    d.check()
    stop_progress_at(d, 99)  # the last moment: the audit rows are written, the values not yet
    assert d.import_file() is None
    assert d.progress_percent == 99
    assert "Importen ble stoppet. Ingenting er lagret." in d.status_label.text()
    assert snapshot(filled) == before
    assert d.import_file().applied  # the store is usable again


# ---- offices ---------------------------------------------------------------------------

def test_a_file_without_an_office_column_asks_which_office_the_rows_belong_to(
        qtbot, office_store, tmp_path):
    office_store.save_office("0301", "NAV Gamle Oslo")
    path = write(tmp_path, ["periode;indikator;verdi", "2025-01;SH_MND;5", "2025-02;SH_MND;6"])
    d = dialog_for(qtbot, office_store, path)
    report = d.check()
    assert d.office_combo.isVisible()
    assert d.office_combo.currentData() == HOME_CODE  # the window's office first
    assert report.problems == [] and report.new == 2
    assert "Alle radene legges på kontor 0312 NAV Frogner" in d.details_label.text()

    d.office_combo.setCurrentIndex(d.office_combo.findData("0301"))  # reads again
    assert "0301 NAV Gamle Oslo" in d.details_label.text()
    assert d.import_file().applied
    assert stored(office_store, "SH_MND", Period(2025, 2), "0301") == 6
    assert stored(office_store, "SH_MND", Period(2025, 2)) is None


def test_offices_not_in_the_database_are_created_only_when_asked(qtbot, office_store, tmp_path):
    path = write(tmp_path, [HEADER, "0312;NAV Frogner;2025-01;SH_MND;;5;;",
                            "0101;NAV Alna;2025-01;SH_MND;;7;;"])
    before = snapshot(office_store)
    d = dialog_for(qtbot, office_store, path)
    report = d.check()
    assert d.add_offices_box.isVisible() and not d.add_offices_box.isChecked()
    assert "0101 NAV Alna" in d.add_offices_list.text()
    assert [line for line, _ in report.problems] == [3]
    message = d.problem_model.data(d.problem_model.index(0, ProblemModel.MESSAGE))
    assert "Opprett kontorene" in message and "--add-offices" not in message
    assert not d.import_button.isEnabled()

    d.add_offices_box.setChecked(True)
    assert d.report.problems == [] and d.report.offices_added == ["0101"]
    assert "Kontorer som opprettes: 0101 NAV Alna" in d.details_label.text()
    assert snapshot(office_store) == before
    assert d.import_file().applied
    assert office_store.office("0101").name == "NAV Alna"
    assert stored(office_store, "SH_MND", Period(2025, 1), "0101") == 7


# ---- errors ----------------------------------------------------------------------------

def test_a_busy_database_is_a_message_not_a_traceback(qtbot, filled, mixed_file):
    import sqlite3

    filled.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(filled.path, isolation_level=None)
    d = dialog_for(qtbot, filled, mixed_file)
    d.check()
    before = snapshot(filled)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert d.import_file() is None
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "Kunne ikke importere filen" in d.status_label.text()
    assert "i bruk" in d.status_label.text()
    assert snapshot(filled) == before
    assert d.import_file().applied


# ---- from the menu ---------------------------------------------------------------------

def test_run_import_asks_for_a_file_and_returns_the_stored_import(
        qtbot, filled, mixed_file, dialogs):
    asked = dialogs.open_file(mixed_file)

    def confirm_then_close():  # once the dialog waits for the user (exec), as a person would
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, ImportDialog) and w.isVisible() and w.isModal()]
        if not shown:
            QTimer.singleShot(20, confirm_then_close)
            return
        assert shown[0].report is not None and shown[0].import_button.isEnabled()
        shown[0].import_button.click()
        shown[0].close_button.click()

    QTimer.singleShot(0, confirm_then_close)
    report = run_import(None, OfficeService(filled))
    assert asked
    assert report is not None and report.applied
    assert stored(filled, "SH_MND", Period(2025, 4)) == 480


def test_run_import_without_a_chosen_file_does_nothing(qtbot, filled, dialogs):
    dialogs.open_file("")
    before = snapshot(filled)
    assert run_import(None, OfficeService(filled)) is None
    assert snapshot(filled) == before


# ---- keyboard --------------------------------------------------------------------------

def test_every_button_has_its_own_mnemonic(qtbot, office_store, tmp_path):
    path = write(tmp_path, [HEADER, "0101;NAV Alna;2025-01;SH_MND;;7;;"])
    d = dialog_for(qtbot, office_store, path)
    d.check()
    keys = []
    for button in d.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            text = button.text()
            assert "&" in text, text
            keys.append(text[text.index("&") + 1].lower())
    tabs = [d.tabs.tabText(i) for i in range(d.tabs.count())]
    keys += [t[t.index("&") + 1].lower() for t in tabs]
    assert len(keys) == len(set(keys)), keys


def test_the_dialog_is_rejected_with_escape_and_nothing_is_written(qtbot, filled, mixed_file):
    before = snapshot(filled)
    d = dialog_for(qtbot, filled, mixed_file)
    d.check()
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert d.result() == QDialog.DialogCode.Rejected
    assert d.imported_report is None and not d.isVisible()
    assert snapshot(filled) == before


def test_a_file_given_an_office_column_after_a_recheck_uses_it_again(qtbot, office_store, tmp_path):
    office_store.save_office("0301", "NAV Gamle Oslo")
    path = write(tmp_path, ["periode;indikator;verdi", "2025-01;SH_MND;5"])
    d = dialog_for(qtbot, office_store, path)
    d.check()
    assert d.office_combo.isVisible()
    write(tmp_path, [HEADER, "0301;NAV Gamle Oslo;2025-01;SH_MND;;5;;"])  # fixed in Excel
    d.recheck_button.click()
    assert not d.office_combo.isVisible()
    assert d.import_file().applied
    assert stored(office_store, "SH_MND", Period(2025, 1), "0301") == 5
    assert stored(office_store, "SH_MND", Period(2025, 1)) is None
