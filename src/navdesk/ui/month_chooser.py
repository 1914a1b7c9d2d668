"""Go to a month (Ctrl+G): a year with its twelve months, each with its state at a
glance — reported, complete, partial with its count, empty — by symbol, colour and word,
so that no one needs to tell the colours apart.

Keyboard first: the arrows move between months, Enter goes to the month, PgUp and
PgDown (or the year box) change the year, Esc leaves without going anywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
)

from navdesk.domain.completeness import Completeness, MonthState
from navdesk.domain.period import MAX_YEAR, MIN_YEAR, Period
from navdesk.ui import symbols
from navdesk.ui.i18n import month_name, text, tr

# state -> (symbol, colour of its word, tint of its tile); the symbol's shape and the word
# carry the meaning, the colours only help
STATE_LOOK = {
    MonthState.REPORTED: ("lock", "#8a4b00", "#f6ead9"),
    MonthState.COMPLETE: ("complete", "#2e7d32", "#e3f1e4"),
    MonthState.PARTIAL: ("partial", "#8a5d00", "#fff4ce"),
    MonthState.EMPTY: ("empty", "#5f5f5f", "#ffffff"),
}
MonthsOfYear = Callable[[int], Mapping[int, Completeness]]


def state_word(state: MonthState) -> str:
    """"rapportert", "komplett", "delvis", "tom" in the window's language."""
    return {MonthState.REPORTED: tr("rapportert"), MonthState.COMPLETE: tr("komplett"),
            MonthState.PARTIAL: tr("delvis"), MonthState.EMPTY: tr("tom")}[state]


def capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def state_text(c: Completeness) -> str:
    """The state in words, with the count where it tells something: "delvis, 3 av 75
    tall", "rapportert, 70 av 75 tall" (reported with lines missing), "komplett"."""
    state = c.state
    if state is MonthState.PARTIAL or (state is MonthState.REPORTED and c.entered < c.expected):
        return tr("{state}, {count}").format(state=state_word(state), count=text(c.count_text()))
    return state_word(state)


def state_icon(state: MonthState):
    return symbols.icon(STATE_LOOK[state][0])


def state_colour(state: MonthState) -> QColor:
    return QColor(STATE_LOOK[state][1])


class _MonthGrid(QListWidget):
    """The twelve months, three to a row (a row is a quarter). PgUp and PgDown change the
    year rather than the selection."""

    def __init__(self, change_year: Callable[[int], None]) -> None:
        super().__init__()
        self._change_year = change_year

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and not event.modifiers():
            self._change_year(-1 if event.key() == Qt.Key.Key_PageUp else 1)
            return
        super().keyPressEvent(event)


class MonthChooser(QDialog):
    """Pick a month; ``chosen`` holds it once the dialog is accepted."""

    COLUMNS = 3

    def __init__(self, months_of_year: MonthsOfYear, period: Period, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Gå til måned"))
        self._months_of_year = months_of_year
        self.chosen: Period | None = None

        self.prev_year = QToolButton(text="◄")  # type: ignore[call-arg]  # a Qt property as keyword: PySide6 takes it, its stubs do not
        self.prev_year.setToolTip(tr("Forrige år") + " (PgUp)")
        self.prev_year.setAccessibleName(tr("Forrige år"))
        self.next_year = QToolButton(text="►")  # type: ignore[call-arg]  # a Qt property as keyword: PySide6 takes it, its stubs do not
        self.next_year.setToolTip(tr("Neste år") + " (PgDown)")
        self.next_year.setAccessibleName(tr("Neste år"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(MIN_YEAR, MAX_YEAR)
        self.year_spin.setValue(period.year)
        self.year_spin.setAccessibleName(tr("År"))
        top = QHBoxLayout()
        top.addWidget(self.prev_year)
        top.addWidget(self.year_spin)
        top.addWidget(self.next_year)
        top.addStretch(1)

        self.grid = _MonthGrid(self.step_year)
        self.grid.setAccessibleName(tr("Månedene i året"))
        self.grid.setViewMode(QListView.ViewMode.ListMode)
        self.grid.setFlow(QListView.Flow.LeftToRight)
        self.grid.setWrapping(True)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setIconSize(QSize(symbols.SIZE, symbols.SIZE))
        metrics = self.grid.fontMetrics()
        widest = max([metrics.horizontalAdvance(month_name(m).capitalize()) for m in range(1, 13)]
                     + [metrics.horizontalAdvance(capitalised(tr("{state}, {count}").format(
                         state=state_word(MonthState.REPORTED),
                         count=tr("{entered} av {expected} tall").format(entered=888,
                                                                        expected=888))))])
        cell = QSize(widest + symbols.SIZE + 28, metrics.height() * 2 + 18)
        self.grid.setGridSize(cell)
        self._tile = cell - QSize(8, 8)  # a tile fills its cell, a little apart from the next
        frame = 2 * self.grid.frameWidth()
        self.grid.setFixedSize(cell.width() * self.COLUMNS + frame + 4,
                               cell.height() * (12 // self.COLUMNS) + frame + 4)

        legend = QLabel(tr("Piltaster: velg måned · Enter: gå dit · PgUp/PgDown: år · "
                           "Esc: avbryt"))
        legend.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Gå til måneden"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Avbryt"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid)
        layout.addWidget(legend)
        layout.addWidget(buttons)

        self.prev_year.clicked.connect(lambda: self.step_year(-1))
        self.next_year.clicked.connect(lambda: self.step_year(1))
        self.year_spin.valueChanged.connect(lambda *_: self._fill(self._selected_month()))
        self.grid.itemActivated.connect(lambda *_: self.accept())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._fill(period.month)  # type: ignore[arg-type]  # the chooser opens on a month
        self.grid.setFocus()

    # ---- the year's months ---------------------------------------------------------
    def step_year(self, step: int) -> None:
        """One year back or on; the same month stays chosen."""
        self.year_spin.setValue(self.year_spin.value() + step)

    def _selected_month(self) -> int:
        row = self.grid.currentRow()
        return row + 1 if row >= 0 else 1

    def _fill(self, month: int) -> None:
        year = self.year_spin.value()
        months = self._months_of_year(year)
        self.grid.clear()
        for m in range(1, 13):
            c = months[m]
            look = STATE_LOOK[c.state]
            name = month_name(m).capitalize()
            words = capitalised(state_text(c))
            item = QListWidgetItem(state_icon(c.state), f"{name}\n{words}")
            item.setData(Qt.ItemDataRole.UserRole, c.state.value)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name} {year}: {words}")
            item.setToolTip(f"{name} {year}: {words}")
            item.setBackground(QBrush(QColor(look[2])))
            item.setSizeHint(self._tile)
            item.setForeground(QBrush(QColor("#1a1a1a")))
            self.grid.addItem(item)
        self.grid.setCurrentRow(month - 1)

    def month_text(self, month: int) -> str:
        """What the tile of ``month`` says (name and state), as shown."""
        return self.grid.item(month - 1).text()

    def month_state(self, month: int) -> MonthState:
        return MonthState(self.grid.item(month - 1).data(Qt.ItemDataRole.UserRole))

    def accept(self) -> None:
        self.chosen = Period(self.year_spin.value(), self._selected_month())
        super().accept()


def choose_month(parent, months_of_year: MonthsOfYear, period: Period) -> Period | None:
    """Ask for a month (starting at ``period``); None when the user cancelled."""
    dialog = MonthChooser(months_of_year, period, parent)
    try:
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
