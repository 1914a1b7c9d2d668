"""The connection module: one transaction() for every write, and SQLite's errors as
one line for the user."""

from __future__ import annotations

import sqlite3

import pytest

from navdesk.store.connection import StoreError, describe_error, store_error, transaction


@pytest.fixture
def conn(tmp_path):
    c = sqlite3.connect(str(tmp_path / "t.sqlite"), isolation_level=None)
    c.execute("CREATE TABLE t (x INTEGER PRIMARY KEY)")
    yield c
    c.close()


def rows(conn):
    return [r[0] for r in conn.execute("SELECT x FROM t ORDER BY x")]


def test_a_transaction_commits_what_its_body_wrote(conn, tmp_path):
    with transaction(conn) as c:
        c.execute("INSERT INTO t VALUES (1)")
        assert conn.in_transaction
    assert not conn.in_transaction
    other = sqlite3.connect(str(tmp_path / "t.sqlite"))
    assert [r[0] for r in other.execute("SELECT x FROM t")] == [1]
    other.close()


def test_a_body_that_raises_rolls_everything_back_and_the_error_goes_on(conn):
    with pytest.raises(KeyError), transaction(conn):
        conn.execute("INSERT INTO t VALUES (1)")
        raise KeyError("stop")
    assert rows(conn) == [] and not conn.in_transaction


def test_a_body_that_ended_the_transaction_itself_keeps_its_own_error(conn):
    # SQLite ends the transaction on some errors; a second ROLLBACK must not hide them
    with pytest.raises(ZeroDivisionError), transaction(conn):
        conn.execute("INSERT INTO t VALUES (1)")
        conn.execute("ROLLBACK")
        raise ZeroDivisionError
    assert rows(conn) == [] and not conn.in_transaction


def test_a_busy_database_is_refused_before_anything_is_done(conn, tmp_path):
    other = sqlite3.connect(str(tmp_path / "t.sqlite"), isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        with pytest.raises(StoreError, match="i bruk av et annet navdesk-vindu"), \
                transaction(conn):
            pytest.fail("the body must not run")
    finally:
        other.execute("ROLLBACK")
        other.close()


@pytest.mark.parametrize(("error", "said"), [
    ("attempt to write a readonly database", "skrivebeskyttet"),
    ("database is locked", "i bruk"),
    ("database or disk is full", "Disken er full"),
    ("file is not a database", "skadet"),
    ("no such table: x", "Databasefeil: no such table: x"),
])
def test_sqlite_errors_are_said_in_one_line(error, said):
    assert said in describe_error(sqlite3.OperationalError(error))
    made = store_error(sqlite3.OperationalError(error))
    assert isinstance(made, StoreError) and said in str(made)
