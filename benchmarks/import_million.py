"""Benchmark: importing a municipality's exchange file of about a million rows.

Prints, side by side and measured in the same run, how long

* the reference, the ``sqlite3`` command-line shell, takes to ``.import`` the file
  into a bare table of a fresh database, and
* ``navdesk-cli import FILE --add-offices`` takes on a fresh navdesk database,

and the ratio between them (target: navdesk within 3x of the shell), plus the peak
memory (maximum resident set size) of the navdesk import process (target: under
500 MB). Machines are shared and noisy, so speed is judged only as a ratio against the
reference measured in the same run, never as absolute seconds.

The file is generated deterministically (demo figures and a fixed seed) in the
exchange format exactly as navdesk exports it: ``;``-separated, CRLF, UTF-8 with BOM,
decimal comma, header ``kontornr;kontor;periode;indikator;navn;verdi;enhet;kommentar``.
Default size: 120 offices x 20 years x 12 months x 35 monthly indicators = 1,008,000
rows.

Run from the repository root with the project's virtualenv::

    .venv/bin/python benchmarks/import_million.py               # full size, 3 rounds
    .venv/bin/python benchmarks/import_million.py --offices 12  # about 100,000 rows

Exit code: 0 both targets met, 1 a target missed, 2 a run failed or gave wrong data.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CATALOGUE_CSV = REPO / "resources" / "catalogue.csv"
HEADER = ["kontornr", "kontor", "periode", "indikator", "navn", "verdi", "enhet", "kommentar"]

TARGET_RATIO = 3.0
TARGET_MEMORY_MB = 500.0

# With the default 35 indicators: every monthly indicator that is not part of a
# breakdown, except these three (38 - 3 = 35). Breakdown parts follow if more are asked.
SKIP_BY_DEFAULT = ("SH_GJELD", "SH_OVERGANG", "ARB_TIL_ARBEID")

# the comments people write; a few need quoting (";", quotes) or a formula guard ("-")
COMMENTS = [
    "Korrigert etter revisjon",
    "Tall fra fagsystemet; ikke kontrollert",
    'Inkluderer "akuttbolig"',
    "-5 % etter omlegging av rutiner",
    "Nytt fagsystem fra denne måneden",
    "Stengt tre dager (streik)",
]
COMMENT_EVERY = 500  # about one row in this many carries a comment


# ---------------------------------------------------------------------------- the file
@dataclass(frozen=True)
class Ind:
    code: str
    name: str
    unit: str


def monthly_indicators(count: int) -> list[Ind]:
    """``count`` monthly, non-computed indicators of the shipped catalogue."""
    with open(CATALOGUE_CSV, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    monthly = [r for r in rows if r["periodetype"] == "month" and r["aggregering"] != "ratio"
               and r["aktiv"] != "0"]
    plain = [r for r in monthly if not r["fordeling"]]
    order = ([r for r in plain if r["kode"] not in SKIP_BY_DEFAULT]
             + [r for r in monthly if r["fordeling"]]
             + [r for r in plain if r["kode"] in SKIP_BY_DEFAULT])
    if count > len(order):
        raise SystemExit(f"--indicators: the catalogue has only {len(order)} monthly indicators")
    chosen = {r["kode"] for r in order[:count]}
    # in catalogue order, as navdesk exports them
    return [Ind(r["kode"], r["navn"], r["enhet"]) for r in monthly if r["kode"] in chosen]


def office_codes(n: int) -> list[str]:
    return [f"{101 + i:04d}" for i in range(n)]  # 0101, 0102, ...


def generate(path: Path, *, offices: int, years: int, first_year: int, indicators: int,
             seed: int) -> int:
    """Write the exchange file; return its number of data rows."""
    from navdesk.domain.demo import demo_year
    from navdesk.domain.period import Period
    from navdesk.domain.units import format_number
    from navdesk.formats.csvfile import guard, write_csv_file

    inds = monthly_indicators(indicators)
    names = {i.code: guard(i.name) for i in inds}
    rng = random.Random(seed)
    count = 0

    def rows():
        nonlocal count
        for office in office_codes(offices):
            oname = guard(f"NAV Kontor {office}")
            for year in range(first_year, first_year + years):
                figures = demo_year(office, year)
                for month in range(1, 13):
                    values = figures[Period(year, month)]
                    period = f"{year:04d}-{month:02d}"
                    for ind in inds:
                        comment = ""
                        if rng.randrange(COMMENT_EVERY) == 0:
                            comment = guard(rng.choice(COMMENTS))
                        count += 1
                        yield [office, oname, period, ind.code, names[ind.code],
                               format_number(values[ind.code], ","), ind.unit, comment]

    write_csv_file(path, HEADER, rows())
    return count


# ---------------------------------------------------------------------------- measuring
@dataclass
class Run:
    seconds: float
    cpu: float  # user + system seconds of the process
    peak_mb: float  # its maximum resident set size


# Runs one command and reports on exactly that process. It is a separate, small Python
# (-I -S: nothing imported) because on Linux a child's ru_maxrss starts at the RSS of the
# process that forked it: spawned from this script (which holds the generator's imports)
# the figure would include us. From this wrapper the floor is about 8 MB.
_WRAPPER = """
import os, sys, time
report, log, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
           (os.POSIX_SPAWN_DUP2, fd, 1), (os.POSIX_SPAWN_DUP2, fd, 2)]
