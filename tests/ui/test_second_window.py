"""A second navdesk window on a file another window holds opens read-only (issue 13,
point 3): the banner names who holds it, keys typed change nothing in the file, and
"Prøv igjen" after the holder died makes the window writable without a restart."""

from __future__ import annotations

import getpass
import socket
import sqlite3

import pytest
from PySide6.QtCore import Qt

from navdesk.service import OfficeService
from navdesk.store.writer_lock import read_holder
from navdesk.ui.main_window import MainWindow
from tests.conftest import HOME_CODE
from tests.lock_holder import kill_hard, start_holder
from tests.ui.typing_keys import press, type_keys
from tests.ui.windows import MARCH, go, note, shown_service_window, type_in_line


def in_file(path, code: str = "SH_MND"):
    """``code``'s March value as another connection reads it from the file."""
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT value FROM value WHERE office = ? AND indicator = ? AND period = ?",
            (HOME_CODE, code, str(MARCH))).fetchone()
    finally:
        conn.close()
    return None if row is None else row[0]


def opened(qtbot, service: OfficeService) -> MainWindow:
    return shown_service_window(qtbot, service, MARCH)


@pytest.fixture
def holder(demo_store):
    process = start_holder(demo_store.path)
    yield process
    if process.poll() is None:
        kill_hard(process)


def test_a_window_on_a_file_another_process_holds_is_read_only_until_it_dies(
        qtbot, demo_store, holder):
    path = demo_store.path
    before = in_file(path)
    service = OfficeService(demo_store)
    assert not service.claim_writing()
    window = opened(qtbot, service)

    assert window.banner.isVisible()
    said = window.banner.label.text()
    since = read_holder(path).since_time()
    assert getpass.getuser() in said and socket.gethostname() in said and since in said
    assert "kan ikke endre dem" in said
    assert not window.import_action.isEnabled() and not window.lock_action.isEnabled()

    go(window, "SH_MND")
    type_keys("4321")
    assert "kan ikke endre tallene" in note(window)  # a note, never an editor
    press(Qt.Key.Key_Return)
    assert in_file(path) == before
    with pytest.raises(Exception, match="annet navdesk-vindu"):  # below the window too
        service.session.enter("SH_MND", MARCH, "4321")
    assert in_file(path) == before

    window.banner.retry_button.click()  # the other window is still there
    assert service.read_only is not None and window.banner.isVisible()

    kill_hard(holder)
    window.banner.retry_button.click()
    assert service.read_only is None
    assert not window.banner.isVisible()
    assert read_holder(path).pid != holder.pid
    window.month_form.view.setFocus()
    type_in_line(window, "SH_MND", "4321")
    assert in_file(path) == 4321


def test_two_windows_of_one_process_on_one_file_the_second_is_read_only(
        qtbot, demo_store):
    first = OfficeService(demo_store)
    assert first.claim_writing()
    from navdesk.service import open_office_service

    second = open_office_service(demo_store.path)
    try:
        assert not second.claim_writing()
        window = opened(qtbot, second)
        assert window.banner.isVisible()
        before = in_file(demo_store.path)
        type_in_line(window, "SH_MND", "999")
        assert in_file(demo_store.path) == before
        window.close()  # its service closed: the first window's lock is untouched
        assert first.read_only is None
        first.session.enter("SH_MND", MARCH, "999")
        assert in_file(demo_store.path) == 999
    finally:
        first.access.release()


def test_the_goal_card_of_a_read_only_window_takes_no_edit_until_the_lock_is_taken(
        qtbot, demo_store, holder):
    from navdesk.ui.goalcard_model import TARGET_YEAR
    from navdesk.ui.main_window import GOALCARD_TAB

    service = OfficeService(demo_store)
    assert not service.claim_writing()
    window = opened(qtbot, service)
    card = window.open_page(GOALCARD_TAB)
    target = card.model.measure_index("SAK_DAGER", TARGET_YEAR)
    assert not target.flags() & Qt.ItemFlag.ItemIsEditable
    assert not card.copy_button.isEnabled() and not card.edit_action.isEnabled()
    assert not window.undo_action.isEnabled()
    kill_hard(holder)
    assert window.try_writing()
    assert target.flags() & Qt.ItemFlag.ItemIsEditable
    assert card.copy_button.isEnabled()
