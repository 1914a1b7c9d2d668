"""First start: the setup dialog, driven with the keyboard, saving to a real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from navdesk.domain.units import ValueRejected
from navdesk.store.database import Office
from navdesk.ui.setup_dialog import SetupChoice, SetupDialog, check_office_code


def save_home(store):
    return lambda code, name, municipality: store.save_office(code, name, municipality, home=True)


@pytest.fixture
def dialog(qtbot, store):
    d = SetupDialog(save_office=save_home(store), database=store.path)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(lambda: d.code_edit.hasFocus())
    return d


def type_into_focus(qtbot, dialog, text):
    qtbot.keyClicks(dialog.focusWidget(), text)


def press(qtbot, dialog, key):
    qtbot.keyClick(dialog.focusWidget(), key)


@pytest.mark.parametrize("code, problem", [
    ("0312", None),
    (" 0312 ", None),
    ("", "Skriv inn kontornummeret, f.eks. 0312"),
    ("312", "Kontornummeret har fire sifre. Mente du 0312?"),
    ("03120", "Kontornummeret har fire sifre, f.eks. 0312 (du skrev 5)"),
    ("03a2", "Kontornummeret skal bare ha sifre, f.eks. 0312"),
    ("０３１２", "Kontornummeret skal bare ha sifre, f.eks. 0312"),  # full-width digits
])
def test_office_number_is_four_digits(code, problem):
    assert check_office_code(code) == problem


def test_typing_the_office_and_pressing_enter_saves_it_as_home(qtbot, dialog, store):
    type_into_focus(qtbot, dialog, "0312")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_into_focus(qtbot, dialog, "NAV Frogner")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_into_focus(qtbot, dialog, "Oslo")
    press(qtbot, dialog, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice is SetupChoice.OFFICE
    assert dialog.office == Office("0312", "NAV Frogner", "Oslo")
    assert store.home_office() == Office("0312", "NAV Frogner", "Oslo")
    assert store.offices() == [Office("0312", "NAV Frogner", "Oslo")]


def test_wrong_fields_are_explained_under_them_and_nothing_is_saved(qtbot, dialog, store):
    type_into_focus(qtbot, dialog, "312")
    press(qtbot, dialog, Qt.Key.Key_Return)  # name still empty

    assert dialog.isVisible() and dialog.choice is None
    assert dialog.code_error.isVisible()
    assert dialog.code_error.text() == "Kontornummeret har fire sifre. Mente du 0312?"
    assert dialog.name_error.isVisible()
    assert "navn" in dialog.name_error.text()
    assert dialog.focusWidget() is dialog.code_edit  # the cursor goes to the first problem
    assert store.offices() == [] and store.home_office() is None

    # typing over the selected number clears its message at once
    type_into_focus(qtbot, dialog, "0312")
    assert not dialog.code_error.isVisible()
    assert dialog.name_error.isVisible()
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_into_focus(qtbot, dialog, "NAV Frogner")
    assert not dialog.name_error.isVisible()
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.choice is SetupChoice.OFFICE
    assert store.home_office() == Office("0312", "NAV Frogner", "")


def test_municipality_may_stay_empty_and_spaces_are_trimmed(qtbot, dialog, store):
    dialog.code_edit.setText(" 0312 ")
    dialog.name_edit.setText("  NAV Frogner ")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert store.home_office() == Office("0312", "NAV Frogner", "")


def test_a_refusal_from_the_store_is_shown_and_the_dialog_stays_open(qtbot, store):
    def refuse(code, name, municipality):
        raise ValueRejected("Kontoret må ha et navn")

    d = SetupDialog(save_office=refuse)
    qtbot.addWidget(d)
    d.show()
    d.code_edit.setText("0312")
    d.name_edit.setText("NAV Frogner")
    qtbot.mouseClick(d.setup_button, Qt.MouseButton.LeftButton)
    assert d.isVisible() and d.choice is None and d.office is None
    assert d.save_error.isVisible() and d.save_error.text() == "Kontoret må ha et navn"
    d.name_edit.setText("NAV Frogner og Majorstuen")  # a change hides the old reason
    assert not d.save_error.isVisible()


def test_demo_button_chooses_demo_data_and_saves_nothing(qtbot, dialog, store):
    dialog.code_edit.setText("0312")  # half-typed, then changed their mind
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice is SetupChoice.DEMO and dialog.office is None
    assert store.offices() == []


def test_demo_data_is_one_keyboard_shortcut_away(qtbot, dialog, store):
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.choice is SetupChoice.DEMO)  # buttons click animated
    assert not dialog.isVisible()


def test_escape_cancels_without_saving(qtbot, dialog, store):
    type_into_focus(qtbot, dialog, "0312")
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.choice is None
    assert store.offices() == []


def test_without_a_save_function_the_dialog_only_returns_the_office(qtbot):
    d = SetupDialog()
    qtbot.addWidget(d)
    d.code_edit.setText("0312")
    d.name_edit.setText("NAV Frogner")
    d.municipality_edit.setText("Oslo")
    d.confirm_office()
    assert d.office == Office("0312", "NAV Frogner", "Oslo")
    assert d.choice is SetupChoice.OFFICE


def test_labels_lead_to_their_fields_and_tab_order_is_top_to_bottom(dialog):
    from PySide6.QtWidgets import QLabel

    buddies = {label.text(): label.buddy()
               for label in dialog.findChildren(QLabel) if label.buddy()}
    assert buddies == {"&Kontornummer": dialog.code_edit, "Kontor&navn": dialog.name_edit,
                       "K&ommune": dialog.municipality_edit}
    order, w = [], dialog.code_edit
    for _ in range(6):
        order.append(w)
        w = w.nextInFocusChain()
        while not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not w.isVisible():
            w = w.nextInFocusChain()
    assert order == [dialog.code_edit, dialog.name_edit, dialog.municipality_edit,
                     dialog.setup_button, dialog.cancel_button, dialog.demo_button]
