"""The trends page: pick indicators (type to search by code or name), a period and how
to show it, and read the picture. Built the first time the page is opened, so neither
pyqtgraph nor the plotting code is loaded at start-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from navdesk.domain.period import MIN_YEAR, Period
from navdesk.present.trends import TrendOptions
from navdesk.service import OfficeService
from navdesk.ui import file_dialogs
from navdesk.ui.file_dialogs import save_start
from navdesk.ui.following import Follower
from navdesk.ui.i18n import indicator_name, tr, unit_label
from navdesk.ui.trend_plot import TrendPlot

SPAN_MONTHS = [12, 24, 60, 0, -1]  # 0: the whole history, -1: from–to as chosen
MONTHLY, YEAR_TO_DATE, YEARLY, OVERLAY = range(4)
CodeRole = Qt.ItemDataRole.UserRole + 1
DEFAULT_CODES = ["SH_MND", "SAK_DAGER"]


def span_names() -> list[str]:
    """The choices of :data:`SPAN_MONTHS` as shown, in the window's language."""
    return [tr("Siste 12 måneder"), tr("Siste 24 måneder"), tr("Siste 60 måneder"),
            tr("Hele historikken"), tr("Fra–til")]


def _months_back(last: Period, count: int) -> Period:
    """The first of ``count`` months ending with ``last``; never before January of the
    first year navdesk knows (there are no figures before it)."""
    p = last
    for _ in range(count - 1):
        if p == Period(MIN_YEAR, 1):
            break
        p = p.previous_month()
    return p


