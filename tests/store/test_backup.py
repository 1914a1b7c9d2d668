"""Backups and restores on real database files (store/backup.py)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from navdesk.domain.period import Period
from navdesk.store import StoreError, open_store
from navdesk.store.backup import (
    KEEP_LAST,
    KEEP_MONTHS,
    backup_folder,
    backups_root,
    kept,
    list_backups,
    make_backup,
    prune,
)
from navdesk.store.restore import restore_backup
from navdesk.store.schema import SCHEMA_VERSION
from tests.conftest import HOME_CODE

RESTORED = "gjenopprettet fra sikkerhetskopien"  # the change log's line of a restore


def dump(path) -> list[str]:
    """Every table's content, the backup's own note and the change log's line of the
    restore itself left out."""
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump()
                if "'backup_" not in line and RESTORED not in line]
    finally:
        conn.close()


def restore_logged(store) -> str:
    """What the change log's newest line says."""
    return store.change_log(1)[0].what


def test_a_backup_is_a_navdesk_database_with_its_note_in_the_data_folder(demo_store):
    made = make_backup(demo_store.conn, demo_store.path, "manuell")
    assert made.parent == backup_folder(demo_store.path)
    assert made.is_relative_to(backups_root())
    assert dump(made) == dump(demo_store.path)
    [shown] = list_backups(demo_store.path)
    assert shown.path == made and shown.reason == "manuell"
    assert shown.values == demo_store.conn.execute("SELECT count(*) FROM value").fetchone()[0]
    with open_store(made, create=False) as copy:
        assert copy.home_office().code == HOME_CODE


def test_two_databases_of_one_name_never_share_a_backup_folder(tmp_path):
    a, b = tmp_path / "a" / "navdesk.sqlite", tmp_path / "b" / "navdesk.sqlite"
    assert backup_folder(a) != backup_folder(b)
    assert backup_folder(a).name.startswith("navdesk-")


def test_restore_brings_every_table_back_exactly_and_backs_up_first(demo_store):
    backup = make_backup(demo_store.conn, demo_store.path, "manuell")
    expected = dump(demo_store.path)
    demo_store.set_value(HOME_CODE, "SH_MND", Period(2025, 3), 999)
    demo_store.save_office("0999", "Et annet kontor")
    changed = dump(demo_store.path)
    other = sqlite3.connect(demo_store.path)  # another program's connection sees it
    before = restore_backup(demo_store.conn, demo_store.path, backup)
    assert dump(demo_store.path) == expected
    # the restore itself is the one line the change log gained: when, who, from where
    assert restore_logged(demo_store) == (f"{RESTORED} {backup.name}"
                                          f" (det som var før, er tatt vare på i {before.name})")
    assert dump(before) == changed
    assert other.execute("SELECT count(*) FROM office").fetchone()[0] == 1
    other.close()
    assert demo_store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert demo_store.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def bytes_of(path) -> bytes:
    return path.read_bytes()


def test_restore_of_another_office_is_refused_and_changes_nothing(demo_store, tmp_path):
    with open_store(tmp_path / "annet.sqlite") as other:
        other.save_office("0401", "NAV Grünerløkka", home=True)
    demo_store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = bytes_of(demo_store.path)
    with pytest.raises(StoreError, match="0401"):
        restore_backup(demo_store.conn, demo_store.path, tmp_path / "annet.sqlite")
    assert bytes_of(demo_store.path) == before
    assert list_backups(demo_store.path) == []


@pytest.mark.parametrize("content", [b"", b"kontornr;verdi\n0312;5\n"])
def test_restore_of_a_file_that_is_not_navdesk_is_refused(demo_store, tmp_path, content):
    file = tmp_path / "x.sqlite"
    file.write_bytes(content)
    with pytest.raises(StoreError, match="ikke en navdesk-database"):
        restore_backup(demo_store.conn, demo_store.path, file)


def test_restore_of_a_damaged_backup_is_refused(demo_store):
    backup = make_backup(demo_store.conn, demo_store.path, "manuell")
    data = bytearray(backup.read_bytes())
    page = 16384
    for i in range(page * 3, page * 3 + 200):  # scribble over a page of the values
        data[i] = 0x55
    backup.write_bytes(bytes(data))
    expected = dump(demo_store.path)
    with pytest.raises(StoreError, match="skadet"):
        restore_backup(demo_store.conn, demo_store.path, backup)
    assert dump(demo_store.path) == expected


