"""Drawing a :class:`~navdesk.present.trends.TrendPicture` with pyqtgraph: one stacked
plot per unit on a shared time axis with month names in the window's language, colours
that stay apart for colour-blind readers (Okabe–Ito) and line styles and markers that survive
black-and-white print; hover to read the exact values and their comments; PNG, SVG and
the clipboard. The window's trends view, the report and ``navdesk-cli plot`` use it.

Imported only when a plot is first needed: pyqtgraph is never loaded at start-up.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import replace

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from navdesk.domain.period import Period
from navdesk.present.trends import (
    CALENDAR,
    MONTHLY,
    YEARLY,
    Line,
    TrendPicture,
    hover_text,
    month_x,
    x_month,
)
from navdesk.ui import i18n
from navdesk.ui.i18n import tr

# Okabe & Ito (2008): told apart by people with every common colour-vision deficiency
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
           "#882255"]
SYMBOLS = ["o", "s", "t", "d", "+", "x", "star", "h"]
STYLE = {"value": Qt.PenStyle.SolidLine, "year": Qt.PenStyle.SolidLine,
         "target": Qt.PenStyle.DashLine, "rolling": Qt.PenStyle.DotLine,
         "projection": Qt.PenStyle.DashDotLine, "partial": Qt.PenStyle.NoPen,
         "partial_target": Qt.PenStyle.NoPen}
_language: str | None = None  # set by in_language(); else the window's language


@contextmanager
def in_language(lang: str):
    """Month names in ``lang`` while drawing, whatever the window's language (the status
    report for the municipality is always in bokmål)."""
    global _language
    before, _language = _language, lang
    try:
        yield
    finally:
        _language = before


def format_display(value, decimals: int | None = None) -> str:
    """A figure in the drawing's language (bokmål inside ``in_language("nb")``)."""
    return i18n.format_display(value, decimals, _language)


def words(message) -> str:
    """A message of the picture (a title, a label, a note) in the drawing's language."""
    return i18n.text(message, _language)


def in_drawing_language(picture: TrendPicture) -> TrendPicture:
    """``picture`` with its words (made below the window as messages and names in both
    languages) said in the drawing's language: what the plot, its legends, the page's
    title and the files show."""
    return replace(picture, title=words(picture.title), notes=[words(n) for n in picture.notes],
                   panels=[replace(p, axis_label=words(p.axis_label),
                                   lines=[replace(ln, label=words(ln.label)) for ln in p.lines])
                           for p in picture.panels])


def short_month(month: int) -> str:
    """"jan" .. "des" in bokmål, "Jan" .. "Dec" in English."""
    return i18n.short_month_name(month, _language)


MIN_YEAR, MAX_YEAR = 1990, 2100  # the years a period can have (navdesk.domain.period)
MIN_X, MAX_X = month_x(Period(MIN_YEAR, 1)), month_x(Period(MAX_YEAR, 12))


class TimeAxis(pg.AxisItem):
    """Months as "jan 2024" ("Jan 2024" in English; x = year * 12 + month - 1), years, or
    January..December."""

    def __init__(self, kind: str, **kwargs) -> None:
        super().__init__("bottom", **kwargs)
        self.kind = kind

    def tickValues(self, minVal, maxVal, size):  # noqa: N802,N803 - pyqtgraph's names
        if self.kind == CALENDAR:
            return [(1, list(range(1, 13)))]
        # only the years a period can have (zoomed far out, the view may reach past them)
        low, high = (MIN_X, MAX_X) if self.kind == MONTHLY else (MIN_YEAR, MAX_YEAR)
        minVal, maxVal = max(minVal, low), min(maxVal, high)  # noqa: N806
        if maxVal < minVal:
            return [(1, [])]
        if self.kind == YEARLY:
            span = max(1, maxVal - minVal)
            room = max(2, size / 60)
            step = next((s for s in (1, 2, 5, 10, 20, 50) if span / s <= room), 100)
            first = math.ceil(minVal / step) * step
            return [(step, list(range(int(first), int(maxVal) + 1, step)))]
        months = max(1, maxVal - minVal)
        room = max(2, size / 70)  # about 70 pixels a label
        step = next((s for s in (1, 2, 3, 6, 12, 24, 60, 120) if months / s <= room), 240)
        first = math.ceil(minVal / step) * step
        return [(step, list(range(int(first), int(maxVal) + 1, step)))]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        if self.kind == CALENDAR:
            return [short_month(int(v)) if 1 <= v <= 12 else "" for v in values]
        if self.kind == YEARLY:
            return [str(int(v)) for v in values]
        out = []
        for v in values:
            if not MIN_X <= v <= MAX_X:
                out.append("")
                continue
            p = x_month(v)
            out.append(str(p.year) if spacing >= 12 else f"{short_month(p.month)} {p.year}")
        return out


