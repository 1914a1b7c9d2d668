"""Bringing a database up to this program's schema: each migration of
:data:`~navdesk.store.schema.MIGRATIONS` in order, each inside the one transaction that
also records it (``migrations`` table, ``PRAGMA user_version``), so a file is always at
one whole version. A new file gets the default catalogue with the first migration and
the default goal card with the second."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from navdesk.domain.said import QT_TRANSLATE_NOOP, said
from navdesk.store.connection import StoreError, describe_error, now_text, transaction
from navdesk.store.goalcard import seed_default_goal_card
from navdesk.store.indicators import read_catalogue, seed_default_catalogue
from navdesk.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


def statements(script: str) -> Iterator[str]:
    """The statements of an SQL script, one at a time, each ending at a ``;`` that ends
    a whole statement (:func:`sqlite3.complete_statement`), so a ``;`` inside a string
    literal, a comment or a trigger's body does not cut it. executescript() is no way
    out: it would COMMIT the migration's transaction first. A last statement without
    its ``;`` counts too."""
    start = 0
    end = script.find(";")
    while end != -1:
        piece = script[start:end + 1]
        if sqlite3.complete_statement(piece):
            yield piece
            start = end + 1
        end = script.find(";", end + 1)
    rest = script[start:]
    if rest.strip() and sqlite3.complete_statement(rest + ";"):
        yield rest
    elif rest.strip():
        raise ValueError(f"unfinished SQL statement: {rest.strip()[:60]}")


def _seed_catalogue(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    seed_default_catalogue(conn)


def _seed_goal_card(conn: sqlite3.Connection) -> None:
    seed_default_goal_card(conn, read_catalogue(conn))


# what a new database gets with a migration, inside its transaction
SEEDS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _seed_catalogue, 2: _seed_goal_card}


def migrate(conn: sqlite3.Connection, path: Path, version: int,
            target: int = SCHEMA_VERSION, *, backup: bool = True) -> None:
    """Apply the migrations after ``version`` up to ``target``. Raises StoreError (the
    file stays at the last whole version). With ``backup``, an existing file with
    values is backed up first (:mod:`navdesk.store.backup`)."""
    if backup and version >= 1 and target > version:
        from navdesk.store.backup import BEFORE_MIGRATION, make_backup

        if conn.execute("SELECT EXISTS (SELECT 1 FROM value)").fetchone()[0]:
            make_backup(conn, path, BEFORE_MIGRATION)
    for number, name, script in MIGRATIONS:
        if number <= version or number > target:
            continue
        try:
            with transaction(conn):
                for statement in statements(script):
                    conn.execute(statement)
                seed = SEEDS.get(number)
                if seed is not None:
                    seed(conn)
                conn.execute(
                    "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (number, name, now_text()),
                )
                conn.execute(f"PRAGMA user_version = {number}")
        except sqlite3.Error as exc:
            raise StoreError(said(QT_TRANSLATE_NOOP("", "Kan ikke oppgradere {path}: {reason}"),
                                  path=str(path), reason=describe_error(exc))) from None