def test_retention_keeps_the_last_twenty_and_one_a_month():
    now = datetime(2026, 12, 4, 12, 0).astimezone()
    # 30 backups in the last days, then two a month going back two years
    made = [now - timedelta(hours=i) for i in range(30)]
    made += [now - timedelta(days=10 + 15 * i) for i in range(48)]
    keep = kept(made, now)
    assert set(range(KEEP_LAST)) <= keep
    months = {(made[i].year, made[i].month) for i in keep}
    assert months == {(2026, m) for m in range(1, 13)}
    assert len(months) == KEEP_MONTHS
    assert len(keep) == KEEP_LAST + KEEP_MONTHS - 1  # December's newest is among the 20
    # each month kept once, by its newest backup
    older = [i for i in keep if i >= KEEP_LAST]
    for i in older:
        assert all((made[j].year, made[j].month) != (made[i].year, made[i].month)
                   for j in range(i))


def test_pruning_removes_only_what_is_not_kept(demo_store):
    folder = backup_folder(demo_store.path)
    for _ in range(KEEP_LAST + 3):
        make_backup(demo_store.conn, demo_store.path, "manuell", keep=False)
    other = folder / "mine.sqlite"  # not a backup's name: never touched
    other.write_bytes(b"")
    removed = prune(folder)
    # every backup is of this month: the newest of them is the month's too
    assert len(removed) == 3
    assert len(list_backups(demo_store.path)) == KEEP_LAST
    assert other.exists()


def test_a_migration_of_a_file_with_values_backs_it_up_first(demo_store):
    conn = demo_store.conn
    conn.execute("ALTER TABLE lock_event DROP COLUMN note")
    conn.execute("DROP TABLE kept_measure_comment")
    conn.execute("DROP TABLE comparison_figure")
    conn.execute("DROP TABLE comparison_table")
    conn.execute("DELETE FROM migrations WHERE version >= 3")
    conn.execute("PRAGMA user_version = 2")
    demo_store.close()
    with open_store(demo_store.path) as again:
        assert again.schema_version == SCHEMA_VERSION
    [backup] = list_backups(demo_store.path)
    assert backup.reason == "før migrering"
    with sqlite3.connect(backup.path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2


def test_a_new_database_makes_no_backup(store):
    assert list_backups(store.path) == []


def test_an_import_backs_up_first(demo_store, tmp_path):
    from navdesk.service.importing import import_exchange_file

    expected = dump(demo_store.path)
    file = tmp_path / "fil.csv"
    file.write_text("kontornr;periode;indikator;verdi\n0312;2025-03;SH_MND;777\n",
                    encoding="utf-8")
    assert import_exchange_file(demo_store, file, dry_run=True).ok
    assert list_backups(demo_store.path) == []  # a dry run changes nothing
    report = import_exchange_file(demo_store, file)
    assert report.ok and report.changed == 1
    [backup] = list_backups(demo_store.path)
    assert backup.reason == "før import av fil.csv"
    assert dump(backup.path) == expected


def test_a_backup_of_an_older_schema_is_brought_up_to_date_when_restored(demo_store):
    backup = make_backup(demo_store.conn, demo_store.path, "manuell")
    with sqlite3.connect(backup) as conn:  # as navdesk with schema 2 made it
        conn.execute("ALTER TABLE lock_event DROP COLUMN note")
        conn.execute("DROP TABLE kept_measure_comment")
        conn.execute("DROP TABLE comparison_figure")
        conn.execute("DROP TABLE comparison_table")
        conn.execute("DELETE FROM migrations WHERE version >= 3")
        conn.execute("PRAGMA user_version = 2")
    conn.close()
    expected = dump(demo_store.path)
    demo_store.set_value(HOME_CODE, "SH_MND", Period(2025, 3), 999)
    restore_backup(demo_store.conn, demo_store.path, backup)
    assert demo_store.schema_version == SCHEMA_VERSION
    restored = dump(demo_store.path)
    assert [line for line in restored if "migrations" not in line] == \
        [line for line in expected if "migrations" not in line]
