"""The offices page's "Sammenlign" tab: one indicator for a year (or the year so far)
for every office, indexed to the network (all offices read as one) = 100, as a sortable
table with the network's row kept last and as bars; beside it the profile of one
office (the window's, or the one chosen in the table) over several indicators as
indexes around 100. Exported as CSV and xlsx (the table) or PNG and SVG (the chart).

The figures are :func:`navdesk.present.comparison.comparison`'s, the same as
``navdesk-cli compare``. The charts (pyqtgraph) are made when the tab is first shown."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from navdesk.domain.network import NETWORK_INDEX
from navdesk.domain.period import MAX_YEAR, MIN_YEAR, Period
from navdesk.domain.said import said
from navdesk.domain.units import round_for_display
from navdesk.present.comparison import NETWORK_CODE, NETWORK_NAME, Comparison, ComparisonRefused
from navdesk.present.profile_codes import profile_codes
from navdesk.service import OfficeService
from navdesk.ui import file_dialogs
from navdesk.ui.file_dialogs import save_start
from navdesk.ui.following import Follower
from navdesk.ui.i18n import (
    format_display,
    indicator_name,
    message,
    month_name,
    short_month_name,
    text,
    tr,
    unit_label,
)

if TYPE_CHECKING:  # pyqtgraph is loaded when the tab is first shown, not before
    from navdesk.ui.index_chart import IndexChart

OFFICE, VALUE, INDEX, NOTE = range(4)
SortRole = Qt.ItemDataRole.UserRole + 1
HIGHLIGHT = "#fde3d2"  # the window's own office in the table (the chart's colour, light)
DEFAULT_CODE = "D_BRUTTO_PER_MOTTAKER"  # comparable whatever an office's size
EXPORT_SUFFIXES = (".csv", ".xlsx", ".png", ".svg")


def month_ranges(months: tuple[int, ...]) -> str:
    """Missing months, consecutive ones as a range: "okt–des", "jan, mar–apr"."""
    groups: list[list[int]] = []
    for m in months:
        if groups and m == groups[-1][-1] + 1:
            groups[-1].append(m)
        else:
            groups.append([m])
    return ", ".join(short_month_name(g[0]) if len(g) == 1 else
                     f"{short_month_name(g[0])}–{short_month_name(g[-1])}" for g in groups)


class ComparisonModel(QAbstractTableModel):
    """The offices' rows of a :class:`Comparison`, then the network's."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.home = ""  # the window's own office, highlighted

    def set_comparison(self, comparison: Comparison | None, home: str) -> None:
        self.beginResetModel()
        self.comparison, self.home = comparison, home
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        if parent.isValid() or self.comparison is None:
            return 0
        return len(self.comparison.rows) + 1

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else 4

    def is_network(self, row: int) -> bool:
        return self.comparison is not None and row == len(self.comparison.rows)

    def office(self, row: int) -> str:
        """The office code of a row (``alle`` for the network's)."""
        assert self.comparison is not None
        return NETWORK_CODE if self.is_network(row) else self.comparison.rows[row].office

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        c = self.comparison
        if not index.isValid() or c is None:
            return None
        column = index.column()
        network = self.is_network(index.row())
        if network:
            name, value, idx, missing = text(said(NETWORK_NAME)), c.network, NETWORK_INDEX, ()
            code = ""
        else:
            r = c.rows[index.row()]
            code, name, value, idx, missing = r.office, r.name, r.value, r.index, \
                r.missing_months
        if role == Qt.ItemDataRole.DisplayRole:
            if column == OFFICE:
                return f"{code} {name}".strip()
            if column == VALUE:  # whole from a thousand up, as every surface shows them
                return format_display(round_for_display(value, 2))
            if column == INDEX:
                return "–" if idx is None else format_display(idx, 1)
            # short, so that the column fits beside the chart; the tooltip says it whole
            return tr("mangler {months}").format(months=month_ranges(missing)) \
                if missing else ""
        if role == SortRole:
            if column == OFFICE:
                return code
            if column == VALUE:
                return -math.inf if value is None else float(value)
            if column == INDEX:
                return -math.inf if idx is None else float(idx)
            return len(missing)
        if role == Qt.ItemDataRole.ToolTipRole and column == NOTE and missing:
            return tr("{name} har ikke tall for {months}, som andre kontorer har: tallet "
                      "gjelder en kortere periode enn nettverkets.").format(
                name=name, months=", ".join(month_name(m) for m in missing))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VALUE, INDEX):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and network:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and not network and code == self.home:
            return QBrush(QColor(HIGHLIGHT))
        if role == Qt.ItemDataRole.ForegroundRole and not network and code == self.home:
            return QBrush(QColor("#000000"))  # dark on the light colour in any theme
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == VALUE and self.comparison is not None:
            return tr("Verdi ({unit})").format(unit=unit_label(self.comparison.unit))
        return (tr("Kontor"), tr("Verdi"), tr("Indeks"), tr("Merknad"))[section]