class TrendsView(QWidget):
    def __init__(self, service: OfficeService, last: Period, parent=None) -> None:
        super().__init__(parent)
        self.service, self.office = service, service.code
        self.latest = service.latest_month() or last

        # ---- indicators: type to search, tick to show
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Søk på kode eller navn …"))
        self.search.setClearButtonEnabled(True)
        self.indicators = QStandardItemModel(self)
        self._quiet = False  # True while ticks are set in code: one drawing afterwards
        self._fill_indicators()
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.indicators)
        self.filtered.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView()
        self.list.setModel(self.filtered)
        self.list.setAccessibleName(tr("Indikatorer"))
        # long names are cut at the edge (the tooltip has them whole), never scrolled sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        self.search.textChanged.connect(self.filtered.setFilterFixedString)
        self.search.returnPressed.connect(self._tick_first_match)

        # ---- period and how to show it
        self.span = QComboBox()
        self.span.addItems(span_names())
        self.span.setCurrentIndex(1)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("MMMM yyyy")
            edit.setCalendarPopup(False)
        self.date_to.setDate(QDate(self.latest.year, self.latest.month, 1))  # type: ignore[arg-type]  # a month
        start = _months_back(self.latest, 24)
        self.date_from.setDate(QDate(start.year, start.month, 1))  # type: ignore[arg-type]  # a month
        self.points = QButtonGroup(self)
        point_box = QVBoxLayout()
        for n, text in enumerate([tr("&Månedstall"), tr("&Hittil i år"),
                                   tr("&Årstall (etter regelen)"), tr("År &over år")]):
            button = QRadioButton(text)
            self.points.addButton(button, n)
            point_box.addWidget(button)
        self.points.button(MONTHLY).setChecked(True)
        self.target = QCheckBox(tr("Må&lverdi fra styringskortet"))
        self.rolling = QCheckBox(tr("&Glidende snitt, 12 måneder"))
        self.projection = QCheckBox(tr("&Prognose for året"))

        form = QFormLayout()
        form.addRow(tr("Periode:"), self.span)
        form.addRow(tr("Fra:"), self.date_from)
        form.addRow(tr("Til:"), self.date_to)
        options = QVBoxLayout()
        options.addLayout(form)
        options.addLayout(point_box)
        for box in (self.target, self.rolling, self.projection):
            options.addWidget(box)

        self.png_button = QPushButton(tr("Lagre som P&NG …"))
        self.svg_button = QPushButton(tr("Lagre som &SVG …"))
        self.copy_button = QPushButton(tr("&Kopier bildet"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.copy_button, self.png_button, self.svg_button):
            buttons.addWidget(b)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(QLabel(tr("&Indikatorer:"), buddy=self.search))  # type: ignore[call-overload]  # a Qt property as keyword: PySide6 takes it, its stubs do not
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(options)

        self.plot = TrendPlot()
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.readout = QLabel(tr("Hold musen over grafen for å lese av tallene."))
        self.readout.setWordWrap(True)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #7a4d00")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.plot, 1)
        right_layout.addWidget(self.readout)
        right_layout.addWidget(self.notes)
        right_layout.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.set_codes(DEFAULT_CODES)
        self.indicators.itemChanged.connect(self._indicator_ticked)
        self.span.currentIndexChanged.connect(lambda *_: self._span_changed())
        for w in (self.date_from, self.date_to):
            w.dateChanged.connect(lambda *_: self.redraw())
        self.points.idToggled.connect(self._points_chosen)
        for box in (self.target, self.rolling, self.projection):
            box.toggled.connect(lambda *_: self.redraw())
        self.plot.hovered.connect(self.readout.setText)
        self.png_button.clicked.connect(lambda: self.save("png"))
        self.svg_button.clicked.connect(lambda: self.save("svg"))
        self.copy_button.clicked.connect(self.copy_image)
        self._span_changed()
        # figures and targets change in the other pages, the catalogue in its dialog; a
        # month reported makes its year whole on the yearly axis
        events = service.events
        self.followers = (
            Follower(self, self.refresh, (events.values, events.goal_card, events.month_locked)),
            # a new catalogue, or a whole new file: the list of indicators too
            Follower(self, self.reload_catalogue, (events.catalogue, events.database)))

    def _fill_indicators(self) -> None:
        self.indicators.clear()
        for ind in self.service.catalogue:
            if not ind.active:
                continue
            item = QStandardItem(f"{indicator_name(ind)} ({ind.code})")
            item.setData(ind.code, CodeRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setToolTip(f"{ind.code}: {indicator_name(ind)}, {unit_label(ind.unit)}, "
                            f"{ind.aggregation.value}")
            self.indicators.appendRow(item)

    def reload_catalogue(self) -> None:
        """New, renamed or hidden indicators; the ticked ones stay ticked."""
        codes = self.codes()
        self._quiet = True
        try:
            self._fill_indicators()
        finally:
            self._quiet = False
        self.set_codes(codes)
        self.redraw()

    def refresh(self) -> None:
        """Figures may have changed elsewhere: a new latest month moves a running span."""
        latest = self.service.latest_month()
        if latest is not None and latest != self.latest \
                and SPAN_MONTHS[self.span.currentIndex()] >= 0:
            self.latest = latest
            self._span_changed()
        else:
            self.redraw()

    # ---- choices -----------------------------------------------------------------------
    def codes(self) -> list[str]:
        return [self.indicators.item(r).data(CodeRole) for r in range(self.indicators.rowCount())
                if self.indicators.item(r).checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: list[str]) -> None:
        """Tick exactly ``codes`` (without drawing: the caller draws once)."""
        self._quiet = True
        try:
            for r in range(self.indicators.rowCount()):
                item = self.indicators.item(r)
                item.setCheckState(Qt.CheckState.Checked if item.data(CodeRole) in codes
                                   else Qt.CheckState.Unchecked)
        finally:
            self._quiet = False

    def show_indicator(self, code: str, period: Period | None = None) -> None:
        """From the goal card: this indicator alone, with its target, up to ``period``."""
        self.set_codes([code])
        self.target.blockSignals(True)
        self.target.setChecked(True)
        self.target.blockSignals(False)
        if period is not None and period.month:
            self.latest = period
            self.date_to.blockSignals(True)
            self.date_to.setDate(QDate(period.year, period.month, 1))
            self.date_to.blockSignals(False)
        self._span_changed()
        for r in range(self.filtered.rowCount()):  # show the ticked indicator in the list
            index = self.filtered.index(r, 0)
            if index.data(CodeRole) == code:
                self.list.scrollTo(index)
                self.list.setCurrentIndex(index)
                break

    def _tick_first_match(self) -> None:
        """Enter in the search field ticks (or unticks) the first indicator found."""
        if self.filtered.rowCount() == 0:
            return
        item = self.indicators.itemFromIndex(self.filtered.mapToSource(self.filtered.index(0, 0)))
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)

    def _span_changed(self) -> None:
        months = SPAN_MONTHS[self.span.currentIndex()]
        custom = months < 0
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        if not custom:
            last = self.latest
            if months == 0:
                years = self.service.years_with_values()
                first = Period(years[0], 1) if years else _months_back(last, 12)
            else:
                first = _months_back(last, months)
            for edit, p in ((self.date_from, first), (self.date_to, last)):
                edit.blockSignals(True)
                edit.setDate(QDate(p.year, p.month, 1))  # type: ignore[arg-type]  # a month
                edit.blockSignals(False)
        self.redraw()

    def options(self) -> TrendOptions:
        a, b = self.date_from.date(), self.date_to.date()
        first, last = Period(a.year(), a.month()), Period(b.year(), b.month())
        if last < first:
            first, last = last, first
        mode = self.points.checkedId()
        return TrendOptions(self.codes(), first, last, yearly=mode == YEARLY,
                            year_to_date=mode == YEAR_TO_DATE, overlay=mode == OVERLAY,
                            target=self.target.isChecked(), rolling=self.rolling.isChecked(),
                            projection=self.projection.isChecked())

    # ---- drawing -----------------------------------------------------------------------
    def _indicator_ticked(self, *_: object) -> None:
        if not self._quiet:  # not while ticks are set in code
            self.redraw()

    def _points_chosen(self, _id: int, on: bool) -> None:
        if on:  # the button turned on, not the one turned off
            self.redraw()

    def redraw(self) -> None:
        self.rolling.setEnabled(self.points.checkedId() == MONTHLY)
        options = self.options()
        if not options.codes:
            self.title.setText(tr("Kryss av én eller flere indikatorer til venstre."))
            self.plot.show_nothing()
            self.notes.setText("")
            return
        self.plot.show_picture(self.service.trend_picture(options))
        picture = self.plot.picture  # in the window's language
        assert picture is not None  # just shown
        self.title.setText(picture.title)
        notes = list(picture.notes)
        if not any(v is not None for ln in picture.value_lines() for v in ln.ys):
            notes.insert(0, tr("Ingen tall i denne perioden."))
        self.notes.setText("\n".join(notes))

    def save(self, kind: str, path: str | None = None) -> bool:
        if not self.codes():
            return False
        if path is None:
            path, _ = file_dialogs.save_file_name(
                self, tr("Lagre grafen"), save_start(f"trend.{kind}"),
                tr("PNG-bilde (*.png)") if kind == "png" else tr("SVG-bilde (*.svg)"))
            if not path:
                return False
        # drawn at a fixed size by a copy of the picture unseen, so the page stays as it is
        offscreen = TrendPlot()
        try:
            offscreen.show_picture(self.plot.picture)  # type: ignore[arg-type]  # codes shown: a picture
            (offscreen.save_png if kind == "png" else offscreen.save_svg)(path)
        except OSError as exc:  # a full disk included: no file is left behind
            from navdesk.formats.files import cannot_write
            from navdesk.ui.i18n import text

            said = str(exc) if exc.errno is None else text(cannot_write(path, exc))
            QMessageBox.warning(self, tr("Bildet ble ikke lagret"), said)
            return False
        finally:
            offscreen.close()
            offscreen.deleteLater()
        self.readout.setText(tr("Lagret {name}.").format(name=Path(path).name))
        return True

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setImage(self.plot.grab().toImage())
        self.readout.setText(tr("Bildet er kopiert; lim det inn i e-post eller et dokument."))
