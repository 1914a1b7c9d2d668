"""Typing on the goal card and in the catalogue dialog: keys go into the cell in focus
or nowhere, never to another measure or indicator found by its first letter. The
value table and the goal card's tables are compared before and after each step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from navdesk.domain.period import Period
from navdesk.service import OfficeService
from navdesk.store.goalcard import load_goal_card, measure_comments, set_measure_comment
from navdesk.ui.goalcard_model import COMMENT, NAME, STATUS, TARGET_YEAR, VALUE
from navdesk.ui.main_window import GOALCARD_TAB
from tests.conftest import HOME_CODE
from tests.ui.typing_keys import everything, focused, press, type_keys
from tests.ui.windows import shown_window

JUNE = Period(2025, 6)


def measure_id(store, indicator: str) -> int:
    return next(m.id for _, _, m in load_goal_card(store).measures() if m.indicator == indicator)


def open_card(qtbot, store):
    window = shown_window(qtbot, store, JUNE)
    window.open_page(GOALCARD_TAB)
    card = window.goal_card
    qtbot.waitUntil(lambda: focused() is card.view)
    return window, card


def put_cursor(card, index) -> None:
    card.view.setCurrentIndex(index)
    card.view.setFocus()


def click(card, index) -> None:
    card.view.scrollTo(index)
    QTest.mouseClick(card.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=card.view.visualRect(index).center())


def comments(store) -> dict[int, str]:
    return measure_comments(store, HOME_CODE, JUNE)


def test_typing_on_a_measures_value_changes_nothing_and_says_which_cells_take_typing(
        qtbot, demo_store):
    window, card = open_card(qtbot, demo_store)
    index = card.model.measure_index("SAK_DAGER", VALUE)
    put_cursor(card, index)
    before = everything(demo_store)
    type_keys("5")
    press(Qt.Key.Key_Return)  # Enter on a measure opens its trend: back to the card
    window.open_page(GOALCARD_TAB)
    assert everything(demo_store) == before
    assert window.statusBar().currentMessage() == (
        "«Verdi» regnes ut av navdesk. Skriv i «Målverdi år» eller «Kommentar» for "
        "«Gjennomsnittlig saksbehandlingstid».")


def test_typing_on_a_measures_name_changes_nothing_and_right_arrow_reaches_the_target(
        qtbot, demo_store):
    window, card = open_card(qtbot, demo_store)
    put_cursor(card, card.model.measure_index("SAK_DAGER", NAME))
    before = everything(demo_store)
    type_keys("9")
    assert everything(demo_store) == before
    assert window.statusBar().currentMessage() == (
        "På «Gjennomsnittlig saksbehandlingstid» kan bare «Målverdi år» og «Kommentar» "
        "skrives i – gå dit med pil høyre.")
    for _ in range(TARGET_YEAR - NAME):
        press(Qt.Key.Key_Right)
    assert card.view.currentIndex() == card.model.measure_index("SAK_DAGER", TARGET_YEAR)
    type_keys("9")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card.model.measure_index("SAK_DAGER", TARGET_YEAR).data() == "9")
    days = measure_id(demo_store, "SAK_DAGER")
    assert [r for r in everything(demo_store)["measure_target"]
            if r not in before["measure_target"]] == [(days, 2025, 9.0)]


def test_typing_on_a_goals_status_changes_nothing_and_says_so(qtbot, demo_store):
    window, card = open_card(qtbot, demo_store)
    goal = card.model.parent(card.model.measure_index("SAK_DAGER")).siblingAtColumn(STATUS)
    put_cursor(card, goal)
    before = everything(demo_store)
    type_keys("Bra")
    assert everything(demo_store) == before
    assert card.view.currentIndex() == goal
    title = goal.siblingAtColumn(NAME).data()
    assert window.statusBar().currentMessage() == (
        f"På «{title}» kan bare navnet skrives i. Målverdier og kommentarer skrives på "
        "målingene under.")


def test_a_target_typed_in_its_cell_is_stored_whole_for_that_measure(qtbot, demo_store):
    _, card = open_card(qtbot, demo_store)
    put_cursor(card, card.model.measure_index("SAK_DAGER", TARGET_YEAR))
    before = everything(demo_store)
    type_keys("12")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card.model.measure_index("SAK_DAGER", TARGET_YEAR).data() == "12")
    after = everything(demo_store)
    days = measure_id(demo_store, "SAK_DAGER")
    assert [r for r in after["measure_target"] if r not in before["measure_target"]] == [
        (days, 2025, 12.0)]
    assert {k: v for k, v in after.items() if k not in ("measure_target",)} == {
        k: v for k, v in before.items() if k not in ("measure_target",)}


def test_a_comment_typed_right_after_a_click_goes_into_that_comment(qtbot, demo_store):
    work, days = measure_id(demo_store, "ARB_TIL_ARBEID"), measure_id(demo_store, "SAK_DAGER")
    set_measure_comment(demo_store, HOME_CODE, work, JUNE, "Bemanningen er styrket")
    _, card = open_card(qtbot, demo_store)
    before = everything(demo_store)
    click(card, card.model.measure_index("SAK_DAGER", COMMENT))
    type_keys("Bra jobbet")  # at once, well within the double-click interval
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: comments(demo_store).get(days) is not None)
    assert comments(demo_store) == {work: "Bemanningen er styrket", days: "Bra jobbet"}
    assert everything(demo_store)["value"] == before["value"]


def test_a_comment_typed_right_after_a_click_on_the_selected_cell_is_kept_whole(
        qtbot, demo_store):
    # a click on the selected cell starts Qt's own delayed edit; a key within the
    # double-click interval used to jump to the measure whose comment starts with it
    work, days = measure_id(demo_store, "ARB_TIL_ARBEID"), measure_id(demo_store, "SAK_DAGER")
    set_measure_comment(demo_store, HOME_CODE, work, JUNE, "Bemanningen er styrket")
    _, card = open_card(qtbot, demo_store)
    index = card.model.measure_index("SAK_DAGER", COMMENT)
    put_cursor(card, index)
    click(card, index)
    type_keys("Bra jobbet")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: comments(demo_store).get(days) is not None)
    assert comments(demo_store) == {work: "Bemanningen er styrket", days: "Bra jobbet"}
    qtbot.wait(QApplication.doubleClickInterval() + 100)  # Qt's delayed edit opens nothing late
    assert comments(demo_store) == {work: "Bemanningen er styrket", days: "Bra jobbet"}


def test_typing_on_a_perspective_renames_it_and_nothing_else(qtbot, demo_store):
    _, card = open_card(qtbot, demo_store)
    first = card.model.index(0, NAME)
    put_cursor(card, first)
    before = everything(demo_store)
    type_keys("Brukerne")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card.model.index(0, NAME).data() == "Brukerne")
    after = everything(demo_store)
    renamed = [r for r in after["perspective"] if r not in before["perspective"]]
    assert [(r[0], r[2]) for r in renamed] == [(before["perspective"][0][0], "Brukerne")]
    assert {k: v for k, v in after.items() if k != "perspective"} == {
        k: v for k, v in before.items() if k != "perspective"}


# ---- the catalogue dialog ----------------------------------------------------------------

def test_typing_in_the_catalogue_list_searches_and_opens_no_other_indicator(qtbot, demo_store):
    from navdesk.ui.catalogue_dialog import CatalogueDialog

    dialog = CatalogueDialog(OfficeService(demo_store), select="SH_MND")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.setFocus()
    catalogue = demo_store.conn.execute("SELECT * FROM indicator ORDER BY code").fetchall()
    type_keys("KVP")
    assert focused() is dialog.filter_edit
    assert dialog.filter_edit.text() == "KVP"
    assert dialog.code_edit.text() == "SH_MND"  # the form keeps its indicator
    assert 0 < dialog.proxy.rowCount() < dialog.model.rowCount()  # the list is searched
    assert demo_store.conn.execute("SELECT * FROM indicator ORDER BY code").fetchall() == catalogue