start = time.perf_counter()
pid = os.posix_spawnp(cmd[0], cmd, os.environ, file_actions=actions)
_, status, ru = os.wait4(pid, 0)
seconds = time.perf_counter() - start
with open(report, "w") as f:
    f.write(f"{seconds!r} {ru.ru_utime + ru.ru_stime!r} {ru.ru_maxrss} "
            f"{os.waitstatus_to_exitcode(status)}")
"""


def measured(cmd: list[str], log: Path) -> tuple[Run, int]:
    """Run ``cmd``: its wall time (from spawn to exit) and the resource use of exactly
    that process (os.wait4 in the wrapper, so no other child pollutes the figures the
    way RUSAGE_CHILDREN would)."""
    report = log.with_suffix(".rusage")
    subprocess.run([sys.executable, "-I", "-S", "-c", _WRAPPER, str(report), str(log), *cmd],
                   check=True)
    seconds, cpu, maxrss, code = report.read_text().split()
    report.unlink()
    # ru_maxrss: kilobytes on Linux, bytes on macOS
    peak = int(maxrss) / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return Run(float(seconds), float(cpu), peak), int(code)


def fail(message: str, log: Path | None = None) -> None:
    print(f"\nFAILED: {message}", file=sys.stderr)
    if log and log.exists():
        print(log.read_text(errors="replace")[-3000:], file=sys.stderr)
    raise SystemExit(2)


def count_rows(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def remove_db(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def run_reference(sqlite: str, data: Path, work: Path, rows: int, n: int) -> Run:
    db = work / f"bare-{n}.db"
    remove_db(db)
    log = work / f"bare-{n}.log"
    run, code = measured([sqlite, str(db), ".mode csv", ".separator ;", f".import {data} t"], log)
    if code != 0:
        fail(f"sqlite3 .import exited {code}", log)
    got = count_rows(db, "SELECT count(*) FROM t")
    if got != rows:
        fail(f"sqlite3 .import stored {got:,} rows, expected {rows:,}", log)
    remove_db(db)
    return run


def run_navdesk(cli: list[str], data: Path, work: Path, rows: int, offices: int, n: int,
                keep: bool) -> Run:
    db = work / f"navdesk-{n}.db"
    remove_db(db)
    log = work / f"navdesk-{n}.log"
    init = subprocess.run([*cli, "--db", str(db), "init", "--office-code", "9999",
                           "--office-name", "Benchmark"], capture_output=True, text=True)
    if init.returncode != 0:
        fail(f"navdesk-cli init exited {init.returncode}:\n{init.stderr}")
    run, code = measured([*cli, "--db", str(db), "import", str(data), "--add-offices"], log)
    if code != 0:
        fail(f"navdesk-cli import exited {code}", log)
    values = count_rows(db, "SELECT count(*) FROM value")
    audits = count_rows(db, "SELECT count(*) FROM audit")
    known = count_rows(db, "SELECT count(*) FROM office")
    if values != rows or audits != rows or known != offices + 1:
        fail(f"after the import the database holds {values:,} values, {audits:,} audit rows"
             f" and {known} offices; expected {rows:,}, {rows:,} and {offices + 1}", log)
    if not keep:
        remove_db(db)
    return run


def default_cli() -> list[str]:
    script = Path(sys.executable).with_name("navdesk-cli")
    if script.exists():
        return [str(script)]
    found = shutil.which("navdesk-cli")
    return [found] if found else [sys.executable, "-m", "navdesk.cli.main"]


# ---------------------------------------------------------------------------- report
def fmt_runs(runs: list[Run]) -> str:
    return " ".join(f"{r.seconds:6.2f}" for r in runs)


def report(ref: list[Run], nav: list[Run], *, rows: int, size: int, shape: str) -> int:
    ref_s = statistics.median(r.seconds for r in ref)
    nav_s = statistics.median(r.seconds for r in nav)
    ratio = nav_s / ref_s
    paired = [n.seconds / r.seconds for r, n in zip(ref, nav, strict=True)]
    peak = max(r.peak_mb for r in nav)
    ok_ratio = ratio <= TARGET_RATIO
    ok_mem = peak < TARGET_MEMORY_MB
    w = 76
    print()
    print("=" * w)
    print(f"Import of {rows:,} rows ({shape}), {size / 1e6:.1f} MB; "
          f"{len(ref)} round(s), medians")
    print("-" * w)
    print(f"{'':26}{'wall s':>9}{'cpu s':>9}{'peak MB':>9}   runs (wall s)")
    for label, runs in (("sqlite3 .import (ref)", ref), ("navdesk-cli import", nav)):
        print(f"{label:26}{statistics.median(r.seconds for r in runs):9.2f}"
              f"{statistics.median(r.cpu for r in runs):9.2f}"
              f"{max(r.peak_mb for r in runs):9.1f}   {fmt_runs(runs)}")
    print("-" * w)
    print(f"{'time ratio navdesk/ref':26}{ratio:8.2f}x   target <= {TARGET_RATIO:.1f}x"
          f"   {'PASS' if ok_ratio else 'FAIL'}   (per round: "
          + ", ".join(f"{p:.2f}x" for p in paired) + ")")
    print(f"{'peak memory navdesk':26}{peak:7.0f} MB   target < {TARGET_MEMORY_MB:.0f} MB"
          f"   {'PASS' if ok_mem else 'FAIL'}")
    print(f"{'navdesk rows per second':26}{rows / nav_s:9,.0f}")
    print("=" * w)
    return 0 if ok_ratio and ok_mem else 1


# ---------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--offices", type=int, default=120, help="offices in the file (default 120)")
    p.add_argument("--years", type=int, default=20, help="years of monthly values (default 20)")
    p.add_argument("--first-year", type=int, default=2005, help="first year (default 2005)")
    p.add_argument("--indicators", type=int, default=35,
                   help="monthly indicators per office and month (default 35)")
    p.add_argument("--rows", type=int,
                   help="about this many rows instead: sets --offices to fit (quick runs)")
    p.add_argument("--repeat", type=int, default=3,
                   help="rounds, each timing the reference and then navdesk (default 3)")
    p.add_argument("--seed", type=int, default=20240101, help="seed for the comments")
    p.add_argument("--workdir", type=Path,
                   help="folder for the file and the databases (default: a new temporary one)")
    p.add_argument("--keep", action="store_true",
                   help="keep the work folder, the file and the last navdesk database")
    p.add_argument("--sqlite3", default=shutil.which("sqlite3") or "/usr/bin/sqlite3",
                   help="the sqlite3 shell (default: from PATH)")
    p.add_argument("--cli", help="navdesk-cli command (default: the one next to this Python)")
    args = p.parse_args(argv)

    per_office = args.years * 12 * args.indicators
    if args.rows:
        args.offices = max(1, round(args.rows / per_office))
    if min(args.offices, args.years, args.indicators, args.repeat) < 1:
        p.error("--offices, --years, --indicators and --repeat must be at least 1")
    cli = args.cli.split() if args.cli else default_cli()

    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        work, made = args.workdir.resolve(), False
    else:
        work, made = Path(tempfile.mkdtemp(prefix="navdesk-bench-")), True
    shape = f"{args.offices} offices x {args.years * 12} months x {args.indicators} indicators"
    data = work / f"exchange-{args.offices}x{args.years}x{args.indicators}.csv"
    try:
        print(f"work folder: {work}")
        sqlite_version = subprocess.run([args.sqlite3, '--version'], capture_output=True,
                                        text=True).stdout.split(' ')[0]
        print(f"reference:   {args.sqlite3} ({sqlite_version})")
        print(f"navdesk:     {' '.join(cli)}")
        start = time.perf_counter()
        rows = generate(data, offices=args.offices, years=args.years, first_year=args.first_year,
                        indicators=args.indicators, seed=args.seed)
        size = data.stat().st_size
        print(f"generated {data.name}: {rows:,} rows, {size / 1e6:.1f} MB"
              f" in {time.perf_counter() - start:.1f} s ({shape})")

        ref: list[Run] = []
        nav: list[Run] = []
        for n in range(1, args.repeat + 1):
            r = run_reference(args.sqlite3, data, work, rows, n)
            ref.append(r)
            print(f"round {n}/{args.repeat}: sqlite3 .import {r.seconds:7.2f} s", end="",
                  flush=True)
            v = run_navdesk(cli, data, work, rows, args.offices, n,
                            keep=args.keep and n == args.repeat)
            nav.append(v)
            print(f"   navdesk import {v.seconds:7.2f} s  ({v.seconds / r.seconds:.2f}x,"
                  f" {v.peak_mb:.0f} MB)", flush=True)
        return report(ref, nav, rows=rows, size=size, shape=shape)
    finally:
        if args.keep:
            print(f"kept: {work}")
        elif made:
            shutil.rmtree(work, ignore_errors=True)
        else:
            data.unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())
