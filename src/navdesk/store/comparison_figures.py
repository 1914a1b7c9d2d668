"""Comparison figures from Statistics Norway, stored apart from the offices' own values
(tables ``comparison_table`` and ``comparison_figure``, migration 5): read-only, one
imported table at a time. Importing a table again replaces all its figures in one
transaction, after a backup, as every import does; the ``value`` table is never
touched."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from navdesk.domain.period import Period, parse_period
from navdesk.domain.ssb import ComparisonFigure, StatTable
from navdesk.store.connection import default_user, now_text, transaction


@dataclass(frozen=True)
class Replaced:
    """What importing a table did (or, in a dry run, would do): how many figures it
    stores, how many of the table's figures stored before it replaces."""

    table_id: str
    stored: int
    replaced: int


@dataclass(frozen=True)
class StoredTable:
    """One imported table as ``navdesk-cli ssb list`` shows it."""

    table_id: str
    title: str
    updated: str
    downloaded: str
    imported_at: str
    figures: int
    regions: int
    indicators: list[str]
    periods: list[str]
    missing: dict[str, int] = field(default_factory=dict)


def replace_comparison_table(conn: sqlite3.Connection, db_path: Path, table: StatTable,
                             figures: Sequence[ComparisonFigure], *, file: Path,
                             dry_run: bool = False, user: str | None = None) -> Replaced:
    """Store ``figures`` as the figures of ``table`` read from ``file``, replacing every
    figure of that table stored before: all or nothing, after a backup (not in a dry
    run). The file's modification time is when it was downloaded. Raises StoreError."""
    replaced = conn.execute("SELECT count(*) FROM comparison_figure WHERE source_table = ?",
                            (table.table_id,)).fetchone()[0]
    outcome = Replaced(table.table_id, len(figures), replaced)
    if dry_run:
        return outcome
    from navdesk.store.backup import before_import, make_backup

    make_backup(conn, db_path, before_import(file.name))
    downloaded = _modified(file)
    with transaction(conn) as c:
        c.execute("DELETE FROM comparison_figure WHERE source_table = ?", (table.table_id,))
        c.execute("DELETE FROM comparison_table WHERE source_table = ?", (table.table_id,))
        c.execute("INSERT INTO comparison_table (source_table, title, updated, downloaded, file,"
                  " imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  (table.table_id, table.title, table.updated, downloaded, file.name,
                   now_text(), user or default_user()))
        c.executemany(
            "INSERT INTO comparison_figure (source_table, indicator, period, region,"
            " region_name, value, symbol) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(table.table_id, f.indicator, str(f.period), f.region, f.region_name, f.value,
              f.symbol) for f in figures])
    return outcome


def _modified(file: Path) -> str:
    from datetime import datetime

    try:
        return datetime.fromtimestamp(file.stat().st_mtime).astimezone().isoformat(
            timespec="seconds")
    except OSError:
        return ""


def comparison_tables(conn: sqlite3.Connection) -> list[StoredTable]:
    """Every imported table, by table id, with what it holds."""
    out = []
    for table_id, title, updated, downloaded, imported_at in conn.execute(
            "SELECT source_table, title, updated, downloaded, imported_at FROM comparison_table"
            " ORDER BY source_table").fetchall():
        figures, regions = conn.execute(
            "SELECT count(*), count(DISTINCT region) FROM comparison_figure"
            " WHERE source_table = ?", (table_id,)).fetchone()
        indicators = [code for (code,) in conn.execute(
            "SELECT DISTINCT indicator FROM comparison_figure WHERE source_table = ?"
            " ORDER BY indicator", (table_id,))]
        periods = sorted({parse_period(p) for (p,) in conn.execute(
            "SELECT DISTINCT period FROM comparison_figure WHERE source_table = ?",
            (table_id,))})
        missing = dict(conn.execute(
            "SELECT symbol, count(*) FROM comparison_figure WHERE source_table = ?"
            " AND symbol IS NOT NULL GROUP BY symbol ORDER BY symbol", (table_id,)).fetchall())
        out.append(StoredTable(table_id, title, updated, downloaded, imported_at, figures,
                               regions, indicators, [str(p) for p in periods], missing))
    return out


def comparison_figures_of(conn: sqlite3.Connection, indicator: str,
                          period: Period) -> list[ComparisonFigure]:
    """The comparison figures of ``indicator`` for ``period`` (a year or a month), one
    per region (the newest import's where two tables give the same region), by region
    code. A figure SSB does not give has its symbol and no value."""
    rows = conn.execute(
        "SELECT f.region, f.region_name, f.value, f.symbol FROM comparison_figure f"
        " JOIN comparison_table t USING (source_table)"
        " WHERE f.indicator = ? AND f.period = ? ORDER BY f.region, t.imported_at DESC",
        (indicator, str(period))).fetchall()
    out: list[ComparisonFigure] = []
    for region, name, value, symbol in rows:
        if out and out[-1].region == region:
            continue
        out.append(ComparisonFigure(region, name, indicator, period, value, symbol))
    return out
