"""The municipality's view at scale (issue 16): 250 offices x the whole catalogue x 20
years (about 4.4 million values). Times, each beside a plain SQL ``GROUP BY`` over the
same values as the reference, in the same run:

- the comparison of one indicator for a year (``present.comparison.comparison``, a ratio
  so that its parts are read and combined);
- the completeness grid of a year (``present.completeness_grid.completeness_grid``, as
  ``navdesk-cli completeness`` and the offices page read it: its expected lines look
  back a year, so two years of every entered code are read);
- the network's goal card (``present.network_card.network_card``).

Targets: under 200 ms each, and at most 3x the reference. Also prints the database's
size and the process's peak memory. The database is built once (values straight into
the value table with ``executemany`` in one transaction, from ``domain.demo.demo_year``
so they pass every check; no audit rows) and kept in the temporary folder for the next
run. Run:

    .venv/bin/python benchmarks/network.py [--rounds 10] [--offices 250] [--years 20]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time

LAST_YEAR = 2025
COMPARED = "D_BRUTTO_PER_MOTTAKER"  # a ratio of a sum and a point-in-time count


def p95(values: list[float]) -> float:
    return sorted(values)[int(0.95 * (len(values) - 1))]


def build(path: str, offices: int, years: int) -> None:
    from navdesk.domain.demo import demo_year
    from navdesk.store import open_store

    tmp = path + ".part"
    for leftover in (tmp, tmp + "-wal", tmp + "-shm"):
        if os.path.exists(leftover):
            os.remove(leftover)
    started = time.perf_counter()
    with open_store(tmp) as store:
        codes = [f"{n:04d}" for n in range(101, 101 + offices)]
        for i, code in enumerate(codes):
            store.save_office(code, f"NAV Kontor {code}", "Benchmark", home=i == 0)
        conn = store.conn
        conn.execute("BEGIN")

        def rows():
            for office in codes:
                for year in range(LAST_YEAR - years + 1, LAST_YEAR + 1):
                    by_period = demo_year(office, year)
                    for period in sorted(by_period, key=str):
                        for indicator, value in sorted(by_period[period].items()):
                            yield (office, str(period), indicator, value, "2026-01-01T00:00:00",
                                   "benchmark")

        conn.executemany("INSERT INTO value (office, period, indicator, value, changed_at,"
                         " changed_by) VALUES (?, ?, ?, ?, ?, ?)", rows())
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    os.replace(tmp, path)
    print(f"built {path} in {time.perf_counter() - started:.0f} s")


def timed(rounds: int, ours, reference) -> tuple[list[float], list[float]]:
    """Alternate the two, ``rounds`` times each, after one untimed warm-up of each."""
    ours()
    reference()
    a, b = [], []
    for _ in range(rounds):
        t = time.perf_counter()
        ours()
        a.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        reference()
        b.append((time.perf_counter() - t) * 1000)
    return a, b


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--offices", type=int, default=250)
    ap.add_argument("--years", type=int, default=20)
    ap.add_argument("--workdir", default=tempfile.gettempdir())
    args = ap.parse_args()

    from navdesk.present.comparison import comparison
    from navdesk.present.completeness_grid import completeness_grid
    from navdesk.present.network_card import network_card
    from navdesk.store import open_store
    from navdesk.store.goalcard import load_goal_card
    from navdesk.store.network import year_periods
    from navdesk.store.series import codes_needed

    path = os.path.join(args.workdir, f"navdesk-network-{args.offices}x{args.years}.sqlite")
    if not os.path.exists(path):
        build(path, args.offices, args.years)
    store = open_store(path)
    cat = store.catalogue
    year = LAST_YEAR
    values = store.conn.execute("SELECT count(*) FROM value").fetchone()[0]
    n_offices = len(store.offices())

    def group_by(codes, years):
        """The reference: one plain aggregate over the same values, by office and code."""
        periods = list(year_periods(years))
        return store.conn.execute(
            "SELECT office, indicator, sum(value), count(*) FROM value"
            f" WHERE office IN (SELECT code FROM office)"
            f" AND period IN ({','.join('?' * len(periods))})"
            f" AND indicator IN ({','.join('?' * len(codes))}) GROUP BY office, indicator",
            [*periods, *codes]).fetchall()

    compared = sorted(codes_needed(cat, [COMPARED]))
    card = load_goal_card(store)
    card_codes = sorted(codes_needed(cat, [m.indicator for _, _, m in card.measures()]))
    entered = [i.code for i in cat if i.is_entered]

    def grid():
        return completeness_grid(store, year)

    cases = [
        (f"comparison of {COMPARED}, {year}", lambda: comparison(store, COMPARED, year),
         lambda: group_by(compared, [year])),
        (f"completeness grid, {year}", grid, lambda: group_by(entered, [year - 1, year])),
        (f"network goal card ({len(card_codes)} codes), {year}",
         lambda: network_card(store, year), lambda: group_by(card_codes, [year - 1, year])),
    ]
    print(f"{n_offices} offices, {values:,} values, database {os.path.getsize(path) / 2**20:.0f}"
          f" MB; {args.rounds} rounds".replace(",", " "))
    print(f"{'':44}{'median ms':>10}{'p95 ms':>9}{'ref ms':>9}{'ratio':>8}")
    ok = True
    for name, ours, reference in cases:
        a, b = timed(args.rounds, ours, reference)
        ratio = statistics.median(a) / statistics.median(b)
        passed = p95(a) < 200 and ratio <= 3
        ok &= passed
        print(f"{name:44}{statistics.median(a):10.1f}{p95(a):9.1f}{statistics.median(b):9.1f}"
              f"{ratio:7.2f}x  {'PASS' if passed else 'FAIL'}")
    store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak memory {peak:.0f} MB;  targets: < 200 ms (p95) and <= 3x the reference")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
