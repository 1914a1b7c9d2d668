"""The offices page (a database with more than one office): each office with its
municipality, its latest month with figures and the months it has reported, and the
completeness grid of a year beside them (office × month: lines entered of expected,
reported or not, as a colour *and* a symbol), so that who is late shows at a glance.
Enter or a double-click on a month opens that office's month in the month form.

The counts are :func:`navdesk.present.completeness_grid.completeness_grid`'s, the same
as ``navdesk-cli completeness`` and each office's own month form."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from navdesk.domain.completeness import MonthCount, MonthState
from navdesk.domain.period import MAX_YEAR, MIN_YEAR, Period, month_name, month_title
from navdesk.present.completeness_grid import SYMBOLS, Grid, GridRow
from navdesk.service import OfficeService
from navdesk.ui.comparison_view import ComparisonView
from navdesk.ui.following import Follower
from navdesk.ui.i18n import text, tr
from navdesk.ui.network_card_view import NetworkCardView
from navdesk.ui.worker import Rereading, read_aside

OFFICE, MUNICIPALITY, LATEST, REPORTED = range(4)
FIRST_MONTH = 4  # the column of January; December is FIRST_MONTH + 11

# light enough to read the symbol and count on; the symbol says the same without colour
COLOURS = {MonthState.REPORTED: "#c9dcf5", MonthState.COMPLETE: "#cdebd3",
           MonthState.PARTIAL: "#fbe7a6", MonthState.EMPTY: "#eeeeee"}


def state_word(state: MonthState) -> str:
    return {MonthState.REPORTED: tr("rapportert"), MonthState.COMPLETE: tr("komplett"),
            MonthState.PARTIAL: tr("delvis"), MonthState.EMPTY: tr("tom")}[state]


def short_month(month: int) -> str:
    """"jan", "feb", ... in the window's language (the grid's columns are narrow)."""
    return text(month_name(month))[:3]


class GridModel(QAbstractTableModel):
    """The offices (rows) and their months of a year (columns after the office's own)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid = Grid(0, ())

    def set_grid(self, grid: Grid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self.grid.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else FIRST_MONTH + 12

    def row(self, index: QModelIndex | QPersistentModelIndex) -> GridRow:
        return self.grid.rows[index.row()]

    def month(self, index: QModelIndex | QPersistentModelIndex) -> MonthCount | None:
        """The month of a month's cell (None in the office's own columns)."""
        column = index.column()
        return self.row(index).months[column - FIRST_MONTH] if column >= FIRST_MONTH else None

    def period(self, index: QModelIndex | QPersistentModelIndex) -> Period:
        """The month a cell opens: its own, or, in the office's columns, the latest
        month of the year with figures (else January)."""
        count = self.month(index)
        if count is not None:
            return count.period
        entered = [c.period for c in self.row(index).months if c.entered]
        return entered[-1] if entered else Period(self.grid.year, 1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, count = self.row(index), self.month(index)
        if count is not None:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{SYMBOLS[count.state]} {count.entered}/{count.expected}"
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(COLOURS[count.state]))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#000000"))  # dark on the light colours in any theme
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return tr("{office}, {month}: {state}, {entered} av {expected} tall").format(
                    office=row.office.name, month=text(month_title(count.period)),
                    state=state_word(count.state), entered=count.entered,
                    expected=count.expected)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == OFFICE:
            return f"{row.office.code} {row.office.name}"
        if column == MUNICIPALITY:
            return row.office.municipality
        if column == LATEST:
            return text(month_title(row.latest_month)) if row.latest_month else "–"
        latest = row.latest_reported()
        if latest is None:
            return tr("ingen")
        return tr("{n}, sist {month}").format(n=row.reported_count(),
                                              month=text(month_name(latest.month_of_year)))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section >= FIRST_MONTH:
                return short_month(section - FIRST_MONTH + 1)
            # short: twelve months and the office's name must fit a laptop's screen
            return (tr("Kontor"), tr("Kommune"), tr("Siste tall"), tr("Rapportert"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section in (LATEST, REPORTED):
            return (tr("Den siste måneden kontoret har tall for") if section == LATEST else
                    tr("Hvor mange måneder av året kontoret har rapportert, og den siste"))
        return None


def legend_html() -> str:
    """The grid's symbols and colours, said in words."""
    parts = [f'<span style="background-color:{COLOURS[s]}; color:#000000">'
             f"&nbsp;{SYMBOLS[s]}&nbsp;</span>&nbsp;{state_word(s)}" for s in MonthState]
    return "&nbsp;&nbsp;&nbsp;".join(parts) + "&nbsp;&nbsp;&nbsp;" + tr(
        "(tall registrert / tall forventet)")


class OfficesPage(QWidget):
    """Every office of the database and its months of the chosen year. ``open_month``
    (office code, month) asks the window to show that office's month."""

    open_month = Signal(str, object)

    def __init__(self, service: OfficeService, period: Period, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self._rereading = Rereading(self._read_grid)  # reads in a pool thread, one at a time
        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(period.year)
        self.year.setAccessibleName(tr("År"))
        self.model = GridModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setObjectName("completenessGrid")
        self.view.setAccessibleName(tr("Fullstendighet per kontor og måned"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the grid, arrows move in it
        self.view.verticalHeader().hide()
        # every column as wide as its text: an office's name never wraps, whatever the
        # language makes of the headers
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(self._activated)  # Enter, and a double-click
        self.legend = QLabel(legend_html())
        self.legend.setWordWrap(True)
        hint = QLabel(tr("Dobbeltklikk eller trykk Enter på en måned for å åpne kontorets "
                         "månedstall."))
        hint.setWordWrap(True)

        completeness = QWidget()
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("&År:"), buddy=self.year))  # type: ignore[call-overload]  # a Qt property as keyword: PySide6 takes it, its stubs do not
        top.addWidget(self.year)
        top.addStretch(1)
        inner = QVBoxLayout(completeness)
        inner.addLayout(top)
        inner.addWidget(self.view, 1)
        inner.addWidget(self.legend)
        inner.addWidget(hint)
        # the sections of the offices page: the comparison of offices goes beside this one
        self.sections = QTabWidget()
        self.sections.addTab(completeness, tr("Fullstendighet"))
        self.comparison = ComparisonView(service, period)
        self.sections.addTab(self.comparison, tr("Sammenlign"))
        self.network_card = NetworkCardView(service, period)
        self.sections.addTab(self.network_card, tr("Styringskort for alle"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections)

        self.year.valueChanged.connect(lambda *_: self.refresh())
        self.refresh()
        events = service.events
        self.follower = Follower(self, self.refresh, (
            events.values, events.catalogue, events.month_locked, events.database))

    def refresh(self) -> None:
        """Read the grid again, in a pool thread (the window keeps drawing: 0.12 s at 250
        offices); a refresh asked for meanwhile reads once more when this one is done."""
        self._rereading()

    def _read_grid(self) -> None:
        current = self.view.currentIndex()
        year = self.year.value()
        grid = read_aside(self.service.worker_opener(), lambda copy: copy.completeness_grid(year))
        self.model.set_grid(grid)
        # one municipality for every office (the usual database): its column says nothing
        # and would push the months out of a laptop's window
        self.view.setColumnHidden(MUNICIPALITY,
                                  len({r.office.municipality for r in grid.rows}) <= 1)
        if self.model.rowCount() and not current.isValid():
            current = self.model.index(0, FIRST_MONTH)
        if current.isValid():
            self.view.setCurrentIndex(self.model.index(
                min(current.row(), self.model.rowCount() - 1), current.column()))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_month.emit(self.model.row(index).office.code, self.model.period(index))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.view.setFocus()
