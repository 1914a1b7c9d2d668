"""The "til og med" month list of the goal card and the report page, each month named
with its state, so that a partial month can be chosen on purpose and is never taken for
a whole one: "Desember (delvis: 3 av 75 tall)", "Mars (rapportert)", "April (tom)"; a
complete month is its name alone."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox

from navdesk.domain.completeness import Completeness, MonthState
from navdesk.ui import i18n
from navdesk.ui.i18n import month_name, tr

StateRole = Qt.ItemDataRole.UserRole + 1  # the month's MonthState value ("delvis", ...)
# a line that names a partial month stands out (bold, dark amber: readable, not alarming)
PARTIAL_STYLE = "font-weight: bold; color: #8a4b00;"


def month_combo() -> QComboBox:
    """Twelve months, January first; as wide as its longest label."""
    combo = QComboBox()
    combo.addItems([month_name(m).capitalize() for m in range(1, 13)])
    # the labels change with the figures: the list follows their width
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def month_label(month: int, state: Completeness | None) -> str:
    """"Desember (delvis: 3 av 75 tall)", or the name alone for a complete month."""
    name = month_name(month).capitalize()
    if state is None or state.state is MonthState.COMPLETE:
        return name
    return tr("{month} ({state})").format(month=name, state=i18n.text(state.status_text()))


def label_months(combo: QComboBox, months: Mapping[int, Completeness]) -> None:
    """Name each month of ``combo`` with its state (the choice stays as it is); a month
    without figures is greyed, yet can still be chosen."""
    grey = combo.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    for m in range(1, 13):
        state = months.get(m)
        combo.setItemText(m - 1, month_label(m, state))
        combo.setItemData(m - 1, state.state.value if state else None, StateRole)
        empty = state is not None and state.state is MonthState.EMPTY
        combo.setItemData(m - 1, grey if empty else None, Qt.ItemDataRole.ForegroundRole)
