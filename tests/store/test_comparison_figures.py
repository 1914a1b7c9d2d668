"""Migration 5 on a database of every shipped schema: the comparison tables are added
empty, the offices' values untouched, and a figure can be neither a value and a symbol
at once nor neither (the table's own check)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from navdesk.store import open_store

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_older_database_gets_empty_comparison_tables(version, tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / f"schema_v{version}.sqlite", path)
    with open_store(path, create=False) as store:
        assert store.conn.execute("SELECT count(*) FROM comparison_figure").fetchone()[0] == 0
        assert store.conn.execute("SELECT count(*) FROM value").fetchone()[0] == 9


def test_a_figure_is_a_value_or_a_symbol(store):
    conn = store.conn
    conn.execute("INSERT INTO comparison_table VALUES ('1', 't', '', '', 'f', 'nå', 'meg')")
    insert = "INSERT INTO comparison_figure VALUES ('1', 'SH_HIA', '2024', '0301', 'Oslo', ?, ?)"
    for value, symbol in ((None, None), (1.0, ".."), (None, "-")):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(insert, (value, symbol))
    conn.execute(insert, (None, ":"))
    conn.rollback()
