"""The reference the bundle is measured against: a bare PySide6 window (with
``--with-plot`` a pyqtgraph plot in it, which the build imports in any case), built by the
same script with the same options. With NAVDESK_QUIT_WHEN_SHOWN set it prints
"navdesk: shown" once its first frame is painted and quits, as navdesk does, for the
start-up benchmark."""
import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("reference")
window.resize(1280, 760)
if "--with-plot" in sys.argv:
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    plot.plot([1, 3, 2, 4])
    window.setCentralWidget(plot)


class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is window:
            window.removeEventFilter(self)
            print("navdesk: shown", flush=True)
            QTimer.singleShot(0, app.quit)
        return False


if os.environ.get("NAVDESK_QUIT_WHEN_SHOWN"):
    painted = Painted()
    window.installEventFilter(painted)
window.show()
sys.exit(app.exec())
