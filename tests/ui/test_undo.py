"""Undo belongs to the page that made the change: real Ctrl+Z / Ctrl+Y key events on the
focused widget, through the main window's Edit actions, and the database checked after
each step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from navdesk.domain.period import Period
from navdesk.service import OfficeService
from navdesk.store import open_store
from navdesk.store.goalcard import (
    comment_history,
    load_goal_card,
    measure_comments,
    set_measure_comment,
    set_target,
)
from navdesk.ui.goalcard_model import COMMENT, NAME, TARGET_YEAR
from navdesk.ui.main_window import GOALCARD_TAB, MONTH_TAB, TAB_KEYS, TRENDS_TAB, MainWindow
from navdesk.ui.month_model import CodeRole
from tests.conftest import HOME_CODE, when_modal_opens
from tests.ui.windows import stored, type_in_line

MARCH = Period(2025, 3)
DAYS = "Gjennomsnittlig saksbehandlingstid"
RECIPIENTS = "Mottakere av sosialhjelp i måneden"
CTRL = Qt.KeyboardModifier.ControlModifier


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier, action=None) -> None:
    """A key on the focused widget; with ``action``, check that it fired that action."""
    assert QApplication.focusWidget() is not None, "no widget has the keyboard"
    if action is None:
        QTest.keyClick(QApplication.focusWidget(), k, modifier)
    else:
        with qtbot.waitSignal(action.triggered, timeout=1000):
            QTest.keyClick(QApplication.focusWidget(), k, modifier)
    QApplication.processEvents()


def undo_key(qtbot, window) -> None:
    key(qtbot, window, Qt.Key.Key_Z, CTRL, window.undo_action)


def redo_key(qtbot, window) -> None:
    key(qtbot, window, Qt.Key.Key_Y, CTRL, window.redo_action)


def measure(store, code):
    return next(m for _, _, m in load_goal_card(store).measures() if m.indicator == code)


def show_page(window, name):
    window.tabs.setCurrentIndex(TAB_KEYS.index(name))
    return window.tabs.currentWidget()


def type_in_card(qtbot, card, code: str, column: int, text: str) -> None:
    """F2 on the measure's cell, the text typed into its editor, Enter."""
    index = card.model.measure_index(code, column)
    card.view.setCurrentIndex(index)
    card.view.setFocus()
    QTest.keyClick(card.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: card.view.state() != card.view.State.EditingState)
    QApplication.processEvents()  # the card is rebuilt once the editor has closed


def test_ctrl_z_on_the_goal_card_undoes_the_cards_change_not_the_month_forms(
        qtbot, window, demo_store):
    type_in_line(window, "SH_MND", "512")
    assert stored(demo_store, "SH_MND") == 512
    card = show_page(window, GOALCARD_TAB)
    type_in_card(qtbot, card, "SAK_DAGER", TARGET_YEAR, "12")
    qtbot.waitUntil(lambda: measure(demo_store, "SAK_DAGER").targets == {None: 14, 2025: 12})
    card.view.setFocus()
    undo_key(qtbot, window)
    assert measure(demo_store, "SAK_DAGER").targets == {None: 14}  # the card's own change
    assert stored(demo_store, "SH_MND") == 512  # the month form's value as it was
    assert card.model.measure_index("SAK_DAGER", TARGET_YEAR).data() == "14"
    assert not window.undo_action.isEnabled()  # nothing more to undo on the card
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert stored(demo_store, "SH_MND") == 512
    redo_key(qtbot, window)
    assert measure(demo_store, "SAK_DAGER").targets == {None: 14, 2025: 12}
    undo_key(qtbot, window)
    key(qtbot, window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier,
        window.redo_action)  # the other redo key
    assert measure(demo_store, "SAK_DAGER").targets == {None: 14, 2025: 12}
    assert stored(demo_store, "SH_MND") == 512
    show_page(window, MONTH_TAB)
    window.month_form.view.setFocus()
    undo_key(qtbot, window)  # on the month form, its own value
    assert stored(demo_store, "SH_MND") != 512
    assert measure(demo_store, "SAK_DAGER").targets == {None: 14, 2025: 12}


def test_the_edit_menu_names_the_step_of_the_page_shown(qtbot, window, demo_store):
    assert (window.undo_action.text(), window.undo_action.isEnabled()) == ("&Angre", False)
    type_in_line(window, "SH_MND", "512")
    assert window.undo_action.text() == f"&Angre verdi for {RECIPIENTS}, mars 2025"
    card = show_page(window, GOALCARD_TAB)
    assert (window.undo_action.text(), window.undo_action.isEnabled()) == ("&Angre", False)
    type_in_card(qtbot, card, "SAK_DAGER", TARGET_YEAR, "12")
    qtbot.waitUntil(lambda: window.undo_action.text() == f"&Angre målverdi for {DAYS} 2025")
    type_in_card(qtbot, card, "SAK_DAGER", COMMENT, "Færre saker")
    p = card.period
    month = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
             "september", "oktober", "november", "desember"][p.month - 1]
    qtbot.waitUntil(lambda: window.undo_action.text()
                    == f"&Angre kommentar til {DAYS}, {month} {p.year}")
    card.view.setFocus()
    undo_key(qtbot, window)
    assert window.undo_action.text() == f"&Angre målverdi for {DAYS} 2025"
    assert window.redo_action.text() == f"&Gjør om kommentar til {DAYS}, {month} {p.year}"
    show_page(window, TRENDS_TAB)  # nothing to undo there
    qtbot.waitUntil(lambda: window.trends is not None)
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    assert window.undo_action.text() == "&Angre"
    show_page(window, MONTH_TAB)
    assert window.undo_action.text() == f"&Angre verdi for {RECIPIENTS}, mars 2025"
    assert not window.redo_action.isEnabled()


