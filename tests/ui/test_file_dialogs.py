"""Every file dialog of the window, opened the way the leader opens it, read in Qt's own
(non-native) dialog: an open dialog starts in a folder that exists with an empty file
name (given a folder that is not there, Qt put its name, "Documents", in the file name
box), a save dialog with the file name it means to propose."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from navdesk.domain.period import Period
from navdesk.ui import catalogue_import, import_dialog
from navdesk.ui.main_window import GOALCARD_TAB, REPORT_TAB, TRENDS_TAB
from tests.conftest import when_modal_opens
from tests.ui.typing_keys import press
from tests.ui.windows import shown_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A home folder without a Documents folder, as on a fresh Linux desktop (Qt still
    names $HOME/Documents as the documents folder)."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setattr(import_dialog, "_last_folder", None)
    monkeypatch.setattr(catalogue_import, "_last_folder", None)
    assert not (folder / "Documents").exists()
    return folder


@pytest.fixture
def window(qtbot, demo_store, home):
    return shown_window(qtbot, demo_store, Period(2025, 6))


def seen_in_dialog(open_it) -> dict:
    """Open a file dialog with ``open_it()``; what it showed, then cancelled."""
    seen = {}

    def read(dialog: QFileDialog) -> None:
        seen["name"] = dialog.findChild(QLineEdit, "fileNameEdit").text()
        seen["folder"] = Path(dialog.directory().absolutePath())
        dialog.reject()

    when_modal_opens(QFileDialog, read)
    open_it()
    assert seen, "no file dialog opened"
    return seen


def test_the_import_dialog_starts_in_a_folder_with_no_file_name(window, home):
    assert seen_in_dialog(lambda: press(Qt.Key.Key_I, CTRL)) == {"name": "", "folder": home}


def test_a_documents_folder_that_exists_is_where_imports_start(window, home):
    (home / "Documents").mkdir()
    assert seen_in_dialog(lambda: press(Qt.Key.Key_I, CTRL)) == {
        "name": "", "folder": home / "Documents"}


def test_an_import_folder_gone_since_starts_at_what_is_left_of_it(window, home, tmp_path):
    import_dialog._last_folder = str(tmp_path / "usb" / "navdesk")  # the stick is out
    assert seen_in_dialog(lambda: press(Qt.Key.Key_I, CTRL)) == {
        "name": "", "folder": tmp_path}


def test_the_catalogue_import_starts_in_a_folder_with_no_file_name(window, home):
    assert seen_in_dialog(window.import_catalogue) == {"name": "", "folder": home}


def test_opening_another_database_starts_in_the_databases_folder(window, demo_store):
    assert seen_in_dialog(lambda: press(Qt.Key.Key_O, CTRL)) == {
        "name": "", "folder": demo_store.path.parent}


def test_the_goal_cards_template_dialogs(qtbot, window, home):
    window.open_page(GOALCARD_TAB)
    qtbot.waitUntil(lambda: window.goal_card is not None)
    card = window.goal_card
    assert seen_in_dialog(card.import_template) == {"name": "", "folder": home}
    assert seen_in_dialog(card.export_template) == {
        "name": "styringskort-mal.csv", "folder": home}


def test_the_report_pages_save_dialogs(qtbot, window, home):
    window.open_page(REPORT_TAB)
    qtbot.waitUntil(lambda: window.report is not None)
    year = window.report.year.value()
    assert seen_in_dialog(lambda: press(Qt.Key.Key_P, CTRL)) == {
        "name": f"statusrapport-{year}.pdf", "folder": home}
    assert seen_in_dialog(window.report.export_csv) == {
        "name": f"fordelinger-{year}.csv", "folder": home}


def test_the_trends_pages_save_dialog(qtbot, window, home):
    window.open_page(TRENDS_TAB)
    qtbot.waitUntil(lambda: window.trends is not None)
    assert seen_in_dialog(lambda: window.trends.save("png")) == {
        "name": "trend.png", "folder": home}
