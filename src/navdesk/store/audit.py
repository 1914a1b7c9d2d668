"""The audit trail: every change of every value, with who, when and from where (the rows
are written with the values, in :mod:`navdesk.store.values` and
:mod:`navdesk.store.importing`), and the change log of everything else — catalogue
edits, the goal card, offices, reported months — one ``change`` row each, whose
``source`` says what changed (:func:`log_change`)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from navdesk.domain.period import Period
from navdesk.domain.units import Number
from navdesk.store.connection import default_user, new_change, now_text, stored_number

MAX_SOURCE = 2000  # characters of what a change log line says


@dataclass(frozen=True)
class AuditEntry:
    office: str
    code: str
    period: str
    old_value: Number | None
    new_value: Number | None
    old_comment: str | None
    new_comment: str | None
    changed_at: str
    changed_by: str
    source: str


def history(conn: sqlite3.Connection, office: str, code: str, period: Period) -> list[AuditEntry]:
    """Every change of one value, newest first."""
    rows = conn.execute(
        "SELECT a.office, a.indicator, a.period, a.old_value, a.new_value, a.old_comment,"
        " a.new_comment, c.changed_at, c.changed_by, c.source FROM audit a"
        " JOIN change c ON c.id = a.change"
        " WHERE a.office = ? AND a.period = ? AND a.indicator = ? ORDER BY a.change DESC",
        (office, str(period), code),
    )
    return [AuditEntry(r[0], r[1], r[2], stored_number(r[3]), stored_number(r[4]), *r[5:])
            for r in rows]


def audit_count(conn: sqlite3.Connection) -> int:
    """How many value changes the trail holds."""
    count: int = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    return count


@dataclass(frozen=True)
class LoggedChange:
    """One line of the change log: when, who, and what (``source``, in bokmål)."""

    at: str
    by: str
    what: str


def log_change(conn: sqlite3.Connection, what: str, user: str | None = None) -> int:
    """Record a change that is not a value's (a catalogue edit, the goal card, an office,
    a reported month) in the change log, inside the caller's transaction."""
    return new_change(conn, what[:MAX_SOURCE], user or default_user(), now_text())


def change_log(conn: sqlite3.Connection, limit: int = 1000) -> list[LoggedChange]:
    """The latest ``limit`` changes of any kind, newest first."""
    return [LoggedChange(*r) for r in conn.execute(
        "SELECT changed_at, changed_by, source FROM change ORDER BY id DESC LIMIT ?",
        (limit,))]
