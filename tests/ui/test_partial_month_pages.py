"""Issue 11's case in the window (December 2025 half entered, three figures of 75): the
goal card and the report page opened beside December run through November; December can
be chosen with the keyboard and is then labelled as partial with its count."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from navdesk.domain.period import Period
from navdesk.service import OfficeService
from navdesk.ui.goalcard_model import STATUS, TARGET_PERIOD, VALUE
from navdesk.ui.main_window import GOALCARD_TAB, REPORT_TAB, MainWindow
from navdesk.ui.month_combo import PARTIAL_STYLE
from tests.conftest import HOME_CODE
from tests.partial_case import DECEMBER, KEPT, WORK, half_enter_december

LABEL = "desember 2025: 3 av 75 tall (delvis måned)"


@pytest.fixture
def window(qtbot, demo_store):
    half_enter_december(demo_store)
    window = MainWindow(OfficeService(demo_store), period=DECEMBER)  # the month form shows December
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def december_codes(store) -> set[str]:
    """The codes with a stored value in December 2025 (reading must never write)."""
    return {code for code, series in store.figures(HOME_CODE, [2025]).items()
            if DECEMBER in series or Period(2025) in series}


def work_status(card) -> str:
    return card.model.measure_index(WORK).siblingAtColumn(STATUS).data()


def test_the_goal_card_beside_a_partial_december_runs_through_november(window, demo_store):
    assert window.month_form.period == DECEMBER
    card = window.open_page(GOALCARD_TAB)
    assert card.period == Period(2025, 11)
    assert card.month_combo.currentText() == "November"
    assert card.month_combo.itemText(11) == "Desember (delvis: 3 av 75 tall)"
    assert card.info.text() == "Januar–november 2025 (desember er delvis og ikke med)"
    assert work_status(card) == "▲ gul"  # 86 against >= 91,7, as the leader saw in November
    assert december_codes(demo_store) == set(KEPT)


def test_december_chosen_with_the_keyboard_is_labelled_and_judged_as_it_is(window, demo_store):
    card = window.open_page(GOALCARD_TAB)
    card.month_combo.setFocus()
    QTest.keyClick(card.month_combo, Qt.Key.Key_Down)
    assert card.period == DECEMBER
    assert card.month_combo.currentText() == "Desember (delvis: 3 av 75 tall)"
    assert card.info.text() == f"Januar–desember 2025 · {LABEL}"
    assert card.info.styleSheet() == PARTIAL_STYLE  # it stands out
    # like with like: the flow has no December figure, so it is read through November
    # and set against 100 x 11 / 12 (86 against >= 100, red, was the trap of issue 11)
    assert work_status(card) == "▲ gul"
    assert card.model.measure_index(WORK, TARGET_PERIOD).data() == "≥ 91,7"
    # and the window says so, as the PDF does: its figures in italics, why on hover
    value = card.model.measure_index(WORK, VALUE)
    assert value.data(Qt.ItemDataRole.FontRole).italic()
    assert value.data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Til og med november 2025: målingen har ingen verdi for desember 2025 ennå")
    assert december_codes(demo_store) == set(KEPT)
    QTest.keyClick(card.month_combo, Qt.Key.Key_Up)
    assert card.period == Period(2025, 11) and work_status(card) == "▲ gul"
    assert card.model.measure_index(WORK, VALUE).data(Qt.ItemDataRole.FontRole) is None
    assert "delvis og ikke med" in card.info.text() and card.info.styleSheet() == ""


def test_another_year_runs_through_its_latest_whole_month(window, demo_store):
    card = window.open_page(GOALCARD_TAB)
    card.year_spin.setFocus()
    QTest.keyClick(card.year_spin, Qt.Key.Key_Down)
    assert card.period == Period(2024, 12) and card.info.text() == "Januar–desember 2024"
    assert card.month_combo.itemText(11) == "Desember"  # complete: the name alone
    QTest.keyClick(card.year_spin, Qt.Key.Key_Up)
    assert card.period == Period(2025, 11)
    QTest.keyClick(card.year_spin, Qt.Key.Key_Up)  # 2026: no figures at all
    assert card.period == Period(2026, 12)
    assert card.info.text() == "Ingen tall er registrert for 2026"
    assert card.month_combo.itemText(0) == "Januar (tom)"


def test_a_month_marked_as_reported_is_whole_and_named_so(window, demo_store):
    demo_store.lock_month(HOME_CODE, DECEMBER)
    card = window.open_page(GOALCARD_TAB)
    card.year_spin.setFocus()
    QTest.keyClick(card.year_spin, Qt.Key.Key_Down)
    QTest.keyClick(card.year_spin, Qt.Key.Key_Up)  # 2025 again: December is whole now
    assert card.period == DECEMBER
    # whole by the leader's word, but never silently: its lines missing are counted
    assert card.month_combo.currentText() == "Desember (rapportert: 3 av 75 tall)"
    assert card.info.text() == ("Januar–desember 2025 · desember 2025: rapportert med 3 av "
                                "75 tall")
    assert card.info.styleSheet() == PARTIAL_STYLE


def test_a_month_reported_with_every_line_is_named_reported_alone(qtbot, demo_store):
    demo_store.lock_month(HOME_CODE, DECEMBER)  # the demo's December has every line
    window = MainWindow(OfficeService(demo_store), period=DECEMBER)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    card = window.open_page(GOALCARD_TAB)
    assert card.period == DECEMBER
    assert card.month_combo.currentText() == "Desember (rapportert)"
    assert card.info.text() == "Januar–desember 2025" and card.info.styleSheet() == ""


def test_the_report_page_defaults_to_november_and_labels_december(window, demo_store, tmp_path):
    report = window.open_page(REPORT_TAB)
    assert report.month.currentIndex() + 1 == 11
    assert report.info.text().startswith("Fordelingene for januar–november 2025")
    report.month.setFocus()
    QTest.keyClick(report.month, Qt.Key.Key_Down)
    assert report.month.currentText() == "Desember (delvis: 3 av 75 tall)"
    assert report.info.text().startswith(
        "Desember 2025: 3 av 75 tall (delvis måned). Fordelingene for hele året 2025")
    assert report.info.styleSheet() == PARTIAL_STYLE
    # the age table holds December's one part, never November's others beside it
    text = report.tables.toPlainText()
    assert "25–29 år" in text
    path = tmp_path / "fordelinger.csv"
    assert report.export_csv(str(path))
    rows = path.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].endswith(";måned_status")
    assert any(r.startswith("Alder;25–29 år;SH_ALDER_25_29;2025;2025-12;;;delvis: 3 av 75 tall")
               for r in rows)
    assert december_codes(demo_store) == set(KEPT)


def test_the_goal_card_in_english_labels_a_partial_month(qtbot, demo_store, english):
    from navdesk.ui.goalcard_view import GoalCardView

    half_enter_december(demo_store)
    card = GoalCardView(OfficeService(demo_store), DECEMBER)
    qtbot.addWidget(card)
    assert card.month_combo.itemText(11) == "December (partial: 3 of 75 figures)"
    assert card.info.text() == (
        "January–December 2025 · December 2025: 3 of 75 figures (partial month)")
    card.month_combo.setCurrentIndex(10)
    assert card.info.text() == "January–November 2025 (December is partial and not included)"
