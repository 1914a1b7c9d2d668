"""The status report as an A4 PDF with Qt's own PDF writer: a small flow layout of
headings, paragraphs, tables (split across pages with their header repeated) and charts,
then page numbers "Side n av N". Readable in black and white: every traffic light is a
symbol and a word as well as a colour."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from navdesk.domain.goalcard import Status
from navdesk.domain.period import MONTH_NAMES, Period
from navdesk.formats.files import write_atomically
from navdesk.present.breakdown import breakdown_cells
from navdesk.present.goalcard import goal_card_cells
from navdesk.present.report import ReportContent, finding_cells, status_count_line
from navdesk.present.trends import TrendOptions, TrendPicture

DPI = 300
STATUS_FILL = {Status.GREEN: QColor("#d7eed8"), Status.YELLOW: QColor("#fff3b8"),
               Status.RED: QColor("#f8d3cf")}
GREY = QColor("#e8e8e8")


def _pt(points: float) -> float:
    """Points (1/72 inch) in device pixels."""
    return points * DPI / 72


def _font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


# ---- blocks ------------------------------------------------------------------------------
@dataclass
class Text:
    text: str
    size: float = 9.5
    bold: bool = False
    italic: bool = False
    space_before: float = 4  # points
    keep_with_next: bool = False

    def height(self, painter: QPainter, width: float) -> float:
        painter.setFont(_font(self.size, self.bold, self.italic))
        rect = painter.boundingRect(QRectF(0, 0, width, 1e6), Qt.TextFlag.TextWordWrap, self.text)
        return rect.height() + _pt(self.space_before)

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        painter.setFont(_font(self.size, self.bold, self.italic))
        painter.setPen(QColor("#000000"))
        painter.drawText(QRectF(x, y + _pt(self.space_before), width, 1e6),
                         Qt.TextFlag.TextWordWrap, self.text)


@dataclass
class Row:
    """One table line; ``cells`` text, ``fills`` an optional background per cell."""

    cells: list[str]
    bold: bool = False
    fills: dict[int, QColor] = field(default_factory=dict)
    italic: bool = False
    table: Table | None = None
    keep_with_next: bool = False  # a perspective or goal line stays with its first measure
    span: bool = False  # one text across the whole table (a heading line inside it)

    def _cells(self, widths: list[float]) -> list[tuple[str, float]]:
        if self.span:
            return [(self.cells[0], sum(widths))]
        return list(zip(self.cells, widths, strict=True))

    def height(self, painter: QPainter, width: float) -> float:
        t = self.table
        assert t is not None  # a row is measured in its table
        widths = t.column_widths(painter, width)
        painter.setFont(_font(t.size, self.bold, self.italic))
        tallest = 0.0
        for text, w in self._cells(widths):
            w -= 2 * t.pad
            rect = painter.boundingRect(QRectF(0, 0, max(w, 1), 1e6), Qt.TextFlag.TextWordWrap,
                                        text)
            tallest = max(tallest, rect.height())
        return tallest + 2 * t.pad

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        t = self.table
        assert t is not None  # a row is drawn in its table
        h = self.height(painter, width)
        painter.setFont(_font(t.size, self.bold, self.italic))
        left = x
        widths = t.column_widths(painter, width)
        for n, (text, w) in enumerate(self._cells(widths)):
            cell = QRectF(left, y, w, h)
            if n in self.fills:
                painter.fillRect(cell, self.fills[n])
            painter.setPen(QColor("#000000"))
            align = Qt.AlignmentFlag.AlignRight if n in t.right else Qt.AlignmentFlag.AlignLeft
            painter.drawText(cell.adjusted(t.pad, t.pad, -t.pad, -t.pad),
                             int(align | Qt.AlignmentFlag.AlignTop) | Qt.TextFlag.TextWordWrap,
                             text)
            left += w
        painter.setPen(QPen(QColor("#b8b8b8"), _pt(0.4)))
        painter.drawLine(int(x), int(y + h), int(x + width), int(y + h))


@dataclass
class Table:
    header: list[str]
    widths: list[float]  # fractions of the text width
    right: set[int] = field(default_factory=set)  # right-aligned columns (figures)
    size: float = 8.0
    fit: set[int] | None = None  # columns as wide as their widest cell (default: right)
    rows: list[Row] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.pad = _pt(2.2)
        self.head = Row(self.header, bold=True, fills={n: GREY for n in range(len(self.header))},
                        table=self)

    def column_widths(self, painter: QPainter, width: float) -> list[float]:
        """Figure columns as wide as their widest figure (figures never wrap); the text
        columns share the rest in proportion to ``widths``."""
        cached = getattr(self, "_widths", None)
        if cached and cached[0] == width:
            return cached[1]
        out = [0.0] * len(self.header)
        fit = self.right if self.fit is None else self.fit
        for n in fit:
            widest = 0.0
            for row in (self.head, *self.rows):
                if row.span:
                    continue
                painter.setFont(_font(self.size, row.bold, row.italic))
                piece = painter.fontMetrics().horizontalAdvance(row.cells[n])
                widest = max(widest, piece)
            out[n] = widest + 2 * self.pad + _pt(1)
        rest = width - sum(out)
        share = sum(w for n, w in enumerate(self.widths) if n not in fit) or 1
        for n, w in enumerate(self.widths):
            if n not in fit:
                out[n] = rest * w / share
        self._widths = (width, out)
        return out

    def add(self, cells, **kwargs) -> Row:
        row = Row([str(c) for c in cells], table=self, **kwargs)
        self.rows.append(row)
        return row


@dataclass
class Picture:
    image: QImage
    width_share: float = 1.0  # of the text width
    space_before: float = 4

    def height(self, painter: QPainter, width: float) -> float:
        w = width * self.width_share
        return w * self.image.height() / self.image.width() + _pt(self.space_before)

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        w = width * self.width_share
        h = w * self.image.height() / self.image.width()
        painter.drawImage(QRectF(x, y + _pt(self.space_before), w, h), self.image)


class PageBreak:
    pass


# ---- the report --------------------------------------------------------------------------
def report_blocks(content: ReportContent, charts: list[tuple[str, object]]) -> list:
    office = content.office
    blocks: list = []
    place = f", {office.municipality}" if office.municipality else ""
    blocks.append(Text(f"Statusrapport {content.period_words}", 20, bold=True, space_before=0))
    if content.is_partial:  # never read as a whole month: said before anything else
        label = content.month_label
        blocks.append(Text(label[:1].upper() + label[1:], 12, bold=True, space_before=2))
    elif content.left_out_note:  # a later partial month is left out: said, never silent
        blocks.append(Text(content.left_out_note + ".", 12, space_before=2))
    for note in content.notes:  # the report of all offices: who lacks the month
        blocks.append(Text(note + ".", 12, space_before=2))
    blocks.append(Text(f"{office.name} (kontor {office.code}{place})" if office.code != "alle"
                       else f"{office.name} ({office.municipality})", 12, space_before=4))
    month = f" {MONTH_NAMES[content.through_month - 1].capitalize()} {content.year}"
    partial = ("" if not content.is_partial else
               f"{month} er rapportert med tall som mangler, så tallene for perioden er "
               "ufullstendige." if content.month.is_whole else  # type: ignore[union-attr]  # partial: a month
               f"{month} er ikke ferdig registrert, så tallene for perioden er ufullstendige.")
    blocks.append(Text(f"Laget {content.made.strftime('%d.%m.%Y')} med navdesk. Tallene gjelder "
                       f"{content.period_marked}, sammenlignet med de samme månedene året før."
                       + partial, 9, italic=True))

    # goal card
    blocks.append(Text("Styringskort", 14, bold=True, space_before=14, keep_with_next=True))
    blocks.append(Text(status_count_line(content.goal_card), 9, keep_with_next=True))
    table = Table(["Måling", "Verdi", "Mål", "Status", "I fjor", "Endring", "Kommentar"],
                  [0.30, 0.085, 0.085, 0.10, 0.085, 0.105, 0.24], right={1, 2, 4, 5},
                  fit={1, 2, 3, 4, 5})
    through = Period(content.year, content.through_month)
    perspective = goal = None
    for row in content.goal_card:
        if row.perspective != perspective:
            perspective, goal = row.perspective, None
            table.add([row.perspective.upper()], bold=True, keep_with_next=True, span=True)
        if row.goal != goal:
            goal = row.goal
            table.add([row.goal], italic=True, keep_with_next=True, span=True)
        c = goal_card_cells(row, through)
        fills = {3: STATUS_FILL[row.result.status]} if row.result.status in STATUS_FILL else {}
        # a measure without a figure in the report's last month says which it is read through
        table.add(["   " + c.name_with_through(), c.value, c.target, c.status, c.last_year,
                   c.change, c.comment], fills=fills)
    blocks.append(table)

    # trends
    if charts:
        blocks.append(Text("Utviklingen", 14, bold=True, space_before=16, keep_with_next=True))
        blocks.append(Text("Månedstallene de siste to årene med målverdien fra styringskortet "
                           "(stiplet). Pengestrømmer vises som sum hittil i år.", 9, italic=True,
                           keep_with_next=True))
        for heading, chart in charts:
            blocks.append(Text(heading, 10.5, bold=True, space_before=10, keep_with_next=True))
            blocks.append(chart)

    # breakdowns
    shown = [t for t in content.breakdowns if t.has_figures()]
    if shown:
        blocks.append(Text("Fordelinger", 14, bold=True, space_before=16, keep_with_next=True))
        blocks.append(Text(f"Antall og andel av summen av delene, {content.period_marked} mot "
                           "samme måneder året før.", 9, italic=True, keep_with_next=True))
        for t in shown:
            cells = breakdown_cells(t, content.names)
            blocks.append(Text(f"{cells.group} ({cells.parent})", 10.5, bold=True,
                               space_before=10, keep_with_next=True))
            n_years = len(t.years)
            widths = [0.34] + [0.56 / (2 * n_years)] * (2 * n_years) + [0.10]
            table = Table(cells.header, widths, right=set(cells.figure_columns))
            for n_row, cells_row in enumerate(cells.rows):
                # the total never stands alone at the top of a page
                table.add(cells_row.cells, bold=cells_row.is_total,
                          keep_with_next=n_row == len(cells.rows) - 2)
            blocks.append(table)

    # warnings
    blocks.append(Text("Varsler som fortsatt står åpne", 14, bold=True, space_before=16,
                       keep_with_next=True))
    if not content.findings:
        blocks.append(Text("Ingen: tallene henger sammen og ingen verdi skiller seg ut.", 9.5))
    else:
        table = Table(["Måned", "Indikator", "Type", "Varsel"], [0.11, 0.25, 0.14, 0.50])
        for f in content.findings:
            table.add(finding_cells(f, content.names))
        blocks.append(table)
    return blocks


class ReportStopped(Exception):
    """The leader stopped the report while it was drawn: no file is left behind."""


Step = Callable[[int, int], bool]  # (steps done, steps in all) -> go on?


def _go_on(step: Step | None, done: int, total: int) -> None:
    if step is not None and not step(done, total):
        raise ReportStopped


def report_charts(content: ReportContent, picture: Callable[[TrendOptions], TrendPicture],
                  width: int = 760, height: int = 270, step: Step | None = None,
                  total: int = 0) -> list:
    """The report's charts as pictures, drawn unseen by the trends view's own plot at
    three times the pixels (sharp in print). ``picture``: the office's trend picture for
    a choice of options (the office service's, or the command line's). ``step`` is told
    after each chart (see :func:`write_report_pdf`)."""
    from navdesk.ui.trend_plot import TrendPlot

    out = []
    plot = TrendPlot()
    try:
        for n, (heading, options) in enumerate(content.trends, 1):
            plot.show_picture(picture(options))
            out.append((heading, Picture(plot.render_image(width, height, scale=3))))
            _go_on(step, n, total)
    finally:
        plot.close()
        plot.deleteLater()
    return out


def write_report_pdf(content: ReportContent, picture: Callable[[TrendOptions], TrendPicture],
                     path: str, step: Step | None = None) -> int:
    """Write the report to ``path``; returns the number of pages (``picture``: see
    :func:`report_charts`).

    ``step(done, total)`` is called after each chart and each page (the window shows
    its progress and lets the event loop turn there); when it returns False the report
    stops, no file is written and :class:`ReportStopped` is raised. The charts are
    drawn by widgets, so this runs on the window's thread.

    The PDF is drawn in memory and written in one go by ``write_atomically``: Qt's PDF
    writer does not tell when the disk is full (it left a cut-off file and said
    nothing), so a full disk raises ``OSError`` here and leaves no file behind, an
    older report at ``path`` as it was."""
    charts_total = len(content.trends)
    total = charts_total + 1  # the pages are counted once laid out
    charts = report_charts(content, picture, step=step, total=total)
    blocks = report_blocks(content, charts)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter))
    writer.setTitle(f"Statusrapport {content.office.name} {content.period_marked}")
    writer.setCreator("navdesk")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"Kan ikke skrive {path}")
    try:
        page_rect = writer.pageLayout().paintRectPixels(DPI)
        width = page_rect.width()
        footer_h = _pt(16)
        bottom = page_rect.height() - footer_h
        pages = _paginate(painter, blocks, width, bottom)
        total = charts_total + len(pages)
        for n, page in enumerate(pages, 1):
            if n > 1:
                writer.newPage()
            for block, y in page:
                block.draw(painter, 0, y, width)
            _footer(painter, content, n, len(pages), width, page_rect.height())
            _go_on(step, charts_total + n, total)
    finally:
        painter.end()  # finishes the PDF in the buffer
        del writer
    pdf = buffer.data().data()
    buffer.close()
    write_atomically(path, lambda f: f.write(pdf))
    return len(pages)


def _flatten(blocks):
    """Tables become their rows (each row knows its table, for the repeated header)."""
    for block in blocks:
        if isinstance(block, Table):
            yield block.head
            yield from block.rows
        else:
            yield block


def _paginate(painter, blocks, width, bottom) -> list[list[tuple[Any, float]]]:
    items = list(_flatten(blocks))
    pages: list[list[tuple[object, float]]] = [[]]
    y = 0.0
    n = 0
    while n < len(items):
        item = items[n]
        if isinstance(item, PageBreak):
            if pages[-1]:
                pages.append([])
                y = 0.0
            n += 1
            continue
        h = item.height(painter, width)
        # a heading stays with what follows it; a table's header with its first row
        need = h
        k = n
        while (getattr(items[k], "keep_with_next", False) or _is_head(items[k])) \
                and k + 1 < len(items) and not isinstance(items[k + 1], PageBreak):
            k += 1
            need += items[k].height(painter, width)
        if y + need > bottom and pages[-1]:
            pages.append([])
            y = 0.0
            if isinstance(item, Row) and not _is_head(item):
                head = item.table.head  # type: ignore[union-attr]  # a table goes on: its header again
                pages[-1].append((head, y))
                y += head.height(painter, width)
        pages[-1].append((item, y))
        y += h
        n += 1
    return pages


def _is_head(item) -> bool:
    return isinstance(item, Row) and item.table is not None and item is item.table.head


def footer_text(content: ReportContent) -> str:
    """The left of every page's footer: the office and the period, a partial month named."""
    return f"{content.office.name} · statusrapport {content.period_marked}"


def _footer(painter, content: ReportContent, page: int, pages: int, width: float,
            height: float) -> None:
    painter.setFont(_font(7.5))
    painter.setPen(QColor("#444444"))
    y = height - _pt(10)
    painter.drawLine(0, int(y - _pt(3)), int(width), int(y - _pt(3)))
    rect = QRectF(0, y, width, _pt(10))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft), footer_text(content))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight), f"Side {page} av {pages}")


