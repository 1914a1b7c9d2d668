"""The command line and a window on the same file (issue 13, point 3): the command line
never takes the window's one-writer lock (it writes between the window's short writes),
and when another process keeps the file busy it gives up with a clear bokmål message,
rc 2, and changes nothing."""

from __future__ import annotations

import subprocess
import sys

from tests.cli.runs import run
from tests.lock_holder import kill_hard, start_holder

HOLD_WRITE = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("busy", flush=True)
time.sleep(600)
"""


def exchange_file(tmp_path):
    path = tmp_path / "tall.csv"
    path.write_text("kontornr;periode;indikator;verdi\r\n0312;2025-03;SH_MND;777\r\n",
                    encoding="utf-8-sig")
    return path


def test_the_command_line_writes_while_a_window_holds_the_writer_lock(demo_store, tmp_path,
                                                                      capsys):
    window = start_holder(demo_store.path)
    try:
        code, _, err = run(capsys, "--db", demo_store.path, "import", exchange_file(tmp_path))
    finally:
        kill_hard(window)
    assert code == 0, err
    assert demo_store.conn.execute(
        "SELECT value FROM value WHERE indicator = 'SH_MND' AND period = '2025-03'"
    ).fetchone()[0] == 777


def test_a_file_kept_busy_by_another_process_is_refused_clearly_with_rc_2(demo_store,
                                                                        tmp_path, capsys):
    before = demo_store.conn.execute(
        "SELECT value FROM value WHERE indicator = 'SH_MND' AND period = '2025-03'"
    ).fetchone()[0]
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WRITE, str(demo_store.path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "busy"
        code, out, err = run(capsys, "--db", demo_store.path, "import",
                             exchange_file(tmp_path))
    finally:
        holder.kill()
        holder.wait()
    assert code == 2
    assert "navdesk-cli: Databasen er i bruk av et annet navdesk-vindu eller en kommando; " \
           "prøv igjen om litt" in err
    assert "Traceback" not in err and out == ""
    assert demo_store.conn.execute(
        "SELECT value FROM value WHERE indicator = 'SH_MND' AND period = '2025-03'"
    ).fetchone()[0] == before
