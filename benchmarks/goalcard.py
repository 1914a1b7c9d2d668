"""Computing the goal card for an office with ten years of monthly figures, as the
window, the CLI and the files do (navdesk.present.goalcard.goal_card_rows: read three
years, load the card, evaluate every measure, its last 24 months for the sparkline,
read the comments).

Beside it, in the same run, a reference: only reading the same three years of figures
(store.figures). Target (issue 4): under 50 ms. Run:

    .venv/bin/python benchmarks/goalcard.py [--rounds 30] [--years 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--years", type=int, default=10)
    args = ap.parse_args()

    from navdesk.domain.period import Period
    from navdesk.present.goalcard import goal_card_rows
    from navdesk.store import open_store
    from navdesk.store.demo import fill_demo

    folder = tempfile.mkdtemp(prefix="navdesk-goalcard-")
    path = os.path.join(folder, "demo.sqlite")
    with open_store(path) as store:
        store.save_office("9999", "NAV Eksempelby", home=True)
        fill_demo(store, "9999", Period(2025 - args.years + 1, 1), Period(2025, 12))
    store = open_store(path)  # a fresh connection, as a new start has
    card_ms, read_ms = [], []
    for _ in range(args.rounds):
        t = time.perf_counter()
        rows = goal_card_rows(store, "9999", 2025)
        card_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        store.figures("9999", [2023, 2024, 2025])
        read_ms.append((time.perf_counter() - t) * 1000)
    values = store.conn.execute("SELECT count(*) FROM value").fetchone()[0]
    store.close()
    med, ref = statistics.median(card_ms), statistics.median(read_ms)
    p95 = sorted(card_ms)[int(0.95 * (len(card_ms) - 1))]
    print(f"Goal card of {len(rows)} measures, {values:,} stored values ({args.years} years),"
          f" {args.rounds} rounds".replace(",", " "))
    print(f"{'':38}{'median ms':>10}{'p95 ms':>9}")
    read_p95 = sorted(read_ms)[int(0.95 * (len(read_ms) - 1))]
    print(f"{'reference: read three years of figures':38}{ref:10.1f}{read_p95:9.1f}")
    print(f"{'navdesk: the whole goal card':38}{med:10.1f}{p95:9.1f}")
    ok = p95 < 50
    print(f"ratio goal card/read {med / ref:.2f}x;  target < 50 ms (p95): "
          f"{'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
