"""The offices page: shown only for a database of several offices, its grid of a year
read from the database, and Enter or a double-click on a month opening that office's
month in the month form (another office's in a window of its own on the same file)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from navdesk.domain.period import Period
from navdesk.service import OfficeService
from navdesk.store import open_store
from navdesk.ui.offices_page import COLOURS, FIRST_MONTH, LATEST, MUNICIPALITY, OFFICE, REPORTED
from navdesk.ui.pages import OFFICES_TAB
from tests.offices_case import ALNA, three_offices
from tests.ui.windows import shown_service_window, shown_window, stored, type_in_line

JANUARY = Period(2025, 1)


def cells(page, row: int) -> list[str]:
    model = page.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def offices_page(qtbot, office_store):
    three_offices(office_store)
    # a store of the window's own: opening another office closes this window and its file
    window = shown_service_window(qtbot, OfficeService(open_store(office_store.path)), JANUARY)
    return window, window.open_page(OFFICES_TAB)


def test_the_page_is_shown_only_when_the_database_holds_several_offices(qtbot, office_store):
    one = shown_window(qtbot, office_store, JANUARY)
    assert OFFICES_TAB not in one.tab_keys
    office_store.save_office(ALNA, "NAV Alna", "Oslo")
    two = shown_window(qtbot, office_store, JANUARY)
    assert two.tab_keys[-1] == OFFICES_TAB
    assert two.tabs.tabText(two.tabs.count() - 1) == "Kontorer"


def test_the_grid_shows_each_offices_months_by_symbol_count_and_colour(qtbot, office_store):
    window, page = offices_page(qtbot, office_store)
    assert page.year.value() == 2025
    alna, bjerke, frogner = (cells(page, r) for r in range(3))
    assert alna[:FIRST_MONTH + 3] == ["0101 NAV Alna", "Oslo", "februar 2025", "1, sist januar",
                                      "✓ 3/73", "◐ 2/3", "· 0/3"]
    assert (bjerke[LATEST], bjerke[REPORTED], bjerke[-1]) == ("–", "ingen", "· 0/75")
    assert frogner[OFFICE] == "0312 NAV Frogner" and frogner[MUNICIPALITY] == "Oslo"
    assert frogner[FIRST_MONTH:FIRST_MONTH + 3] == ["● 73/73", "● 73/73", "· 0/73"]
    assert frogner[-1] == "· 0/74"
    february = page.model.index(0, FIRST_MONTH + 1)
    assert february.data(Qt.ItemDataRole.BackgroundRole).color().name() == \
        COLOURS[page.model.month(february).state]
    assert february.data(Qt.ItemDataRole.ToolTipRole) == \
        "NAV Alna, februar 2025: delvis, 2 av 3 tall"
    assert [page.model.headerData(c, Qt.Orientation.Horizontal)
            for c in (FIRST_MONTH, FIRST_MONTH + 11)] == ["jan", "des"]
    assert "rapportert" in page.legend.text() and "◐" in page.legend.text()


def test_the_year_chooser_shows_another_year(qtbot, office_store):
    window, page = offices_page(qtbot, office_store)
    page.year.setValue(2024)
    # 2024: nothing but Frogner's user survey, a line of December's form
    assert cells(page, 2)[FIRST_MONTH:] == ["· 0/73"] * 11 + ["◐ 1/75"]
    assert cells(page, 0)[REPORTED] == "ingen"


def test_a_month_typed_in_the_form_reaches_the_grid(qtbot, office_store):
    window, page = offices_page(qtbot, office_store)
    window.tabs.setCurrentWidget(window.month_form)
    window.month_form.show_month(Period(2025, 3))
    type_in_line(window, "SH_MND", "480")
    assert stored(office_store, "SH_MND", Period(2025, 3)) == 480
    window.open_page(OFFICES_TAB)
    assert cells(page, 2)[FIRST_MONTH + 2] == "◐ 1/73"


def test_arrows_and_enter_open_another_offices_month_in_its_own_window(qtbot, office_store):
    window, page = offices_page(qtbot, office_store)
    assert page.view.hasFocus()
    assert page.view.currentIndex() == page.model.index(0, FIRST_MONTH)  # Alna, January
    QTest.keyClick(page.view, Qt.Key.Key_Right)
    opened = []
    page.open_month.connect(lambda code, period: opened.append((code, period)))
    QTest.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [(ALNA, Period(2025, 2))]
    successor = window._successor
    qtbot.addWidget(successor)
    assert not window.isVisible() and successor.isVisible()
    assert successor.office.code == ALNA and "NAV Alna" in successor.windowTitle()
    form = successor.month_form
    assert successor.tabs.currentWidget() is form and form.period == Period(2025, 2)
    assert form.model.index_of("KVP_MND").data() == "5"
    assert successor.service.read_only is None  # it took the file's lock: it may write


def test_a_double_click_on_the_windows_own_office_shows_its_month_here(qtbot, office_store):
    window, page = offices_page(qtbot, office_store)
    march = page.model.index(2, FIRST_MONTH + 2)  # NAV Frogner, March
    rect = page.view.visualRect(march)
    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.isVisible()
    assert window.tabs.currentWidget() is window.month_form
    assert window.month_form.period == Period(2025, 3)


def test_the_page_speaks_english_when_chosen(qtbot, office_store, english):
    window, page = offices_page(qtbot, office_store)
    assert window.tabs.tabText(window.tabs.count() - 1) == "Offices"
    header = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert header == ["Office", "Municipality", "Latest figures", "Reported", "Jan", "Feb"]
    assert cells(page, 0)[LATEST:REPORTED + 1] == ["February 2025", "1, last January"]
    assert page.model.index(0, FIRST_MONTH + 1).data(Qt.ItemDataRole.ToolTipRole) == \
        "NAV Alna, February 2025: partial, 2 of 3 figures"
    assert "reported" in page.legend.text()


def test_an_import_that_adds_a_second_office_adds_the_offices_page(qtbot, office_store,
                                                                    tmp_path):
    """File → Importer with "Opprett kontorene" ticked: the database now holds two
    offices, and the window shows the offices page without a restart."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from navdesk.ui.import_dialog import ImportDialog
    from tests.exchange_files import HEADER, write

    path = write(tmp_path, [HEADER, "0101;NAV Alna;2025-01;SH_MND;;7;;"])
    window = shown_window(qtbot, office_store, JANUARY)
    assert OFFICES_TAB not in window.tab_keys

    def tick_and_import():
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, ImportDialog) and w.isVisible() and w.report is not None]
        if not shown:
            QTimer.singleShot(20, tick_and_import)
            return
        dialog = shown[0]
        dialog.add_offices_box.setChecked(True)  # reads the file again, offices created
        dialog.import_button.click()
        dialog.close_button.click()

    QTimer.singleShot(0, tick_and_import)
    window.import_file(str(path))
    assert stored(office_store, "SH_MND", JANUARY, "0101") == 7
    assert window.tab_keys[-1] == OFFICES_TAB
    page = window.open_page(OFFICES_TAB)
    assert [page.model.row(page.model.index(r, 0)).office.code
            for r in range(page.model.rowCount())] == ["0101", "0312"]