def test_a_target_of_another_year_is_shown_before_it_is_undone(qtbot, window, demo_store):
    card = show_page(window, GOALCARD_TAB)
    type_in_card(qtbot, card, "SAK_DAGER", TARGET_YEAR, "12")
    qtbot.waitUntil(lambda: measure(demo_store, "SAK_DAGER").targets == {None: 14, 2025: 12})
    card.year_spin.setValue(2024)
    card.view.setFocus()
    undo_key(qtbot, window)
    assert card.period.year == 2025  # shown first, not undone
    assert measure(demo_store, "SAK_DAGER").targets == {None: 14, 2025: 12}
    assert card.view.currentIndex() == card.model.measure_index("SAK_DAGER", TARGET_YEAR)
    assert window.statusBar().currentMessage() == f"Neste Ctrl+Z angrer målverdi for {DAYS} 2025."
    undo_key(qtbot, window)
    assert measure(demo_store, "SAK_DAGER").targets == {None: 14}
    assert window.statusBar().currentMessage() == f"Angret målverdi for {DAYS} 2025."


def test_a_comment_of_another_month_is_shown_before_it_is_undone(qtbot, window, demo_store):
    card = show_page(window, GOALCARD_TAB)
    commented = card.period
    type_in_card(qtbot, card, "SAK_DAGER", COMMENT, "Færre saker")
    days = measure(demo_store, "SAK_DAGER")
    qtbot.waitUntil(lambda: measure_comments(demo_store, HOME_CODE, commented)
                    == {days.id: "Færre saker"})
    other = 1 if commented.month != 1 else 2
    card.month_combo.setCurrentIndex(other - 1)
    card.view.setFocus()
    undo_key(qtbot, window)
    assert card.period == commented
    assert measure_comments(demo_store, HOME_CODE, commented) == {days.id: "Færre saker"}
    assert card.view.currentIndex() == card.model.measure_index("SAK_DAGER", COMMENT)
    undo_key(qtbot, window)
    assert measure_comments(demo_store, HOME_CODE, commented) == {}
    sources = [r[0] for r in demo_store.conn.execute(
        "SELECT c.source FROM measure_comment m JOIN change c ON c.id = m.change"
        " WHERE m.measure = ? ORDER BY m.change", (days.id,))]
    assert sources == ["goal card", "undo"]
    assert card.model.measure_index("SAK_DAGER", COMMENT).data() == ""


def test_a_change_under_a_collapsed_line_is_shown_before_it_is_undone(qtbot, window, demo_store):
    card = show_page(window, GOALCARD_TAB)
    type_in_card(qtbot, card, "SAK_DAGER", TARGET_YEAR, "12")
    qtbot.waitUntil(lambda: measure(demo_store, "SAK_DAGER").targets == {None: 14, 2025: 12})
    goal = card.model.parent(card.model.measure_index("SAK_DAGER"))
    card.view.collapse(goal)
    card.view.setCurrentIndex(goal)
    card.view.setFocus()
    undo_key(qtbot, window)
    assert card.view.isExpanded(goal)
    assert card.view.currentIndex().siblingAtColumn(NAME) == card.model.measure_index("SAK_DAGER")
    assert measure(demo_store, "SAK_DAGER").targets == {None: 14, 2025: 12}
    undo_key(qtbot, window)
    assert measure(demo_store, "SAK_DAGER").targets == {None: 14}


def test_undoing_a_removed_goal_brings_back_its_measures_targets_and_comments(
        qtbot, window, demo_store, dialogs):
    first = next(iter(load_goal_card(demo_store).measures()))[2]
    set_target(demo_store, first.id, 2025, 120)
    set_measure_comment(demo_store, HOME_CODE, first.id, MARCH, "Forklaring")
    p, goal, first = next(iter(load_goal_card(demo_store).measures()))
    card = show_page(window, GOALCARD_TAB)
    card.view.setCurrentIndex(card.model.find("goal", goal.id))
    card.view.setFocus()
    dialogs.answer(QMessageBox.StandardButton.Yes)
    key(qtbot, window, Qt.Key.Key_Delete)
    assert goal.id not in [g.id for g in load_goal_card(demo_store).perspectives[0].goals]
    assert window.undo_action.text() == f"&Angre fjerning av «{goal.name}»"
    undo_key(qtbot, window)
    restored = next(g for g in load_goal_card(demo_store).perspectives[0].goals if g.id == goal.id)
    assert restored.name == goal.name and restored.measures == goal.measures
    assert [m.id for m in restored.measures] == [m.id for m in goal.measures]
    assert measure_comments(demo_store, HOME_CODE, MARCH) == {first.id: "Forklaring"}
    assert len(comment_history(demo_store, HOME_CODE, first.id, MARCH)) == 1
    assert card.view.currentIndex().siblingAtColumn(NAME) == card.model.find("goal", goal.id)
    redo_key(qtbot, window)
    assert goal.id not in [g.id for g in load_goal_card(demo_store).perspectives[0].goals]


