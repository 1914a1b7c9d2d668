"""Benchmark: workbooks in and out, against CSV measured in the same run (issue 15).

Side by side, each figure with its reference from the same run:

* **import**: ``navdesk-cli import F.xlsx`` against ``navdesk-cli import F.csv`` of the
  same rows, each into a fresh database (target: the workbook within 2x of the CSV);
* **reader**: python-calamine (navdesk's reader, every cell turned into navdesk's text
  by :class:`navdesk.formats.workbook.WorkbookRows`) against openpyxl in read-only mode
  (``iter_rows(values_only=True)``, the cells not even turned into text) reading the
  same workbook;
* **export**: ``navdesk-cli export --office all --out F.xlsx`` against the same export
  to ``F.csv`` (target: the workbook within 3x of the CSV);
* **peak memory** of every navdesk process (target: under 800 MB).

The rows are the million-row benchmark's (``import_million.py``: demo figures, 35
monthly indicators, a comment in about one row in 500), for one year and enough
offices to make about 500,000 rows (1,200 offices: 504,000 rows). The CSV file is
generated; it is imported once, and the workbook and the CSV file then compared are
both navdesk's own export of that database (so they hold the very same rows).

    .venv/bin/python benchmarks/xlsx.py                  # 504,000 rows, 3 rounds
    .venv/bin/python benchmarks/xlsx.py --offices 120    # about 50,000 rows, quick

Exit code: 0 every target met, 1 a target missed, 2 a run failed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_million import (  # noqa: E402 - the benchmark next to this one
    Run,
    count_rows,
    default_cli,
    fail,
    generate,
    measured,
    remove_db,
)

TARGET_IMPORT = 2.0
TARGET_EXPORT = 3.0
TARGET_MEMORY_MB = 800.0
YEAR = 2024

_READ_CALAMINE = """
import sys
from navdesk.formats.workbook import WorkbookRows
with WorkbookRows(sys.argv[1]) as rows:
    n = sum(1 for _ in rows)
print(n)
"""
_READ_OPENPYXL = """
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1], read_only=True)
n = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True)) - 1
print(n)
"""


def init(cli: list[str], db: Path, work: Path) -> None:
    remove_db(db)
    run, code = measured([*cli, "--db", str(db), "init", "--office-code", "9999",
                          "--office-name", "Benchmark"], work / "init.log")
    if code:
        fail("navdesk-cli init failed", work / "init.log")


def timed(name: str, cmd: list[str], work: Path, n: int) -> Run:
    log = work / f"{name}-{n}.log"
    run, code = measured(cmd, log)
    if code:
        fail(f"{name} exited {code}", log)
    return run


def median(runs: list[Run]) -> Run:
    return Run(statistics.median(r.seconds for r in runs), statistics.median(r.cpu for r in runs),
               max(r.peak_mb for r in runs))


def line(name: str, runs: list[Run]) -> str:
    m = median(runs)
    each = " ".join(f"{r.seconds:6.2f}" for r in runs)
    return f"{name:<34}{m.seconds:8.2f}{m.cpu:9.2f}{m.peak_mb:9.1f}   {each}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--offices", type=int, default=1200)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--workdir", type=Path)
    args = p.parse_args(argv)
    cli = default_cli()
    python = str(Path(sys.executable))
    work = args.workdir or Path(tempfile.mkdtemp(prefix="navdesk-xlsx-"))
    work.mkdir(parents=True, exist_ok=True)

    source = work / "source.csv"
    rows = generate(source, offices=args.offices, years=1, first_year=YEAR, indicators=35,
                    seed=15)
    db = work / "source.sqlite"
    init(cli, db, work)
    timed("import-source", [*cli, "--db", str(db), "import", str(source), "--add-offices"],
          work, 0)
    csv_file, book = work / "tall.csv", work / "tall.xlsx"
    results: dict[str, list[Run]] = {k: [] for k in (
        "export csv", "export xlsx", "import csv", "import xlsx", "read calamine",
        "read openpyxl")}
    for n in range(args.repeat):
        export = [*cli, "--db", str(db), "export", "--year", str(YEAR), "--office", "all"]
        results["export csv"].append(timed("export-csv", [*export, "--out", str(csv_file)],
                                           work, n))
        results["export xlsx"].append(timed("export-xlsx", [*export, "--out", str(book)],
                                            work, n))
        for kind, path in (("csv", csv_file), ("xlsx", book)):
            fresh = work / f"fresh-{kind}.sqlite"
            init(cli, fresh, work)
            results[f"import {kind}"].append(timed(
                f"import-{kind}", [*cli, "--db", str(fresh), "import", str(path),
                                   "--add-offices"], work, n))
            stored = count_rows(fresh, "SELECT count(*) FROM value")
            if stored != rows:
                fail(f"import of {path.name} stored {stored:,} values, expected {rows:,}")
            remove_db(fresh)
        results["read calamine"].append(timed("read-calamine", [python, "-c", _READ_CALAMINE,
                                                                str(book)], work, n))
        results["read openpyxl"].append(timed("read-openpyxl", [python, "-c", _READ_OPENPYXL,
                                                                str(book)], work, n))

    print(f"{rows:,} rows; workbook {book.stat().st_size / 1e6:.1f} MB, "
          f"CSV {csv_file.stat().st_size / 1e6:.1f} MB; {args.repeat} rounds")
    print(f"{'':<34}{'wall s':>8}{'cpu s':>9}{'peak MB':>9}   runs (wall s)")
    for name, label in (("import csv", "navdesk-cli import F.csv (ref)"),
                        ("import xlsx", "navdesk-cli import F.xlsx"),
                        ("read openpyxl", "openpyxl read-only (ref)"),
                        ("read calamine", "python-calamine, as navdesk reads"),
                        ("export csv", "navdesk-cli export F.csv (ref)"),
                        ("export xlsx", "navdesk-cli export F.xlsx")):
        print(line(label, results[name]))
    print("-" * 78)

    def ratio(a: str, b: str) -> float:
        return median(results[a]).seconds / median(results[b]).seconds

    failed = False
    for what, a, b, target in (("import xlsx/csv", "import xlsx", "import csv", TARGET_IMPORT),
                               ("export xlsx/csv", "export xlsx", "export csv", TARGET_EXPORT)):
        r = ratio(a, b)
        ok = r <= target
        failed |= not ok
        print(f"{what:<22}{r:6.2f}x   target <= {target:.1f}x   {'PASS' if ok else 'MISS'}")
    print(f"{'reader openpyxl/calamine':<22}{ratio('read openpyxl', 'read calamine'):6.2f}x "
          "(how much slower the other reader is)")
    peak = max(r.peak_mb for k, runs in results.items() if "openpyxl" not in k for r in runs)
    ok = peak < TARGET_MEMORY_MB
    failed |= not ok
    print(f"{'peak memory navdesk':<22}{peak:6.0f} MB   target < {TARGET_MEMORY_MB:.0f} MB   "
          f"{'PASS' if ok else 'MISS'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
