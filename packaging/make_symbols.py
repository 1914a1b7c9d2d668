"""Draw the small symbols the window shows (lock, comment, warning open or explained, a
refused value, the states of a month) and write them to resources/ as
``symbol-NAME.png`` (16 px) and ``symbol-NAME@2x.png`` (32 px, for scaled screens).

Emoji (the padlock U+1F512, the speech bubble U+1F4AC) show as empty boxes where no
emoji font is installed (most Linux desktops, some locked-down Windows PCs); a picture
shipped with the program shows everywhere. Each symbol differs by shape, not only by
colour (colour-blind safe). Run
once after changing a drawing; the files are committed, so the build needs only them:

    .venv/bin/python packaging/make_symbols.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

RESOURCES = Path(__file__).resolve().parents[1] / "resources"

# the colours of the window's texts of the same meaning (month_form, month_chooser)
LOCK = QColor("#8a4b00")
AMBER = QColor("#e8a200")
GREEN = QColor("#2e7d32")
MUTED = QColor("#6b6b6b")
RED = QColor("#a4262c")
BLUE = QColor("#2b6cb0")
WHITE = QColor("#ffffff")
INK = QColor("#3b2a00")


def _pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def lock(p: QPainter) -> None:
    """A padlock: the shackle as an arch over a solid body with a keyhole."""
    p.setPen(_pen(LOCK, 1.7))
    p.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QPainterPath(QPointF(5, 8))
    shackle.lineTo(5, 5.2)
    shackle.arcTo(QRectF(5, 2, 6, 6.4), 180, -180)
    shackle.lineTo(11, 8)
    p.drawPath(shackle)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(LOCK)
    p.drawRoundedRect(QRectF(3, 7.5, 10, 7), 1.2, 1.2)
    p.setBrush(WHITE)
    p.drawEllipse(QRectF(7, 9.3, 2, 2))
    p.drawRect(QRectF(7.6, 10.5, 0.8, 2.2))


def comment(p: QPainter) -> None:
    """A speech bubble with two lines of text."""
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(1.5, 2.5, 13, 9), 2.2, 2.2)
    tail = QPainterPath(QPointF(4.5, 11))
    tail.lineTo(3.8, 14.5)
    tail.lineTo(8, 11)
    tail.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BLUE)
    p.drawPath(bubble.united(tail))
    p.setPen(_pen(WHITE, 1.2))
    p.drawLine(QPointF(4.5, 5.5), QPointF(11.5, 5.5))
    p.drawLine(QPointF(4.5, 8.5), QPointF(9.5, 8.5))


def warning(p: QPainter) -> None:
    """An amber triangle with an exclamation mark: a warning nobody has explained yet."""
    p.setPen(_pen(QColor("#9a6a00"), 1.0))
    p.setBrush(AMBER)
    p.drawPolygon(QPolygonF([QPointF(8, 1.5), QPointF(15, 14.2), QPointF(1, 14.2)]))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(INK)
    p.drawRoundedRect(QRectF(7.1, 5.2, 1.8, 5.3), 0.8, 0.8)
    p.drawEllipse(QRectF(7.05, 11.2, 1.9, 1.9))


def explained(p: QPainter) -> None:
    """A grey tick: a warning explained by a comment (muted, no longer asking for work)."""
    p.setPen(_pen(MUTED, 2.0))
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(2.5, 8.5))
    path.lineTo(6.3, 12.3)
    path.lineTo(13.5, 3.8)
    p.drawPath(path)


def refused(p: QPainter) -> None:
    """A red disc with a white cross: a typed value that was not stored."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(RED)
    p.drawEllipse(QRectF(1, 1, 14, 14))
    p.setPen(_pen(WHITE, 1.9))
    p.drawLine(QPointF(5.2, 5.2), QPointF(10.8, 10.8))
    p.drawLine(QPointF(10.8, 5.2), QPointF(5.2, 10.8))


def complete(p: QPainter) -> None:
    """A month with every expected figure: a green disc with a white tick."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(GREEN)
    p.drawEllipse(QRectF(1, 1, 14, 14))
    p.setPen(_pen(WHITE, 1.9))
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(4.4, 8.3))
    path.lineTo(7, 10.9)
    path.lineTo(11.7, 5.4)
    p.drawPath(path)


def partial(p: QPainter) -> None:
    """A month with some figures: a circle filled halfway (amber)."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(AMBER))
    p.drawPie(QRectF(1.5, 1.5, 13, 13), 90 * 16, 180 * 16)
    p.setPen(_pen(QColor("#9a6a00"), 1.4))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QRectF(1.5, 1.5, 13, 13))


def empty(p: QPainter) -> None:
    """A month without figures: an empty grey ring."""
    p.setPen(_pen(MUTED, 1.4))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QRectF(2, 2, 12, 12))


SYMBOLS = {"lock": lock, "comment": comment, "warning": warning, "explained": explained,
           "refused": refused, "complete": complete, "partial": partial, "empty": empty}


def draw(name: str, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 16, size / 16)  # drawn on a 16 x 16 grid
    SYMBOLS[name](p)
    p.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - painting needs it
    for name in SYMBOLS:
        draw(name, 16).save(str(RESOURCES / f"symbol-{name}.png"), "PNG")
        draw(name, 32).save(str(RESOURCES / f"symbol-{name}@2x.png"), "PNG")
    print(f"wrote {2 * len(SYMBOLS)} symbols to {RESOURCES}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
