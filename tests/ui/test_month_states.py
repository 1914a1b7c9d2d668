"""What the month form says about the month as a whole, typed into with real keys: the
month bar ("x av y tall, z avvik uten kommentar" and the state), warnings explained by
a comment shown apart from open ones (list and Merknad column), the warnings pane as
high as its lines, and the month chooser (Ctrl+G) with every month's state."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from navdesk.domain.completeness import MonthState
from navdesk.domain.period import Period
from navdesk.ui.month_chooser import MonthChooser
from navdesk.ui.month_form import FINDING_LINES, FindingStateRole
from navdesk.ui.month_model import MUTED_FG, NOTE, VALUE, WARN_BG, SymbolsRole
from tests.conftest import HOME_CODE, when_modal_opens
from tests.ui.answers import keys
from tests.ui.typing_keys import type_keys
from tests.ui.windows import go, press, stored

MARCH = Period(2025, 3)
CTRL = Qt.KeyboardModifier.ControlModifier


def findings(form) -> list[tuple[str, str]]:
    return [(form.findings_list.item(i).data(FindingStateRole), form.findings_list.item(i).text())
            for i in range(form.findings_list.count())]


# ---- the month bar -------------------------------------------------------------------
def test_the_month_bar_shows_the_count_and_open_warnings_after_every_save(window, demo_store):
    form = window.month_form
    assert form.lock_label.text() == "Komplett"
    assert form.summary_label.text() == "· 73 av 73 tall, ingen åpne avvik"
    go(window, "SH_NODHJELP")
    press(window, Qt.Key.Key_Delete)
    assert stored(demo_store, "SH_NODHJELP") is None
    assert form.lock_label.text() == "Delvis"
    assert form.summary_label.text() == "· 72 av 73 tall, ingen åpne avvik"
    type_keys("7")
    press(window, Qt.Key.Key_Return)
    assert stored(demo_store, "SH_NODHJELP") == 7
    assert form.summary_label.text() == "· 73 av 73 tall, ingen åpne avvik"
    hia = stored(demo_store, "SH_HIA")
    go(window, "SH_MND")
    type_keys(str(hia + 1))  # more this month than so far this year
    press(window, Qt.Key.Key_Return)
    assert stored(demo_store, "SH_MND") == hia + 1
    assert form.summary_label.text() == "· 73 av 73 tall, 1 avvik uten kommentar"
    assert form.lock_label.text() == "Komplett"


def test_a_new_month_starts_empty_and_counts_up_as_figures_are_typed(window, demo_store):
    form = window.month_form
    form.show_month(Period(2026, 1))
    assert form.lock_label.text() == "Tom"
    assert form.summary_label.text() == "· 0 av 73 tall, ingen åpne avvik"
    go(window, "SH_MND")
    type_keys("260")
    press(window, Qt.Key.Key_Return)
    assert stored(demo_store, "SH_MND", Period(2026, 1)) == 260
    assert form.lock_label.text() == "Delvis"
    assert form.summary_label.text().startswith("· 1 av 73 tall")
    # the month picker shows it too, as a symbol with its state in words
    assert form.month_combo.itemData(0, Qt.ItemDataRole.ToolTipRole) == "Delvis, 1 av 73 tall"
    assert form.month_combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == "Tom"
    assert not form.month_combo.itemIcon(0).isNull()
    assert form.month_combo.itemText(0) == "Januar"  # the name stays the name


# ---- warnings explained or open ------------------------------------------------------
def test_a_comment_turns_an_open_warning_into_an_explained_one(window, demo_store):
    form = window.month_form
    hia = stored(demo_store, "SH_HIA")
    go(window, "SH_MND")
    type_keys(str(hia + 1))
    press(window, Qt.Key.Key_Return)
    note = form.model.index_of("SH_MND", NOTE)
    assert note.data(SymbolsRole) == ("warning",)
    assert note.data() == "avvik"
    assert note.data(Qt.ItemDataRole.BackgroundRole).color() == WARN_BG
    assert not note.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Avvik uten kommentar" in note.data(Qt.ItemDataRole.ToolTipRole)
    assert [state for state, _ in findings(form)] == ["open"]
    assert form.findings_label.text() == "Avvik i mars 2025: 1 uten kommentar, 0 forklart"

    go(window, "SH_MND")
    form.comment_edit.setFocus()
    type_keys("Ny telling fra mars")
    press(window, Qt.Key.Key_Return, CTRL)  # saves the comment
    assert demo_store.value(HOME_CODE, "SH_MND", MARCH).comment == "Ny telling fra mars"
    note = form.model.index_of("SH_MND", NOTE)
    assert note.data(SymbolsRole) == ("explained", "comment")
    assert note.data() == "avvik forklart"
    assert note.data(Qt.ItemDataRole.BackgroundRole) is None
    assert note.data(Qt.ItemDataRole.ForegroundRole).color() == MUTED_FG
    assert "forklart av kommentaren" in note.data(Qt.ItemDataRole.ToolTipRole)
    assert form.model.index_of("SH_MND", VALUE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert [state for state, _ in findings(form)] == ["explained"]
    item = form.findings_list.item(0)
    assert item.foreground().color() == MUTED_FG
    assert "Forklart: Ny telling fra mars" in item.toolTip()
    assert form.findings_label.text() == "Avvik i mars 2025: 0 uten kommentar, 1 forklart"
    assert form.summary_label.text() == "· 73 av 73 tall, ingen åpne avvik"


def test_open_warnings_are_listed_before_explained_ones(window, demo_store):
    klager = stored(demo_store, "SAK_KLAGER")
    demo_store.set_value(HOME_CODE, "SAK_OMGJORT", MARCH, klager + 1, comment="Omgjort i mars")
    hia = stored(demo_store, "SH_HIA")
    demo_store.set_value(HOME_CODE, "SH_MND", MARCH, hia + 1)
    form = window.month_form
    form.session.reload()
    form.refresh()
    states = [state for state, _ in findings(form)]
    assert states == sorted(states, key=lambda s: s != "open") and set(states) == {
        "open", "explained"}


# ---- the warnings pane ---------------------------------------------------------------
def test_the_warnings_pane_is_as_high_as_its_lines_and_hidden_without_any(window, demo_store):
    form = window.month_form
    assert not form.findings_list.isVisibleTo(window)
    assert not form.findings_label.isVisibleTo(window)
    hia = stored(demo_store, "SH_HIA")
    go(window, "SH_MND")
    type_keys(str(hia + 1))
    press(window, Qt.Key.Key_Return)
    lst = form.findings_list
    assert lst.isVisibleTo(window) and lst.count() == 1
    one_line = lst.sizeHintForRow(0) + 2 * lst.frameWidth()
    assert lst.height() == one_line
    # many warnings: it grows to a few lines, then scrolls
    demo_store.set_value(HOME_CODE, "SH_HIA", MARCH, 1)  # every breakdown now disagrees
    form.session.reload()
    form.refresh()
    assert lst.count() > FINDING_LINES
    assert lst.height() == sum(lst.sizeHintForRow(r) for r in range(FINDING_LINES)) \
        + 2 * lst.frameWidth()


# ---- the month chooser ---------------------------------------------------------------
def chooser_states(dialog: MonthChooser):
    return {m: (dialog.month_state(m), dialog.month_text(m).split("\n")[1]) for m in range(1, 13)}


def when_chooser_opens(*steps):
    seen = []

    def act(dialog):
        if QApplication.activeWindow() is not dialog:  # not given the keyboard yet
            QTimer.singleShot(10, lambda: act(dialog))
            return
        for step in steps:
            seen.append(step(dialog))

    when_modal_opens(MonthChooser, act)
    return seen


def test_ctrl_g_shows_each_months_state_and_enter_goes_there(window, demo_store):
    demo_store.lock_month(HOME_CODE, Period(2025, 1), "kari", note="73 av 73 tall")
    demo_store.delete_value(HOME_CODE, "SH_NODHJELP", Period(2025, 2))
    form = window.month_form
    form.session.reload()
    seen = when_chooser_opens(chooser_states, lambda d: d.grid.currentRow(),
                              keys(Qt.Key.Key_Left, Qt.Key.Key_Left, Qt.Key.Key_Up,
                                   Qt.Key.Key_Down, Qt.Key.Key_Return))
    press(window, Qt.Key.Key_G, CTRL)
    states = seen[0]
    assert states[1] == (MonthState.REPORTED, "Rapportert")
    assert states[2] == (MonthState.PARTIAL, "Delvis, 72 av 73 tall")
    assert states[3] == (MonthState.COMPLETE, "Komplett")
    assert seen[1] == 2  # March, the month shown, is chosen at the start
    assert form.period == Period(2025, 4)  # left, left (January), up (stays), down: April
    assert window.focusWidget() is form.view  # ready to type once the window has the keys


def test_pgdown_in_the_chooser_goes_to_the_next_year_and_esc_changes_nothing(
        window, demo_store):
    demo_store.set_value(HOME_CODE, "SH_MND", Period(2026, 1), 260)
    form = window.month_form
    form.session.reload()
    seen = when_chooser_opens(keys(Qt.Key.Key_PageDown), chooser_states,
                              lambda d: d.year_spin.value(), keys(Qt.Key.Key_Escape))
    press(window, Qt.Key.Key_G, CTRL)
    assert seen[2] == 2026
    assert seen[1][1] == (MonthState.PARTIAL, "Delvis, 1 av 73 tall")
    assert seen[1][2] == (MonthState.EMPTY, "Tom")
    assert form.period == MARCH  # Esc: still where it was

    seen = when_chooser_opens(keys(Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_PageUp),
                              lambda d: d.year_spin.value(), keys(Qt.Key.Key_Return))
    press(window, Qt.Key.Key_G, CTRL)
    assert seen[1] == 2024
    assert form.period == Period(2024, 3)  # the same month of the year chosen


def test_the_month_menu_opens_the_chooser(window, demo_store):
    seen = when_chooser_opens(lambda d: d.windowTitle(), keys(Qt.Key.Key_Right, Qt.Key.Key_Return))
    action = next(a for a in window.findChildren(type(window.lock_action))
                  if a.text() == "&Gå til måned …")
    action.trigger()
    assert seen[0] == "Gå til måned"
    assert window.month_form.period == Period(2025, 4)
