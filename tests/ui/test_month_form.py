"""The month form driven the way a person does it: keys into the focused widget, and
the database checked afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt

from navdesk.domain.aggregation import value_in_month
from navdesk.domain.period import Period
from navdesk.ui.month_model import NOTE, VALUE, RejectedRole, SymbolsRole
from tests.conftest import HOME_CODE
from tests.ui.typing_keys import press, type_keys
from tests.ui.windows import current_code, go, stored

MARCH = Period(2025, 3)


def test_typing_a_value_and_enter_saves_it_and_moves_to_the_next_line(window, demo_store):
    go(window, "SH_MND")
    type_keys("512")
    press(Qt.Key.Key_Return)
    assert stored(demo_store, "SH_MND") == 512
    assert current_code(window) == "SH_HIA"
    assert demo_store.history(HOME_CODE, "SH_MND", MARCH)[0].source == "form"


def test_tab_saves_and_moves_down_and_shift_tab_moves_up(window, demo_store):
    go(window, "SH_HIA")
    type_keys("700")
    press(Qt.Key.Key_Tab)
    assert stored(demo_store, "SH_HIA") == 700
    assert current_code(window) == "SH_ALDER_18_24"
    press(Qt.Key.Key_Backtab)
    assert current_code(window) == "SH_HIA"


def test_norwegian_number_input_is_accepted(window, demo_store):
    go(window, "SH_BRUTTO")
    type_keys("1 234 567,5")
    press(Qt.Key.Key_Return)
    assert stored(demo_store, "SH_BRUTTO") == 1234567.5
    go(window, "SH_STONADSLENGDE")
    type_keys("5,25")
    press(Qt.Key.Key_Return)
    assert stored(demo_store, "SH_STONADSLENGDE") == 5.25


def test_a_rejected_value_stays_in_the_cell_with_the_reason_and_nothing_is_stored(
        window, demo_store):
    before = stored(demo_store, "SH_MND")
    audit = demo_store.audit_count()
    go(window, "SH_MND")
    type_keys("12,5")  # persons are whole numbers
    press(Qt.Key.Key_Return)
    index = window.month_form.model.index_of("SH_MND")
    assert index.data() == "12,5"
    assert "helt tall" in index.data(RejectedRole)
    assert "helt tall" in index.siblingAtColumn(NOTE).data()
    assert current_code(window) == "SH_MND"  # stays on the line to be corrected
    assert window.month_form.rejected_label.isVisibleTo(window)
    assert "helt tall" in window.month_form.rejected_label.text()
    assert stored(demo_store, "SH_MND") == before
    assert demo_store.audit_count() == audit
    press(Qt.Key.Key_Escape)  # shows the stored value again
    assert index.data(RejectedRole) is None
    assert not window.month_form.rejected_label.isVisibleTo(window)
    assert index.data() == str(before)


def test_an_ambiguous_decimal_mark_is_refused(window, demo_store):
    before = stored(demo_store, "SH_BRUTTO")
    go(window, "SH_BRUTTO")
    type_keys("1.234")
    press(Qt.Key.Key_Return)
    assert "tvetydig" in window.month_form.model.index_of("SH_BRUTTO").data(RejectedRole)
    assert stored(demo_store, "SH_BRUTTO") == before


def test_delete_empties_a_value_and_is_audited(window, demo_store):
    old = stored(demo_store, "SH_NODHJELP")
    go(window, "SH_NODHJELP")
    press(Qt.Key.Key_Delete)
    assert stored(demo_store, "SH_NODHJELP") is None
    last = demo_store.history(HOME_CODE, "SH_NODHJELP", MARCH)[0]
    assert (last.old_value, last.new_value, last.source) == (old, None, "form")
    assert window.month_form.model.index_of("SH_NODHJELP").data() == ""


def test_undo_and_redo_restore_values_and_are_audited(window, demo_store):
    old = stored(demo_store, "SH_MND")
    go(window, "SH_MND")
    type_keys("999")
    press(Qt.Key.Key_Return)
    assert stored(demo_store, "SH_MND") == 999
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(demo_store, "SH_MND") == old
    assert window.month_form.model.index_of("SH_MND").data() == str(old)
    press(Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored(demo_store, "SH_MND") == 999
    sources = [e.source for e in demo_store.history(HOME_CODE, "SH_MND", MARCH)]
    assert sources[:3] == ["redo", "undo", "form"]


def test_undo_of_a_change_in_another_month_shows_that_month_first_then_undoes(window, demo_store):
    old = stored(demo_store, "SH_MND")
    go(window, "SH_MND")
    type_keys("800")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.month_form.period == Period(2025, 4)
    go(window, "SH_HIA")
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # the first Ctrl+Z only shows the change: March, on its line, and says what is next
    assert window.month_form.period == MARCH
    assert current_code(window) == "SH_MND"
    assert stored(demo_store, "SH_MND") == 800
    assert window.statusBar().currentMessage() == (
        "Neste Ctrl+Z angrer verdi for Mottakere av sosialhjelp i måneden, mars 2025.")
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(demo_store, "SH_MND") == old
    assert window.statusBar().currentMessage() == (
        "Angret verdi for Mottakere av sosialhjelp i måneden, mars 2025.")


def test_month_keys_switch_the_form_to_that_months_figures(window, demo_store):
    press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    form = window.month_form
    assert form.period == Period(2025, 4)
    assert form.model.index_of("SH_MND").data() == str(
        stored(demo_store, "SH_MND", Period(2025, 4)))
    assert form.model.index_of("SH_MND").siblingAtColumn(VALUE + 1).data() == str(
        stored(demo_store, "SH_MND", MARCH))  # last month's column
    press(Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert form.period == Period(2025, 2)
    assert current_code(window) is not None  # still on a line


def test_the_month_picker_jumps_to_any_month(window):
    form = window.month_form
    form.year_spin.setValue(2024)
    form.month_combo.setCurrentIndex(6)
    form.month_combo.activated.emit(6)
    assert form.period == Period(2024, 7)


def test_a_warning_appears_as_soon_as_a_value_breaks_a_rule(window, demo_store):
    form = window.month_form
    assert form.findings_list.count() == 0
    hia = stored(demo_store, "SH_HIA")
    go(window, "SH_MND")
    type_keys(str(hia + 50))  # more recipients this month than so far this year
    press(Qt.Key.Key_Return)
    texts = [form.findings_list.item(i).text() for i in range(form.findings_list.count())]
    assert any("større enn" in t for t in texts)
    assert "avvik" in form.model.index_of("SH_MND").siblingAtColumn(NOTE).data()
    assert stored(demo_store, "SH_MND") == hia + 50  # a warning never blocks


def test_a_comment_is_saved_and_the_history_lists_every_change(window, demo_store):
    form = window.month_form
    go(window, "SH_MND")
    type_keys("480")
    press(Qt.Key.Key_Return)
    go(window, "SH_MND")
    form.comment_edit.setPlainText("Ny rutine for registrering fra mars")
    form.comment_button.click()
    assert demo_store.value(HOME_CODE, "SH_MND", MARCH).comment == (
        "Ny rutine for registrering fra mars")
    assert "comment" in form.model.index_of("SH_MND").siblingAtColumn(NOTE).data(SymbolsRole)
    history = [form.history_list.item(i).text() for i in range(form.history_list.count())]
    assert len(history) == 3  # demo value, typed value, comment
    assert "→ 480" in history[1] and "skjema" in history[1]


def test_computed_shares_are_shown_read_only_from_the_domain(window, demo_store):
    form = window.month_form
    index = form.model.index_of("D_ANDEL_UNG")
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    figures = demo_store.figures(HOME_CODE, [2025])
    expected = value_in_month(demo_store.catalogue, figures, "D_ANDEL_UNG", MARCH)
    assert index.data() == f"{expected:.1f}".replace(".", ",")


def test_yearly_indicators_are_entered_in_december_only(window, demo_store):
    form = window.month_form
    assert not form.model.index_of("BRUKERTILFREDSHET").isValid()
    form.show_month(Period(2025, 12))
    index = form.model.index_of("BRUKERTILFREDSHET")
    assert index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable
    go(window, "BRUKERTILFREDSHET")
    type_keys("81,5")
    press(Qt.Key.Key_Return)
    assert demo_store.value(HOME_CODE, "BRUKERTILFREDSHET", Period(2025)).value == 81.5


def test_breakdown_groups_sit_under_their_parent_and_can_be_collapsed(window):
    form = window.month_form
    hia = form.model.index_of("SH_HIA", 0)
    groups = [form.model.index(r, 0, hia).data() for r in range(form.model.rowCount(hia))]
    assert groups == ["Alder", "Kjønn", "Sivilstand", "Statsborgerskap", "Forsørgerstatus",
                      "Hovedinntekt"]
    form.view.collapse(hia)
    go(window, "SH_ALDER_18_24")  # moving to a part opens its group again
    assert form.view.isExpanded(hia)


def test_ctrl_tab_still_changes_page_from_the_form(window):
    go(window, "SH_MND")
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    assert current_code(window) == "SH_MND"  # the form did not move a line
