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


def test_a_window_filled_later_shows_its_frame_first_then_the_month(qtbot, demo_store):
    window = MainWindow(demo_store, fill_later=True)
    qtbot.addWidget(window)
    assert window.month_form is None
    assert "Henter" in window.tabs.widget(0).findChild(type(window.office_label)).text()
    with qtbot.waitSignal(window.month_form_ready, timeout=5000):
        window.show()
    assert window.tabs.widget(0) is window.month_form
    assert window.month_form.model.index_of("SH_MND").data()  # figures are shown
