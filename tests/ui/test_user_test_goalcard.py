"""What a user test of the goal card in a real window found, driven the way it happened:
a comment typed for a reported month was stored, and a refused target was thrown away
with a box instead of staying in its cell like a refused value in the month form. Each
step reads the value table and the goal card's tables before and after."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from navdesk.domain.period import Period
from navdesk.store.goalcard import load_goal_card, measure_comments
from navdesk.ui.goalcard_model import COMMENT, NAME, TARGET_YEAR
from navdesk.ui.main_window import GOALCARD_TAB
from tests.conftest import HOME_CODE, when_modal_opens
from tests.ui.answers import answer
from tests.ui.typing_keys import everything, focused, press, type_keys
from tests.ui.windows import note, shown_window

JUNE = Period(2025, 6)
CTRL = Qt.KeyboardModifier.ControlModifier
LOCKED = "Juni 2025 er rapportert og låst; gjenåpne måneden først"


def open_card(qtbot, store):
    window = shown_window(qtbot, store, JUNE)
    window.open_page(GOALCARD_TAB)
    card = window.goal_card
    qtbot.waitUntil(lambda: focused() is card.view)
    assert card.period == JUNE
    return window, card


def put_cursor(card, indicator: str, column: int) -> None:
    card.view.setCurrentIndex(card.model.measure_index(indicator, column))
    card.view.setFocus()


def cell(card, indicator: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    return card.model.measure_index(indicator, column).data(role)


def days_id(store) -> int:
    return next(m.id for _, _, m in load_goal_card(store).measures() if m.indicator == "SAK_DAGER")


def targets(store) -> dict:
    return next(m.targets for _, _, m in load_goal_card(store).measures()
                if m.indicator == "SAK_DAGER")


# ---- a reported month's comments are read-only ------------------------------------------

def test_a_reported_months_comment_takes_no_typing_and_says_why(qtbot, demo_store):
    demo_store.lock_month(HOME_CODE, JUNE)
    window, card = open_card(qtbot, demo_store)
    put_cursor(card, "SAK_DAGER", COMMENT)
    before = everything(demo_store)
    type_keys("Bra jobbet")
    press(Qt.Key.Key_Return)  # Enter on a measure opens its trend: back to the card
    window.open_page(GOALCARD_TAB)
    press(Qt.Key.Key_F2)  # nor does F2 open anything on it
    assert QApplication.activeModalWidget() is None
    assert everything(demo_store) == before
    assert note(window) == ("Juni 2025 er rapportert og låst, så kommentarene kan ikke endres. "
                            "Gjenåpne måneden i «Månedstall» med Ctrl+L først.")
    # the next month is open, and June once reopened
    card.month_combo.setCurrentIndex(6)
    put_cursor(card, "SAK_DAGER", COMMENT)
    type_keys("Juli")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(card, "SAK_DAGER", COMMENT) == "Juli")
    assert measure_comments(demo_store, HOME_CODE, Period(2025, 7)) == {days_id(demo_store): "Juli"}


def test_undoing_a_comment_of_a_month_since_reported_is_refused(qtbot, demo_store):
    window, card = open_card(qtbot, demo_store)
    put_cursor(card, "SAK_DAGER", COMMENT)
    type_keys("Bra jobbet")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(card, "SAK_DAGER", COMMENT) == "Bra jobbet")
    demo_store.lock_month(HOME_CODE, JUNE)  # reported meanwhile (the month form, the CLI)
    before = everything(demo_store)
    seen: list[str] = []
    titles = when_modal_opens(QMessageBox, lambda box: (seen.append(box.text()), box.accept()))
    card.view.setFocus()
    press(Qt.Key.Key_Z, CTRL)
    assert titles == ["Kan ikke angre"] and seen == [LOCKED]
    assert everything(demo_store) == before
    assert measure_comments(demo_store, HOME_CODE, JUNE) == {days_id(demo_store): "Bra jobbet"}
    assert card.history.can_undo  # kept for when the month is reopened


def test_a_comment_refused_because_the_month_was_reported_meanwhile_stays_in_its_cell(
        qtbot, demo_store):
    window, card = open_card(qtbot, demo_store)
    put_cursor(card, "SAK_DAGER", COMMENT)
    type_keys("Bra")
    demo_store.lock_month(HOME_CODE, JUNE)  # while the editor is open
    before = everything(demo_store)
    type_keys(" jobbet")
    press(Qt.Key.Key_Return)
    assert everything(demo_store) == before
    assert cell(card, "SAK_DAGER", COMMENT) == "Bra jobbet"
    assert note(window) == LOCKED
    assert cell(card, "SAK_DAGER", COMMENT, Qt.ItemDataRole.ToolTipRole) == (
        f"«Bra jobbet» er ikke lagret: {LOCKED}. Skriv en ny verdi, eller trykk Esc for å se "
        "den lagrede.")


# ---- a refused target stays in its cell --------------------------------------------------

def test_a_refused_target_stays_in_its_cell_and_esc_shows_the_stored_one(qtbot, demo_store):
    window, card = open_card(qtbot, demo_store)
    put_cursor(card, "SAK_DAGER", TARGET_YEAR)
    before = everything(demo_store)
    type_keys("-3")
    press(Qt.Key.Key_Tab)  # Tab would go on to the next cell: it stays on the refused one
    assert QApplication.activeModalWidget() is None  # no box to click away
    assert card.view.currentIndex() == card.model.measure_index("SAK_DAGER", TARGET_YEAR)
    assert cell(card, "SAK_DAGER", TARGET_YEAR) == "-3"
    assert cell(card, "SAK_DAGER", TARGET_YEAR, Qt.ItemDataRole.BackgroundRole) is not None
    assert note(window) == "En målverdi kan ikke være negativ"
    assert "«-3» er ikke lagret: En målverdi kan ikke være negativ" in cell(
        card, "SAK_DAGER", TARGET_YEAR, Qt.ItemDataRole.ToolTipRole)
    assert "«-3» er ikke lagret" in card.details.text()  # selected, its red is hidden
    assert everything(demo_store) == before
    # redrawn (another page and back): still there
    window.open_page("Trender")
    window.open_page(GOALCARD_TAB)
    assert cell(card, "SAK_DAGER", TARGET_YEAR) == "-3"
    card.view.setFocus()
    press(Qt.Key.Key_Escape)
    assert cell(card, "SAK_DAGER", TARGET_YEAR) == "14"
    assert cell(card, "SAK_DAGER", TARGET_YEAR, Qt.ItemDataRole.BackgroundRole) is None
    assert "ikke lagret" not in card.details.text()
    assert everything(demo_store) == before


def test_a_refused_target_corrected_in_its_cell_is_stored(qtbot, demo_store):
    window, card = open_card(qtbot, demo_store)
    put_cursor(card, "SAK_DAGER", TARGET_YEAR)
    type_keys("tolv")
    press(Qt.Key.Key_Return)
    assert cell(card, "SAK_DAGER", TARGET_YEAR) == "tolv" and targets(demo_store) == {None: 14}
    assert note(window) == "«tolv» er ikke et tall"
    type_keys("12")  # typing replaces the refused text, as in the month form
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(card, "SAK_DAGER", TARGET_YEAR) == "12")
    assert targets(demo_store) == {None: 14, 2025: 12}
    assert card.model.rejected == {}
    assert note(window) == ""  # stored: the refusal's note is gone


def test_another_year_asks_about_a_refused_target_first(qtbot, demo_store):
    window, card = open_card(qtbot, demo_store)
    put_cursor(card, "SAK_DAGER", TARGET_YEAR)
    type_keys("abc")
    press(Qt.Key.Key_Return)
    before = everything(demo_store)
    seen: list[str] = []
    titles = when_modal_opens(QMessageBox, answer("&Gå tilbake og rett", seen))
    card.year_spin.stepDown()
    assert titles == ["Verdier som ikke er lagret"]
    assert seen == ["En verdi du skrev på styringskortet, er ikke lagret:\n"
                    "• Gjennomsnittlig saksbehandlingstid, målverdi for 2025: «abc» er ikke "
                    "et tall\n\nGå tilbake og rett dem, eller forkast dem (da står de lagrede "
                    "verdiene som før)."]
    assert card.period == JUNE and card.year_spin.value() == 2025
    assert card.view.currentIndex() == card.model.measure_index("SAK_DAGER", TARGET_YEAR)
    assert cell(card, "SAK_DAGER", TARGET_YEAR) == "abc"
    when_modal_opens(QMessageBox, answer("&Forkast dem", seen))
    card.year_spin.stepDown()
    assert card.period.year == 2024 and card.model.rejected == {}
    assert cell(card, "SAK_DAGER", TARGET_YEAR) == "14"
    assert everything(demo_store) == before


def test_closing_the_window_asks_about_a_refused_target(qtbot, demo_store):
    window, card = open_card(qtbot, demo_store)
    put_cursor(card, "SAK_DAGER", TARGET_YEAR)
    type_keys("1.234")  # ambiguous: refused
    press(Qt.Key.Key_Return)
    window.open_page("Trender")  # leaving the page keeps it; closing the window asks
    seen: list[str] = []
    when_modal_opens(QMessageBox, answer("&Gå tilbake og rett", seen))
    assert not window.close()
    assert window.isVisible() and "«1.234» er tvetydig" in seen[0]
    assert window.tabs.currentWidget() is card  # back on the card to correct it
    assert targets(demo_store) == {None: 14}
    when_modal_opens(QMessageBox, answer("&Forkast dem", seen))
    assert window.close()  # (the window closes its database with it)
    assert len(seen) == 2


# ---- notes -------------------------------------------------------------------------------

def test_a_note_on_the_goal_card_goes_once_the_leader_moves_on(qtbot, demo_store):
    window, card = open_card(qtbot, demo_store)
    put_cursor(card, "SAK_DAGER", NAME)
    type_keys("9")
    assert note(window).startswith("På «Gjennomsnittlig saksbehandlingstid» kan bare")
    press(Qt.Key.Key_Right)
    assert note(window) == ""
