"""Make the database fixture of one schema version with that version's own code, for
tests/store/test_old_schemas.py: ``python scripts/make_schema_fixture.py COMMIT OUT``.

The commit's source is checked out into a temporary git worktree and its own
``navdesk-cli`` (run with ``PYTHONPATH`` pointing at that source) sets up office 0312,
imports two small exchange files (the second changes a value and a comment, so the audit
trail has two changes) and, where that version can, locks a month. The fixtures in
tests/store/fixtures/ were made so, from:

- schema_v1.sqlite: 5740d7b~1 (the last commit before migration 2, the goal card)
- schema_v2.sqlite: 27d2f15~1 (the last commit before migration 3, lock notes)
- schema_v3.sqlite: c6489b8 (issue 11 as it landed)
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST = ("kontornr;periode;indikator;verdi;kommentar\r\n"
         "0312;2025-01;SH_MND;480;\r\n0312;2025-01;SH_HIA;480;\r\n"
         "0312;2025-02;SH_MND;470;Færre nye søknader\r\n0312;2025-02;SH_HIA;510;\r\n"
         "0312;2025-03;SH_MND;455;\r\n0312;2025-03;SH_HIA;525;\r\n"
         "0312;2025-03;SAK_DAGER;12,5;\r\n0312;2025-03;SH_BRUTTO;3137045,49;Etterbetaling\r\n")
SECOND = ("kontornr;periode;indikator;verdi;kommentar\r\n"
          "0312;2025-03;SH_MND;460;Rettet etter kontroll\r\n0312;2025-04;SH_MND;450;\r\n")


def cli(source: Path, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(source / "src"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "navdesk.cli.main", *args, "--db", str(db)],
                          capture_output=True, text=True, env=env, cwd=source, check=False)


def main(commit: str, out: str) -> int:
    target = Path(out).resolve()
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree),
                        commit], check=True, capture_output=True)
        try:
            db = Path(folder) / "fixture.sqlite"
            steps = [("init", "--office-code", "0312", "--office-name", "NAV Frogner")]
            for n, text in enumerate((FIRST, SECOND), 1):
                path = Path(folder) / f"tall{n}.csv"
                path.write_text(text, encoding="utf-8-sig")
                steps.append(("import", str(path)))
            for step in steps:
                done = cli(tree, db, *step)
                if done.returncode != 0:
                    print(done.stdout, done.stderr, file=sys.stderr)
                    return 1
            # a reported month, where the version has the command
            cli(tree, db, "month", "lock", "2025-01", "--anyway")
            conn = sqlite3.connect(db)
            # everything in the main file (it stays in WAL mode, as navdesk's files are)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            target.write_bytes(db.read_bytes())
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(tree)], check=False, capture_output=True)
    print(f"{target}: made by {commit}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
