"""The plain main window: it shows the office from the database it is given."""

from PySide6.QtCore import Qt

from navdesk.service import OfficeService
from navdesk.ui.main_window import MONTH_TAB, MainWindow
from navdesk.ui.pages import PAGES
from tests.conftest import HOME_NAME


def test_window_shows_office_name_and_tabs(qtbot, office_store):
    window = MainWindow(OfficeService(office_store))
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == f"{HOME_NAME} – {office_store.path.name} – navdesk"
    assert HOME_NAME in window.office_label.text()
    assert "0312" in window.office_label.text()
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        MONTH_TAB, *(page.key for page in PAGES)]
    assert str(office_store.path) in window.about_text()


def test_window_without_office_says_how_to_start(qtbot, store):
    window = MainWindow(OfficeService(store))
    qtbot.addWidget(window)
    assert window.windowTitle() == f"{store.path.name} – navdesk"
    assert "Ingen kontor" in window.office_label.text()


def test_a_window_filled_later_shows_its_frame_first_then_the_month(qtbot, demo_store):
    window = MainWindow(OfficeService(demo_store), fill_later=True)
    qtbot.addWidget(window)
    assert window.month_form is None
    assert "Henter" in window.tabs.widget(0).findChild(type(window.office_label)).text()
    qtbot.wait(50)  # a fixed wait: what is checked is that nothing happens meanwhile
    assert window.month_form is None  # nothing is read before the frame is on screen
    with qtbot.waitSignal(window.month_form_ready, timeout=5000):
        window.show()
    assert window.tabs.widget(0) is window.month_form
    assert window.month_form.model.index_of("SH_MND").data()  # figures are shown


def test_open_another_database_shows_it_in_a_new_window(qtbot, office_store, tmp_path):
    from navdesk.store import open_store

    other_path = tmp_path / "annet.sqlite"
    with open_store(other_path) as other:
        other.save_office("0301", "NAV Gamle Oslo", "Oslo", home=True)
    window = MainWindow(OfficeService(office_store))
    qtbot.addWidget(window)
    window.show()
    successor = window.open_database(str(other_path))
    qtbot.addWidget(successor)
    assert "NAV Gamle Oslo" in successor.windowTitle()
    assert not window.isVisible()
    successor.close()


def test_a_file_that_is_not_a_database_is_refused_and_the_window_stays(qtbot, office_store,
                                                                      tmp_path, dialogs):
    notes = tmp_path / "notater.txt"
    notes.write_text("ikke en database", encoding="utf-8")
    said = dialogs.messages("warning")
    window = MainWindow(OfficeService(office_store))
    qtbot.addWidget(window)
    window.show()
    assert window.open_database(str(notes)) is None
    assert window.isVisible()
    assert "ikke en navdesk-database" in said[0]
    assert notes.read_text(encoding="utf-8") == "ikke en database"


def test_importing_from_the_file_menu_updates_the_form(qtbot, demo_store, tmp_path):
    from navdesk.domain.period import Period
    from tests.ui.import_dialogs import import_from_menu

    window = MainWindow(OfficeService(demo_store), period=Period(2025, 3))
    qtbot.addWidget(window)
    window.show()
    path = tmp_path / "mars.csv"
    path.write_text("kontornr;periode;indikator;verdi\r\n0312;2025-03;SH_MND;777\r\n",
                    encoding="utf-8-sig")

    import_from_menu(window, path)
    assert demo_store.value("0312", "SH_MND", Period(2025, 3)).value == 777
    assert window.month_form.model.index_of("SH_MND").data() == "777"
    assert demo_store.history("0312", "SH_MND", Period(2025, 3))[0].source == "import mars.csv"


def test_the_window_remembers_its_month_tab_and_size_for_the_next_start(qtbot, demo_store):
    from navdesk.domain.period import Period

    first = MainWindow(OfficeService(demo_store), period=Period(2024, 11))
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # the offscreen test screen is 800 x 600
    first.month_form.show_month(Period(2024, 8))
    first.tabs.setCurrentIndex(2)
    first.window_state.last_month = first.month_form.period
    first.window_state.last_tab = first.tabs.currentIndex()
    first.window_state.save(first)
    again = MainWindow(OfficeService(demo_store))
    qtbot.addWidget(again)
    assert again.month_form.period == Period(2024, 8)
    assert again.tabs.currentIndex() == 2
    assert (again.width(), again.height()) == (700, 500)


