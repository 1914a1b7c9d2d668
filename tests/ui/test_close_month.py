"""Closing a month on purpose, driven by keys: Ctrl+L opens the close-month dialog (its
count, missing lines, warnings open and explained, a clear default), a month that is
not over needs its box ticked, reopening needs a reason; the database after each."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from navdesk.domain.period import Period
from navdesk.ui.close_month import CloseMonthDialog, ReopenMonthDialog
from navdesk.ui.month_model import CodeRole
from tests.conftest import HOME_CODE
from tests.ui.answers import in_dialog, keys
from tests.ui.windows import events, press

MARCH = Period(2025, 3)
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_ctrl_l_on_a_whole_month_shows_its_count_and_enter_marks_it_reported(
        window, demo_store):
    looks = in_dialog(CloseMonthDialog,
                      lambda d: (d.summary.text(), d.close_button.isDefault(),
                                 d.missing_codes(), d.warnings.isVisible(), d.not_over.isVisible()),
                      keys(Qt.Key.Key_Return))
    press(window, Qt.Key.Key_L, CTRL)
    assert looks[0] == ("73 av 73 tall, ingen åpne avvik.", True, [], False, False)
    assert demo_store.is_locked(HOME_CODE, MARCH)
    assert events(demo_store) == [("locked", "73 av 73 tall, ingen åpne avvik")]
    form = window.month_form
    assert not form.model.index_of("SH_MND").flags() & Qt.ItemFlag.ItemIsEditable
    assert form.lock_label.text() == "Rapportert og låst"
    tip = form.lock_label.toolTip()
    assert tip.startswith("Rapportert ") and tip.endswith(": 73 av 73 tall, ingen åpne avvik")


def test_missing_lines_are_named_and_cancel_is_the_default(window, demo_store):
    for code in ("SH_NODHJELP", "KVP_NYE"):
        demo_store.delete_value(HOME_CODE, code, MARCH)
    window.month_form.session.reload()
    window.month_form.refresh()
    looks = in_dialog(CloseMonthDialog,
                      lambda d: (d.summary.text(), d.cancel_button.isDefault(),
                                 sorted(d.missing_codes())),
                      keys(Qt.Key.Key_Return))  # Enter: the default, Avbryt
    press(window, Qt.Key.Key_L, CTRL)
    assert looks[0] == ("71 av 73 tall, ingen åpne avvik.", True, ["KVP_NYE", "SH_NODHJELP"])
    assert not demo_store.is_locked(HOME_CODE, MARCH)
    assert events(demo_store) == []

    in_dialog(CloseMonthDialog, keys((Qt.Key.Key_M, ALT)))  # "&Marker som rapportert"
    press(window, Qt.Key.Key_L, CTRL)
    assert demo_store.is_locked(HOME_CODE, MARCH)
    assert events(demo_store) == [
        ("locked", "71 av 73 tall, ingen åpne avvik; rapportert med 2 tall som mangler")]


def test_escape_closes_the_dialog_and_locks_nothing(window, demo_store):
    in_dialog(CloseMonthDialog, keys(Qt.Key.Key_Escape))
    press(window, Qt.Key.Key_L, CTRL)
    assert not demo_store.is_locked(HOME_CODE, MARCH)
    assert events(demo_store) == []


def test_a_month_that_is_not_over_needs_the_box_ticked(qtbot, window, demo_store):
    form = window.month_form
    form.today = lambda: date(2025, 3, 20)
    looks = in_dialog(CloseMonthDialog,
                      lambda d: (d.not_over.isVisible(), d.close_button.isEnabled(),
                                 d.cancel_button.isDefault(), d.not_over_label.text()),
                      keys((Qt.Key.Key_M, ALT), Qt.Key.Key_Return))
    press(window, Qt.Key.Key_L, CTRL)
    visible, enabled, cancel_default, said = looks[0]
    assert (visible, enabled, cancel_default) == (True, False, True)
    assert said.startswith("Mars 2025 er ikke over ennå (i dag er 20. mars 2025)")
    assert not demo_store.is_locked(HOME_CODE, MARCH)  # Alt+M on a greyed button, then Avbryt

    # Alt+J ticks the box (Qt clicks a mnemonic's button a moment later, as it shows it
    # pressed), then Alt+M marks the month
    looks = in_dialog(CloseMonthDialog, keys((Qt.Key.Key_J, ALT)),
                      lambda d: qtbot.waitUntil(d.not_over.isChecked),
                      lambda d: (d.not_over.isChecked(), d.close_button.isEnabled()),
                      keys((Qt.Key.Key_M, ALT)))
    press(window, Qt.Key.Key_L, CTRL)
    assert looks[2] == (True, True)
    assert demo_store.is_locked(HOME_CODE, MARCH)
    assert events(demo_store) == [
        ("locked", "73 av 73 tall, ingen åpne avvik; rapportert før måneden var over")]


def test_open_and_explained_warnings_are_listed_apart_and_open_ones_make_cancel_default(
        window, demo_store):
    hia = demo_store.value(HOME_CODE, "SH_HIA", MARCH).value
    demo_store.set_value(HOME_CODE, "SH_MND", MARCH, hia + 50)  # month above year to date
    klager = demo_store.value(HOME_CODE, "SAK_KLAGER", MARCH).value
    demo_store.set_value(HOME_CODE, "SAK_OMGJORT", MARCH, klager + 1,
                         comment="Klager fra februar omgjort i mars")
    window.month_form.session.reload()
    window.month_form.refresh()

    def warnings(d):
        return [(d.warnings.item(i).data(Qt.ItemDataRole.UserRole), d.warnings.item(i).text())
                for i in range(d.warnings.count())]

    looks = in_dialog(CloseMonthDialog,
                      lambda d: (d.summary.text(), d.cancel_button.isDefault()),
                      warnings, keys(Qt.Key.Key_Escape))
    press(window, Qt.Key.Key_L, CTRL)
    # each value breaks a rule and lies far outside its last twelve months: two warnings
    assert looks[0] == ("73 av 73 tall, 2 avvik uten kommentar.", True)
    listed = looks[1]
    assert [state for state, _ in listed] == ["open", "open", "explained", "explained"]
    assert all("Mottakere av sosialhjelp i måneden" in words for _, words in listed[:2])
    assert all(words.startswith("«Av disse: omgjort»")
               and words.endswith("\nKommentar: Klager fra februar omgjort i mars")
               for _, words in listed[2:])
    assert not demo_store.is_locked(HOME_CODE, MARCH)


def test_reopening_refuses_an_empty_reason_and_logs_the_one_given(window, demo_store):
    demo_store.lock_month(HOME_CODE, MARCH, "kari", note="73 av 73 tall, ingen åpne avvik")
    form = window.month_form
    form.refresh()
    assert form.lock_button.text() == "&Gjenåpne måneden …"

    def history(d):
        return [d.history.item(i).text() for i in range(d.history.count())]

    looks = in_dialog(ReopenMonthDialog, history, keys(Qt.Key.Key_Return),
                      lambda d: (d.isVisible(), d.error.isVisible(), d.error.text()),
                      lambda d: QTest.keyClicks(QApplication.focusWidget(), "Kommunen fant feil"),
                      keys(Qt.Key.Key_Return))
    press(window, Qt.Key.Key_L, CTRL)
    assert len(looks[0]) == 1 and looks[0][0].startswith("Rapportert ")
    assert "av kari: 73 av 73 tall, ingen åpne avvik" in looks[0][0]
    assert looks[2] == (True, True, "Skriv hvorfor måneden åpnes igjen; grunnen blir logget")
    assert not demo_store.is_locked(HOME_CODE, MARCH)
    assert events(demo_store)[0] == ("reopened", "Kommunen fant feil")
    assert form.model.index_of("SH_MND").flags() & Qt.ItemFlag.ItemIsEditable


def test_cancelling_a_reopening_keeps_the_month_reported(window, demo_store):
    demo_store.lock_month(HOME_CODE, MARCH, "kari")
    window.month_form.refresh()
    in_dialog(ReopenMonthDialog, lambda d: QTest.keyClicks(QApplication.focusWidget(), "Feil"),
              keys(Qt.Key.Key_Escape))
    press(window, Qt.Key.Key_L, CTRL)
    assert demo_store.is_locked(HOME_CODE, MARCH)
    assert [a for a, _ in events(demo_store)] == ["locked"]


def test_a_busy_database_is_said_in_the_dialog_and_the_month_stays_open(window, demo_store):
    import sqlite3

    demo_store.conn.execute("PRAGMA busy_timeout = 50")  # not five seconds in a test
    other = sqlite3.connect(demo_store.path)
    other.execute("BEGIN IMMEDIATE")  # another navdesk or a command is writing
    try:
        looks = in_dialog(CloseMonthDialog, keys(Qt.Key.Key_Return),
                          lambda d: (d.isVisible(), d.error.text()), keys(Qt.Key.Key_Escape))
        press(window, Qt.Key.Key_L, CTRL)
    finally:
        other.rollback()
        other.close()
    assert looks[1] == (True, "Måneden ble ikke markert som rapportert: Databasen er i bruk av "
                              "et annet navdesk-vindu eller en kommando; prøv igjen om litt")
    assert not demo_store.is_locked(HOME_CODE, MARCH)
    assert not window.month_form.model.locked
    in_dialog(CloseMonthDialog, keys(Qt.Key.Key_Return))  # free again: it works
    press(window, Qt.Key.Key_L, CTRL)
    assert demo_store.is_locked(HOME_CODE, MARCH)


def test_the_lock_button_opens_the_same_dialog(window, demo_store):
    in_dialog(CloseMonthDialog, keys(Qt.Key.Key_Return))
    window.month_form.lock_button.click()
    assert demo_store.is_locked(HOME_CODE, MARCH)


def test_typing_in_a_reported_month_stores_nothing(window, demo_store):
    demo_store.lock_month(HOME_CODE, MARCH, "kari")
    form = window.month_form
    form.refresh()
    before = demo_store.value(HOME_CODE, "SH_MND", MARCH).value
    form.view.go_to(form.model.index_of("SH_MND"))
    form.view.setFocus()
    QTest.keyClicks(QApplication.focusWidget(), "1")
    press(window, Qt.Key.Key_Return)
    assert demo_store.value(HOME_CODE, "SH_MND", MARCH).value == before
    assert form.view.currentIndex().data(CodeRole) is not None


def test_the_dialogs_and_the_chooser_in_english(qtbot, demo_store, english):
    from navdesk.store.months import review
    from navdesk.store.session import EntrySession
    from navdesk.ui.month_chooser import MonthChooser

    demo_store.delete_value(HOME_CODE, "SH_NODHJELP", MARCH)
    dialog = CloseMonthDialog(review(demo_store, HOME_CODE, MARCH), [], date(2025, 3, 20),
                              demo_store.catalogue, {}, lambda: None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Mark March 2025 as reported"
    assert dialog.summary.text() == "72 of 73 figures, no open warnings."
    assert dialog.close_button.text() == "Mark as &reported"
    assert dialog.not_over.text() == "&I want to lock a month that is not over"
    assert dialog.not_over_label.text().startswith(
        "March 2025 is not over yet (today is 20 March 2025)")
    section = dialog.sections.topLevelItem(0)
    assert section.text(1) == "47 of 48 figures" and section.child(0).text(1) == "missing"
    reopen = ReopenMonthDialog(MARCH, [], lambda why: None)
    qtbot.addWidget(reopen)
    assert reopen.reopen_button.text() == "&Reopen the month"
    chooser = MonthChooser(EntrySession(demo_store, HOME_CODE).months_of_year, MARCH)
    qtbot.addWidget(chooser)
    assert chooser.month_text(3) == "March\nPartial, 72 of 73 figures"
    assert chooser.month_text(4) == "April\nComplete"