def test_undoing_a_template_import_in_the_window_restores_the_card(
        qtbot, window, demo_store, tmp_path):
    from navdesk.ui.goalcard_view import ChangesDialog

    card = show_page(window, GOALCARD_TAB)
    exported = tmp_path / "mal.csv"
    assert card.export_template(str(exported))
    changed = tmp_path / "ny.csv"
    changed.write_text(exported.read_text(encoding="utf-8-sig").replace(
        "SAK_DAGER;lavere;;14", "SAK_DAGER;lavere;;12"), encoding="utf-8-sig")
    when_modal_opens(ChangesDialog, lambda d: d.accept())
    assert card.import_template(str(changed))
    assert measure(demo_store, "SAK_DAGER").targets == {None: 12}
    assert window.undo_action.text() == "&Angre import av malen ny.csv"
    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    card.view.setFocus()
    undo_key(qtbot, window)
    assert measure(demo_store, "SAK_DAGER").targets == {None: 14}


def test_undo_in_a_locked_month_says_why_changes_nothing_and_keeps_the_step(
        qtbot, window, demo_store, warnings):
    old = stored(demo_store, "SH_MND")
    type_in_line(window, "SH_MND", "512")
    demo_store.lock_month(HOME_CODE, MARCH, "test")
    audit = demo_store.audit_count()
    undo_key(qtbot, window)
    assert warnings == ["Mars 2025 er rapportert og låst; gjenåpne måneden først"]
    assert stored(demo_store, "SH_MND") == 512 and demo_store.audit_count() == audit
    assert window.undo_action.text() == f"&Angre verdi for {RECIPIENTS}, mars 2025"
    demo_store.reopen_month(HOME_CODE, MARCH, "test", why="rettelse")
    undo_key(qtbot, window)
    assert stored(demo_store, "SH_MND") == old


def test_undo_never_overwrites_a_value_imported_meanwhile(qtbot, window, demo_store, warnings):
    type_in_line(window, "SH_MND", "230")
    with open_store(demo_store.path) as other:  # the command line imports a file
        other.set_value(HOME_CODE, "SH_MND", MARCH, 777, source="import")
    undo_key(qtbot, window)
    assert stored(demo_store, "SH_MND") == 777
    assert len(warnings) == 1 and "endret et annet sted" in warnings[0]
    index = window.month_form.model.index_of("SH_MND")
    assert index.data() == "777"  # the form shows what is stored now
    assert window.month_form.view.currentIndex().data(CodeRole) == "SH_MND"


def test_goal_card_undo_never_overwrites_a_target_set_elsewhere(
        qtbot, window, demo_store, warnings):
    card = show_page(window, GOALCARD_TAB)
    type_in_card(qtbot, card, "SAK_DAGER", TARGET_YEAR, "12")
    days = measure(demo_store, "SAK_DAGER")
    qtbot.waitUntil(lambda: measure(demo_store, "SAK_DAGER").targets == {None: 14, 2025: 12})
    with open_store(demo_store.path) as other:
        set_target(other, days.id, 2025, 9)
    card.view.setFocus()
    undo_key(qtbot, window)
    assert measure(demo_store, "SAK_DAGER").targets == {None: 14, 2025: 9}
    assert len(warnings) == 1 and "endret et annet sted" in warnings[0]
    assert card.model.measure_index("SAK_DAGER", TARGET_YEAR).data() == "9"
    assert window.undo_action.isEnabled()  # the step stays


def test_the_edit_menu_and_the_notes_in_english(qtbot, demo_store, english):
    w = MainWindow(OfficeService(demo_store), period=MARCH)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    type_in_line(w, "SH_MND", "512")
    assert w.undo_action.text() == (
        "&Undo value of Recipients of social assistance in the month, March 2025")
    w.month_form.show_month(Period(2025, 4))
    w.month_form.view.setFocus()
    undo_key(qtbot, w)
    assert w.statusBar().currentMessage() == (
        "Next Ctrl+Z undoes value of Recipients of social assistance in the month, March 2025.")
    card = show_page(w, GOALCARD_TAB)
    type_in_card(qtbot, card, "SAK_DAGER", TARGET_YEAR, "12")
    qtbot.waitUntil(lambda: w.undo_action.text()
                    == "&Undo target of Average case processing time 2025")
