"""The small pictures the window shows for a lock, a comment, a warning (open or
explained), a refused value and a month's state.

They are PNG files shipped in ``resources/`` (drawn by ``packaging/make_symbols.py``),
not emoji: an emoji (the padlock U+1F512, the speech bubble U+1F4AC) shows as an empty
box where no emoji font is installed.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap

from navdesk.resources_path import resource_path

NAMES = ("lock", "comment", "warning", "explained", "refused", "complete", "partial", "empty")
SIZE = 16  # the pictures' size in the window, in device-independent pixels
_icons: dict[tuple[str, ...], QIcon] = {}


def icon(*names: str) -> QIcon:
    """The symbol ``names[0]``, or several side by side (a line with an open warning and
    a comment shows both in one cell). Built once per combination."""
    key = tuple(names)
    found = _icons.get(key)
    if found is None:
        found = _icons[key] = _single(names[0]) if len(names) == 1 else _row(names)
    return found


def pixmap(name: str) -> QPixmap:
    """One symbol as a picture for a label (sharp on a scaled screen)."""
    return icon(name).pixmap(QSize(SIZE, SIZE))


def _single(name: str) -> QIcon:
    if name not in NAMES:
        raise KeyError(name)
    result = QIcon()
    result.addFile(str(resource_path(f"symbol-{name}.png")), QSize(SIZE, SIZE))
    result.addFile(str(resource_path(f"symbol-{name}@2x.png")), QSize(2 * SIZE, 2 * SIZE))
    return result


def _row(names: tuple[str, ...]) -> QIcon:
    """Several symbols in one picture, a little apart, drawn at both sizes."""
    result = QIcon()
    for scale, suffix in ((1, ""), (2, "@2x")):
        side, gap = SIZE * scale, 3 * scale
        row = QImage((side + gap) * len(names) - gap, side, QImage.Format.Format_ARGB32)
        row.fill(Qt.GlobalColor.transparent)
        painter = QPainter(row)
        for n, name in enumerate(names):
            if name not in NAMES:
                raise KeyError(name)
            part = QImage(str(resource_path(f"symbol-{name}{suffix}.png")))
            part.setDevicePixelRatio(1)  # placed pixel for pixel
            painter.drawImage(n * (side + gap), 0, part)
        painter.end()
        result.addPixmap(QPixmap.fromImage(row))
    return result


def row_width(count: int) -> int:
    """The width of ``count`` symbols side by side (device-independent pixels)."""
    return (SIZE + 3) * count - 3 if count else 0