def test_a_page_remembered_from_last_time_is_built_after_the_first_frame(qtbot, demo_store):
    from navdesk.ui.main_window import TRENDS_TAB

    first = MainWindow(OfficeService(demo_store))
    qtbot.addWidget(first)
    first.show()
    first.open_page(TRENDS_TAB)
    first.window_state.last_tab = first.tabs.currentIndex()
    first.window_state.save(first)
    again = MainWindow(OfficeService(demo_store), fill_later=True)
    qtbot.addWidget(again)
    assert again.tabs.tabText(again.tabs.currentIndex()) == TRENDS_TAB
    assert again.trends is None  # not while the window is being made
    again.show()
    qtbot.waitUntil(lambda: again.trends is not None)  # once its placeholder was painted
    assert again.tabs.currentWidget() is again.trends and again.trends.plot.picture is not None


def test_file_import_from_the_menu_asks_for_a_file(qtbot, office_store, dialogs):
    """A menu action's "checked" argument is not taken for a file name."""
    asked = dialogs.open_file("")
    window = MainWindow(OfficeService(office_store))
    qtbot.addWidget(window)
    window.import_action.trigger()
    assert [a.caption for a in asked] == ["Importer utvekslingsfil"]


def test_f1_opens_the_built_in_guide_to_the_monthly_routine(qtbot, office_store):
    from PySide6.QtTest import QTest

    window = MainWindow(OfficeService(office_store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F1)
    guide = window._guide
    assert guide.isVisible()
    text = guide.text.toPlainText()
    for step in ("Skriv inn tallene", "Sjekk varslene", "Marker måneden som rapportert",
                 "Eksporter filen til kommunen"):
        assert step in text


def test_a_window_closed_before_its_month_form_came_drops_the_late_work(qtbot, demo_store):
    from PySide6.QtCore import QTimer

    window = MainWindow(OfficeService(demo_store), fill_later=True)
    qtbot.addWidget(window)
    # as after the first frame: the filling is queued, then the window closes first
    QTimer.singleShot(0, window._build_month_form)
    QTimer.singleShot(0, lambda: window._open_if_current("Styringskort"))
    window.close()  # the store is closed with it; the queued work must not touch it
    qtbot.wait(50)  # pytest-qt fails the test on an exception in a queued call
    assert window.month_form is None and window.goal_card is None


def test_reopening_on_a_later_tab_builds_that_page_and_keeps_every_tab(qtbot, demo_store):
    from navdesk.ui.main_window import REPORT_TAB, TAB_KEYS, tab_title

    first = MainWindow(OfficeService(demo_store))
    qtbot.addWidget(first)
    first.window_state.last_tab = TAB_KEYS.index(REPORT_TAB)
    first.window_state.save(first)
    again = MainWindow(OfficeService(demo_store))  # as File > Open another database builds it
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.report is not None)
    assert [again.tabs.tabText(i) for i in range(4)] == [tab_title(k) for k in TAB_KEYS]
    assert again.tabs.currentWidget() is again.report
    assert again.trends is None and again.goal_card is None  # nothing else was built


def test_the_frame_sets_qt_values_by_number_that_match_qt_enums(qtbot, office_store):
    """The start-up frame avoids Qt's namespace (main_window.ALIGN_CENTER): the numbers it
    sets through properties must be the enums they stand for, and the menus must carry
    their shortcuts in the right context."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QLabel

    from navdesk.ui import main_window as mw

    assert Qt.AlignmentFlag.AlignCenter.value == mw.ALIGN_CENTER
    assert Qt.ShortcutContext.WidgetShortcut.value == mw.WIDGET_SHORTCUT
    assert Qt.ShortcutContext.ApplicationShortcut.value == mw.APPLICATION_SHORTCUT
    window = MainWindow(OfficeService(office_store), fill_later=True)
    qtbot.addWidget(window)
    placeholder = window.tabs.widget(1).findChild(QLabel)
    assert placeholder.alignment() == Qt.AlignmentFlag.AlignCenter
    actions = {a.text(): a for top in window.menuBar().actions() for a in top.menu().actions()}
    assert actions["&Importer fil …"].shortcut() == QKeySequence("Ctrl+I")
    assert (actions["Lag &statusrapport (PDF) …"].shortcut()
            == QKeySequence(QKeySequence.StandardKey.Print))
    assert actions["&Avslutt"].shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    assert actions["&Veiledning"].shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    assert actions["&Neste måned"].shortcut() == QKeySequence("Ctrl+PgDown")
    assert actions["&Neste måned"].shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert actions["&Gå til måned …"].shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert actions["&Gjør om"].shortcuts() == [QKeySequence("Ctrl+Y"),
                                               QKeySequence("Ctrl+Shift+Z")]