class NetworkLastProxy(QSortFilterProxyModel):
    """Sorts the offices by :data:`SortRole`; the network's row stays last either way."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ComparisonModel)
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if model.is_network(left.row()):
            return descending  # the greatest going up, the least going down: last
        if model.is_network(right.row()):
            return not descending
        return super().lessThan(left, right)


class ComparisonView(QWidget):
    """The comparison of one indicator and the profile of one office."""

    def __init__(self, service: OfficeService, period: Period, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self.comparison: Comparison | None = None
        self.profile_office = service.code
        self.indicator = QComboBox()
        self.indicator.setEditable(True)
        self.indicator.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.indicator.setAccessibleName(tr("Indikator"))
        self.indicator.setMinimumContentsLength(40)
        completer = self.indicator.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # a code or a word of the name
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._fill_indicators()
        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(period.year)
        self.year.setAccessibleName(tr("År"))
        self.span = QComboBox()
        self.span.setAccessibleName(tr("Periode"))
        self.span.addItem(tr("hele året"), None)
        for m in range(1, 13):
            self.span.addItem(tr("til og med {month}").format(month=month_name(m)), m)
        self.export_button = QPushButton(tr("Eksporter …"))
        self.export_button.setToolTip(tr("Tabellen som CSV eller Excel, grafen som PNG "
                                         "eller SVG: velg filtypen i dialogen"))
        self.export_button.clicked.connect(lambda: self.export())

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold")
        self.saved = QLabel()  # what the last export wrote
        self.message = QLabel()  # a refusal, said calmly where the table would be
        self.message.setWordWrap(True)
        self.message.setObjectName("comparisonMessage")
        self.message.setVisible(False)

        self.model = ComparisonModel(self)
        self.proxy = NetworkLastProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("comparisonTable")
        self.table.setAccessibleName(tr("Kontorene sammenlignet"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(INDEX, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._office_chosen)
        self.proxy.layoutChanged.connect(self._draw_comparison)  # a new order: new bars

        self.charts = QTabWidget()  # filled when first shown (pyqtgraph)
        self.charts.setMinimumWidth(420)
        self.chart: IndexChart | None = None
        self.profile_chart: IndexChart | None = None
        self.profile_rows: list = []
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.charts)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("&Indikator:"), buddy=self.indicator))  # type: ignore[call-overload]  # a Qt property as keyword
        top.addWidget(self.indicator, 1)
        top.addWidget(QLabel(tr("&År:"), buddy=self.year))  # type: ignore[call-overload]  # a Qt property as keyword
        top.addWidget(self.year)
        top.addWidget(QLabel(tr("&Periode:"), buddy=self.span))  # type: ignore[call-overload]  # a Qt property as keyword
        top.addWidget(self.span)
        top.addWidget(self.export_button)
        # under the title, not in the row of choices: a note there squeezed the
        # indicator box each time it appeared
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.saved)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(title_row)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

        self.indicator.currentIndexChanged.connect(lambda *_: self.refresh())
        # a code or a word typed and Enter (or leaving the box): the indicator it names
        edit = self.indicator.lineEdit()
        assert edit is not None
        edit.editingFinished.connect(self._typed)
        self.year.valueChanged.connect(lambda *_: self.refresh())
        self.span.currentIndexChanged.connect(lambda *_: self.refresh())
        self._built = False
        events = service.events
        self.follower = Follower(self, self.refresh, (
            events.values, events.catalogue, events.database))
        events.catalogue.connect(lambda *_: self._fill_indicators())

    # ---- the choices
    def _fill_indicators(self) -> None:
        chosen = self.code() or DEFAULT_CODE
        self.indicator.blockSignals(True)
        self.indicator.clear()
        for ind in self.service.catalogue:
            if ind.active:
                self.indicator.addItem(f"{indicator_name(ind)} ({ind.code})", ind.code)
        found = self.indicator.findData(chosen)
        self.indicator.setCurrentIndex(max(found, 0))
        self.indicator.blockSignals(False)

    def code(self) -> str | None:
        return self.indicator.currentData() if self.indicator.count() else None

    def choose(self, code: str) -> None:
        found = self.indicator.findData(code)
        if found >= 0:
            self.indicator.setCurrentIndex(found)

    def month(self) -> int | None:
        return self.span.currentData()

    def _typed(self) -> None:
        """Take what is typed in the indicator box: an item's text, a code (any case), or
        a word of exactly one indicator's name; else say so and show the indicator still
        compared (the box never shows one indicator while the table shows another)."""
        text = self.indicator.currentText().strip()
        current = self.indicator.currentIndex()
        if current >= 0 and text == self.indicator.itemText(current):
            return
        match = self.indicator.findText(text, Qt.MatchFlag.MatchFixedString)
        if match < 0:
            match = self.indicator.findData(text.upper())
        if match < 0 and text:
            found = [n for n in range(self.indicator.count())
                     if text.lower() in self.indicator.itemText(n).lower()]
            match = found[0] if len(found) == 1 else -1
        if match >= 0:
            if match == current:
                self.indicator.setEditText(self.indicator.itemText(current))
            else:
                self.indicator.setCurrentIndex(match)
            return
        self.indicator.setEditText(self.indicator.itemText(current) if current >= 0 else "")
        self.saved.setText(tr("Fant ingen indikator «{text}»; velg i listen.").format(text=text)
                           if text else "")

    # ---- showing
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._built:
            self._build_charts()
            self.refresh()
            # the table as wide as its columns, the chart the rest (the splitter would
            # otherwise give the table's wide size hint most of the page)
            wanted = self.table.verticalHeader().width() + sum(
                self.table.columnWidth(c) for c in range(4)) + 24
            whole = max(self.splitter.width(), wanted + 420)
            self.splitter.setSizes([min(wanted, whole // 2), whole - min(wanted, whole // 2)])

    def _build_charts(self) -> None:
        from navdesk.ui.index_chart import IndexChart  # pyqtgraph: first shown only

        self._built = True
        self.chart, self.profile_chart = IndexChart(), IndexChart()
        self.chart.setAccessibleName(tr("Indeks per kontor"))
        self.profile_chart.setAccessibleName(tr("Profil"))
        self.charts.addTab(self.chart, tr("Indeks per kontor"))
        self.charts.addTab(self.profile_chart, tr("Profil"))

    def refresh(self) -> None:
        code = self.code()
        if code is None or not self._built:
            return
        try:
            self.comparison = self.service.comparison(code, self.year.value(), self.month())
        except ComparisonRefused as exc:
            self.comparison = None
            self.model.set_comparison(None, self.service.code)
            self.message.setText(message(exc)[:1].upper() + message(exc)[1:] + ".")
            self.message.setVisible(True)
            self.splitter.setVisible(False)
            self.title.setText("")
            self.export_button.setEnabled(False)
            return
        self.message.setVisible(False)
        self.splitter.setVisible(True)
        self.export_button.setEnabled(True)
        c = self.comparison
        self.model.set_comparison(c, self.service.code)
        title = tr("{name} ({code}), {period}: indeksert mot alle kontorer = 100").format(
            name=indicator_name(self.service.catalogue[c.code]), code=c.code,
            period=text(c.period_words))
        note = text(c.index_note()) if c.summed else ""  # a count: the index is a share
        self.title.setText(f"{title}\n{note}" if note else title)
        self._draw_comparison()
        self._draw_profile()

    def sorted_offices(self) -> list[str]:
        """The office codes in the table's order, the network's (``alle``) last."""
        return [self.model.office(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]

    def _draw_comparison(self) -> None:
        from navdesk.ui.index_chart import Bar

        c = self.comparison
        if self.chart is None or c is None:
            return
        rows = {r.office: r for r in c.rows}
        bars = [Bar(f"{rows[o].office} {rows[o].name}", rows[o].index,
                    o == self.service.code, rows[o].partial)
                for o in self.sorted_offices() if o in rows]
        self.chart.show_bars(bars, 0, text(c.period_words))

    def _office_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        office = self.model.office(self.proxy.mapToSource(current).row())
        if office != NETWORK_CODE and office != self.profile_office:
            self.profile_office = office
            self._draw_profile()

    def _draw_profile(self) -> None:
        from navdesk.ui.index_chart import Bar

        if self.profile_chart is None:
            return
        found = self.service.find_office(self.profile_office)
        if found is None:
            self.profile_office = self.service.code
            found = self.service.find_office(self.profile_office)
        name = found.name if found else self.profile_office
        cat = self.service.catalogue
        codes = profile_codes(cat, self.service.load_goal_card())
        self.profile_rows = self.service.profile(self.profile_office, codes,
                                                 self.year.value(), self.month())
        bars = [Bar(indicator_name(cat[r.code]), r.index, False, r.partial)
                for r in self.profile_rows]
        month = self.month()
        period = str(self.year.value()) if month is None else \
            tr("{year} til og med {month}").format(year=self.year.value(),
                                                   month=month_name(month))
        self.profile_chart.show_bars(bars, NETWORK_INDEX, tr("Profil for {office}, {period}")
                                     .format(office=name, period=period))
        self.charts.setTabText(1, tr("Profil for {office}").format(office=name))

    # ---- export
    def export(self, path: str | None = None) -> bool:
        """The table as CSV or xlsx, or the chart on screen as PNG or SVG, by the
        file's suffix; a refusal to write is said, no file is left half-written."""
        c = self.comparison
        if c is None:
            return False
        if path is None:
            filters = ";;".join((tr("CSV-fil (*.csv)"), tr("Excel-arbeidsbok (*.xlsx)"),
                                 tr("PNG-bilde (*.png)"), tr("SVG-bilde (*.svg)")))
            path, chosen = file_dialogs.save_file_name(
                self, tr("Eksporter sammenligningen"),
                save_start(f"sammenligning-{c.code.lower()}-{c.year}"
                           + (f"-{c.through_month:02d}" if c.month_chosen else "") + ".csv"),
                filters)
            if not path:
                return False
            if Path(path).suffix.lower() not in EXPORT_SUFFIXES:  # by the chosen filter
                path += next((s for s in EXPORT_SUFFIXES if f"*{s}" in chosen), ".csv")
        suffix = Path(path).suffix.lower()
        try:
            if suffix == ".xlsx":
                from navdesk.present.comparison_files import write_comparison_workbook

                write_comparison_workbook(c, path)
            elif suffix in (".png", ".svg"):
                self._save_chart(path, suffix)
            else:
                from navdesk.present.comparison_files import write_comparison_csv

                write_comparison_csv(c, path)
        except OSError as exc:  # a full disk included: no file is left behind
            from navdesk.formats.files import cannot_write

            said = str(exc) if exc.errno is None else text(cannot_write(path, exc))
            QMessageBox.warning(self, tr("Filen ble ikke lagret"), said)
            return False
        self.saved.setText(tr("Lagret {name}.").format(name=Path(path).name))
        return True

    def _save_chart(self, path: str, suffix: str) -> None:
        from navdesk.ui.index_chart import IndexChart

        shown = self.charts.currentWidget()
        assert isinstance(shown, IndexChart)
        # a copy drawn unseen at a fixed size, so the page stays as it is
        offscreen = IndexChart()
        try:
            offscreen.show_bars(shown.bars, shown.base, shown.getPlotItem().titleLabel.text)
            (offscreen.save_svg if suffix == ".svg" else offscreen.save_png)(path)
        finally:
            offscreen.close()
            offscreen.deleteLater()
