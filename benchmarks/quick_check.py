"""The cost of the damage check (``PRAGMA quick_check``) that every ``navdesk-cli``
command and the window (in the background, after its first frame) run before they read
or write, on two databases, each timed alternately with a reference in the same run:

- ten years of one office (the demo office's figures, ``fill_demo``);
- about a million values (120 offices x 20 years x 35 monthly indicators, imported
  through ``navdesk-cli import --add-offices`` from the file ``import_million.py`` writes).

For each: the check as navdesk runs it (a new connection, ``open_store(check=True)``:
open, header sniff, schema look, ``quick_check``), the bare ``PRAGMA quick_check`` on an
open connection, and the reference: reading every byte of the file once (sha256 of it,
the least any whole-file check can cost). With ``--integrity`` also ``PRAGMA
integrity_check`` (what quick_check leaves out: index contents), for information.

Targets (issue 13): the check ≤ 0.2 s for ten years of one office and ≤ 1.5 s for a
million values (medians). These are absolute: the ratio to the file read is printed
beside them so a slow machine can be told from a slow check. Run:

    .venv/bin/python benchmarks/quick_check.py [--rounds 7] [--skip-million] [--integrity]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _million_module():
    spec = importlib.util.spec_from_file_location("import_million", HERE / "import_million.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["import_million"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def ten_years(folder: Path) -> Path:
    from navdesk.domain.period import Period
    from navdesk.store import open_store
    from navdesk.store.demo import fill_demo

    path = folder / "ten-years.sqlite"
    with open_store(path) as store:
        store.save_office("9999", "NAV Eksempelby", home=True)
        fill_demo(store, "9999", Period(2016, 1), Period(2025, 12))
    return path


def million(folder: Path) -> Path:
    bench = _million_module()
    data = folder / "million.csv"
    bench.generate(data, offices=120, years=20, first_year=2005, indicators=35, seed=20240101)
    path = folder / "million.sqlite"
    cli = bench.default_cli()
    for step in (["init", "--office-code", "9999", "--office-name", "Benchmark"],
                 ["import", str(data), "--add-offices"]):
        subprocess.run([*cli, "--db", str(path), *step], check=True, capture_output=True)
    data.unlink()
    return path


def read_file(path: Path) -> None:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)


def navdesk_check(path: Path) -> None:
    from navdesk.store import open_store

    open_store(path, create=False, check=True).close()


def bare_check(conn: sqlite3.Connection) -> Callable[[Path], None]:
    def run(_path: Path) -> None:
        (result,) = conn.execute("PRAGMA quick_check").fetchone()
        assert result == "ok", result
    return run


def integrity(conn: sqlite3.Connection) -> Callable[[Path], None]:
    def run(_path: Path) -> None:
        (result,) = conn.execute("PRAGMA integrity_check").fetchone()
        assert result == "ok", result
    return run


def measure(path: Path, rounds: int, with_integrity: bool) -> dict[str, list[float]]:
    conn = sqlite3.connect(str(path))
    runs: dict[str, Callable[[Path], None]] = {
        "reference: read the file (sha256)": read_file,
        "navdesk: open_store(check=True)": navdesk_check,
        "bare PRAGMA quick_check": bare_check(conn),
    }
    if with_integrity:
        runs["PRAGMA integrity_check (info)"] = integrity(conn)
    times: dict[str, list[float]] = {name: [] for name in runs}
    for run in runs.values():
        run(path)  # warm the page cache alike for every contender
    for _ in range(rounds):
        for name, run in runs.items():
            t = time.perf_counter()
            run(path)
            times[name].append(time.perf_counter() - t)
    conn.close()
    return times


def report(title: str, path: Path, times: dict[str, list[float]], target: float) -> bool:
    conn = sqlite3.connect(str(path))
    values = conn.execute("SELECT count(*) FROM value").fetchone()[0]
    conn.close()
    size = path.stat().st_size
    print(f"\n{title}: {values:,} values, {size / 1e6:.1f} MB")
    ref = statistics.median(times["reference: read the file (sha256)"])
    for name, runs in times.items():
        med = statistics.median(runs)
        print(f"  {name:38s} {med * 1000:9.1f} ms   {med / ref:5.2f}x the file read")
    ours = statistics.median(times["navdesk: open_store(check=True)"])
    ok = ours <= target
    print(f"  target: the check <= {target:.1f} s: {ours:.3f} s  {'PASS' if ok else 'MISS'}")
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--skip-million", action="store_true", help="only ten years of one office")
    ap.add_argument("--integrity", action="store_true", help="also time integrity_check")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="navdesk-check-") as tmp:
        folder = Path(tmp)
        os.environ["XDG_DATA_HOME"] = str(folder / "data")  # the import's backup stays here
        ok = report("ten years of one office", (p := ten_years(folder)),
                    measure(p, args.rounds, args.integrity), 0.2)
        if not args.skip_million:
            t = time.perf_counter()
            p = million(folder)
            print(f"\n(made the million-value database in {time.perf_counter() - t:.0f} s)")
            ok = report("a million values", p, measure(p, args.rounds, args.integrity), 1.5) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
