"""Every table of a database file, read by a connection of its own: what a refused
file must leave exactly as it was. SQLite's own statistics (``sqlite_stat1``, which
``PRAGMA optimize`` may write when a connection closes) are not navdesk's data."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def all_tables(path: str | Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
                for name in names}
    finally:
        conn.close()
