"""The window on a full disk (issue 13, point 6): a value typed with real keys is refused
with one clear message in the window's language and nothing is stored; the report
page's PDF and CSV on a full disk are refused in its message box and leave no file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from navdesk.domain.period import Period
from navdesk.service import OfficeService
from navdesk.ui.i18n import tr
from navdesk.ui.main_window import REPORT_TAB, MainWindow
from navdesk.ui.month_model import RejectedRole
from tests.conftest import HOME_CODE, when_modal_opens
from tests.full_disk import (
    dump,
    fill_up,
    integrity,
    leave_free,
    limit_growth,
    small_disk_mounted,
)
from tests.ui.answers import answer
from tests.ui.typing_keys import press, type_keys
from tests.ui.windows import MARCH

FULL = "Disken er full, så ingenting er endret. Frigjør plass på disken og prøv igjen."
FULL_EN = "The disk is full, so nothing was changed. Free some space on the disk and try again."


@pytest.fixture
def small_disk(tmp_path):
    yield from small_disk_mounted(tmp_path)


def type_on_a_full_disk(window, demo_store) -> list[str]:
    """Fill the database up to SQLite's page limit, type 302 into SH_MND with real keys,
    then leave the month; the texts of the message box that lists what is not stored."""
    limit_growth(demo_store.conn)
    fill_up(demo_store, HOME_CODE)
    window.month_form.refresh()
    before = dump(demo_store.conn)
    form = window.month_form
    form.view.go_to(form.model.index_of("SH_MND"))
    form.view.setFocus()
    type_keys("302")
    press(Qt.Key.Key_Return)
    assert dump(demo_store.conn) == before
    assert not demo_store.conn.in_transaction
    assert integrity(demo_store.path) == "ok"
    reason = form.model.index_of("SH_MND").data(RejectedRole)
    seen: list[str] = []
    when_modal_opens(QMessageBox, answer(tr("&Forkast dem"), seen))
    press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dump(demo_store.conn) == before
    return [reason, *seen]


def test_a_value_typed_on_a_full_disk_is_refused_in_one_message_and_nothing_is_stored(
        window, demo_store):
    reason, listed = type_on_a_full_disk(window, demo_store)
    assert reason == FULL
    assert f"«302» – {FULL}" in listed


def test_the_full_disk_is_said_in_english_in_an_english_window(english, qtbot, demo_store):
    from tests.ui.windows import shown_window

    window = shown_window(qtbot, demo_store, MARCH)
    reason, listed = type_on_a_full_disk(window, demo_store)
    assert reason == FULL_EN
    assert f"“302” – {FULL_EN}" in listed


def test_the_status_report_and_the_tables_on_a_full_disk_are_refused_and_leave_no_file(
        qtbot, demo_store, small_disk, warnings):
    window = MainWindow(OfficeService(demo_store), period=Period(2025, 6))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    report = window.open_page(REPORT_TAB)
    pdf, csv = small_disk / "statusrapport.pdf", small_disk / "fordelinger.csv"
    leave_free(small_disk, 16)
    assert report.write_pdf(str(pdf)) == 0
    leave_free(small_disk, 0)  # the tables are a few KiB
    assert not report.export_csv(str(csv))
    assert warnings == [
        f"Disken er full, så {pdf} er ikke skrevet. Frigjør plass på disken og prøv igjen.",
        f"Disken er full, så {csv} er ikke skrevet. Frigjør plass på disken og prøv igjen."]
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
