"""File > Export of a wide year with December half entered (review of issue 11): the
dialog says, before anything is written, which month the year column runs through and
that December is left out, as ``navdesk-cli export --format wide`` does with its "Merk:"
line; the file is the command line's, byte for byte. Options chosen with keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from navdesk.cli.main import main as cli_main
from navdesk.service import OfficeService
from navdesk.ui.export_dialog import ExportDialog
from tests.partial_case import half_enter_december

ALT = Qt.KeyboardModifier.AltModifier


def alt(qtbot, key, done) -> None:
    """Alt+``key`` into the focused widget; Qt clicks a mnemonic's button a moment later
    (it shows it pressed first), so wait until ``done()``."""
    QTest.keyClick(QApplication.focusWidget(), key, ALT)
    qtbot.waitUntil(done)


def shown(qtbot, store, path) -> ExportDialog:
    d = ExportDialog(OfficeService(store), 2025, None, path=path)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    return d


def test_the_wide_year_names_its_month_and_the_partial_december_before_writing(
        qtbot, demo_store, tmp_path):
    half_enter_december(demo_store)
    d = shown(qtbot, demo_store, tmp_path / "bred.csv")
    assert d.months_label.isHidden()  # a long file has every value with its own month
    alt(qtbot, Qt.Key.Key_B, d.wide_format.isChecked)  # "&Bred"
    assert not d.months_label.isHidden()
    assert d.months_label.text() == "Desember 2025 er delvis (3 av 75 tall) og ikke med."
    assert d.summary_label.text().startswith(
        "Filen får én rad per indikator for NAV Frogner: januar–november 2025 og året hittil "
        "til og med november")
    assert not (tmp_path / "bred.csv").exists()
    alt(qtbot, Qt.Key.Key_E, lambda: d.rows_written is not None)  # "&Eksporter"
    assert d.rows_written
    assert cli_main(["export", "--db", str(demo_store.path), "--year", "2025", "--format",
                     "wide", "--out", str(tmp_path / "cli.csv")]) == 0
    assert (tmp_path / "bred.csv").read_bytes() == (tmp_path / "cli.csv").read_bytes()


def test_december_chosen_for_the_wide_year_is_labelled_as_partial(qtbot, demo_store, tmp_path):
    half_enter_december(demo_store)
    d = shown(qtbot, demo_store, tmp_path / "bred.csv")
    alt(qtbot, Qt.Key.Key_B, d.wide_format.isChecked)
    alt(qtbot, Qt.Key.Key_N, d.one_month.isChecked)  # "Én må&ned:"
    d.month_combo.setFocus()
    QTest.keyClick(d.month_combo, Qt.Key.Key_End)  # December
    assert d.month == 12
    assert d.months_label.text() == "Desember 2025: 3 av 75 tall (delvis måned)."


def test_a_whole_year_has_no_note(qtbot, demo_store, tmp_path):
    d = shown(qtbot, demo_store, tmp_path / "bred.csv")
    alt(qtbot, Qt.Key.Key_B, d.wide_format.isChecked)
    assert d.months_label.isHidden() and d.months_label.text() == ""
    assert "hver måned i 2025 og årets tall" in d.summary_label.text()


def test_the_note_in_english(qtbot, demo_store, tmp_path, english):
    half_enter_december(demo_store)
    d = shown(qtbot, demo_store, tmp_path / "bred.csv")
    d.wide_format.setChecked(True)
    assert d.months_label.text() == ("December 2025 is partial (3 of 75 figures) and not "
                                     "included.")
