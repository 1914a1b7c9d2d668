"""Pages follow the office service's events: a change reaches a page on screen at once,
a hidden page when it is shown next, and a page that nothing changed for is never
redrawn on a tab switch. A new page is one entry in the registry."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from navdesk.domain.period import Period
from navdesk.ui import pages
from navdesk.ui.goalcard_model import VALUE
from navdesk.ui.main_window import GOALCARD_TAB, MONTH_TAB, REPORT_TAB
from navdesk.ui.pages import PageEntry
from tests.ui.import_dialogs import import_from_menu
from tests.ui.windows import shown_window, stored, type_in_line

DECEMBER = Period(2025, 12)  # the demo's last month, whole: the goal card reads through it


def measure_id(card_page, code: str) -> int:
    return next(m.id for p in card_page.card.perspectives for g in p.goals
                for m in g.measures if m.indicator == code)


def redraws(page) -> list[int]:
    """Counts each time the goal card's table is filled again."""
    counted: list[int] = []
    page.model.modelReset.connect(lambda: counted.append(1))
    return counted


def show_form(window) -> None:
    window.tabs.setCurrentWidget(window.month_form)
    window.month_form.view.setFocus()


def test_a_value_typed_reaches_the_hidden_goal_card_when_shown_and_not_before(
        qtbot, demo_store):
    window = shown_window(qtbot, demo_store, DECEMBER)
    card = window.open_page(GOALCARD_TAB)
    value_cell = card.model.find("measure", measure_id(card, "KVP_HIA"), VALUE)
    assert value_cell.data() != "999"
    counted = redraws(card)
    show_form(window)
    type_in_line(window, "KVP_HIA", "999")
    assert stored(demo_store, "KVP_HIA", DECEMBER) == 999
    assert counted == []  # nothing redrawn out of sight while typing
    window.open_page(GOALCARD_TAB)
    assert len(counted) == 1
    assert card.model.find("measure", measure_id(card, "KVP_HIA"), VALUE).data() == "999"
    # back and forth with nothing changed: no redraw (nothing polls on a tab switch)
    show_form(window)
    window.open_page(GOALCARD_TAB)
    window.open_page(REPORT_TAB)
    window.open_page(GOALCARD_TAB)
    assert len(counted) == 1


def test_an_import_reaches_the_goal_card_on_screen_at_once_and_the_form_when_shown(
        qtbot, demo_store, tmp_path, dialogs):
    window = shown_window(qtbot, demo_store, DECEMBER)
    card = window.open_page(GOALCARD_TAB)
    path = tmp_path / "desember.csv"
    path.write_text("kontornr;periode;indikator;verdi\r\n0312;2025-12;KVP_HIA;4321\r\n",
                    encoding="utf-8-sig")
    import_from_menu(window, path)
    assert stored(demo_store, "KVP_HIA", DECEMBER) == 4321
    # the card is on screen: it shows the imported figure without a tab switch
    assert window.tabs.currentWidget() is card
    assert card.model.find("measure", measure_id(card, "KVP_HIA"), VALUE).data() == "4\u00a0321"
    show_form(window)
    assert window.month_form.model.index_of("KVP_HIA").data() == "4\u00a0321"


def test_a_page_is_added_by_one_entry_in_the_registry_and_follows_the_events(
        qtbot, demo_store, monkeypatch):
    built = []

    def notes_page(window, service, period):
        page = QLabel()

        def refresh():
            page.setText(f"{service.office.name}: {len(service.stored_values(2025, 12))} tall")

        refresh()
        from navdesk.ui.following import Follower

        page.follower = Follower(page, refresh, (service.events.values,))
        built.append(page)
        return page

    monkeypatch.setattr(pages, "PAGES", [
        *pages.PAGES, PageEntry("Notater", lambda: "Notater", lambda: "Her kommer notatene.",
                                notes_page)])
    window = shown_window(qtbot, demo_store, DECEMBER)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[-1] == "Notater" and len(titles) == len(pages.PAGES) + 1
    assert built == []  # built when first shown, never at start-up
    page = window.open_page("Notater")
    assert built == [page] and window.tabs.currentWidget() is page
    before = page.text()
    show_form(window)
    demo_store_count = len(demo_store.stored_values("0312", 2025, 12))
    window.month_form.view.go_to(window.month_form.model.index_of("KVP_HIA"))
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)  # empties the value
    QApplication.processEvents()
    assert len(demo_store.stored_values("0312", 2025, 12)) == demo_store_count - 1
    assert page.text() == before  # hidden: not yet
    window.open_page("Notater")
    assert page.text() == f"NAV Frogner: {demo_store_count - 1} tall"
    assert window.tab_keys[0] == MONTH_TAB
