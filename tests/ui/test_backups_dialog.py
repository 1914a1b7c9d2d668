"""File > Sikkerhetskopier, through real widgets and keys on real files: the list of the
backups (also those navdesk-cli made), a restore by Enter after the question, a restore
refused, a copy saved, a backup made now; and the daily backup after the first frame."""

from __future__ import annotations

import shutil
import sqlite3

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from navdesk.service import OfficeService
from navdesk.service.backups import BackupShelf
from navdesk.store import open_store
from navdesk.store.backup import backup_folder, list_backups
from navdesk.ui.backups_dialog import BackupsDialog
from navdesk.ui.daily_backup import back_up_daily_after_first_frame
from navdesk.ui.main_window import MainWindow
from tests.conftest import when_modal_opens
from tests.store.test_backup import dump
from tests.test_app import app_main, run_main  # noqa: F401 - app_main is a fixture
from tests.ui.test_outside_changes import cli
from tests.ui.windows import MARCH, shown_window, stored, type_in_line


def in_dialog(window, act):
    """Open File > Sikkerhetskopier from the menu, run ``act(dialog)``, close it."""
    seen = []

    def run(dialog):
        try:
            seen.append(act(dialog))
        finally:
            dialog.reject()

    when_modal_opens(BackupsDialog, run)
    window.backups_action.trigger()
    assert seen, "the dialog did not open"
    return seen[0]


def rows(dialog) -> list[list[str]]:
    table = dialog.table
    return [[table.topLevelItem(i).text(c) for c in range(3)]
            for i in range(table.topLevelItemCount())]


def answer_restore(yes: bool, asked: list):
    """Answer the restore's question once it opens (its text and default kept)."""
    def act(box):
        no = box.button(QMessageBox.StandardButton.No)
        asked.append((box.text(), box.defaultButton() is no))
        box.button(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
                   ).click()
    when_modal_opens(QMessageBox, act)


def test_the_dialog_lists_the_backups_the_cli_made(qtbot, demo_store):
    done = cli("backup", "--db", demo_store.path)
    assert done.returncode == 0, done.stderr
    window = shown_window(qtbot, demo_store, MARCH)
    count = demo_store.conn.execute("SELECT count(*) FROM value").fetchone()[0]

    def look(dialog):
        assert dialog.table.hasFocus() or dialog.focusWidget() is dialog.table
        assert dialog.folder_label.text().endswith(str(backup_folder(demo_store.path)))
        return rows(dialog)

    [[when, why, values]] = in_dialog(window, look)
    assert why == "manuell"
    assert values == f"{count:,}".replace(",", "\u00a0")  # grouped as bokmål writes it
    made = list_backups(demo_store.path)[0].made_at
    assert when.endswith(f"{made:%H:%M:%S}") and str(made.year) in when


def test_enter_restores_the_backup_after_the_question_and_the_form_shows_it(
        qtbot, demo_store):
    window = shown_window(qtbot, demo_store, MARCH)
    before_value = stored(demo_store, "SH_MND")
    made = window.service.backups().make()
    wanted = dump(demo_store.path)
    type_in_line(window, "SH_MND", "4321")
    assert stored(demo_store, "SH_MND") == 4321
    asked: list = []

    def restore(dialog):
        assert rows(dialog)[0][1] == "manuell"
        answer_restore(True, asked)
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)
        return dialog.note.text()

    said = in_dialog(window, restore)
    [(question, no_is_default)] = asked
    assert no_is_default and str(made) in question and "erstattes" in question
    assert dump(demo_store.path) == wanted  # every table as it was
    assert stored(demo_store, "SH_MND") == before_value
    # the form on screen shows the restored figure
    shown = window.month_form.model.index_of("SH_MND").data()
    assert shown.replace("\u00a0", "") == f"{before_value:g}"
    before = [b for b in list_backups(demo_store.path) if b.reason == "før gjenoppretting"]
    assert len(before) == 1 and before[0].path.name in said
    with open_store(before[0].path, create=False) as kept:
        assert stored(kept, "SH_MND") == 4321  # what was there before is kept


def test_answering_no_restores_nothing(qtbot, demo_store):
    window = shown_window(qtbot, demo_store, MARCH)
    window.service.backups().make()
    type_in_line(window, "SH_MND", "4321")
    wanted = dump(demo_store.path)
    asked: list = []

    def restore(dialog):
        answer_restore(False, asked)
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)

    in_dialog(window, restore)
    assert asked and dump(demo_store.path) == wanted
    assert len(list_backups(demo_store.path)) == 1


def test_a_backup_of_another_office_is_refused_and_changes_nothing(
        qtbot, demo_store, tmp_path, warnings):
    other = open_store(tmp_path / "other.sqlite")
    other.save_office("0301", "NAV Annet", "Oslo", home=True)
    other.close()
    folder = backup_folder(demo_store.path)
    folder.mkdir(parents=True)
    shutil.copy(tmp_path / "other.sqlite", folder / "navdesk-20250101-120000.sqlite")
    window = shown_window(qtbot, demo_store, MARCH)
    wanted = dump(demo_store.path)

    in_dialog(window, lambda d: QTest.keyClick(d.table, Qt.Key.Key_Return))
    assert len(warnings) == 1
    assert "hører til kontor 0301" in warnings[0] and "Ingenting er endret" in warnings[0]
    assert dump(demo_store.path) == wanted
    assert len(list_backups(demo_store.path)) == 1  # no backup before a restore not made


