"""The migration runner: scripts cut into statements by SQLite's own rule (never on
every ';'), each migration in the one transaction that records it."""

from __future__ import annotations

import sqlite3

import pytest

from navdesk.store import migrations
from navdesk.store.connection import StoreError
from navdesk.store.migrations import migrate, statements
from navdesk.store.schema import MIGRATIONS


def test_a_semicolon_in_a_string_a_comment_or_a_trigger_does_not_cut_a_statement():
    script = """
        -- a comment; with a semicolon
        CREATE TABLE note (text TEXT DEFAULT 'a; b');
        CREATE TRIGGER t AFTER INSERT ON note BEGIN
            UPDATE note SET text = text || ';' WHERE rowid = new.rowid;
        END;
        INSERT INTO note (text) VALUES ('x;y')
        """
    cut = list(statements(script))
    assert len(cut) == 3
    assert cut[1].strip().startswith("CREATE TRIGGER") and cut[1].strip().endswith("END;")
    conn = sqlite3.connect(":memory:")
    for statement in cut:
        conn.execute(statement)
    assert conn.execute("SELECT text FROM note").fetchall() == [("x;y;",)]


def test_an_unfinished_statement_is_an_error_not_half_a_migration():
    with pytest.raises(ValueError, match="unfinished"):
        list(statements("CREATE TABLE a (x);\nCREATE TABLE b ('oops"))


def test_the_shipped_migrations_are_whole_statements():
    for _, _, script in MIGRATIONS:
        for statement in statements(script):
            assert sqlite3.complete_statement(statement + ";")


def test_a_migration_that_fails_leaves_the_file_at_the_last_whole_version(tmp_path, monkeypatch):
    path = tmp_path / "half.sqlite"
    conn = sqlite3.connect(str(path), isolation_level=None)
    broken = [*MIGRATIONS[:1],
              (2, "broken", "CREATE TABLE half (x); INSERT INTO nowhere VALUES (1)")]
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)
    with pytest.raises(StoreError, match="Kan ikke oppgradere .*no such table: nowhere"):
        migrate(conn, path, 0, target=2)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT version, name FROM migrations").fetchall() == [(1, "initial")]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half" not in tables and "indicator" in tables
    assert conn.execute("SELECT count(*) FROM indicator").fetchone()[0] > 0  # seeded with 1
    conn.close()
