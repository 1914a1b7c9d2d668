"""The offices in the database, and which one the database was set up for."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from navdesk.domain.said import QT_TRANSLATE_NOOP
from navdesk.domain.units import ValueRejected
from navdesk.store.connection import now_text, transaction


@dataclass(frozen=True)
class Office:
    code: str
    name: str
    municipality: str = ""


def offices(conn: sqlite3.Connection) -> list[Office]:
    """Every office, by code."""
    return [Office(*r) for r in conn.execute(
        "SELECT code, name, municipality FROM office ORDER BY code")]


def office(conn: sqlite3.Connection, code: str) -> Office | None:
    r = conn.execute(
        "SELECT code, name, municipality FROM office WHERE code = ?", (code,)).fetchone()
    return Office(*r) if r else None


def home_office(conn: sqlite3.Connection) -> Office | None:
    """The office this database was set up for, or None before setup."""
    r = conn.execute("SELECT value FROM meta WHERE key = 'home_office'").fetchone()
    return office(conn, r[0]) if r else None


def save_office(conn: sqlite3.Connection, code: str, name: str, municipality: str = "", *,
                home: bool = False) -> Office:
    """Add an office or update its name and municipality; ``home`` makes it the
    office this database belongs to."""
    code, name = code.strip(), name.strip()
    if not code or not code.isalnum():
        raise ValueRejected.because(QT_TRANSLATE_NOOP(
            "", "Kontornummeret må bestå av sifre eller bokstaver, f.eks. 0312"))
    if not name:
        raise ValueRejected.because(QT_TRANSLATE_NOOP("", "Kontoret må ha et navn"))
    with transaction(conn):
        conn.execute(
            "INSERT INTO office (code, name, municipality, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(code) DO UPDATE SET name = excluded.name,"
            " municipality = excluded.municipality",
            (code, name, municipality.strip(), now_text()),
        )
        if home:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('home_office', ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (code,))
        from navdesk.store.audit import log_change  # not needed at start-up

        log_change(conn, f"kontor {code}: {name}" + (f", {municipality.strip()}"
                                                    if municipality.strip() else "")
                   + (" (databasens eget kontor)" if home else ""))
    return Office(code, name, municipality.strip())
