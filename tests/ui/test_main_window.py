"""The plain main window: it shows the office from the database it is given."""

from navdesk.ui.main_window import LATER_TABS, MONTH_TAB, MainWindow

from tests.conftest import HOME_NAME


def test_window_shows_office_name_and_tabs(qtbot, office_store):
    window = MainWindow(office_store)
    qtbot.addWidget(window)
    window.show()
    assert HOME_NAME in window.windowTitle()
    assert HOME_NAME in window.office_label.text()
    assert "0312" in window.office_label.text()
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        MONTH_TAB, *(n for n, _ in LATER_TABS)]
    assert str(office_store.path) in window.about_text()


def test_window_without_office_says_how_to_start(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.windowTitle() == "navdesk"
    assert "Ingen kontor" in window.office_label.text()
