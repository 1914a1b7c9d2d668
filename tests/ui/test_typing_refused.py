"""A value typed and refused is never dropped silently: leaving the month or closing the
window lists it, to go back and correct it or to drop it. What an open editor holds is
stored before the month changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from navdesk.domain.period import Period
from navdesk.ui.month_model import CodeRole, RejectedRole
from tests.conftest import HOME_CODE, when_modal_opens
from tests.ui.answers import answer
from tests.ui.typing_keys import changed_values, press, type_keys, values

MARCH, APRIL = Period(2025, 3), Period(2025, 4)


def back_in(qtbot, window) -> None:
    """The window active again after the question (a window manager does it on a desktop;
    the offscreen platform has none), with the form's line in focus."""
    assert window.focusWidget() is window.month_form.view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def type_refused(window, code: str, text: str) -> None:
    form = window.month_form
    form.view.go_to(form.model.index_of(code))
    form.view.setFocus()
    type_keys(text)
    press(Qt.Key.Key_Return)
    assert form.model.index_of(code).data(RejectedRole)


def test_leaving_the_month_lists_the_refused_value_and_going_back_keeps_it(
        window, demo_store, qtbot):
    form = window.month_form
    before = values(demo_store)
    type_refused(window, "SH_MND", "12,5")  # persons are whole numbers
    form.view.go_to(form.model.index_of("SH_HIA"))  # moved on to another line
    seen: list[str] = []
    titles = when_modal_opens(QMessageBox, answer("&Gå tilbake og rett", seen))
    press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert titles == ["Verdier som ikke er lagret"]
    assert seen == [("En verdi du skrev i mars 2025, er ikke lagret:\n"
                     "• Mottakere av sosialhjelp i måneden: «12,5» – Må være et helt tall "
                     "(personer)\n\nGå tilbake og rett dem, eller forkast dem (da står de "
                     "lagrede verdiene som før).")]
    assert form.period == MARCH and form.month_combo.currentIndex() == 2
    assert form.view.currentIndex().data(CodeRole) == "SH_MND"  # on the value to correct
    assert form.model.index_of("SH_MND").data() == "12,5"
    assert values(demo_store) == before
    back_in(qtbot, window)
    type_keys("12")  # corrected: stored, and the month may change without a question
    press(Qt.Key.Key_Return)
    assert changed_values(before, values(demo_store)) == {"SH_MND": 12}
    press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.period == APRIL


def test_dropping_the_refused_values_shows_the_other_month_and_stores_nothing(
        window, demo_store, qtbot):
    form = window.month_form
    before = values(demo_store)
    type_refused(window, "SH_MND", "12,5")
    type_refused(window, "SYKEFRAVAER", "140")
    seen: list[str] = []
    when_modal_opens(QMessageBox, answer("&Forkast dem", seen))
    form.prev_button.click()
    assert seen[0].startswith("2 verdier du skrev i mars 2025, er ikke lagret:\n"
                              "• Mottakere av sosialhjelp i måneden: «12,5» – ")
    assert "• Sykefravær blant ansatte: «140» – En prosent må være mellom 0 og 100" in seen[0]
    assert form.period == Period(2025, 2)
    assert values(demo_store) == before
    assert form.model.rejected == {}
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # back in March
    assert form.model.index_of("SH_MND").data(RejectedRole) is None
    assert form.model.index_of("SH_MND").data() == str(
        demo_store.value(HOME_CODE, "SH_MND", MARCH).value)


def test_closing_the_window_asks_about_a_refused_value(window, demo_store, qtbot):
    type_refused(window, "SH_MND", "-4")
    seen: list[str] = []
    when_modal_opens(QMessageBox, answer("&Gå tilbake og rett", seen))
    assert not window.close()
    assert window.isVisible() and "«-4»" in seen[0]
    when_modal_opens(QMessageBox, answer("&Forkast dem", seen))
    assert window.close()
    assert len(seen) == 2


def test_a_number_still_in_its_editor_is_stored_before_the_month_changes(window, demo_store):
    form = window.month_form
    form.view.go_to(form.model.index_of("SH_NODHJELP"))
    before = values(demo_store)
    type_keys("27")  # no Enter: straight to the next month
    press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.period == APRIL
    assert changed_values(before, values(demo_store)) == {"SH_NODHJELP": 27}
    assert demo_store.value(HOME_CODE, "SH_NODHJELP", MARCH).value == 27


def test_a_refused_number_still_in_its_editor_is_asked_about_too(window, demo_store):
    form = window.month_form
    form.view.go_to(form.model.index_of("SH_NODHJELP"))
    before = values(demo_store)
    type_keys("2,5")
    seen: list[str] = []
    when_modal_opens(QMessageBox, answer("&Gå tilbake og rett", seen))
    form.next_button.click()
    assert "«2,5»" in seen[0]
    assert form.period == MARCH
    assert values(demo_store) == before
