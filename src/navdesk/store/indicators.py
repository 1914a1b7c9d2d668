"""The catalogue in the database (the ``indicator`` table): reading it, seeding a new
file with the default one, and writing a merge the domain has planned
(:mod:`navdesk.domain.catalogue_merge`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from navdesk.domain.catalogue import Aggregation, Catalogue, Indicator, PeriodType, build_catalogue
from navdesk.domain.catalogue_merge import plan_merge
from navdesk.domain.said import Said
from navdesk.domain.units import Unit
from navdesk.store.audit import log_change
from navdesk.store.connection import transaction

_COLUMNS = ("name, name_en, unit, aggregation, weight, period_type, section, breakdown,"
            " parent, numerator, denominator, factor, active")


def read_catalogue(conn: sqlite3.Connection) -> Catalogue:
    """The stored catalogue, in its order."""
    rows = conn.execute(f"SELECT code, {_COLUMNS} FROM indicator ORDER BY position").fetchall()
    return build_catalogue(
        Indicator(
            code=r[0], name=r[1], name_en=r[2], unit=Unit(r[3]),
            aggregation=Aggregation(r[4]), weight=r[5], period_type=PeriodType(r[6]),
            section=r[7], group=r[8], parent=r[9], numerator=tuple(r[10].split()),
            denominator=tuple(r[11].split()), factor=r[12], active=bool(r[13]),
        )
        for r in rows
    )


def _fields(i: Indicator) -> tuple[object, ...]:
    """An indicator's columns after its code and position, in the order of _COLUMNS."""
    return (i.name, i.name_en, i.unit.value, i.aggregation.value, i.weight,
            i.period_type.value, i.section, i.group, i.parent, " ".join(i.numerator),
            " ".join(i.denominator), i.factor, int(i.active))


_INSERT = (f"INSERT INTO indicator (code, position, {_COLUMNS})"
           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def insert_indicators(conn: sqlite3.Connection, indicators: Iterable[Indicator]) -> None:
    """Add ``indicators`` after the last one (inside the caller's transaction)."""
    start = conn.execute("SELECT coalesce(max(position), 0) FROM indicator").fetchone()[0]
    conn.executemany(_INSERT, [(i.code, start + n, *_fields(i))
                               for n, i in enumerate(indicators, 1)])


def seed_default_catalogue(conn: sqlite3.Connection) -> None:
    """The shipped catalogue in a new file (inside the migration that makes it)."""
    from navdesk.formats.catalogue_file import default_catalogue

    insert_indicators(conn, default_catalogue())


def codes_with_values(conn: sqlite3.Connection) -> set[str]:
    """Codes that have a stored value in any office: their unit, rule and period
    type are fixed, because changing them would misread those values."""
    return {r[0] for r in conn.execute("SELECT DISTINCT indicator FROM value")}


def merge_catalogue(conn: sqlite3.Connection, current: Catalogue, indicators: list[Indicator],
                    *, dry_run: bool = False) -> list[Said]:
    """Plan the merge of ``indicators`` into ``current`` (the stored catalogue) and,
    unless ``dry_run`` or nothing changes, write it in one transaction: every
    indicator gets its new position. Returns what changed; raises ValueRejected
    (nothing written) as :func:`~navdesk.domain.catalogue_merge.plan_merge` does."""
    plan = plan_merge(current, indicators, codes_with_values(conn))
    if not plan.changes or dry_run:
        return plan.changes
    with transaction(conn):
        for n, ind in enumerate(plan.indicators, 1):
            if ind.code in plan.added:
                conn.execute(_INSERT, (ind.code, n, *_fields(ind)))
            else:
                conn.execute(
                    "UPDATE indicator SET position = ?, name = ?, name_en = ?, unit = ?,"
                    " aggregation = ?, weight = ?, period_type = ?, section = ?, breakdown = ?,"
                    " parent = ?, numerator = ?, denominator = ?, factor = ?, active = ?"
                    " WHERE code = ?", (n, *_fields(ind), ind.code))
        log_change(conn, "katalog: " + "; ".join(str(c) for c in plan.changes))
    return plan.changes
