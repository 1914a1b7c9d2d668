"""The goal card in the window: traffic lights, targets and comments, checked against
the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from navdesk.domain.period import Period
from navdesk.service import OfficeService
from navdesk.store.goalcard import (
    load_goal_card,
    measure_comments,
    set_measure_comment,
    set_target,
)
from navdesk.ui.goalcard_model import COMMENT, STATUS, TARGET_PERIOD, TARGET_YEAR
from navdesk.ui.main_window import GOALCARD_TAB, MainWindow
from tests.conftest import HOME_CODE, when_modal_opens
from tests.ui.typing_keys import press, type_keys


def open_goal_card(qtbot, store):
    window = MainWindow(OfficeService(store), period=Period(2025, 6))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
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
    # the commit and the rebuilt card come on the next turns of the loop
    with qtbot.waitSignal(card.data_changed):
        QTest.keyClick(editor, Qt.Key.Key_Return)
    stored = next(m for _, _, m in load_goal_card(demo_store).measures()
                  if m.indicator == "SAK_DAGER")
    assert stored.target_for(2025) == 8 and stored.target_for(2024) == 14
    days = card.model.measure_index("SAK_DAGER")
    assert days.siblingAtColumn(STATUS).data() == "■ rød"  # 9,5 days > 8 x 1,1


def test_a_comment_is_stored_for_the_month(qtbot, demo_store):
    _, card = open_goal_card(qtbot, demo_store)
    index = card.model.measure_index("SAK_DAGER", COMMENT)
    with qtbot.waitSignal(card.data_changed):
        assert card.model.setData(index, "Bemanningen er styrket")
    stored = next(m for _, _, m in load_goal_card(demo_store).measures()
                  if m.indicator == "SAK_DAGER")
    assert measure_comments(demo_store, HOME_CODE, Period(2025, 6)) == {
        stored.id: "Bemanningen er styrket"}
    assert card.model.measure_index("SAK_DAGER", COMMENT).data() == "Bemanningen er styrket"


def test_copying_last_years_targets_fills_this_year(qtbot, demo_store):
    work = next(m for _, _, m in load_goal_card(demo_store).measures()
                if m.indicator == "ARB_TIL_ARBEID")
    set_target(demo_store, work.id, 2024, 100)
    _, card = open_goal_card(qtbot, demo_store)
    assert card.copy_last_year() == 1
    work = next(m for _, _, m in load_goal_card(demo_store).measures() if m.id == work.id)
    assert work.target_for(2025) == 100
    assert card.model.measure_index("ARB_TIL_ARBEID", TARGET_PERIOD).data() == "≥ 50"  # June: 6/12


def test_double_click_on_a_measure_opens_its_trend_with_the_target(qtbot, demo_store):
    from navdesk.ui.main_window import TRENDS_TAB

    window, card = open_goal_card(qtbot, demo_store)
    card.month_combo.setCurrentIndex(2)  # through March
    index = card.model.measure_index("SAK_DAGER")
    card.view.setCurrentIndex(index)
    rect = card.view.visualRect(index)
    # as Qt sees a double-click: a press and release, then the double-click on the same line
    QTest.mouseClick(card.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(card.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.tabText(window.tabs.currentIndex()) == TRENDS_TAB
    trends = window.trends
    assert trends.codes() == ["SAK_DAGER"] and trends.target.isChecked()
    assert trends.options().last == Period(2025, 3)
    assert [ln.kind for ln in trends.plot.picture.panels[0].lines] == ["value", "target"]


def test_a_measure_can_be_shown_in_the_month_form(qtbot, demo_store):
    window, card = open_goal_card(qtbot, demo_store)
    card.month_combo.setCurrentIndex(2)
    card.view.setCurrentIndex(card.model.measure_index("SAK_DAGER"))
    card.form_action.trigger()
    assert window.tabs.currentWidget() is window.month_form
    assert window.month_form.period == Period(2025, 3)
    assert window.month_form.view.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == "SAK_DAGER"


def test_a_year_without_figures_says_so(qtbot, demo_store):
    _, card = open_goal_card(qtbot, demo_store)
    card.year_spin.setValue(2019)
    assert "Ingen tall" in card.info.text()
    # the card is still there to set targets on, every measure without a value
    assert card.model.rowCount() == 4
    days = card.model.measure_index("SAK_DAGER")
    assert days.siblingAtColumn(STATUS).data() == "– mangler"
    assert days.siblingAtColumn(TARGET_YEAR).data() == "14"


def test_a_bad_target_is_refused_in_its_cell_and_nothing_is_stored(qtbot, demo_store):
    from PySide6.QtWidgets import QApplication

    window, card = open_goal_card(qtbot, demo_store)
    days = card.model.measure_index("SAK_DAGER", TARGET_YEAR)
    card.view.setCurrentIndex(days)
    card.view.setFocus()
    type_keys("mye")
    press(Qt.Key.Key_Return)
    qtbot.wait(20)  # a fixed wait: a box must not come at all
    assert QApplication.activeModalWidget() is None  # no box: the text stays in its cell
    assert card.model.measure_index("SAK_DAGER", TARGET_YEAR).data() == "mye"
    assert window.statusBar().currentMessage() == "«mye» er ikke et tall"
    stored = next(m for _, _, m in load_goal_card(demo_store).measures()
                  if m.indicator == "SAK_DAGER")
    assert stored.targets == {None: 14.0}


# ---- editing the card's structure in the window ----------------------------------------
def names(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def select(card, kind, item_id, column=0):
    index = card.model.find(kind, item_id, column)
    assert index.isValid()
    card.view.setCurrentIndex(index)
    card.view.setFocus()
    return index


def stored_names(store):
    card = load_goal_card(store)
    return [(p.name, [(g.name, [m.indicator for m in g.measures]) for g in p.goals])
            for p in card.perspectives]


def test_a_new_goal_and_measure_are_stored_and_get_a_traffic_light(qtbot, demo_store):
    from PySide6.QtWidgets import QInputDialog

    from navdesk.ui.measure_dialog import MeasureDialog

    _, card = open_goal_card(qtbot, demo_store)
    economy = next(p for p in load_goal_card(demo_store).perspectives if p.name == "Økonomi")
    select(card, "perspective", economy.id)

    def name_it(dialog):
        dialog.setTextValue("Færre på langvarig sosialhjelp")
        dialog.accept()

    when_modal_opens(QInputDialog, name_it)
    goal_id = card.new_goal()
    assert goal_id and card.view.currentIndex().data() == "Færre på langvarig sosialhjelp"

    def fill(dialog):
        QTest.keyClicks(dialog.indicator.lineEdit(), "SH_HIA")
        dialog.direction.setCurrentIndex(1)  # lower is better
        dialog.target_year.setText("50")
        dialog.accept()

    when_modal_opens(MeasureDialog, fill)
    measure_id = card.new_measure()
    assert measure_id
    stored = next(m for _, _, m in load_goal_card(demo_store).measures() if m.id == measure_id)
    assert (stored.indicator, stored.direction.value, stored.targets) == (
        "SH_HIA", "lavere", {2025: 50})
    index = card.model.find("measure", measure_id, STATUS)
    assert index.data() in ("● grønn", "▲ gul", "■ rød")  # it has a value and a target now
    assert card.model.parent(index).data() == "Færre på langvarig sosialhjelp"


def test_editing_a_measure_changes_direction_band_and_status(qtbot, demo_store):
    from navdesk.ui.measure_dialog import MeasureDialog

    _, card = open_goal_card(qtbot, demo_store)
    days = next(m for _, _, m in load_goal_card(demo_store).measures()
                if m.indicator == "SAK_DAGER")
    select(card, "measure", days.id)
    assert card.model.find("measure", days.id, STATUS).data() == "● grønn"

    def change(dialog):
        assert not dialog.indicator.isEnabled()  # another indicator is another measure
        assert dialog.target_all.text() == "14"
        dialog.target_year.setText("9")
        dialog.band.setValue(20)
        dialog.accept()

    when_modal_opens(MeasureDialog, change)
    QTest.keyClick(card.view, Qt.Key.Key_F2)  # the name column: the measure's dialog
    stored = next(m for _, _, m in load_goal_card(demo_store).measures() if m.id == days.id)
    assert stored.targets == {None: 14, 2025: 9} and stored.yellow_band == 20
    assert card.model.find("measure", days.id, STATUS).data() == "▲ gul"  # 9,5 <= 9 x 1,2


def test_a_bad_target_in_the_measure_dialog_keeps_it_open_and_stores_nothing(qtbot, demo_store):
    from navdesk.ui.measure_dialog import MeasureDialog

    days = next(m for _, _, m in load_goal_card(demo_store).measures()
                if m.indicator == "SAK_DAGER")
    dialog = MeasureDialog(demo_store.catalogue, 2025, days)
    qtbot.addWidget(dialog)
    dialog.target_year.setText("ti dager")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and "ikke et tall" in dialog.message.text()
    dialog.target_year.setText("-3")
    dialog.accept()
    assert "negativ" in dialog.message.text() and dialog.result_values is None


@pytest.mark.parametrize(("typed", "words"), [("9" * 400, "urimelig langt"),
                                              ("1000000000000", "urimelig stor")])
def test_a_target_a_template_could_not_hold_is_refused_by_the_measure_dialog(
        qtbot, demo_store, typed, words):
    # the same limits as a template's (domain.limits): what the window stores, navdesk
    # can write and read back
    from navdesk.ui.measure_dialog import MeasureDialog

    days = next(m for _, _, m in load_goal_card(demo_store).measures()
                if m.indicator == "SAK_DAGER")
    dialog = MeasureDialog(demo_store.catalogue, 2025, days)
    qtbot.addWidget(dialog)
    dialog.target_year.setText(typed)
    dialog.accept()
    assert words in dialog.message.text() and dialog.result_values is None


def test_renaming_a_goal_in_place_keeps_its_measures_and_comments(qtbot, demo_store):
    _, card = open_goal_card(qtbot, demo_store)
    perspective, goal, measure = next(iter(load_goal_card(demo_store).measures()))
    from navdesk.store.goalcard import set_measure_comment

    set_measure_comment(demo_store, HOME_CODE, measure.id, Period(2025, 6), "Forklaring")
    index = select(card, "goal", goal.id)
    QTest.keyClick(card.view, Qt.Key.Key_F2)
    editor = card.view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == goal.name
    editor.selectAll()
    QTest.keyClicks(editor, "Raskere og bedre tjenester")
    with qtbot.waitSignal(card.data_changed):
        QTest.keyClick(editor, Qt.Key.Key_Return)
    card_after = load_goal_card(demo_store)
    renamed = next(g for p in card_after.perspectives for g in p.goals if g.id == goal.id)
    assert renamed.name == "Raskere og bedre tjenester"
    assert [m.id for m in renamed.measures] == [m.id for m in goal.measures]
    assert measure_comments(demo_store, HOME_CODE, Period(2025, 6)) == {measure.id: "Forklaring"}
    assert card.model.find("goal", goal.id).data() == "Raskere og bedre tjenester"
    del index


def test_an_empty_or_duplicate_name_is_refused_and_nothing_changes(qtbot, demo_store, dialogs):
    said = dialogs.messages("warning")
    _, card = open_goal_card(qtbot, demo_store)
    before = stored_names(demo_store)
    assert card.new_perspective("   ") is None
    assert card.new_perspective("Økonomi") is None
    assert said == ["Perspektivet må ha et navn", "Perspektivet «Økonomi» finnes allerede"]
    assert stored_names(demo_store) == before


def test_moving_with_ctrl_arrows_reorders_and_is_stored(qtbot, demo_store):
    _, card = open_goal_card(qtbot, demo_store)
    first = load_goal_card(demo_store).perspectives[0]
    select(card, "perspective", first.id)
    QTest.keyClick(card.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert names(card.model)[:2] == ["Arbeidsprosesser", "Brukerperspektiv"]
    assert [p.name for p in load_goal_card(demo_store).perspectives][:2] == [
        "Arbeidsprosesser", "Brukerperspektiv"]
    assert card.view.currentIndex().data() == "Brukerperspektiv"  # it follows the move
    QTest.keyClick(card.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(card.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # already first
    assert names(card.model) == ["Brukerperspektiv", "Arbeidsprosesser", "Medarbeidere", "Økonomi"]


def test_removing_a_goal_asks_first_and_takes_its_measures(qtbot, demo_store, dialogs):
    from PySide6.QtWidgets import QMessageBox

    _, card = open_goal_card(qtbot, demo_store)
    p, goal, measure = next(iter(load_goal_card(demo_store).measures()))
    select(card, "goal", goal.id)
    asked = dialogs.answer(QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    QTest.keyClick(card.view, Qt.Key.Key_Delete)
    assert goal.name in [g.name for g in load_goal_card(demo_store).perspectives[0].goals]
    QTest.keyClick(card.view, Qt.Key.Key_Delete)
    assert f"«{goal.name}» med {len(goal.measures)} målinger" in asked[0]
    assert goal.name not in [g.name for g in load_goal_card(demo_store).perspectives[0].goals]
    assert all(m.id != measure.id for _, _, m in load_goal_card(demo_store).measures())
    assert card.model.find("goal", goal.id) == card.model.find("goal", -1)  # gone from view
    # the indicator's figures stay
    assert demo_store.figures(HOME_CODE, [2025]).get(measure.indicator)


def test_a_comment_shows_its_history_under_the_card(qtbot, demo_store):
    _, card = open_goal_card(qtbot, demo_store)
    days = next(m for _, _, m in load_goal_card(demo_store).measures()
                if m.indicator == "SAK_DAGER")
    for text in ("Første forklaring", "Bedre forklaring"):
        with qtbot.waitSignal(card.data_changed):
            card.model.setData(card.model.find("measure", days.id, COMMENT), text)
    select(card, "measure", days.id)
    shown = card.details.text()
    assert shown.index("«Bedre forklaring»") < shown.index("«Første forklaring»")
    # saving the same text again is no new version
    with qtbot.waitSignal(card.data_changed):
        card.model.setData(card.model.find("measure", days.id, COMMENT), "Bedre forklaring")
    assert card.details.text().count("forklaring»") == 2


def test_the_sparkline_holds_the_last_24_months(qtbot, demo_store):
    from navdesk.ui.goalcard_model import TREND, SeriesRole

    _, card = open_goal_card(qtbot, demo_store)
    series = card.model.measure_index("SAK_DAGER", TREND).data(SeriesRole)
    assert len(series) == 24
    # July 2023 .. June 2025: the demo office has figures from January 2024
    assert series[:6] == (None,) * 6
    assert series[-1] == demo_store.value(HOME_CODE, "SAK_DAGER", Period(2025, 6)).value
    assert series[6] == demo_store.value(HOME_CODE, "SAK_DAGER", Period(2024, 1)).value
    card.view.grab()  # the delegate paints without error


def test_template_import_in_the_window_shows_the_changes_and_waits_for_yes(
        qtbot, demo_store, tmp_path):
    from navdesk.ui.goalcard_view import ChangesDialog

    _, card = open_goal_card(qtbot, demo_store)
    exported = tmp_path / "mal.csv"
    assert card.export_template(str(exported))
    text = exported.read_text(encoding="utf-8-sig")
    changed = tmp_path / "ny.csv"
    changed.write_text(text.replace("SAK_DAGER;lavere;;14", "SAK_DAGER;lavere;;12"),
                       encoding="utf-8-sig")
    before = stored_names(demo_store)
    seen = []
    when_modal_opens(ChangesDialog, lambda d: (seen.append(d.text.toPlainText()), d.reject()))
    assert not card.import_template(str(changed))
    assert "SAK_DAGER: målverdier alle år: 14 → alle år: 12" in seen[0]
    days = next(m for _, _, m in load_goal_card(demo_store).measures()
                if m.indicator == "SAK_DAGER")
    assert days.targets == {None: 14}
    when_modal_opens(ChangesDialog, lambda d: d.accept())
    assert card.import_template(str(changed))
    days = next(m for _, _, m in load_goal_card(demo_store).measures()
                if m.indicator == "SAK_DAGER")
    assert days.targets == {None: 12} and stored_names(demo_store) == before
    assert card.model.measure_index("SAK_DAGER", TARGET_YEAR).data() == "12"


def test_a_bad_template_shows_its_lines_and_changes_nothing(qtbot, demo_store, tmp_path):
    from navdesk.ui.goalcard_view import ChangesDialog

    _, card = open_goal_card(qtbot, demo_store)
    bad = tmp_path / "feil.csv"
    bad.write_text("perspektiv;mål;indikator;retning\nA;B;FINNES_IKKE;høyere\nA;B;SAK_DAGER;opp\n",
                   encoding="utf-8")
    before = stored_names(demo_store)
    seen = []
    when_modal_opens(ChangesDialog, lambda d: (seen.append(d.text.toPlainText()), d.reject()))
    assert not card.import_template(str(bad))
    assert seen[0].splitlines() == ["Linje 2: ukjent indikator «FINNES_IKKE»",
                                    "Linje 3: retning må være «høyere» eller «lavere»"]
    assert stored_names(demo_store) == before


def test_a_template_that_is_not_text_says_so_and_changes_nothing(qtbot, demo_store, tmp_path,
                                                                dialogs):
    _, card = open_goal_card(qtbot, demo_store)
    bad = tmp_path / "bilde.csv"
    # marked as UTF-8 (a byte-order mark), but Windows-1252 after it
    bad.write_bytes(b"\xef\xbb\xbfperspektiv;m\xe5l;indikator;retning\n")
    said = dialogs.messages("warning")
    before = stored_names(demo_store)
    assert not card.import_template(str(bad))
    assert said == ["bilde.csv kan ikke leses som tekst. Lagre malen som CSV (semikolondelt) og "
                    "prøv igjen."]
    assert stored_names(demo_store) == before


def test_another_year_runs_through_its_latest_month_with_figures(qtbot, demo_store):
    from navdesk.store.demo import fill_demo

    fill_demo(demo_store, HOME_CODE, Period(2026, 1), Period(2026, 4))
    _, card = open_goal_card(qtbot, demo_store)
    assert card.period == Period(2025, 6)
    card.year_spin.setValue(2026)
    assert card.period == Period(2026, 4) and card.info.text() == "Januar–april 2026"
    card.year_spin.setValue(2024)
    assert card.period == Period(2024, 12)


def test_enter_on_a_measure_opens_its_trend(qtbot, demo_store):
    window, card = open_goal_card(qtbot, demo_store)
    card.view.setCurrentIndex(card.model.measure_index("D_LAR_IP"))
    card.view.setFocus()
    QTest.keyClick(card.view, Qt.Key.Key_Return)
    assert window.trends is not None and window.trends.codes() == ["D_LAR_IP"]
    assert window.tabs.currentWidget() is window.trends


def test_a_template_that_removes_most_of_the_card_needs_a_tick_before_replace(
        qtbot, demo_store, tmp_path):
    """Issue 14: a template cut after its header removed the whole card on one Enter.
    Now the question says how much goes, and "Erstatt" waits for a tick."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialogButtonBox, QLabel

    from navdesk.ui.goalcard_view import ChangesDialog

    _, card = open_goal_card(qtbot, demo_store)
    exported = tmp_path / "mal.csv"
    assert card.export_template(str(exported))
    header = exported.read_text(encoding="utf-8-sig").splitlines()[0]
    cut = tmp_path / "avkuttet.csv"
    cut.write_text(header + "\r\n", encoding="utf-8-sig")
    total = len(list(load_goal_card(demo_store).measures()))
    days = next(m for _, _, m in load_goal_card(demo_store).measures()
                if m.indicator == "SAK_DAGER")
    set_measure_comment(demo_store, HOME_CODE, days.id, Period(2025, 3), "Forklaring")
    seen = []

    def refuse_then_look(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append((dialog.findChild(QLabel, "removalWarning").text(), ok.isEnabled()))
        dialog.text.setFocus()
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)  # nothing goes

    when_modal_opens(ChangesDialog, refuse_then_look)
    assert not card.import_template(str(cut))
    [(warning, enabled)] = seen
    assert f"Malen fjerner {total} av {total} målinger" in warning and not enabled
    assert len(list(load_goal_card(demo_store).measures())) == total

    def tick_and_replace(dialog):
        dialog.tick.setFocus()
        QTest.keyClick(dialog.tick, Qt.Key.Key_Space)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled()
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal_opens(ChangesDialog, tick_and_replace)
    assert card.import_template(str(cut))
    assert list(load_goal_card(demo_store).measures()) == []
    assert demo_store.conn.execute(
        "SELECT indicator, comment FROM kept_measure_comment").fetchall() == [
        ("SAK_DAGER", "Forklaring")]  # the comment is kept for the measure's return
