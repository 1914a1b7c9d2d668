"""Indexes as horizontal bars (pyqtgraph), as the large-city network's reports draw
them: one bar per office (from 0, the network's 100 marked by a line) or one bar per
indicator of an office's profile (from 100 to the index, so that above and below the
network point apart). PNG and SVG as the trends picture writes them.

Imported only when the comparison is first shown: pyqtgraph is never loaded at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter

from navdesk.domain.network import NETWORK_INDEX
from navdesk.ui.i18n import format_display, tr
from navdesk.ui.trend_plot import write_png, write_svg

# Okabe & Ito: apart for every common colour-vision deficiency; the highlighted office
# is also drawn with a dark outline, so it shows in grey print
BAR = "#56B4E9"
HIGHLIGHT = "#D55E00"
LINE = "#333333"
BAR_HEIGHT = 0.7


@dataclass(frozen=True)
class Bar:
    """One bar: its label on the axis, its index (None: no bar), whether it is the
    office to highlight and whether its period is partial (a hatched bar)."""

    label: str
    index: float | None
    highlighted: bool = False
    partial: bool = False


class IndexChart(pg.PlotWidget):
    """Bars of indexes, the first at the top. ``base`` is where a bar starts: 0 for the
    offices side by side, 100 for a profile."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, background="w")
        self.bars: list[Bar] = []
        self.base = 0.0
        self.item: pg.BarGraphItem | None = None
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=True, y=False, alpha=0.2)
        plot.getViewBox().invertY(True)  # the first bar at the top, as the table reads
        plot.getViewBox().setMouseEnabled(x=False, y=False)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(LINE))
            axis.setTextPen(pg.mkPen(LINE))
        plot.setLabel("bottom", tr("Indeks (alle kontorer = 100)"))
        self.network_line = pg.InfiniteLine(
            pos=NETWORK_INDEX, angle=90,
            pen=pg.mkPen(LINE, width=1.5, style=Qt.PenStyle.DashLine))
        plot.addItem(self.network_line)
        self.labels: list[pg.TextItem] = []

    def show_bars(self, bars: list[Bar], base: float, title: str = "") -> None:
        plot = self.getPlotItem()
        if self.item is not None:
            plot.removeItem(self.item)
            self.item = None
        for label in self.labels:
            plot.removeItem(label)
        self.labels = []
        self.bars, self.base = list(bars), base
        plot.setTitle(title, color=LINE)
        shown = [(n, b) for n, b in enumerate(self.bars) if b.index is not None]
        if shown:
            starts = [min(base, b.index) for _, b in shown]  # type: ignore[type-var]  # shown: not None
            widths = [abs(b.index - base) for _, b in shown]  # type: ignore[operator]
            self.item = pg.BarGraphItem(
                x0=starts, width=widths, y=[n for n, _ in shown], height=BAR_HEIGHT,
                brushes=[self._brush(b) for _, b in shown],
                pens=[pg.mkPen("#000000" if b.highlighted else BAR, width=1.5 if
                               b.highlighted else 1) for _, b in shown])
            plot.addItem(self.item)
        for n, b in shown:  # the figure at the bar's end, outside it
            assert b.index is not None
            right = b.index >= base
            text = pg.TextItem(format_display(b.index, 0), color=LINE,
                               anchor=(0, 0.5) if right else (1, 0.5))
            text.setPos(b.index, n)
            plot.addItem(text)
            self.labels.append(text)
        plot.getAxis("left").setTicks([[(n, b.label) for n, b in enumerate(self.bars)]])
        highest = max([b.index for _, b in shown if b.index is not None] + [NETWORK_INDEX])
        lowest = min([b.index for _, b in shown if b.index is not None] + [base])
        span = highest - lowest or 1
        plot.setXRange(lowest - (0.12 * span if lowest < base else 0), highest + 0.12 * span,
                       padding=0)
        plot.setYRange(-0.6, max(len(self.bars), 1) - 0.4, padding=0)

    @staticmethod
    def _brush(bar: Bar) -> QBrush:
        colour = QColor(HIGHLIGHT if bar.highlighted else BAR)
        if bar.partial:  # a partial period: hatched, so it reads as "not the whole story"
            return QBrush(colour, Qt.BrushStyle.BDiagPattern)
        return QBrush(colour)

    # ---- files: drawn in memory and written in one go (a full disk leaves no file)
    def _lay_out(self, width: int, height: int) -> None:
        from PySide6.QtWidgets import QApplication

        if not self.isVisible():
            self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            self.show()
        self.resize(width, height)
        QApplication.processEvents()

    def render_image(self, width: int, height: int) -> QImage:
        self._lay_out(width, height)
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.scene().render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
        painter.end()
        return image

    def save_png(self, path: str, width: int = 1000, height: int = 0) -> None:
        write_png(self.render_image(width, height or self.fitting_height()), path)

    def save_svg(self, path: str, width: int = 1000, height: int = 0) -> None:
        height = height or self.fitting_height()
        self._lay_out(width, height)
        write_svg(path, width, height, self.getPlotItem().titleLabel.text or "navdesk",
                  lambda painter: self.scene().render(painter, QRectF(0, 0, width, height),
                                                      QRectF(0, 0, width, height)))

    def fitting_height(self) -> int:
        """A file's height: room for every bar's label, whatever the window's size."""
        return max(320, 110 + 30 * len(self.bars))

