"""Numbers typed in the English window, with real keys: what the window shows
(``1,234.5``) is accepted; what could be read two ways is refused with the reason and
nothing is stored. The month form, the goal card's target cell and the measure dialog
use the same rule (``units.parse_number`` with the window's language)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from navdesk.domain.period import Period
from navdesk.service import OfficeService
from navdesk.store.goalcard import load_goal_card
from navdesk.ui.goalcard_model import TARGET_YEAR
from navdesk.ui.main_window import GOALCARD_TAB, MainWindow
from navdesk.ui.month_model import VALUE, RejectedRole
from tests.conftest import HOME_CODE
from tests.ui.windows import go, shown_window, stored, type_in_line

MARCH = Period(2025, 3)
COMMA_MESSAGE = ("“{text}”: in the English window the decimal mark is a point (12.5) and a "
                 "comma separates thousands (1,234)")


@pytest.fixture
def english_window(english, qtbot, demo_store):
    """The window as navdesk builds it with English chosen."""
    return shown_window(qtbot, demo_store, MARCH)


def refusal(window, code: str) -> str | None:
    return window.month_form.model.index_of(code).data(RejectedRole)


@pytest.mark.parametrize("code, text, value", [
    ("SH_BRUTTO", "1,234.5", 1234.5),
    ("SH_BRUTTO", "1,234,567", 1234567),
    ("SH_MND", "1,234", 1234),
    ("SH_STONADSLENGDE", "12.5", 12.5),
    ("SH_BRUTTO", "1234.5", 1234.5),
])
def test_the_english_window_accepts_numbers_written_the_way_it_shows_them(
        english_window, demo_store, code, text, value):
    window = english_window
    type_in_line(window, code, text)
    assert refusal(window, code) is None
    assert stored(demo_store, code) == value
    assert demo_store.history(HOME_CODE, code, MARCH)[0].source == "form"


def test_a_value_shown_in_english_is_stored_unchanged_when_its_editor_is_confirmed(
        english_window, demo_store):
    window = english_window
    demo_store.set_value(HOME_CODE, "SH_BRUTTO", MARCH, 1234567.5)
    window.month_form.session.reload()
    window.month_form.refresh()
    audit = demo_store.audit_count()
    index = window.month_form.model.index_of("SH_BRUTTO", VALUE)
    assert index.data() == "1,234,567.5"
    go(window, "SH_BRUTTO")
    QTest.keyClick(window.month_form.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "1,234,567.5"
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert refusal(window, "SH_BRUTTO") is None
    assert stored(demo_store, "SH_BRUTTO") == 1234567.5
    assert demo_store.audit_count() == audit  # the same value: nothing changed


@pytest.mark.parametrize("code, text, reason", [
    ("SH_BRUTTO", "1.234", "is ambiguous"),
    ("SH_STONADSLENGDE", "12,5", COMMA_MESSAGE.format(text="12,5")),
    ("SH_BRUTTO", "1,23", COMMA_MESSAGE.format(text="1,23")),
    ("SH_BRUTTO", "1.234,5", COMMA_MESSAGE.format(text="1.234,5")),
])
def test_the_english_window_refuses_what_could_be_read_two_ways_and_stores_nothing(
        english_window, demo_store, code, text, reason):
    window = english_window
    before = stored(demo_store, code)
    audit = demo_store.audit_count()
    type_in_line(window, code, text)
    assert reason in refusal(window, code)
    assert window.month_form.model.index_of(code).data() == text  # kept to be corrected
    assert stored(demo_store, code) == before
    assert demo_store.audit_count() == audit


def test_the_bokmal_window_keeps_refusing_a_mark_before_three_digits(window, demo_store):
    before = stored(demo_store, "SH_BRUTTO")
    for text in ("1,234", "1.234"):
        type_in_line(window, "SH_BRUTTO", text)
        assert "tvetydig" in refusal(window, "SH_BRUTTO")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    type_in_line(window, "SH_BRUTTO", "1 234,5")
    assert stored(demo_store, "SH_BRUTTO") == 1234.5 != before


# ---- the goal card's target cell and the measure dialog ----------------------------------
def goal_card(qtbot, store):
    window = MainWindow(OfficeService(store), period=Period(2025, 6))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window.open_page(GOALCARD_TAB)


def target_of(store, indicator: str, year: int = 2025):
    measure = next(m for _, _, m in load_goal_card(store).measures() if m.indicator == indicator)
    return measure.targets.get(year)


def type_target(qtbot, card, indicator: str, text: str) -> None:
    index = card.model.measure_index(indicator, TARGET_YEAR)
    card.view.setCurrentIndex(index)
    card.view.setFocus()
    card.view.edit(index)
    editor = card.view.viewport().findChild(QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, text)
    # a target stored rebuilds the card on a next turn of the loop; a refused one says so
    with qtbot.waitSignal(card.data_changed) as stored_or_refused:
        stored_or_refused.connect(card.model.refused)
        QTest.keyClick(editor, Qt.Key.Key_Return)


def test_a_target_typed_in_english_is_read_the_english_way(english, qtbot, demo_store):
    card = goal_card(qtbot, demo_store)
    type_target(qtbot, card, "SH_BRUTTO", "1,250,000")
    assert target_of(demo_store, "SH_BRUTTO") == 1250000
    type_target(qtbot, card, "SAK_DAGER", "12.5")
    assert target_of(demo_store, "SAK_DAGER") == 12.5


def test_a_target_with_a_decimal_comma_is_refused_in_english(english, qtbot, demo_store):
    card = goal_card(qtbot, demo_store)
    type_target(qtbot, card, "SAK_DAGER", "12,5")
    # kept in its cell with the reason, as a refused value in the month form
    index = card.model.measure_index("SAK_DAGER", TARGET_YEAR)
    assert index.data() == "12,5"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == (
        "Not saved: " + COMMA_MESSAGE.format(text="12,5") + ". Type a new value, or press "
        "Esc to see the saved one.")
    assert target_of(demo_store, "SAK_DAGER") is None  # only the standing target, 14
    assert load_goal_card(demo_store) and target_of(demo_store, "SAK_DAGER", None) == 14


def test_the_measure_dialog_reads_targets_the_english_way(english, qtbot, demo_store):
    from navdesk.ui.measure_dialog import MeasureDialog

    days = next(m for _, _, m in load_goal_card(demo_store).measures()
                if m.indicator == "SH_BRUTTO")
    dialog = MeasureDialog(demo_store.catalogue, 2025, days)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target_year.clear()
    QTest.keyClicks(dialog.target_year, "1.234")
    dialog.accept()
    assert dialog.result_values is None and "ambiguous" in dialog.message.text()
    dialog.target_year.clear()
    QTest.keyClicks(dialog.target_year, "1,234.5")
    dialog.accept()
    assert dialog.result_values["targets"][2025] == 1234.5
