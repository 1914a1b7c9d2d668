"""Benchmark: saving one value with the durable settings.

Prints, side by side and measured in the same run on the same disk, how long one save
takes (median and 95th percentile per save)

* for the reference, a bare ``sqlite3`` connection in WAL mode with
  ``synchronous=FULL`` that runs ``BEGIN IMMEDIATE``, one
  ``INSERT ... ON CONFLICT DO UPDATE`` and ``COMMIT`` per value, into a table shaped like
  navdesk's ``value`` table and holding the same rows, and
* for navdesk, ``Store.set_value`` (checks, audit row, change row, value, one
  ``BEGIN IMMEDIATE`` transaction committed and synced before it returns) on a demo
  office with ten years of figures,

and judges navdesk against the target of issue 3: **under 10 ms per save**. That target
is absolute, so it depends on the disk (what one fsync costs there); the ratio to the
reference shows the overhead navdesk adds on top of what the disk costs anyway.

The saves go to different months and indicators in turn (the latest twelve months of
every monthly indicator that people type, in a fixed shuffled order), and every save
changes the value (it moves between the stored value and one more), so none is skipped
as unchanged. Each round is one session, as when the window is opened to type a month's
40-80 values: both databases are opened afresh (closing them checkpointed and removed
the write-ahead log), so every save appends to a growing log, and the two sides take
turns in blocks of 10 saves, so a burst of disk traffic from another program hits both.

Run from the repository root with the project's virtualenv::

    .venv/bin/python benchmarks/save_value.py                 # 10 sessions of 100 saves a side
    .venv/bin/python benchmarks/save_value.py --workdir /mnt/ssd/bench

Exit code: 0 target met, 1 target missed, 2 a run failed or left the wrong data behind.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_MS = 10.0  # issue 3: saving one value, with the durable settings
MONTHS = 12  # the latest months the saves go to

REFERENCE_TABLE = """
CREATE TABLE value (
    office TEXT NOT NULL,
    indicator TEXT NOT NULL,
    period TEXT NOT NULL,
    value NUMERIC NOT NULL,
    comment TEXT,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    PRIMARY KEY (office, period, indicator)
) WITHOUT ROWID
"""
REFERENCE_UPSERT = (
    "INSERT INTO value (office, period, indicator, value, comment, changed_at, changed_by)"
    " VALUES (?, ?, ?, ?, NULL, ?, ?) ON CONFLICT DO UPDATE SET value = excluded.value,"
    " changed_at = excluded.changed_at, changed_by = excluded.changed_by"
)


def fail(message: str) -> None:
    print(f"\nFAILED: {message}", file=sys.stderr)
    raise SystemExit(2)


# ---------------------------------------------------------------------------- the disk
def filesystem(path: Path) -> str:
    """The file system ``path`` is on, as "type (device) at mount point" (Linux only)."""
    try:
        with open("/proc/self/mounts") as f:
            mounts = [line.split()[:3] for line in f]
    except OSError:
        return "unknown"
    path = path.resolve()
    best = None
    for device, point, kind in mounts:
        point = point.replace("\\040", " ")
        if (path == Path(point) or Path(point) in path.parents) and (
                best is None or len(point) >= len(best[1])):
            best = (device, point, kind)
    return f"{best[2]} ({best[0]}) at {best[1]}" if best else "unknown"


def in_memory(path: Path) -> bool:
    return filesystem(path).split(" ")[0] in ("tmpfs", "ramfs")


def default_parent() -> Path:
    """The system's temporary folder, unless it lives in memory (then fsync is free and the
    figures say nothing about a laptop's disk): then the repository's folder."""
    tmp = Path(tempfile.gettempdir())
    return REPO if in_memory(tmp) else tmp


# ---------------------------------------------------------------------------- set-up
def prepare_navdesk(path: Path, years: int):
    """A demo database like ``navdesk --demo`` makes, with ``years`` years of figures."""
    from navdesk.domain.period import Period
    from navdesk.store import open_store
    from navdesk.store.demo import ensure_demo_office

    store = open_store(path)
    today = date.today()
    office = ensure_demo_office(store, Period(today.year, today.month).previous_month(),
                                years=years)
    return store, office


def targets(store, office: str, seed: int) -> list[tuple[str, object, object, object]]:
    """(code, period, stored value, other value) for every typed monthly indicator in the
    latest MONTHS months, in a fixed shuffled order."""
    from navdesk.domain.units import Unit

    latest = store.latest_month(office) if hasattr(store, "latest_month") else None
    if latest is None:
        from navdesk.domain.period import parse_period

        row = store.conn.execute("SELECT max(period) FROM value WHERE office = ?"
                                 " AND length(period) = 7", (office,)).fetchone()
        latest = parse_period(row[0])
    months = [latest]
    while len(months) < MONTHS:
        months.append(months[-1].previous_month())
    out = []
    for ind in store.catalogue:
        if ind.is_ratio or ind.is_yearly or not ind.active:
            continue
        for period in months:
            stored = store.value(office, ind.code, period)
            if stored is None:
                continue
            v = stored.value
            step = -1 if ind.unit is Unit.PERCENT and v + 1 > 100 else 1
            # exact decimal arithmetic: 2930503.45 + 1 in floats has more than two decimals
            other = v + step if isinstance(v, int) else float(Decimal(str(v)) + step)
            out.append((ind.code, period, v, other))
    if not out:
        fail("the demo office has no values to change")
    random.Random(seed).shuffle(out)
    return out


def prepare_reference(path: Path, navdesk_db: Path, page_size: int) -> sqlite3.Connection:
    """A bare database with navdesk's durable settings and a copy of its values."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA page_size = {page_size}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(REFERENCE_TABLE)
    conn.execute("ATTACH DATABASE ? AS nav", (str(navdesk_db),))
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO value SELECT office, indicator, period, value, comment,"
                 " changed_at, changed_by FROM nav.value")
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE nav")
    return conn


