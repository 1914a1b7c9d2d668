"""A month that has not begun cannot be marked as reported from the close-month dialog
either (review of issue 11): the dialog calls the store's rule with "anyway", so ticking
"Jeg vil låse en måned som ikke er over" must not get round it. Driven by keys; the
database after each step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from navdesk.ui.close_month import CloseMonthDialog
from tests.conftest import HOME_CODE
from tests.ui.answers import in_dialog, keys
from tests.ui.windows import MARCH, events, press

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_a_month_not_begun_is_refused_in_the_dialog_even_with_its_box_ticked(
        qtbot, window, demo_store):
    form = window.month_form
    form.today = lambda: date(2025, 2, 20)  # March 2025 has not begun
    looks = in_dialog(CloseMonthDialog, keys((Qt.Key.Key_J, ALT)),
                      lambda d: qtbot.waitUntil(d.not_over.isChecked),
                      lambda d: (d.not_over.isChecked(), d.close_button.isEnabled()),
                      keys((Qt.Key.Key_M, ALT)), lambda d: qtbot.waitUntil(d.error.isVisible),
                      lambda d: (d.isVisible(), d.error.isVisible(), d.error.text()),
                      keys(Qt.Key.Key_Escape))
    press(window, Qt.Key.Key_L, CTRL)
    assert looks[2] == (True, True)  # ticked: the button would lock a month not over
    visible, error_shown, error = looks[5]
    assert (visible, error_shown) == (True, True)  # the dialog stays open and says why
    assert error == ("Måneden ble ikke markert som rapportert: mars 2025 har ikke begynt ennå, "
                     "og en måned som ikke har begynt, kan ikke markeres som rapportert")
    assert not demo_store.is_locked(HOME_CODE, MARCH)
    assert events(demo_store) == []
    assert not form.model.locked
