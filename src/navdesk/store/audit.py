"""The audit trail of values: every change of every value, with who, when and from
where (the rows are written with the values, in :mod:`navdesk.store.values` and
:mod:`navdesk.store.importing`)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from navdesk.domain.period import Period
from navdesk.domain.units import Number
from navdesk.store.connection import stored_number


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
