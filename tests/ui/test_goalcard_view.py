"""The goal card in the window: traffic lights, targets and comments, checked against
the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from navdesk.domain.period import Period
from navdesk.store.goalcard import load_goal_card, measure_comments, set_target
from navdesk.ui.goalcard_model import COMMENT, STATUS, TARGET_PERIOD, TARGET_YEAR
from navdesk.ui.main_window import GOALCARD_TAB, MainWindow

from tests.conftest import HOME_CODE


def open_goal_card(qtbot, store):
    window = MainWindow(store, period=Period(2025, 6))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    index = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == GOALCARD_TAB)
    window.tabs.setCurrentIndex(index)
    return window, window.goal_card


def test_the_goal_card_shows_the_four_perspectives_with_traffic_lights(qtbot, demo_store):
    _, card = open_goal_card(qtbot, demo_store)
    model = card.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Brukerperspektiv", "Arbeidsprosesser", "Medarbeidere", "Økonomi"]
    days = model.measure_index("SAK_DAGER")
    assert days.siblingAtColumn(STATUS).data() == "● grønn"  # 9,5 days against at most 14
    assert days.siblingAtColumn(TARGET_PERIOD).data() == "≤ 14"
    goal = model.parent(days)
    assert goal.siblingAtColumn(STATUS).data().startswith("● grønn")


def test_setting_a_target_changes_the_status_and_is_stored(qtbot, demo_store):
    window, card = open_goal_card(qtbot, demo_store)
    days = card.model.measure_index("SAK_DAGER", TARGET_YEAR)
    card.view.setCurrentIndex(days)
    card.view.setFocus()
    card.view.edit(days)
    editor = card.view.viewport().findChild(QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, "8")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # the commit and the rebuilt card come on the next turns of the loop
    stored = next(m for _, _, m in load_goal_card(demo_store).measures() if m.indicator == "SAK_DAGER")
    assert stored.target_for(2025) == 8 and stored.target_for(2024) == 14
    days = card.model.measure_index("SAK_DAGER")
    assert days.siblingAtColumn(STATUS).data() == "■ rød"  # 9,5 days > 8 x 1,1


def test_a_comment_is_stored_for_the_month(qtbot, demo_store):
    _, card = open_goal_card(qtbot, demo_store)
    index = card.model.measure_index("SAK_DAGER", COMMENT)
    assert card.model.setData(index, "Bemanningen er styrket")
    qtbot.wait(20)
    stored = next(m for _, _, m in load_goal_card(demo_store).measures() if m.indicator == "SAK_DAGER")
    assert measure_comments(demo_store, HOME_CODE, Period(2025, 6)) == {stored.id: "Bemanningen er styrket"}
    assert card.model.measure_index("SAK_DAGER", COMMENT).data() == "Bemanningen er styrket"


def test_copying_last_years_targets_fills_this_year(qtbot, demo_store):
    work = next(m for _, _, m in load_goal_card(demo_store).measures() if m.indicator == "ARB_TIL_ARBEID")
    set_target(demo_store, work.id, 2024, 100)
    _, card = open_goal_card(qtbot, demo_store)
    assert card.copy_last_year() == 1
    work = next(m for _, _, m in load_goal_card(demo_store).measures() if m.id == work.id)
    assert work.target_for(2025) == 100
    assert card.model.measure_index("ARB_TIL_ARBEID", TARGET_PERIOD).data() == "≥ 50"  # June: 6/12


def test_double_click_on_a_measure_opens_its_month_in_the_form(qtbot, demo_store):
    window, card = open_goal_card(qtbot, demo_store)
    card.month_combo.setCurrentIndex(2)  # through March
    card._opened(card.model.measure_index("SAK_DAGER"))
    assert window.tabs.currentWidget() is window.month_form
    assert window.month_form.period == Period(2025, 3)
    assert window.month_form.view.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == "SAK_DAGER"


def test_a_year_without_figures_says_so(qtbot, demo_store):
    _, card = open_goal_card(qtbot, demo_store)
    card.year_spin.setValue(2019)
    assert "Ingen tall" in card.info.text()
    assert card.model.rowCount() == 0


def test_a_bad_target_is_refused_with_a_message_and_nothing_is_stored(qtbot, demo_store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    _, card = open_goal_card(qtbot, demo_store)
    days = card.model.measure_index("SAK_DAGER", TARGET_YEAR)
    assert card.model.setData(days, "mye")
    qtbot.wait(20)
    assert said and "ikke et tall" in said[0]
    stored = next(m for _, _, m in load_goal_card(demo_store).measures() if m.indicator == "SAK_DAGER")
    assert stored.targets == {None: 14.0}
