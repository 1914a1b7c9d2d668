"""The goal card, the measure dialog and the catalogue in English (issue 6). Bokmål
stays the source and the default; the English comes from resources/navdesk_en.qm."""

from __future__ import annotations

from PySide6.QtCore import Qt

from navdesk.domain.goalcard import Status
from navdesk.domain.period import Period
from navdesk.service import OfficeService


def headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_the_goal_card_in_english(qtbot, demo_store, english):
    from navdesk.ui.goalcard_model import STATUS, status_word
    from navdesk.ui.goalcard_view import GoalCardView

    card = GoalCardView(OfficeService(demo_store), Period(2025, 6))
    qtbot.addWidget(card)
    assert headers(card.model) == [
        "Perspective, goal and measure", "Value", "Year target", "Target to date", "Status",
        "Last year", "Change", "Last 24 months", "Comment"]
    days = card.model.measure_index("SAK_DAGER")
    assert days.siblingAtColumn(STATUS).data() == "● green"
    assert status_word(Status.RED) == "red"
    # user data (perspective names) stays as typed
    assert card.model.index(0, 0).data() == "Brukerperspektiv"
    assert card.month_combo.itemText(0) == "January"
    assert card.info.text() == "January–June 2025"
    assert card.edit_button.text() == "&Change card"
    assert card.new_goal_action.text() == "New &goal …"


def test_the_measure_dialog_and_the_catalogue_in_english(qtbot, demo_store, english):
    from navdesk.ui.catalogue_dialog import CatalogueDialog
    from navdesk.ui.measure_dialog import MeasureDialog

    dialog = MeasureDialog(demo_store.catalogue, 2025)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "New measure"
    assert [dialog.direction.itemText(i) for i in range(2)] == ["Higher is better",
                                                                "Lower is better"]
    catalogue = CatalogueDialog(OfficeService(demo_store))
    qtbot.addWidget(catalogue)
    assert catalogue.windowTitle() == "Indicator catalogue"
    assert headers(catalogue.model) == ["Code", "Name", "Unit", "Aggregation", "Section",
                                        "Breakdown", "Shown"]
    assert catalogue.count_label.text().endswith(" hidden")
