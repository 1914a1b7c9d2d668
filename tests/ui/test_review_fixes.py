"""What the review of issue 11 found, driven the way it happened: Ctrl+L with a number
still in its editor or a refused one pending, Ctrl+L while another page is shown, and a
click into the comment box while a value is being typed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from navdesk.domain.period import Period
from navdesk.ui.close_month import CloseMonthDialog
from tests.conftest import HOME_CODE, when_modal_opens
from tests.ui.answers import in_dialog, keys
from tests.ui.typing_keys import changed_values, focused, press, type_keys, values
from tests.ui.windows import events, go, stored

MARCH = Period(2025, 3)
CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_l_stores_the_number_still_in_its_editor_before_counting(window, demo_store):
    go(window, "SH_GJELD")
    press(Qt.Key.Key_Delete)  # emptied: 72 of 73
    assert stored(demo_store, "SH_GJELD") is None
    type_keys("7")  # the editor is open with 7; no Enter
    looks = in_dialog(CloseMonthDialog, lambda d: (d.summary.text(), d.missing_codes()),
                      keys(Qt.Key.Key_Escape))
    press(Qt.Key.Key_L, CTRL)
    assert looks[0] == ("73 av 73 tall, ingen åpne avvik.", [])
    assert stored(demo_store, "SH_GJELD") == 7
    assert not demo_store.is_locked(HOME_CODE, MARCH)


def answer(button_text: str, seen: list):
    def act(box: QMessageBox) -> None:
        seen.append(box.text())
        buttons = {b.text(): b for b in box.buttons()}
        (buttons.get(button_text) or box.escapeButton() or box.buttons()[0]).click()
    return act


def test_ctrl_l_with_a_refused_value_asks_first_and_going_back_locks_nothing(
        window, demo_store):
    go(window, "SH_MND")
    before = values(demo_store)
    type_keys("1.234")
    press(Qt.Key.Key_Return)  # refused: stays on its line, red
    assert "SH_MND" in window.month_form.model.rejected
    seen = []
    when_modal_opens(QMessageBox, answer("&Gå tilbake og rett", seen))
    press(Qt.Key.Key_L, CTRL)
    assert seen and "ikke lagret" in seen[0]
    assert QApplication.activeModalWidget() is None  # no close-month dialog after it
    assert not demo_store.is_locked(HOME_CODE, MARCH) and events(demo_store) == []
    assert changed_values(before, values(demo_store)) == {}
    assert "SH_MND" in window.month_form.model.rejected  # still there to correct


def test_ctrl_l_with_a_refused_value_dropped_goes_on_to_the_close_dialog(window, demo_store):
    go(window, "SH_MND")
    type_keys("abc")
    press(Qt.Key.Key_Return)
    seen = []
    when_modal_opens(QMessageBox, answer("&Forkast dem", seen))
    looks = in_dialog(CloseMonthDialog, lambda d: d.summary.text(), keys(Qt.Key.Key_Return))
    press(Qt.Key.Key_L, CTRL)
    assert seen and looks[0] == "73 av 73 tall, ingen åpne avvik."
    assert window.month_form.model.rejected == {}
    assert demo_store.is_locked(HOME_CODE, MARCH)


def test_ctrl_l_on_the_goal_card_does_not_close_the_month_forms_month(qtbot, window,
                                                                      demo_store):
    window.open_page("Styringskort")
    qtbot.waitUntil(lambda: window.goal_card is not None and window.goal_card.isVisible())
    window.goal_card.view.setFocus()
    press(Qt.Key.Key_L, CTRL)
    QTest.qWait(50)  # a fixed wait: the question must not come at all
    assert QApplication.activeModalWidget() is None
    assert not demo_store.is_locked(HOME_CODE, MARCH) and events(demo_store) == []
    # the Month menu still can: it shows the month form first, then asks
    looks = in_dialog(CloseMonthDialog, lambda d: window.tabs.currentWidget() is window.month_form,
                      keys(Qt.Key.Key_Escape))
    window.lock_action.trigger()
    assert looks[0] is True
    assert not demo_store.is_locked(HOME_CODE, MARCH)


def test_a_click_into_the_comment_box_while_typing_keeps_the_keys_there(window, demo_store):
    form = window.month_form
    go(window, "SH_MND")
    before = values(demo_store)
    type_keys("123")  # the value's editor is open
    box = form.comment_edit
    QTest.mouseClick(box.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    QApplication.processEvents()
    assert focused() is box
    type_keys("abc")
    assert box.toPlainText() == "abc"
    assert changed_values(before, values(demo_store)) == {"SH_MND": 123}
    assert form.model.rejected == {}


def test_a_click_into_the_year_while_typing_keeps_the_keys_there(window, demo_store):
    form = window.month_form
    go(window, "SH_MND")
    before = values(demo_store)
    type_keys("456")
    QTest.mouseClick(form.year_spin, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    QApplication.processEvents()
    assert focused() in (form.year_spin, form.year_spin.lineEdit())
    type_keys("9")
    assert changed_values(before, values(demo_store)) == {"SH_MND": 456}
