"""Drawing the trends view: twenty years of monthly figures for ten indicators, time
from asking for the picture (TrendsView.redraw: read the figures, work out the lines,
build the plots) to the page painted, after the first open.

Beside it, in the same run, a reference: a bare pyqtgraph PlotWidget given the same
number of lines and points as plain arrays, then painted (what pyqtgraph itself costs).
Target (issue 5): under 100 ms. Run:

    .venv/bin/python benchmarks/trends.py [--rounds 20] [--years 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CODES = ["SH_MND", "SH_HIA", "SH_UNG_HOVED", "SH_LANGTID", "KVP_MND", "KVP_HIA",
         "SAK_VEDTAK", "SAK_DAGER", "SH_BRUTTO", "BO_MIDL_HIA"]


def p95(values):
    return sorted(values)[int(0.95 * (len(values) - 1))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--years", type=int, default=20)
    args = ap.parse_args()

    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from navdesk.domain.period import Period
    from navdesk.service import OfficeService
    from navdesk.store import open_store
    from navdesk.store.demo import fill_demo
    from navdesk.ui.trends_view import TrendsView

    app = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp(prefix="navdesk-trends-")
    path = os.path.join(folder, "demo.sqlite")
    last = Period(2025, 12)
    with open_store(path) as store:
        store.save_office("9999", "NAV Eksempelby", home=True)
        fill_demo(store, "9999", Period(last.year - args.years + 1, 1), last)
    store = open_store(path)
    codes = [c for c in CODES if c in store.catalogue]
    assert len(codes) == 10, codes

    view = TrendsView(OfficeService(store), last)
    view.resize(1280, 720)
    view.show()
    app.processEvents()
    view.set_codes(codes)
    view.span.setCurrentIndex(3)  # the whole history: the first open, not timed
    app.processEvents()
    points = sum(len(ln.xs) for ln in view.plot.picture.value_lines())

    def draw_navdesk():
        view.redraw()
        view.plot.repaint()
        app.processEvents()

    reference = pg.PlotWidget()
    reference.resize(1280, 720)
    reference.show()
    series = [(ln.xs, [float("nan") if v is None else v for v in ln.ys])
              for ln in view.plot.picture.value_lines()]

    def draw_reference():
        reference.clear()
        for xs, ys in series:
            reference.plot(xs, ys, connect="finite")
        reference.repaint()
        app.processEvents()

    ours, ref = [], []
    for _ in range(args.rounds):
        t = time.perf_counter()
        draw_navdesk()
        ours.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        draw_reference()
        ref.append((time.perf_counter() - t) * 1000)
    store.close()
    print(f"Trends view: {len(codes)} indicators x {args.years} years of months "
          f"({points} points), {args.rounds} rounds")
    print(f"{'':44}{'median ms':>10}{'p95 ms':>9}")
    print(f"{'reference: bare pyqtgraph, same lines':44}{statistics.median(ref):10.1f}"
          f"{p95(ref):9.1f}")
    print(f"{'navdesk: read, work out, plot, paint':44}{statistics.median(ours):10.1f}"
          f"{p95(ours):9.1f}")
    ok = p95(ours) < 100
    print(f"ratio navdesk/reference {statistics.median(ours) / statistics.median(ref):.2f}x;  "
          f"target < 100 ms (p95): {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
