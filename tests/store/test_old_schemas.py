"""Databases made by every schema version navdesk has shipped, each by that version's
own code (tests/store/fixtures/, made with scripts/make_schema_fixture.py), open with
today's code: migrated to the current schema, every value, comment, audit row, change,
office and reported month exactly as the old program left them."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from navdesk.domain.period import Period
from navdesk.store import open_store
from navdesk.store.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).parent / "fixtures"
KEPT = {  # what a migration must never touch, table by table
    "value": "SELECT * FROM value ORDER BY office, period, indicator",
    "audit": "SELECT * FROM audit ORDER BY office, period, indicator, change",
    "change": "SELECT * FROM change ORDER BY id",
    "office": "SELECT code, name, municipality FROM office ORDER BY code",
    "locked_period": "SELECT * FROM locked_period ORDER BY office, period",
}


def rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {table: conn.execute(sql).fetchall() for table, sql in KEPT.items()}
    finally:
        conn.close()


@pytest.mark.parametrize("version", [1, 2, 3])
def test_a_database_of_every_shipped_schema_opens_with_everything_kept(version, tmp_path):
    assert version <= SCHEMA_VERSION
    path = tmp_path / f"v{version}.sqlite"
    shutil.copyfile(FIXTURES / f"schema_v{version}.sqlite", path)
    before = rows(path)
    assert len(before["value"]) == 9 and len(before["audit"]) == 10
    assert len(before["change"]) == 2  # two imports

    with open_store(path, create=False) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert rows(path) == before  # value by value, audit row by audit row
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        applied = [n for (n,) in store.conn.execute("SELECT version FROM migrations")]
        assert applied == list(range(1, SCHEMA_VERSION + 1))
        # what the old program stored reads back through today's store
        march = Period(2025, 3)
        value = store.value("0312", "SH_MND", march)
        assert value is not None and value.value == 460
        assert value.comment == "Rettet etter kontroll"
        assert [e.new_value for e in store.history("0312", "SH_MND", march)] == [460, 455]
        assert store.value("0312", "SH_BRUTTO", march).value == pytest.approx(3137045.49)
        # a database from before the goal card has the default card now; notes on locks
        from navdesk.store.goalcard import load_goal_card

        assert load_goal_card(store).perspectives
        assert "note" in [c[1] for c in store.conn.execute("PRAGMA table_info(lock_event)")]
        assert store.is_locked("0312", Period(2025, 1)) is (version >= 3)