def test_save_a_copy_writes_a_sound_database_that_opens(qtbot, demo_store, tmp_path, dialogs):
    target = tmp_path / "minnepinne" / "kopi.sqlite"
    target.parent.mkdir()
    asked = dialogs.save_file(target)
    window = shown_window(qtbot, demo_store, MARCH)

    def save(dialog):
        QTest.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        return dialog.note.text()

    said = in_dialog(window, save)
    assert len(asked) == 1 and str(target) in said
    assert dump(target) == dump(demo_store.path)
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with open_store(target, create=False) as copy:
        assert copy.home_office().code == "0312"


def test_back_up_now_adds_a_backup_to_the_top_of_the_list(qtbot, demo_store):
    window = shown_window(qtbot, demo_store, MARCH)

    def back_up(dialog):
        assert dialog.empty.isVisibleTo(dialog) and not dialog.restore_button.isEnabled()
        QTest.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
        return rows(dialog), dialog.restore_button.isEnabled()

    listed, enabled = in_dialog(window, back_up)
    assert [r[1] for r in listed] == ["manuell"] and enabled
    assert len(list_backups(demo_store.path)) == 1


class FirstPaint(QObject):
    """How many backups there were when the window's first frame was painted."""

    def __init__(self, window, path) -> None:
        super().__init__(window)
        self.path = path
        self.backups_then: int | None = None

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.backups_then is None:
            self.backups_then = len(list_backups(self.path))
        return False


def start(qtbot, path):
    """The window as navdesk starts it: the frame first, then the form and the daily
    backup (app.main's hook)."""
    window = MainWindow(OfficeService(open_store(path, create=False)), fill_later=True)
    qtbot.addWidget(window)
    painted = FirstPaint(window, path)
    window.installEventFilter(painted)
    daily = back_up_daily_after_first_frame(window)
    window.show()
    qtbot.waitUntil(lambda: daily.started and not daily.running, timeout=20000)
    return window, daily, painted


def test_the_daily_backup_is_made_after_the_first_frame_once_a_day(qtbot, office_store):
    path = office_store.path
    office_store.close()
    window, daily, painted = start(qtbot, path)
    qtbot.waitUntil(lambda: daily.made is not None, timeout=5000)
    assert painted.backups_then == 0  # the first frame did not wait for it
    assert [(b.path, b.reason) for b in list_backups(path)] == [(daily.made, "daglig")]
    window.close()

    again, second, _ = start(qtbot, path)  # a second start on the same day
    qtbot.wait(50)
    assert second.made is None and second.failed is None
    assert len(list_backups(path)) == 1
    again.close()


def test_a_daily_backup_that_fails_is_a_quiet_note_in_the_status_line(
        qtbot, office_store, isolated_user_dirs, monkeypatch, warnings):
    path = office_store.path
    office_store.close()
    # the backups' folder cannot be made: a file stands where it should be
    root = BackupShelf(path).folder.parent
    root.parent.mkdir(parents=True, exist_ok=True)
    root.write_text("in the way")
    window, daily, _ = start(qtbot, path)
    qtbot.waitUntil(lambda: daily.failed is not None, timeout=5000)
    assert "Dagens sikkerhetskopi ble ikke laget" in window.statusBar().currentMessage()
    assert warnings == []
    window.close()


def test_in_english_the_dialog_says_why_in_english(qtbot, demo_store, english):
    shelf = OfficeService(demo_store).backups()
    shelf.make()
    shelf.make("før import av fra-kommunen.csv")
    dialog = BackupsDialog(shelf)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Backups – navdesk"
    assert dialog.table.headerItem().text(0) == "When"
    assert [r[1] for r in rows(dialog)] == ["before importing fra-kommunen.csv", "manual"]
    count = demo_store.conn.execute("SELECT count(*) FROM value").fetchone()[0]
    assert rows(dialog)[0][2] == f"{count:,}"  # grouped as English writes it


def test_navdesk_as_started_makes_the_daily_backup_once_its_form_is_ready(
        qtbot, office_store, app_main):  # noqa: F811 - the fixture imported above
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    path = office_store.path
    office_store.close()

    def close_once_the_form_is_ready():
        found = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.month_form is not None]
        if found:
            found[0].close()
            QApplication.quit()
        else:
            QTimer.singleShot(10, close_once_the_form_is_ready)

    QTimer.singleShot(0, close_once_the_form_is_ready)
    assert run_main(app_main, ["--db", str(path)]) == 0
    # main() waited for it before it closed the database
    assert [b.reason for b in list_backups(path)] == ["daglig"]
