"""navdesk-cli run in-process with pytest's ``capsys``, and a database file read back
by another connection: shared by the CLI's tests."""

from __future__ import annotations

import sqlite3

from navdesk.cli.main import main


def run(capsys, *args):
    """``main(args)``: the exit code, stdout and stderr (as text)."""
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def tables(db) -> tuple:
    """The values, the audit log and the offices of the ``--db`` arguments' file."""
    conn = sqlite3.connect(db[1])
    try:
        return (conn.execute("SELECT * FROM value ORDER BY 1, 2, 3").fetchall(),
                conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall(),
                conn.execute("SELECT * FROM office ORDER BY code").fetchall())
    finally:
        conn.close()