class NumberAxis(pg.AxisItem):
    """Values as Norwegians write them: 50 000 and 12,5."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        decimals = 0 if spacing >= 1 else (1 if spacing >= 0.1 else 2)
        return [format_display(round(v * scale, decimals)) for v in values]


def _nan(values) -> list[float]:
    return [math.nan if v is None else float(v) for v in values]


class TrendPlot(pg.GraphicsLayoutWidget):
    """The picture, one plot per unit, stacked, sharing the x axis."""

    hovered = Signal(str)  # the values under the mouse, as text

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        self.picture: TrendPicture | None = None
        self._shape: tuple[str, int] | None = None
        self._pen_scale = 1.0  # lines are cosmetic (device pixels): thicker when drawn dense
        self.plots: list[pg.PlotItem] = []
        self._legends: list[pg.LegendItem] = []
        self._cursors: list[pg.InfiniteLine] = []
        self.scene().sigMouseMoved.connect(self._mouse_moved)

    def show_picture(self, picture: TrendPicture) -> None:
        """Draw ``picture``, in the drawing's language (kept so, as :attr:`picture`). The
        plots of the last picture are reused when it had as many panels on the same kind
        of time axis (building a pyqtgraph plot costs far more than drawing its lines)."""
        self.picture = picture = in_drawing_language(picture)
        shape = (picture.axis, len(picture.panels))
        if getattr(self, "_shape", None) != shape:
            self._build(*shape)
        for plot, legend, cursor, panel in zip(self.plots, self._legends, self._cursors,
                                               picture.panels, strict=True):
            plot.clear()
            legend.clear()
            legend.setColumnCount(2 if len(panel.lines) > 2 else 1)
            plot.setLabel("left", panel.axis_label)
            for line in panel.lines:
                if all(v is None for v in line.ys):
                    continue  # nothing to draw (and pyqtgraph warns on an all-empty line)
                legend.addItem(self._draw(plot, line, panel.scale), line.label)
            cursor.setVisible(False)
            plot.addItem(cursor, ignoreBounds=True)
            plot.enableAutoRange()
        xs = [x for p in picture.panels for ln in p.lines for x in ln.xs]
        if picture.axis == MONTHLY and self.plots and xs:
            # the months asked for, also where none has a figure (else pyqtgraph shows 0..1)
            self.plots[0].setXRange(min(xs) - 0.5, max(xs) + 0.5, padding=0)
        if picture.axis == CALENDAR and self.plots:
            self.plots[0].setXRange(0.6, 12.4, padding=0)
        elif picture.axis == YEARLY and self.plots:
            years = [x for ln in picture.value_lines() for x in ln.xs]
            if years:  # half a year of room on each side, so the end points are not cut
                self.plots[0].setXRange(min(years) - 0.5, max(years) + 0.5, padding=0)

    def show_nothing(self) -> None:
        self.clear()
        self.picture, self._shape = None, None
        self.plots, self._legends, self._cursors = [], [], []

    def _build(self, axis_kind: str, panels: int) -> None:
        """Empty plots, stacked, sharing the time axis; each with its legend above it."""
        self.clear()
        self.plots, self._legends, self._cursors = [], [], []
        self._shape = (axis_kind, panels)
        for n in range(panels):
            # the legend above its plot, never over the lines; sizes in pixels, since a
            # point is a different number of pixels on and off screen
            legend = pg.LegendItem(labelTextColor="#202020", labelTextSize="11px")
            self.addItem(legend, row=2 * n, col=0)
            axis = TimeAxis(axis_kind)
            plot = self.addPlot(row=2 * n + 1, col=0,
                                axisItems={"bottom": axis, "left": NumberAxis("left")})
            plot.showGrid(x=True, y=True, alpha=0.15)
            left = plot.getAxis("left")
            left.enableAutoSIPrefix(False)
            left.setWidth(72)  # the same for every plot, so their time axes line up
            for side in (left, axis):  # dark enough to read in print
                side.setTextPen("#303030")
                side.setPen("#606060")
            plot.setMenuEnabled(False)
            if self.plots:
                plot.setXLink(self.plots[0])
            if n < panels - 1:
                axis.setStyle(showValues=False)  # the bottom plot carries the dates
            cursor = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888888", width=1))
            self._cursors.append(cursor)
            self._legends.append(legend)
            self.plots.append(plot)

    def _draw(self, plot: pg.PlotItem, line: Line, scale: float) -> pg.PlotDataItem:
        colour = QColor(PALETTE[line.colour_index % len(PALETTE)])
        width = {"value": 2.2, "projection": 2.2, "target": 1.8}.get(
            line.kind, 2.6 if line.kind == "year" and line.emphasised else 1.4)
        pen = QPen(colour)
        pen.setWidthF(width * self._pen_scale)
        pen.setStyle(STYLE[line.kind])
        pen.setCosmetic(True)
        ys = [None if v is None else v / scale for v in line.ys]
        few = sum(v is not None for v in ys) <= 40
        symbol = SYMBOLS[line.colour_index % len(SYMBOLS)] if (
            few and line.kind in ("value", "year", "projection", "partial")) else None
        brush = colour
        if line.kind == "partial":  # the year so far: hollow, bigger, alone
            brush = QColor("white")
        if line.kind == "partial_target":
            symbol = "_"
        item = pg.PlotDataItem(
            list(line.xs), _nan(ys),
            pen=pen if line.kind not in ("partial", "partial_target") else None,
            connect="finite", symbol=symbol,
            symbolSize={"partial": 10, "partial_target": 16}.get(
                line.kind, 6 if line.kind != "year" or line.emphasised else 4),
            symbolBrush=brush, symbolPen=pg.mkPen(colour, width=1.6))
        if line.kind == "year" and not line.emphasised:
            item.setOpacity(0.55)
        if line.kind == "target":
            item.setZValue(-1)  # under the figures
        plot.addItem(item)
        return item

    # ---- hover -----------------------------------------------------------------------
    def _mouse_moved(self, pos) -> None:
        if self.picture is None:
            return
        for plot in self.plots:
            if plot.sceneBoundingRect().contains(pos):
                x = plot.vb.mapSceneToView(pos).x()
                self.hovered.emit(self.describe(x))
                return

    def describe(self, x: float) -> str:
        """Every line's exact value at the point nearest ``x``, with its comment
        (:func:`~navdesk.present.trends.hover_text`); the cursor moves to that point."""
        point = hover_text(self.picture, x, words, format_display) if self.picture else None
        if point is None:
            return ""
        nearest, text = point
        for cursor in self._cursors:
            cursor.setPos(nearest)
            cursor.setVisible(True)
        return text

    # ---- files -----------------------------------------------------------------------
    def render_image(self, width: int = 1200, height: int = 700, scale: float = 1) -> QImage:
        """The picture laid out at ``width`` x ``height`` and drawn ``scale`` times as
        many pixels each way (sharp in print, with text of the same relative size)."""
        if scale != self._pen_scale and self.picture is not None:
            self._pen_scale = scale  # the lines again, as thick as on screen
            self.show_picture(self.picture)
        self._lay_out(width, height)
        image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)  # drawn in the widget's own units, more pixels each
        image.fill(QColor("white"))
        from PySide6.QtGui import QPainter

        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # the scene, not the widget: no window frame around it
        self.scene().render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
        painter.end()
        if self._pen_scale != 1.0 and self.picture is not None:  # (scaled only with one)
            self._pen_scale = 1.0
            self.show_picture(self.picture)
        return image

    def _lay_out(self, width: int, height: int) -> None:
        """Give the plots their final size and positions before drawing them into a
        file; a plot that is not on screen (the CLI, the report) is laid out unseen."""
        from PySide6.QtWidgets import QApplication

        if not self.isVisible():
            self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            self.show()
        self.resize(width, height)
        QApplication.processEvents()
        self.ci.layout.activate()

    # Both pictures are drawn in memory and written in one go by write_atomically: Qt
    # left a cut-off PNG and an empty SVG on a full disk (the SVG without a word), so a
    # full disk now raises OSError and leaves no file, an older one as it was.
    def save_png(self, path: str, width: int = 1200, height: int = 700) -> None:
        write_png(self.render_image(width, height), path)

    def save_svg(self, path: str, width: int = 1200, height: int = 700) -> None:
        self._lay_out(width, height)
        write_svg(path, width, height, self.picture.title if self.picture else "navdesk",
                  self.render)


def write_png(image: QImage, path: str) -> None:
    """``image`` as a PNG file at ``path``, atomically (a full disk raises OSError and
    leaves no file, an older one as it was)."""
    from PySide6.QtCore import QBuffer, QIODevice

    from navdesk.formats.files import write_atomically

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # a str format works
        raise OSError(tr("Kan ikke skrive {path}").format(path=path))
    data = buffer.data().data()
    write_atomically(path, lambda f: f.write(data))


def write_svg(path: str, width: int, height: int, title: str,
              draw: Callable[[QPainter], object]) -> None:
    """What ``draw(painter)`` paints on ``width`` x ``height`` as an SVG file at
    ``path``, titled ``title``, atomically (as :func:`write_png`)."""
    from PySide6.QtCore import QBuffer, QIODevice, QRect, QSize
    from PySide6.QtSvg import QSvgGenerator

    from navdesk.formats.files import write_atomically

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRect(0, 0, width, height))
    generator.setTitle(title)
    generator.setDescription(tr("Laget med navdesk"))
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(tr("Kan ikke skrive {path}").format(path=path))
    draw(painter)
    painter.end()
    data = buffer.data().data()
    write_atomically(path, lambda f: f.write(data))


def title_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
