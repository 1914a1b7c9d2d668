"""What a user test of the month form in a real window found, driven the way it happened:
the refused-values question said the typed value twice, old notes stayed in the status
line, Enter on the form's last (computed) line jumped back up, and the line in focus was
left half hidden when the warnings pane grew after a save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox

from navdesk.domain.period import Period
from navdesk.ui.month_model import NAME
from tests.conftest import HOME_CODE, when_modal_opens
from tests.ui.typing_keys import press, type_keys, values
from tests.ui.windows import current_code, go, note, shown_window

MARCH, DECEMBER = Period(2025, 3), Period(2025, 12)
CTRL = Qt.KeyboardModifier.ControlModifier
LAST = "D_ANDEL_OMGJORT"  # "Andel klager omgjort", computed, the form's last line


def go_back(seen: list[str]):
    """Answer the refused-values question with "go back and correct"; keep its text."""
    def act(box: QMessageBox) -> None:
        seen.append(box.informativeText())
        next(b for b in box.buttons() if b.text() == "&Gå tilbake og rett").click()
    return act


# ---- the refused value, said once ---------------------------------------------------------

def test_the_question_about_refused_values_says_each_typed_value_once(window, demo_store):
    form = window.month_form
    before = values(demo_store)
    go(window, "SH_MND")
    type_keys("abc")
    press(Qt.Key.Key_Return)
    assert form.rejected_label.text() == (
        "Ikke lagret: «abc» er ikke et tall. Skriv en ny verdi, eller trykk Esc for å se den "
        "lagrede.")
    go(window, "SH_HIA")
    type_keys("-4")  # a reason that does not quote the value: the value goes in front
    press(Qt.Key.Key_Return)
    seen: list[str] = []
    when_modal_opens(QMessageBox, go_back(seen))
    press(Qt.Key.Key_PageDown, CTRL)
    lines = seen[0].split("\n\n")[0].splitlines()
    assert lines == [
        "• Mottakere av sosialhjelp i måneden: «abc» er ikke et tall",
        "• Mottakere hittil i år (unike personer): «-4» – Verdien kan ikke være negativ"]
    assert form.period == MARCH and values(demo_store) == before


# ---- notes in the status line ---------------------------------------------------------------

def test_a_note_goes_once_the_leader_moves_to_another_line(window, demo_store):
    go(window, "D_ANDEL_UNG")  # computed: typing there says why nothing is stored
    type_keys("12")
    assert note(window).startswith("«Andel unge 18–24 år» beregnes av navdesk")
    press(Qt.Key.Key_Down)
    assert note(window) == ""
    assert window.data_file_label.isVisible()  # the data file is no note: it stays
    assert window.data_file_label.text() == f"Datafil: {demo_store.path}"


def test_a_note_goes_once_a_value_is_stored_on_its_line(window, demo_store):
    go(window, "SH_MND")
    type_keys("800")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_PageDown, CTRL)  # April; Ctrl+Z then shows March's change first
    press(Qt.Key.Key_Z, CTRL)
    assert current_code(window) == "SH_MND" and window.month_form.period == MARCH
    assert note(window).startswith("Neste Ctrl+Z angrer verdi for Mottakere")  # kept
    press(Qt.Key.Key_Delete)  # the leader empties the line instead: stored, same line
    assert demo_store.value(HOME_CODE, "SH_MND", MARCH) is None
    assert current_code(window) == "SH_MND"
    assert note(window) == ""


# ---- the form's last line ------------------------------------------------------------------

@pytest.mark.parametrize("period", [MARCH, DECEMBER])  # December has the yearly lines
def test_enter_and_tab_on_the_last_computed_line_stay_there(qtbot, demo_store, period):
    window = shown_window(qtbot, demo_store, period)
    form = window.month_form
    go(window, LAST)
    before = values(demo_store)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Enter):
        press(key)
        assert current_code(window) == LAST
        assert note(window) == "Siste linje i skjemaet."
    type_keys("5")  # still nothing to type there, and nothing stored
    assert current_code(window) == LAST and values(demo_store) == before
    press(Qt.Key.Key_Backtab)  # back up to the value line above it
    above = form.model.node(form.view.currentIndex())
    assert above.editable and above.code != LAST
    assert note(window) == ""


def test_shift_tab_on_the_first_heading_stays_there(window, demo_store):
    form = window.month_form
    form.view.setCurrentIndex(form.model.index(0, NAME))
    press(Qt.Key.Key_Backtab)
    assert form.view.currentIndex() == form.model.index(0, NAME)
    assert note(window) == "Første linje i skjemaet."
    press(Qt.Key.Key_Tab)  # on down from a heading, as before: its first value line
    assert form.model.node(form.view.currentIndex()).editable


# ---- the warnings pane -------------------------------------------------------------------

def test_the_line_in_focus_stays_whole_when_the_warnings_pane_grows(qtbot, window, demo_store):
    form, view = window.month_form, window.month_form.view
    assert not form.findings_list.isVisible()  # March has no warnings yet
    go(window, "SYKEFRAVAER")  # the form's last value line, at the bottom of the view
    line = view.currentIndex()
    view.scrollTo(line, QAbstractItemView.ScrollHint.PositionAtBottom)
    QApplication.processEvents()
    assert view.viewport().rect().contains(view.visualRect(line))
    assert view.visualRect(line).bottom() > view.viewport().height() - 30
    type_keys("60")  # far above the last twelve months: a warning
    press(Qt.Key.Key_Return)  # stored; the last value line: the cursor stays
    assert demo_store.value(HOME_CODE, "SYKEFRAVAER", MARCH).value == 60
    qtbot.waitUntil(form.findings_list.isVisible)
    assert view.currentIndex() == line

    def whole() -> bool:
        return view.viewport().rect().contains(view.visualRect(line))

    qtbot.waitUntil(whole)  # the pane took its room, and the line was scrolled into view


# ---- English -------------------------------------------------------------------------------

def test_in_english_the_notes_column_says_warning_as_the_pane_and_the_month_bar_do(
        english, qtbot, demo_store):
    from navdesk.ui.month_model import NOTE

    window = shown_window(qtbot, demo_store, MARCH)
    form = window.month_form
    go(window, "SAK_INNVILGET")
    type_keys("900")  # far above the last twelve months, and more than the decisions
    press(Qt.Key.Key_Return)
    go(window, "SH_MND")
    type_keys("1")
    press(Qt.Key.Key_Return)
    assert form.model.index_of("SH_MND", NOTE).data() == "warning"
    assert form.model.index_of("SAK_INNVILGET", NOTE).data() == "2 warnings"
    assert form.findings_label.text() == (
        "Warnings in March 2025: 3 without a comment, 0 explained")
    assert form.summary_label.text() == "· 73 of 73 figures, 3 warnings without a comment"
    go(window, "SH_MND")
    form.comment_edit.setFocus()
    type_keys("New office")
    press(Qt.Key.Key_Return, CTRL)  # saves the comment: the warning is explained
    assert demo_store.value(HOME_CODE, "SH_MND", MARCH).comment == "New office"
    assert form.model.index_of("SH_MND", NOTE).data() == "warning explained"
    assert form.findings_label.text() == (
        "Warnings in March 2025: 2 without a comment, 1 explained")
    headers = [form.model.headerData(c, Qt.Orientation.Horizontal) for c in range(NOTE + 1)]
    assert headers[NOTE] == "Notes"
