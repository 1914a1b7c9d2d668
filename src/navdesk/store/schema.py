"""Schema and forward migrations, versioned with ``PRAGMA user_version``.

Each migration runs inside the transaction that records it, so a database is always at
one whole version. Never edit a released migration: add the next one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x4E415644  # "NAVD": marks a file as navdesk's
SCHEMA_VERSION = 1


def _run(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT the migration's transaction first; run one by one.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1_initial(conn: sqlite3.Connection) -> None:
    _run(
        conn,
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        CREATE TABLE office (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            municipality TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE TABLE indicator (
            code TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            name_en TEXT NOT NULL,
            unit TEXT NOT NULL,
            aggregation TEXT NOT NULL,
            weight TEXT,
            period_type TEXT NOT NULL,
            section TEXT NOT NULL,
            breakdown TEXT,
            parent TEXT,
            numerator TEXT NOT NULL DEFAULT '',
            denominator TEXT NOT NULL DEFAULT '',
            factor REAL NOT NULL DEFAULT 1,
            active INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE value (
            office TEXT NOT NULL REFERENCES office(code),
            indicator TEXT NOT NULL REFERENCES indicator(code),
            period TEXT NOT NULL,
            value NUMERIC NOT NULL,
            comment TEXT,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            PRIMARY KEY (office, indicator, period)
        ) WITHOUT ROWID;
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            office TEXT NOT NULL,
            indicator TEXT NOT NULL,
            period TEXT NOT NULL,
            old_value NUMERIC,
            new_value NUMERIC,
            old_comment TEXT,
            new_comment TEXT,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            source TEXT NOT NULL
        );
        CREATE INDEX audit_by_value ON audit (office, indicator, period);
        CREATE TABLE locked_period (
            office TEXT NOT NULL REFERENCES office(code),
            period TEXT NOT NULL,
            locked_at TEXT NOT NULL,
            locked_by TEXT NOT NULL,
            PRIMARY KEY (office, period)
        );
        CREATE TABLE lock_event (
            id INTEGER PRIMARY KEY,
            office TEXT NOT NULL,
            period TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('locked', 'reopened')),
            at TEXT NOT NULL,
            by TEXT NOT NULL
        );
        """
    )


# (version, name, function): applied in order to bring user_version up to date.
MIGRATIONS: list[tuple[int, str, Callable[[sqlite3.Connection], None]]] = [
    (1, "initial", _v1_initial),
]

assert [v for v, _, _ in MIGRATIONS] == list(range(1, SCHEMA_VERSION + 1))
