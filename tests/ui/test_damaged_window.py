"""A damaged database opens read-only in the window (issue 13, point 2): the file is
checked in the background after the first frame; on damage a red banner says so, and
no key typed, before or after the check's result, changes one byte of the file."""

from __future__ import annotations

import shutil
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from navdesk.app import install_excepthook
from navdesk.service import OfficeService, StoreError, open_office_service
from navdesk.service.access import DAMAGED
from navdesk.ui.main_window import MainWindow
from tests.cli.test_cli_damaged import damage, digest
from tests.ui.typing_keys import type_keys
from tests.ui.windows import MARCH, go, type_in_line


def damaged_but_openable(store, tmp_path: Path) -> Path:
    """A copy of ``store``'s file with one page overwritten that the window opens (the
    pages every start reads are whole) but SQLite's quick_check finds damaged."""
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    whole = tmp_path / "hel.sqlite"
    shutil.copyfile(store.path, whole)
    pages = whole.stat().st_size // 16384
    for page in range(pages, 2, -1):
        trial = tmp_path / f"skadet-{page}.sqlite"
        shutil.copyfile(whole, trial)
        damage(trial, page)
        try:
            service = open_office_service(trial)
        except StoreError:
            continue
        try:
            found = service.quick_check()
        finally:
            service.close()
        if found != "ok":
            return trial
    pytest.fail("no page whose damage the window's start does not see but the check does")


@pytest.fixture
def damaged(demo_store, tmp_path) -> Path:
    return damaged_but_openable(demo_store, tmp_path)


def test_a_damaged_file_opens_read_only_with_a_red_banner_and_stays_byte_for_byte(
        qtbot, damaged):
    before = digest(damaged)
    service = open_office_service(damaged)
    assert service.claim_writing()  # the lock is free: only the check finds the fault
    window = MainWindow(service, period=MARCH, check_file=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: service.read_only is not None, timeout=10000)
    assert service.access.kind == DAMAGED
    assert window.banner.isVisible()
    said = window.banner.label.text()
    assert "Databasefilen er skadet" in said and "Ingenting er endret i den" in said
    assert "Gjenopprett fra en sikkerhetskopi" in said
    assert not window.banner.retry_button.isVisible()  # trying again finds the same
    assert not window.import_action.isEnabled()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_in_line(window, "SH_MND", "4321")
    go(window, "SH_HIA")
    type_keys("77")
    with pytest.raises(StoreError, match="skadet"):
        service.session.enter("SH_MND", MARCH, "4321")
    window.close()
    assert digest(damaged) == before
    assert not Path(str(damaged) + "-wal").exists() or \
        Path(str(damaged) + "-wal").stat().st_size == 0


def test_a_value_saved_before_the_check_has_finished_waits_for_it_and_is_refused(damaged):
    """The check runs on the spot when a write comes first: nothing is written into a
    damaged file even in the moment before the background check answers."""
    before = digest(damaged)
    service = open_office_service(damaged)
    assert service.claim_writing()
    service.access.begin_check()  # what the window does after its first frame
    assert service.read_only is None  # not said read-only yet: typing is not turned away
    with pytest.raises(StoreError, match="skadet"):
        service.session.enter("SH_MND", MARCH, "4321")
    assert service.access.kind == DAMAGED
    service.close()
    assert digest(damaged) == before


def test_a_sound_file_is_writable_once_checked_and_a_value_typed_meanwhile_is_saved(
        demo_store):
    service = OfficeService(demo_store)
    assert service.claim_writing()
    service.access.begin_check()
    change = service.session.enter("SH_MND", MARCH, "4321")  # waits for the check
    assert change is not None
    assert service.read_only is None and not service.access.checking
    assert demo_store.value("0312", "SH_MND", MARCH).value == 4321
    service.access.release()


def unreadable_history(store, tmp_path: Path) -> Path:
    """A damaged copy that opens, but whose change log of March's SH_MND (shown beside
    the month form for the line in focus) cannot be read."""
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    whole = tmp_path / "hel.sqlite"
    shutil.copyfile(store.path, whole)
    for page in range(whole.stat().st_size // 16384, 2, -1):
        trial = tmp_path / f"uleselig-{page}.sqlite"
        shutil.copyfile(whole, trial)
        damage(trial, page)
        try:
            service = open_office_service(trial)
        except Exception:  # refused at start already (a message before any window)
            continue
        try:
            service.session.month_sheet(MARCH)
            service.history("SH_MND", MARCH)
        except StoreError:
            continue
        except Exception:  # what SQLite raises for the damaged page
            return trial
        finally:
            service.close()
    pytest.fail("no page whose damage hides the change log only")


def test_damage_met_while_reading_makes_the_window_read_only_not_an_error_dialog(
        qtbot, demo_store, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_excepthook()
    path = unreadable_history(demo_store, tmp_path)
    before = digest(path)
    service = open_office_service(path)
    assert service.claim_writing()
    window = MainWindow(service, period=MARCH)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    go(window, "SH_HIA")
    go(window, "SH_MND")  # its change log is read: SQLite meets the damaged page
    qtbot.waitUntil(lambda: service.access.kind == DAMAGED)
    assert window.banner.isVisible()
    assert "Databasefilen er skadet" in window.banner.label.text()
    assert QApplication.activeModalWidget() is None  # no unexpected-error dialog
    window.close()
    assert digest(path) == before


def test_the_banner_restores_a_backup_and_the_window_writes_again(qtbot, damaged, tmp_path):
    """The red banner's "Gjenopprett fra sikkerhetskopi …": the backups dialog, Enter on
    the backup made while the file was whole, Yes; the file is sound again, the banner
    goes, and a value typed is saved."""
    import sqlite3

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from navdesk.store.backup import MANUAL, make_backup
    from navdesk.ui.backups_dialog import BackupsDialog
    from tests.conftest import when_modal_opens
    from tests.ui.test_backups_dialog import answer_restore
    from tests.ui.windows import stored

    whole = sqlite3.connect(tmp_path / "hel.sqlite")  # the content before the damage
    try:
        make_backup(whole, damaged, MANUAL)
    finally:
        whole.close()
    service = open_office_service(damaged)
    assert service.claim_writing()
    window = MainWindow(service, period=MARCH, check_file=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: service.access.kind == DAMAGED, timeout=10000)
    assert window.banner.restore_button.isVisible()
    asked: list = []

    def restore(dialog):
        answer_restore(True, asked)
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)
        dialog.accept()

    when_modal_opens(BackupsDialog, restore)
    window.banner.restore_button.click()
    assert asked and "erstattes" in asked[0][0]
    assert service.read_only is None and service.access.kind is None
    assert not window.banner.isVisible()
    assert window.import_action.isEnabled()
    check = sqlite3.connect(damaged)
    try:
        assert check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        check.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_in_line(window, "SH_MND", "4321")
    window.close()
    from navdesk.store import open_store

    with open_store(damaged, create=False) as after:
        assert stored(after, "SH_MND") == 4321
