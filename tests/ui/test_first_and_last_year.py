"""The first and last years navdesk knows (1990 and 2100), typed into every year box with
real keys: each page shows the year or says why it cannot go further, never "uventet
feil" (pytest-qt fails a test on any exception raised in the window's event loop)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from navdesk.domain.period import Period, PeriodError
from navdesk.store.session import EntrySession
from navdesk.ui.main_window import GOALCARD_TAB, REPORT_TAB, TRENDS_TAB
from navdesk.ui.month_chooser import MonthChooser
from tests.conftest import HOME_CODE
from tests.ui.typing_keys import everything, focused, press, type_keys
from tests.ui.windows import shown_window

CTRL = Qt.KeyboardModifier.ControlModifier
JUNE = Period(2025, 6)


@pytest.fixture
def first_year(demo_store):
    """The demo office, whose figures start in 2024. A month of 1990 is read with no
    year and no month before it: the lower layers stop their look-backs at 1990 (the
    core part of this review; until that is merged, these tests are skipped)."""
    try:
        EntrySession(demo_store, HOME_CODE).month_sheet(Period(1990, 1))
    except PeriodError:
        pytest.skip("the lower layers still look back before 1990 (merge fix-core)")
    return demo_store


def type_year(box, year: str) -> None:
    """Select the year box's text and type ``year`` over it, then Enter."""
    box.setFocus()
    box.selectAll()
    assert focused() in (box, box.lineEdit())
    type_keys(year)
    press(Qt.Key.Key_Return)


def test_the_month_form_shows_1990_and_has_no_month_before_january(qtbot, first_year):
    window = shown_window(qtbot, first_year, JUNE)
    form = window.month_form
    before = everything(first_year)
    type_year(form.year_spin, "1990")
    assert form.period == Period(1990, 6) and form.title.text() == "Juni 1990"
    form.show_month(Period(1990, 1))
    form.view.setFocus()
    press(Qt.Key.Key_PageUp, CTRL)
    assert form.period == Period(1990, 1)
    assert window.statusBar().currentMessage() == "Det finnes ingen måned før januar 1990."
    assert everything(first_year) == before


def test_the_goal_card_shows_1990(qtbot, first_year):
    window = shown_window(qtbot, first_year, JUNE)
    window.open_page(GOALCARD_TAB)
    qtbot.waitUntil(lambda: window.goal_card is not None)
    card = window.goal_card
    before = everything(first_year)
    type_year(card.year_spin, "1990")
    assert card.period.year == 1990
    assert card.info.text() == "Ingen tall er registrert for 1990"
    assert everything(first_year) == before


def test_the_report_page_shows_1990_compared_with_no_year_before(qtbot, first_year):
    window = shown_window(qtbot, first_year, JUNE)
    window.open_page(REPORT_TAB)
    qtbot.waitUntil(lambda: window.report is not None)
    report = window.report
    type_year(report.year, "1990")
    assert report.year.value() == 1990
    assert report.compare.text() == ""  # 1989: no figures can be there
    assert report.info.text() == "Ingen fordelinger har tall for hele året 1990."


def test_the_month_chooser_shows_1990_and_pgup_stays_there(qtbot, first_year):
    chooser = MonthChooser(EntrySession(first_year, HOME_CODE).months_of_year, JUNE)
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.waitExposed(chooser)
    chooser.activateWindow()
    qtbot.waitUntil(chooser.isActiveWindow)
    chooser.year_spin.setFocus()
    chooser.year_spin.selectAll()
    type_keys("1990")  # no Enter yet: in the chooser it goes to the month chosen
    assert chooser.year_spin.value() == 1990
    assert chooser.month_text(3) == "Mars\nTom"
    chooser.grid.setFocus()
    press(Qt.Key.Key_PageUp)  # the year before: none
    assert chooser.year_spin.value() == 1990 and chooser.month_text(3) == "Mars\nTom"
    press(Qt.Key.Key_Return)
    assert chooser.chosen == Period(1990, 6)


def test_the_trends_page_of_an_office_whose_figures_start_in_1990(qtbot, office_store):
    try:
        EntrySession(office_store, HOME_CODE).month_sheet(Period(1990, 3))
    except PeriodError:
        pytest.skip("the lower layers still look back before 1990 (merge fix-core)")
    office_store.set_value(HOME_CODE, "SH_MND", Period(1990, 3), 250)
    window = shown_window(qtbot, office_store, Period(1990, 3))
    window.open_page(TRENDS_TAB)  # the last 24 months would start in 1988
    qtbot.waitUntil(lambda: window.trends is not None)
    assert window.trends.options().first == Period(1990, 1)


# ---- without the lower layers' fix as well ----------------------------------------------

def test_the_month_form_has_no_month_after_december_2100(qtbot, demo_store):
    window = shown_window(qtbot, demo_store, Period(2100, 12))
    form = window.month_form
    press(Qt.Key.Key_PageDown, CTRL)
    assert form.period == Period(2100, 12)
    assert window.statusBar().currentMessage() == "Det finnes ingen måned etter desember 2100."
    form.next_button.click()
    assert form.period == Period(2100, 12)


def test_a_comparison_year_before_1990_is_refused_with_a_reason(qtbot, demo_store):
    window = shown_window(qtbot, demo_store, JUNE)
    window.open_page(REPORT_TAB)
    qtbot.waitUntil(lambda: window.report is not None)
    report = window.report
    report.compare.setFocus()
    report.compare.selectAll()
    type_keys("2024, 1989")
    press(Qt.Key.Key_Return)
    assert report.info.text() == "Sammenlign med: 1989 er utenfor 1990–2100."
    assert QApplication.activeModalWidget() is None


def test_typing_a_year_before_1990_into_a_year_box_keeps_the_year_shown(qtbot, demo_store):
    window = shown_window(qtbot, demo_store, JUNE)
    form = window.month_form
    before = everything(demo_store)
    type_year(form.year_spin, "1989")  # the box takes no 1989: the year shown stays
    assert form.year_spin.value() == 2025 and form.period == JUNE
    assert QApplication.activeModalWidget() is None
    assert everything(demo_store) == before
