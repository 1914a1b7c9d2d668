"""The reference the bundle is measured against: a bare PySide6 window with a pyqtgraph
plot, built by the same script with the same options. ``--quit-when-shown`` prints the
time from start to the window shown (for the start-up benchmark) and quits."""
import sys
import time

START = time.perf_counter()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("reference")
window.resize(800, 600)
if "--with-plot" in sys.argv:
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    plot.plot([1, 3, 2, 4])
    window.setCentralWidget(plot)
window.show()
if "--quit-when-shown" in sys.argv:
    def shown():
        print(f"shown {time.perf_counter() - START:.4f}")
        app.quit()
    QTimer.singleShot(0, shown)
sys.exit(app.exec())
