"""The backups as the window works with them (service/backups.py), on real files: on an
open service, and on a database path alone (one too damaged to open)."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from navdesk.domain.period import Period
from navdesk.service import DatabaseReplaced, OfficeService, StoreError
from navdesk.service.backups import DAILY, MANUAL, BackupShelf
from navdesk.store import open_store
from tests.conftest import HOME_CODE
from tests.full_disk import leave_free, small_disk_mounted
from tests.store.test_backup import dump

MARCH = Period(2025, 3)


@pytest.fixture
def small_disk(tmp_path):
    yield from small_disk_mounted(tmp_path)


def value(path: Path, code: str = "SH_MND", period: Period = MARCH) -> float | None:
    conn = sqlite3.connect(str(path))
    try:
        row = conn.execute("SELECT value FROM value WHERE office = ? AND indicator = ?"
                           " AND period = ?", (HOME_CODE, code, str(period))).fetchone()
    finally:
        conn.close()
    return None if row is None else row[0]


def test_a_restore_on_the_service_brings_back_every_table_and_tells_the_pages(demo_store):
    service = OfficeService(demo_store)
    shelf = service.backups()
    before = dump(demo_store.path)
    made = shelf.make(MANUAL)
    assert [b.path for b in shelf.backups()] == [made]
    assert shelf.backups()[0].reason == MANUAL
    service.session.enter("SH_MND", MARCH, "4321")
    assert value(demo_store.path) == 4321
    heard = []
    service.events.database.connect(heard.append)

    plan = shelf.plan(made)
    assert str(made) in str(shelf.describe(plan))
    saved = shelf.restore(made)

    assert dump(demo_store.path) == before
    assert heard == [DatabaseReplaced(str(demo_store.path))]
    assert saved in [b.path for b in shelf.backups()]  # what was there before is kept
    assert value(saved) == 4321
    # the session read the file again: the same figure typed again is a change
    assert service.session.enter("SH_MND", MARCH, "4321") is not None


def test_a_backup_of_another_office_is_refused_and_changes_nothing(demo_store, tmp_path):
    other = open_store(tmp_path / "other.sqlite")
    other.save_office("0301", "NAV Annet", "Oslo", home=True)
    other.close()
    before = dump(demo_store.path)
    shelf = OfficeService(demo_store).backups()
    with pytest.raises(StoreError, match="hører til kontor 0301"):
        shelf.restore(tmp_path / "other.sqlite")
    assert dump(demo_store.path) == before
    assert shelf.backups() == []


def test_a_damaged_database_is_restored_by_its_path_alone(demo_store, tmp_path):
    path = demo_store.path
    made = OfficeService(demo_store).backups().make(MANUAL)
    wanted = dump(path)
    demo_store.close()
    with open(path, "r+b") as f:  # a page in the middle overwritten
        size = f.seek(0, 2)
        f.seek(size // 2 // 4096 * 4096)
        f.write(b"\xff" * 4096)
    shelf = BackupShelf(path)
    assert [b.path for b in shelf.backups()] == [made]
    shelf.restore(made)
    assert dump(path) == wanted
    with open_store(path, create=False) as again:
        assert again.home_office().code == HOME_CODE


def test_a_saved_copy_is_a_sound_database_that_opens(demo_store, tmp_path):
    target = tmp_path / "kopi.sqlite"
    target.write_bytes(b"an older file, replaced once the copy is whole")
    OfficeService(demo_store).backups().save_copy(target)
    assert dump(target) == dump(demo_store.path)
    assert not Path(f"{target}.partial").exists()
    with open_store(target, create=False) as copy:
        assert copy.home_office().code == HOME_CODE
        assert copy.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_copy_over_the_database_itself_is_refused(demo_store):
    before = dump(demo_store.path)
    with pytest.raises(StoreError, match="over selve databasen"):
        OfficeService(demo_store).backups().save_copy(demo_store.path)
    assert dump(demo_store.path) == before


def test_a_copy_on_a_full_disk_is_refused_in_words_and_leaves_no_file(demo_store, small_disk):
    leave_free(small_disk, 8)
    target = small_disk / "kopi.sqlite"
    with pytest.raises(StoreError, match="Disken er full"):
        OfficeService(demo_store).backups().save_copy(target)
    assert not target.exists() and not Path(f"{target}.partial").exists()


def test_the_daily_backup_is_made_once_a_day(office_store):
    shelf = BackupShelf(office_store.path)
    made = shelf.daily()
    assert made is not None
    assert [(b.path, b.reason) for b in shelf.backups()] == [(made, DAILY)]
    assert shelf.daily() is None  # the same day: none more
    assert shelf.daily(date.today() + timedelta(days=1)) is not None  # the next day: one
    assert len(shelf.backups()) == 2


def test_no_daily_backup_of_a_damaged_file(demo_store, tmp_path):
    """A damaged file's copy would only push a sound backup out of the 20 kept."""
    from tests.ui.test_damaged_window import damaged_but_openable

    damaged = damaged_but_openable(demo_store, tmp_path)
    shelf = BackupShelf(damaged)
    assert shelf.daily() is None
    assert shelf.backups() == []