def open_navdesk(path: Path):
    """The store as the window has it when the person starts typing: open, with its
    catalogue read."""
    from navdesk.store import open_store

    store = open_store(path, create=False)
    store.catalogue  # noqa: B018 - loaded once per store, as the window does before the first save
    return store


def open_reference(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def audit_count(path: Path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    finally:
        conn.close()


# ---------------------------------------------------------------------------- measuring
class Saver:
    """Walks through the targets; each save writes the value the target does not hold."""

    def __init__(self, items: list) -> None:
        self.items = items
        self.flipped = [False] * len(items)
        self.i = 0

    def next(self):
        k = self.i % len(self.items)
        self.i += 1
        code, period, base, other = self.items[k]
        self.flipped[k] = not self.flipped[k]
        return code, period, other if self.flipped[k] else base

    def expected(self) -> dict:
        return {(c, p): (o if f else b)
                for (c, p, b, o), f in zip(self.items, self.flipped, strict=True)}


def run_navdesk(store, office: str, saver: Saver, n: int) -> tuple[list[float], float]:
    clock = time.perf_counter
    times = []
    cpu = time.process_time()
    for _ in range(n):
        code, period, value = saver.next()
        start = clock()
        change = store.set_value(office, code, period, value)
        times.append(clock() - start)
        if change is None:
            fail(f"set_value({code}, {period}, {value}) stored nothing")
    return times, time.process_time() - cpu


def run_reference(conn: sqlite3.Connection, office: str, saver: Saver, n: int,
                  user: str) -> tuple[list[float], float]:
    clock = time.perf_counter
    times = []
    cpu = time.process_time()
    for _ in range(n):
        code, period, value = saver.next()
        start = clock()
        at = datetime_text()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(REFERENCE_UPSERT, (office, str(period), code, value, at, user))
        conn.execute("COMMIT")
        times.append(clock() - start)
    return times, time.process_time() - cpu


def run_disk(path: Path, page_size: int, n: int) -> list[float]:
    """What the disk alone costs: write one page and flush it (fdatasync, as SQLite does),
    ``n`` times. Shown for reading the absolute figures; no target."""
    sync = getattr(os, "fdatasync", os.fsync)
    page = b"\x5a" * page_size
    clock = time.perf_counter
    times = []
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for i in range(n):
            start = clock()
            os.lseek(fd, (i % 8) * page_size, os.SEEK_SET)
            os.write(fd, page)
            sync(fd)
            times.append(clock() - start)
    finally:
        os.close(fd)
    return times


def datetime_text() -> str:  # what a caller would store as the time of the change
    from datetime import datetime

    return datetime.now().astimezone().isoformat(timespec="seconds")


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20, method="inclusive")[-1]


def check(store, ref: sqlite3.Connection, office: str, nav_saver: Saver, ref_saver: Saver,
          audits_before: int, saved: int) -> None:
    for (code, period), value in nav_saver.expected().items():
        got = store.value(office, code, period)
        if got is None or got.value != value:
            fail(f"navdesk holds {got and got.value} for {code} {period}, expected {value}")
    for (code, period), value in ref_saver.expected().items():
        got = ref.execute("SELECT value FROM value WHERE office = ? AND period = ? AND "
                          "indicator = ?", (office, str(period), code)).fetchone()
        if got is None or got[0] != value:
            fail(f"the reference holds {got} for {code} {period}, expected {value}")
    audits = audit_count(store.path) - audits_before
    if audits != saved:
        fail(f"navdesk wrote {audits} audit rows for {saved} saves")


# ---------------------------------------------------------------------------- report
def report(ref: list[list[float]], nav: list[list[float]], ref_cpu: float, nav_cpu: float,
           target_ms: float, disk: list[float], page_size: int) -> int:
    all_ref = [t for r in ref for t in r]
    all_nav = [t for r in nav for t in r]
    ref_med, nav_med = statistics.median(all_ref), statistics.median(all_nav)
    ratio = nav_med / ref_med
    paired = [statistics.median(n) / statistics.median(r) for r, n in zip(ref, nav, strict=True)]
    ok_med = nav_med * 1000 < target_ms
    ok_p95 = p95(all_nav) * 1000 < target_ms
    w = 78
    print()
    print("=" * w)
    print(f"Saving one value: {len(ref)} session(s) of {len(ref[0])} saves per side;"
          " figures per save")
    print("-" * w)
    print(f"{'':30}{'median ms':>10}{'p95 ms':>8}{'max ms':>8}{'cpu ms':>8}   round medians (ms)")
    for label, rounds, runs, cpu in (("sqlite3 upsert+commit (ref)", ref, all_ref, ref_cpu),
                                     ("navdesk Store.set_value", nav, all_nav, nav_cpu)):
        print(f"{label:30}{statistics.median(runs) * 1000:10.2f}{p95(runs) * 1000:8.2f}"
              f"{max(runs) * 1000:8.1f}{cpu / len(runs) * 1000:8.2f}   "
              + " ".join(f"{statistics.median(r) * 1000:.2f}" for r in rounds))
    print(f"{f'disk: {page_size // 1024} KiB write + fdatasync':30}"
          f"{statistics.median(disk) * 1000:10.2f}{p95(disk) * 1000:8.2f}{max(disk) * 1000:8.1f}"
          f"{'':8}   (what one flush costs here; for reading the figures)")
    print("-" * w)
    print(f"{'time ratio navdesk/ref':30}{ratio:9.2f}x   (no target; per round: "
          + ", ".join(f"{p:.2f}x" for p in paired) + ")")
    print(f"{'navdesk median per save':30}{nav_med * 1000:7.2f} ms   target < {target_ms:.0f} ms"
          f"   {'PASS' if ok_med else 'FAIL'}")
    print(f"{'navdesk p95 per save':30}{p95(all_nav) * 1000:7.2f} ms   target < {target_ms:.0f} ms"
          f"   {'PASS' if ok_p95 else 'FAIL'}")
    print("=" * w)
    print("The 10 ms target is absolute, so it depends on the disk (one fsync per save on")
    print("both sides); the ratio is what navdesk adds on top. cpu ms is this process's CPU")
    print("time per save; the rest of the wall time is mostly waiting for the disk.")
    return 0 if ok_med and ok_p95 else 1


# ---------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--repeat", type=int, default=10,
                   help="rounds (sessions), each opening both databases afresh (default 10)")
    p.add_argument("--saves", type=int, default=100,
                   help="saves per side and round, a month's typing and more (default 100)")
    p.add_argument("--block", type=int, default=10,
                   help="saves in a row before the other side takes its turn (default 10)")
    p.add_argument("--warmup", type=int, default=20,
                   help="untimed saves per side in a session before the first round (default 20)")
    p.add_argument("--years", type=int, default=10,
                   help="years of demo figures in the demo office (default 10)")
    p.add_argument("--target-ms", type=float, default=TARGET_MS,
                   help=f"target per save in ms (default {TARGET_MS:.0f})")
    p.add_argument("--seed", type=int, default=20240101, help="seed for the order of the saves")
    p.add_argument("--workdir", type=Path,
                   help="folder for the two databases, on the disk you care about (default: a new"
                        " folder in the system's temporary folder, or in the repository when that"
                        " is a tmpfs)")
    p.add_argument("--keep", action="store_true", help="keep the work folder and both databases")
    args = p.parse_args(argv)
    if min(args.repeat, args.saves, args.block, args.years) < 1 or args.warmup < 0:
        p.error("--repeat, --saves, --block and --years must be at least 1, --warmup at least 0")

    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix="navdesk-save-", dir=args.workdir.resolve()))
    else:
        work = Path(tempfile.mkdtemp(prefix=".navdesk-save-" if default_parent() == REPO
                                     else "navdesk-save-", dir=default_parent()))
    store = ref = None
    try:
        fs = filesystem(work)
        print(f"work folder: {work}")
        print(f"disk:        {fs}" + ("   (in memory: fsync costs nothing here)"
                                      if in_memory(work) else ""))
        nav_db, ref_db = work / "navdesk.sqlite", work / "reference.sqlite"
        start = time.perf_counter()
        store, office = prepare_navdesk(nav_db, args.years)
        page_size = store.conn.execute("PRAGMA page_size").fetchone()[0]
        mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
        sync = store.conn.execute("PRAGMA synchronous").fetchone()[0]
        if mode != "wal" or sync != 2:
            fail(f"navdesk's store runs journal_mode={mode}, synchronous={sync};"
                 " expected wal and 2 (FULL)")
        ref = prepare_reference(ref_db, nav_db, page_size)
        values = store.conn.execute("SELECT count(*) FROM value").fetchone()[0]
        items = targets(store, office.code, args.seed)
        print(f"databases:   {values:,} values each ({office.name}, {args.years} years),"
              f" {page_size // 1024} KiB pages, WAL, synchronous=FULL;"
              f" made in {time.perf_counter() - start:.1f} s")
        print(f"saves:       {len(items):,} (indicator, month) pairs in turn, "
              f"{args.saves} saves per side and round")

        store.close()
        ref.close()
        store = ref = None

        nav_saver, ref_saver = Saver(items), Saver(items)
        user = "benchmark"
        audits_before = audit_count(nav_db)
        ref_runs, nav_runs, disk = [], [], []
        ref_cpu = nav_cpu = 0.0
        for n in range(0, args.repeat + 1):  # round 0 is the warm-up
            # Each round is one session: both databases are opened afresh (closing the
            # last connection checkpointed and removed the write-ahead log, as when the
            # window closes), so every save appends to a growing log, as in a month's
            # typing of 40-80 values.
            store, ref = open_navdesk(nav_db), open_reference(ref_db)
            count = args.saves if n else args.warmup
            r, v = [], []
            # the two sides take turns in blocks, so a burst of disk traffic from another
            # program falls on both alike
            for done in range(0, count, args.block):
                k = min(args.block, count - done)
                times, cpu = run_reference(ref, office.code, ref_saver, k, user)
                r += times
                ref_cpu += cpu if n else 0.0
                times, cpu = run_navdesk(store, office.code, nav_saver, k)
                v += times
                nav_cpu += cpu if n else 0.0
            store.close()
            ref.close()
            store = ref = None
            if not n:
                continue
            disk += run_disk(work / "flush.bin", page_size, max(20, args.saves // 4))
            ref_runs.append(r)
            nav_runs.append(v)
            rm, vm = statistics.median(r) * 1000, statistics.median(v) * 1000
            print(f"round {n}/{args.repeat}: reference {rm:6.2f} ms   navdesk {vm:6.2f} ms"
                  f"  ({vm / rm:.2f}x)", flush=True)
        store, ref = open_navdesk(nav_db), open_reference(ref_db)
        check(store, ref, office.code, nav_saver, ref_saver, audits_before,
              args.warmup + args.repeat * args.saves)
        return report(ref_runs, nav_runs, ref_cpu, nav_cpu, args.target_ms, disk, page_size)
    finally:
        if store is not None:
            store.close()
        if ref is not None:
            ref.close()
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
