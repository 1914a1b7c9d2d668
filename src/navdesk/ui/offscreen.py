"""Drawing into files without a window, for the command line: the one door from
``navdesk.cli`` into Qt, opened only by the commands that draw (``plot``, ``report
pdf``), so every other command runs without loading Qt at all."""

from __future__ import annotations

import os


def application():
    """A QApplication that never shows anything."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["navdesk-cli"])


def write_plot(picture, path: str) -> None:
    """The trends picture as PNG or SVG (by the file's ending). Raises OSError."""
    application()
    from navdesk.ui.trend_plot import TrendPlot

    plot = TrendPlot()
    try:
        plot.show_picture(picture)
        (plot.save_svg if str(path).lower().endswith(".svg") else plot.save_png)(str(path))
    finally:
        plot.close()
        plot.deleteLater()


def write_report(content, store, path: str) -> int:
    """The status report as PDF; returns its pages. Raises OSError."""
    application()
    from navdesk.present.trends import trend_picture
    from navdesk.ui.report_pdf import write_report_pdf

    code = content.office.code
    return write_report_pdf(content, lambda options: trend_picture(store, code, options),
                            str(path))
