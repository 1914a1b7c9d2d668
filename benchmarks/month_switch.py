"""Switching months in the form: time from the key press (Ctrl+PgDown / Ctrl+PgUp) to
the form showing the new month, on a demo office with ten years of monthly figures.

Beside it, in the same run, a reference: refilling a plain QStandardItemModel with as
many lines and columns of text in a QTreeView (what any table of this size costs Qt).
Target (issue 3): under 30 ms per switch. Run:

    .venv/bin/python benchmarks/month_switch.py [--switches 60] [--years 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--switches", type=int, default=60)
    ap.add_argument("--years", type=int, default=10)
    args = ap.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTreeView

    from navdesk.domain.period import Period
    from navdesk.service import OfficeService
    from navdesk.store import open_store
    from navdesk.store.demo import fill_demo
    from navdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp(prefix="navdesk-switch-")
    store = open_store(os.path.join(folder, "demo.sqlite"))
    store.save_office("9999", "NAV Eksempelby", "Eksempelby", home=True)
    last = Period(2025, 12)
    fill_demo(store, "9999", Period(last.year - args.years + 1, 1), last)
    values = store.conn.execute("SELECT count(*) FROM value").fetchone()[0]

    window = MainWindow(OfficeService(store), period=Period(2025, 6))
    window.resize(1280, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    form = window.month_form
    view = form.view
    view.setFocus()
    app.processEvents()
    lines = sum(1 for _ in form.model.sheet.by_code) + len(form.model.sheet.sections)

    def switch(key) -> float:
        t = time.perf_counter()
        QTest.keyClick(view, key, Qt.KeyboardModifier.ControlModifier)
        app.processEvents()  # the form is repainted with the new month
        view.viewport().repaint()
        return (time.perf_counter() - t) * 1000

    # walk back through the years (months not yet read) and forth (read before)
    navdesk_ms = []
    for i in range(args.switches):
        key = Qt.Key.Key_PageUp if (i // 12) % 2 == 0 else Qt.Key.Key_PageDown
        navdesk_ms.append(switch(key))

    ref_model = QStandardItemModel()
    ref_view = QTreeView()
    ref_view.setModel(ref_model)
    ref_view.resize(900, 700)
    ref_view.show()
    QTest.qWaitForWindowExposed(ref_view)
    ref_ms = []
    for i in range(args.switches):
        t = time.perf_counter()
        ref_model.clear()
        root = ref_model.invisibleRootItem()
        for r in range(lines):
            root.appendRow([QStandardItem(f"linje {r} {i}") for _ in range(6)])
        ref_view.expandAll()
        app.processEvents()
        ref_view.viewport().repaint()
        ref_ms.append((time.perf_counter() - t) * 1000)

    def p95(xs):
        return sorted(xs)[int(0.95 * (len(xs) - 1))]

    med, ref = statistics.median(navdesk_ms), statistics.median(ref_ms)
    print(f"Month switch on {values:,} stored values ({args.years} years), {lines} lines per month,"
          f" {args.switches} switches".replace(",", " "))
    print(f"{'':34}{'median ms':>10}{'p95 ms':>10}{'max ms':>10}")
    print(f"{'reference: refill QStandardItemModel':34}{ref:10.1f}{p95(ref_ms):10.1f}"
          f"{max(ref_ms):10.1f}")
    print(f"{'navdesk: Ctrl+PgUp/PgDown':34}{med:10.1f}{p95(navdesk_ms):10.1f}"
          f"{max(navdesk_ms):10.1f}")
    ok = p95(navdesk_ms) < 30
    print(f"ratio navdesk/reference {med / ref:.2f}x;  target < 30 ms (p95): "
          f"{'PASS' if ok else 'FAIL'}")
    window.close()
    store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
