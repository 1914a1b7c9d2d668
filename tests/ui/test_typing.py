"""Every key typed in the month form lands in the line in focus, or nowhere, with a note
in the status line saying why. Real key events to the widget with the keyboard, the
whole value table compared before and after each step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from navdesk.domain.period import Period
from navdesk.ui.month_model import NAME, VALUE, CodeRole
from tests.conftest import HOME_CODE
from tests.ui.typing_keys import changed_values, focused, press, type_keys, values
from tests.ui.windows import current_code, note, shown_window

EMPTY = Period(2026, 1)  # after the demo figures: a month nobody has typed in
MARCH = Period(2025, 3)


@pytest.fixture
def window(qtbot, demo_store):
    return shown_window(qtbot, demo_store, EMPTY)


def heading(form, parent_code: str, title: str):
    """The index of a breakdown group heading ("Alder") under its parent line."""
    parent = form.model.index_of(parent_code, NAME)
    for row in range(form.model.rowCount(parent)):
        index = form.model.index(row, NAME, parent)
        if index.data() == title:
            return index
    raise AssertionError(f"no heading {title!r} under {parent_code}")


def section(form, title: str):
    for row in range(form.model.rowCount()):
        index = form.model.index(row, NAME)
        if index.data() == title:
            return index
    raise AssertionError(f"no section {title!r}")


def put_cursor(form, index) -> None:
    form.view.setCurrentIndex(index)
    form.view.setFocus()


# ---- headings take no value ------------------------------------------------------------

def test_alder_and_14_stores_nothing_anywhere_and_says_it_is_a_heading(window, demo_store):
    form = window.month_form
    put_cursor(form, heading(form, "SH_HIA", "Alder"))
    before = values(demo_store)
    type_keys("14")
    assert values(demo_store) == before
    assert form.view.currentIndex() == heading(form, "SH_HIA", "Alder")  # did not jump
    assert note(window) == ("«Alder» er en overskrift og tar ingen verdi – gå til en linje "
                            "under med pil ned.")
    press(Qt.Key.Key_Return)  # Enter on a heading: the first line under it
    assert values(demo_store) == before
    assert current_code(window) == "SH_ALDER_18_24"


def test_kjonn_and_360_stores_nothing_and_menn_stays_empty(window, demo_store):
    form = window.month_form
    put_cursor(form, heading(form, "SH_HIA", "Kjønn"))
    before = values(demo_store)
    type_keys("360")
    press(Qt.Key.Key_Return)
    assert values(demo_store) == before
    assert demo_store.value(HOME_CODE, "SH_KJONN_MENN", EMPTY) is None
    assert current_code(window) == "SH_KJONN_MENN"  # ready for the number there
    type_keys("360")
    press(Qt.Key.Key_Return)
    assert changed_values(before, values(demo_store)) == {"SH_KJONN_MENN": 360}


def test_a_section_heading_takes_no_value(window, demo_store):
    form = window.month_form
    put_cursor(form, section(form, "Kvalifiseringsprogrammet"))
    before = values(demo_store)
    type_keys("25")
    press(Qt.Key.Key_Delete)
    assert values(demo_store) == before
    assert "«Kvalifiseringsprogrammet» er en overskrift" in note(window)
    press(Qt.Key.Key_Tab)  # Tab from a section: its first line
    assert current_code(window) == "KVP_MND"


def test_the_value_column_of_a_heading_takes_no_value_either(window, demo_store):
    form = window.month_form
    put_cursor(form, heading(form, "SH_INNTEKT_TRYGD", "Trygdeytelse").siblingAtColumn(VALUE))
    before = values(demo_store)
    type_keys("7")
    assert values(demo_store) == before
    assert "«Trygdeytelse» er en overskrift" in note(window)


# ---- value lines -------------------------------------------------------------------------

def test_a_value_line_takes_the_whole_number(window, demo_store):
    form = window.month_form
    form.view.go_to(form.model.index_of("SH_ALDER_18_24"))
    before = values(demo_store)
    type_keys("14")
    press(Qt.Key.Key_Return)
    assert changed_values(before, values(demo_store)) == {"SH_ALDER_18_24": 14}
    assert current_code(window) == "SH_ALDER_25_29"


def test_typing_on_the_name_of_a_value_line_goes_into_its_value(window, demo_store):
    form = window.month_form
    put_cursor(form, form.model.index_of("SH_GJELD", NAME))
    before = values(demo_store)
    type_keys("4321")
    press(Qt.Key.Key_Return)
    assert changed_values(before, values(demo_store)) == {"SH_GJELD": 4321}


def test_walking_down_with_arrows_and_typing_38_612_4321_stores_each_whole_in_its_line(
        window, demo_store):
    form = window.month_form
    form.view.go_to(form.model.index_of("SH_MND"))
    seen, notes = [], []
    for number in ("38", "612", "4321", "7"):  # the third lands on the heading "Alder"
        code = current_code(window)
        before = values(demo_store)
        type_keys(number)
        notes.append(note(window))
        press(Qt.Key.Key_Down)  # stores the number and goes to the line below
        seen.append((code, changed_values(before, values(demo_store))))
    assert seen == [("SH_MND", {"SH_MND": 38}), ("SH_HIA", {"SH_HIA": 612}),
                    (None, {}), ("SH_ALDER_18_24", {"SH_ALDER_18_24": 7})]
    assert notes[:2] == ["", ""] and notes[3] == ""  # the note came on the heading only
    assert notes[2].startswith("«Alder» er en overskrift")
    assert note(window) == ""  # and went once the leader moved on


def test_keys_typed_right_after_enter_go_to_the_next_line_whole(window, demo_store):
    form = window.month_form
    form.view.go_to(form.model.index_of("KVP_MND"))
    before = values(demo_store)
    type_keys("38")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    type_keys("612")  # before the event loop turns: as fast as a person types
    press(Qt.Key.Key_Return)
    assert changed_values(before, values(demo_store)) == {"KVP_MND": 38, "KVP_HIA": 612}


def test_the_first_key_after_a_click_on_a_value_cell_is_kept(window, demo_store, qtbot):
    form = window.month_form
    index = form.model.index_of("SH_NODHJELP")
    form.view.scrollTo(index)
    QTest.mouseClick(form.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=form.view.visualRect(index).center())
    assert current_code(window) == "SH_NODHJELP"
    before = values(demo_store)
    type_keys("27")
    press(Qt.Key.Key_Return)
    assert changed_values(before, values(demo_store)) == {"SH_NODHJELP": 27}


def test_the_first_key_after_a_month_change_is_kept(window, demo_store):
    form = window.month_form
    form.view.go_to(form.model.index_of("SH_MND"))
    press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.period == Period(2026, 2)
    before = values(demo_store)
    type_keys("512")
    press(Qt.Key.Key_Return)
    assert changed_values(before, values(demo_store)) == {"SH_MND": 512}
    assert demo_store.value(HOME_CODE, "SH_MND", Period(2026, 2)).value == 512


def test_home_end_and_page_keys_still_move_and_store_nothing(window, demo_store):
    form = window.month_form
    form.view.go_to(form.model.index_of("SH_HIA"))
    before = values(demo_store)
    press(Qt.Key.Key_End)
    last = form.view.currentIndex()
    assert last.data(CodeRole) == "D_ANDEL_OMGJORT"  # the last line of the form
    press(Qt.Key.Key_Home)
    first = form.view.currentIndex()
    assert first.row() == 0 and not first.parent().isValid()  # the first section
    press(Qt.Key.Key_PageDown)
    assert form.view.currentIndex() not in (first, last)  # a page further down
    press(Qt.Key.Key_PageUp)
    assert form.view.currentIndex() == first
    assert values(demo_store) == before


# ---- computed and yearly lines -------------------------------------------------------------

def test_a_computed_share_takes_no_value_and_says_navdesk_computes_it(window, demo_store):
    form = window.month_form
    form.view.go_to(form.model.index_of("D_ANDEL_UNG"))
    before = values(demo_store)
    type_keys("12")
    press(Qt.Key.Key_Delete)
    assert values(demo_store) == before
    assert current_code(window) == "D_ANDEL_UNG"
    assert note(window) == ("«Andel unge 18–24 år» beregnes av navdesk fra andre tall og kan "
                            "ikke skrives inn.")


def test_a_yearly_line_is_typed_in_december_and_stored_for_the_year(window, demo_store):
    form = window.month_form
    assert not form.model.index_of("BRUKERTILFREDSHET").isValid()  # January: not shown
    form.show_month(Period(2026, 12))
    form.view.go_to(form.model.index_of("BRUKERTILFREDSHET"))
    form.view.setFocus()
    before = values(demo_store)
    type_keys("81")
    press(Qt.Key.Key_Return)
    assert changed_values(before, values(demo_store)) == {"BRUKERTILFREDSHET": 81}
    assert demo_store.value(HOME_CODE, "BRUKERTILFREDSHET", Period(2026)).value == 81
    assert demo_store.value(HOME_CODE, "BRUKERTILFREDSHET", Period(2026, 12)) is None


# ---- a reported month ----------------------------------------------------------------------

def test_typing_in_a_reported_month_stores_nothing_and_says_why(qtbot, demo_store):
    demo_store.lock_month(HOME_CODE, MARCH, "test")
    window = shown_window(qtbot, demo_store, MARCH)
    form = window.month_form
    form.view.go_to(form.model.index_of("SH_MND"))
    before = values(demo_store)
    type_keys("512")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Delete)
    assert values(demo_store) == before
    assert note(window) == ("Mars 2025 er rapportert og låst, så ingenting lagres. Gjenåpne "
                            "måneden med Ctrl+L for å endre tallene.")
    assert form.view.findChild(QLineEdit) is None or not any(
        not e.isHidden() for e in form.view.viewport().findChildren(QLineEdit))


# ---- the status line -----------------------------------------------------------------------

def test_the_data_file_stays_in_the_status_line_when_a_menu_tip_is_shown(window, demo_store):
    label = window.data_file_label
    assert label.text() == f"Datafil: {demo_store.path}"
    assert label.isVisible()
    window.import_action.showStatusText(window)  # as hovering the menu item does
    assert window.statusBar().currentMessage() == window.import_action.statusTip()
    assert label.isVisible() and label.text() == f"Datafil: {demo_store.path}"
    form = window.month_form
    put_cursor(form, heading(form, "SH_HIA", "Alder"))
    type_keys("1")
    assert note(window).startswith("«Alder» er en overskrift")
    assert label.isVisible()


def test_in_english_the_note_is_english_and_still_nothing_is_stored(qtbot, demo_store, english):
    window = shown_window(qtbot, demo_store, EMPTY)
    form = window.month_form
    put_cursor(form, heading(form, "SH_HIA", "Age"))
    before = values(demo_store)
    type_keys("14")
    assert values(demo_store) == before
    assert note(window) == ("“Age” is a heading and takes no value – go to a line below it "
                            "with the down arrow.")
    assert window.data_file_label.text() == f"Data file: {demo_store.path}"
