"""Reported (locked) months: a month is read-only once reported, until it is reopened
with a reason; both are logged in ``lock_event``."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from navdesk.domain.period import Period, parse_period
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, said
from navdesk.domain.units import ValueRejected, check_comment
from navdesk.store.audit import log_change
from navdesk.store.connection import now_text, transaction


@dataclass(frozen=True)
class LockEvent:
    """A month marked as reported (``action`` "locked") or reopened, with its note (what
    it was closed with, or why it was reopened)."""

    period: Period
    action: str
    at: str
    by: str
    note: str | None


# the months at the start of a sentence
_MONTHS = (QT_TRANSLATE_NOOP("", "Januar"), QT_TRANSLATE_NOOP("", "Februar"),
           QT_TRANSLATE_NOOP("", "Mars"), QT_TRANSLATE_NOOP("", "April"),
           QT_TRANSLATE_NOOP("", "Mai"), QT_TRANSLATE_NOOP("", "Juni"),
           QT_TRANSLATE_NOOP("", "Juli"), QT_TRANSLATE_NOOP("", "August"),
           QT_TRANSLATE_NOOP("", "September"), QT_TRANSLATE_NOOP("", "Oktober"),
           QT_TRANSLATE_NOOP("", "November"), QT_TRANSLATE_NOOP("", "Desember"))


def _month_name(period: Period) -> Said:
    """"Mars 2025" (the month at the start of a sentence), or "Året 2025"."""
    if period.month is None:  # a year's own value
        return said(QT_TRANSLATE_NOOP("", "Året {year}"), year=period.year)
    return said(QT_TRANSLATE_NOOP("", "{month} {year}"), month=said(_MONTHS[period.month - 1]),
                year=period.year)


def is_locked(conn: sqlite3.Connection, office: str, period: Period) -> bool:
    """A month is locked once reported; a year's own values lock with its December."""
    month = Period(period.year, 12) if period.is_year else period
    return conn.execute(
        "SELECT 1 FROM locked_period WHERE office = ? AND period = ?", (office, str(month)),
    ).fetchone() is not None


def refuse_if_locked(conn: sqlite3.Connection, office: str, period: Period) -> None:
    """Raise ValueRejected when ``period`` is reported: its values and the goal
    card's comments on it are read-only until the month is reopened."""
    if is_locked(conn, office, period):
        raise ValueRejected.because(QT_TRANSLATE_NOOP(
            "", "{month} er rapportert og låst; gjenåpne måneden først"),
            month=_month_name(period))


def locked_months(conn: sqlite3.Connection, office: str) -> list[Period]:
    return [parse_period(r[0]) for r in conn.execute(
        "SELECT period FROM locked_period WHERE office = ? ORDER BY period", (office,))]


def lock_month(conn: sqlite3.Connection, office: str, period: Period, user: str,
               note: str | None) -> bool:
    """Mark a month of a known office as reported, with ``note``. Returns False if it
    already was."""
    note = check_comment(note)
    at = now_text()
    with transaction(conn):
        cur = conn.execute(
            "INSERT OR IGNORE INTO locked_period (office, period, locked_at, locked_by)"
            " VALUES (?, ?, ?, ?)", (office, str(period), at, user))
        if cur.rowcount:
            conn.execute("INSERT INTO lock_event (office, period, action, at, by, note)"
                         " VALUES (?, ?, 'locked', ?, ?, ?)",
                         (office, str(period), at, user, note))
            log_change(conn, f"kontor {office}: {period} rapportert"
                       + (f" ({note})" if note else ""), user)
    return bool(cur.rowcount)


def reopen_month(conn: sqlite3.Connection, office: str, period: Period, user: str,
                 why: str | None) -> bool:
    """Reopen a reported month for changes; logged with ``why``. False if it was
    not locked."""
    why = check_comment(why)
    with transaction(conn):
        cur = conn.execute("DELETE FROM locked_period WHERE office = ? AND period = ?",
                           (office, str(period)))
        if cur.rowcount:
            conn.execute("INSERT INTO lock_event (office, period, action, at, by, note)"
                         " VALUES (?, ?, 'reopened', ?, ?, ?)",
                         (office, str(period), now_text(), user, why))
            log_change(conn, f"kontor {office}: {period} gjenåpnet" + (f" ({why})" if why else ""),
                       user)
    return bool(cur.rowcount)


def lock_events(conn: sqlite3.Connection, office: str, period: Period) -> list[LockEvent]:
    """Every time month ``period`` was marked as reported or reopened, newest first."""
    return [LockEvent(parse_period(r[0]), r[1], r[2], r[3], r[4]) for r in conn.execute(
        "SELECT period, action, at, by, note FROM lock_event WHERE office = ? AND period = ?"
        " ORDER BY id DESC", (office, str(period)))]
