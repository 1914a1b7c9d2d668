"""A small line of the last months' figures inside a table cell: the shape of the trend
at a glance, with gaps where a month has no figure and a dot on the latest one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

LINE = QColor("#1f5f99")  # dark enough to print in black and white


def sparkline_points(values, rect: QRectF) -> list[list[QPointF]]:
    """The values as runs of points inside ``rect`` (a run ends where a month is
    missing). A flat series is drawn through the middle."""
    known = [v for v in values if v is not None]
    if not known or len(values) < 2:
        return []
    low, high = min(known), max(known)
    span = high - low
    step = rect.width() / (len(values) - 1)
    runs: list[list[QPointF]] = [[]]
    for n, v in enumerate(values):
        if v is None:
            if runs[-1]:
                runs.append([])
            continue
        share = 0.5 if span == 0 else (v - low) / span
        runs[-1].append(QPointF(rect.left() + n * step, rect.bottom() - share * rect.height()))
    return [run for run in runs if run]


class SparklineDelegate(QStyledItemDelegate):
    """Paints the sequence returned by ``role`` as a sparkline."""

    def __init__(self, role: int, parent=None) -> None:
        super().__init__(parent)
        self.role = role

    def paint(self, painter: QPainter, option, index) -> None:
        # the cell's background and selection as usual, then the line on top
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        values: Sequence[float | None] = index.data(self.role) or ()
        rect = QRectF(option.rect).adjusted(6, 5, -8, -5)
        runs = sparkline_points(list(values), rect)
        if not runs:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.highlightedText().color() if selected else LINE
        painter.setPen(QPen(colour, 1.4))
        for run in runs:
            if len(run) == 1:
                painter.drawPoint(run[0])
                continue
            path = QPainterPath(run[0])
            for point in run[1:]:
                path.lineTo(point)
            painter.drawPath(path)
        if values[-1] is not None:  # the latest month, where the window ends
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(runs[-1][-1], 2.5, 2.5)
        painter.restore()