def test_the_municipality_column_shows_only_when_offices_are_in_several(qtbot, office_store):
    window, page = offices_page(qtbot, office_store)
    municipalities = {page.model.row(page.model.index(r, 0)).office.municipality
                      for r in range(page.model.rowCount())}
    assert page.view.isColumnHidden(MUNICIPALITY) == (len(municipalities) <= 1)
    office_store.save_office("0401", "NAV Hamar", "Hamar")
    page.refresh()
    assert not page.view.isColumnHidden(MUNICIPALITY)


def test_the_offices_tab_chosen_again_while_its_page_is_built_builds_one_page(qtbot,
                                                                              office_store):
    """The page reads its grid in a pool thread, letting events through while it is
    built: the tab opened again meanwhile (a second Ctrl+Tab) must not build another."""
    from PySide6.QtCore import QTimer

    from navdesk.ui.offices_page import OfficesPage

    three_offices(office_store)
    window = shown_window(qtbot, office_store, JANUARY)
    index = window.tab_keys.index(OFFICES_TAB)
    QTimer.singleShot(0, lambda: window._tab_opened(index))  # runs while the grid is read
    page = window.open_page(OFFICES_TAB)
    assert len(window.findChildren(OfficesPage)) == 1  # (a second one is never built)
    assert window.tabs.widget(index) is page
