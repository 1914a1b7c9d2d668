"""A backup of an office with ten years of figures, against the sqlite3 shell's own
``.backup`` of the same file, timed alternately in the same run.

- reference: ``sqlite3 FILE ".backup OUT"`` (a process of its own, as a user would run it);
- navdesk: :func:`navdesk.store.backup.make_backup` on an open store (what an import, a
  restore, a migration and the window's daily backup call): the backup API's copy, the
  switch of the copy to one file (rollback journal) and its note;
- for information: ``navdesk-cli backup`` as a process (Python's start-up included).

Target (issue 13): navdesk ≤ 1.5× the reference (medians). Run:

    .venv/bin/python benchmarks/backup.py [--rounds 9] [--years 10] [--keep]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--keep", action="store_true", help="leave the temporary folder")
    args = ap.parse_args()
    shell = shutil.which("sqlite3")
    if shell is None:
        print("the sqlite3 shell is not installed: no reference to compare with")
        return 2

    from navdesk.domain.period import Period
    from navdesk.store import open_store
    from navdesk.store.backup import make_backup
    from navdesk.store.demo import fill_demo

    folder = Path(tempfile.mkdtemp(prefix="navdesk-backup-"))
    os.environ["XDG_DATA_HOME"] = str(folder / "data")  # the CLI's backups stay in here
    path = folder / "demo.sqlite"
    with open_store(path) as store:
        store.save_office("9999", "NAV Eksempelby", home=True)
        fill_demo(store, "9999", Period(2025 - args.years + 1, 1), Period(2025, 12))
    store = open_store(path)
    values = store.conn.execute("SELECT count(*) FROM value").fetchone()[0]
    ref, ours, cli = [], [], []
    try:
        for i in range(args.rounds):
            out = folder / f"ref-{i}.sqlite"
            t = time.perf_counter()
            subprocess.run([shell, str(path), f".backup '{out}'"], check=True)
            ref.append(time.perf_counter() - t)
            t = time.perf_counter()
            made = make_backup(store.conn, path, "benchmark", root=folder / "ours", keep=False)
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "navdesk.cli.main", "--db", str(path),
                            "backup"], check=True, capture_output=True)
            cli.append(time.perf_counter() - t)
        size = made.stat().st_size / 1e6
    finally:
        store.close()
        if not args.keep:
            shutil.rmtree(folder)
    count = f"{values:,}".replace(",", " ")
    print(f"Backup of {count} values ({args.years} years of one office, {size:.1f} MB),"
          f" {args.rounds} rounds")
    print(f"{'':34}{'median ms':>10}   runs (ms)")
    for name, times in [("sqlite3 FILE .backup OUT (ref)", ref),
                        ("navdesk make_backup()", ours),
                        ("navdesk-cli backup (process)", cli)]:
        runs = " ".join(f"{t * 1000:6.1f}" for t in times)
        print(f"{name:34}{statistics.median(times) * 1000:10.1f}   {runs}")
    ratio = statistics.median(ours) / statistics.median(ref)
    ok = ratio <= 1.5
    print(f"time ratio navdesk/ref {ratio:.2f}x   target <= 1.5x   {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
