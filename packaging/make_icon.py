"""Draw navdesk's icon and write resources/navdesk.png (256 px) and resources/navdesk.ico
(16 to 256 px, each size drawn for itself). Run once after changing the drawing; the
files are committed, so the build needs nothing but them:

    .venv/bin/python packaging/make_icon.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath  # noqa: E402

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
SIZES = [16, 24, 32, 48, 64, 128, 256]


def draw(size: int) -> QImage:
    """A dark blue tile with three rising bars and a green light: figures and a goal."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 16  # drawn on a 16 x 16 grid
    tile = QPainterPath()
    tile.addRoundedRect(QRectF(0.5 * s, 0.5 * s, 15 * s, 15 * s), 3 * s, 3 * s)
    p.fillPath(tile, QColor("#1f4e79"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ffffff"))
    for n, height in enumerate((3.6, 5.8, 7.8)):
        x = (3 + n * 3.4) * s
        p.drawRoundedRect(QRectF(x, (13 - height) * s, 2.4 * s, height * s), 0.4 * s, 0.4 * s)
    p.setBrush(QColor("#3cb34a"))
    p.drawEllipse(QRectF(11.0 * s, 1.6 * s, 3.2 * s, 3.2 * s))
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def write_ico(path: Path, images: list[QImage]) -> None:
    """An .ico whose entries are PNG images (Windows Vista and later read them)."""
    blobs = [png_bytes(i) for i in images]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    for image, blob in zip(images, blobs, strict=True):
        w = image.width() if image.width() < 256 else 0  # 0 means 256
        entries += struct.pack("<BBBBHHII", w, w, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    path.write_bytes(header + entries + b"".join(blobs))


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts and painting need it
    images = [draw(n) for n in SIZES]
    images[-1].save(str(RESOURCES / "navdesk.png"), "PNG")
    write_ico(RESOURCES / "navdesk.ico", images)
    print(f"wrote {RESOURCES / 'navdesk.png'} and {RESOURCES / 'navdesk.ico'} ({len(SIZES)} sizes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
