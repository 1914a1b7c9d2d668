"""Opening the database: a new file is set up completely, a current one is reopened
without change, and anything navdesk cannot use is refused with a one-line Norwegian
message while the file stays exactly as it was."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from navdesk.domain.period import Period
from navdesk.formats.catalogue_file import default_catalogue
from navdesk.store import StoreError, open_store
from navdesk.store.demo import fill_demo
from navdesk.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from tests.conftest import HOME_CODE, HOME_NAME

# ---- helpers -------------------------------------------------------------------------

def snapshot(path: Path) -> tuple[bytes, int, list[str]]:
    """The file's bytes, its modification time and the files next to it."""
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(path.parent))


def assert_refused_untouched(path: Path, *words: str) -> str:
    """Opening ``path`` raises StoreError with a one-line message containing ``words``;
    the file (and its folder: no -wal or -shm left behind) is exactly as before."""
    before = snapshot(path)
    with pytest.raises(StoreError) as exc:
        open_store(path)
    message = str(exc.value)
    assert "\n" not in message
    for word in words:
        assert word in message
    assert snapshot(path) == before
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    return message


def closed_navdesk_db(path: Path, *, demo: bool = False) -> Path:
    s = open_store(path)
    s.save_office(HOME_CODE, HOME_NAME, "Oslo", home=True)
    if demo:
        fill_demo(s, HOME_CODE, Period(2024, 1), Period(2024, 12))
    s.close()
    assert not Path(f"{path}-wal").exists()
    return path


# ---- a new database --------------------------------------------------------------------

def test_a_new_database_is_marked_as_navdesks_with_the_current_schema_version(store):
    assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID == 0x4E415644
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.schema_version == SCHEMA_VERSION


def test_a_new_database_uses_wal_with_full_sync_and_foreign_keys(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_wal_mode_is_kept_in_the_file(db_path):
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_a_new_database_records_every_migration(store):
    rows = store.conn.execute("SELECT version, name FROM migrations ORDER BY version").fetchall()
    assert rows == [(number, name) for number, name, _ in MIGRATIONS]
    assert len(rows) == SCHEMA_VERSION


def test_a_new_database_holds_the_default_catalogue_in_order(store):
    codes = [r[0] for r in store.conn.execute("SELECT code FROM indicator ORDER BY position")]
    expected = [i.code for i in default_catalogue()]
    assert codes == expected
    assert store.catalogue.codes() == expected
    assert list(store.catalogue) == default_catalogue()


def test_a_new_database_has_no_office_and_no_values(store):
    assert store.offices() == []
    assert store.home_office() is None
    assert store.conn.execute("SELECT count(*) FROM value").fetchone()[0] == 0
    assert store.audit_count() == 0


def test_reopening_a_current_database_does_not_run_migrations_again(db_path):
    closed_navdesk_db(db_path)
    conn = sqlite3.connect(db_path)
    first = conn.execute("SELECT version, name, applied_at FROM migrations").fetchall()
    conn.close()
    for _ in range(3):
        s = open_store(db_path)
        assert s.conn.execute(
            "SELECT version, name, applied_at FROM migrations").fetchall() == first
        indicators = s.conn.execute("SELECT count(*) FROM indicator").fetchone()[0]
        assert indicators == len(default_catalogue())
        assert s.schema_version == SCHEMA_VERSION
        assert s.home_office().name == HOME_NAME
        s.close()


def test_reopening_keeps_every_stored_value(db_path):
    closed_navdesk_db(db_path, demo=True)
    s = open_store(db_path)
    before = s.conn.execute("SELECT * FROM value ORDER BY 1, 2, 3").fetchall()
    s.close()
    s = open_store(db_path)
    assert s.conn.execute("SELECT * FROM value ORDER BY 1, 2, 3").fetchall() == before
    assert len(before) > 0
    s.close()


def test_create_false_refuses_a_missing_file_and_creates_nothing(tmp_path):
    path = tmp_path / "missing.sqlite"
    with pytest.raises(StoreError, match="finnes ikke"):
        open_store(path, create=False)
    assert os.listdir(tmp_path) == []


def test_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(StoreError, match="finnes ikke"):
        open_store(tmp_path / "no-such-folder" / "navdesk.sqlite")
    assert os.listdir(tmp_path) == []


def test_a_folder_is_not_a_database_file(tmp_path):
    with pytest.raises(StoreError, match="mappe"):
        open_store(tmp_path)


# ---- files navdesk must not touch ------------------------------------------------------

def test_a_text_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "tall.csv"
    path.write_text("kontornr;periode;indikator;verdi\n0312;2024-03;SH_MND;473\n", encoding="utf-8")
    assert_refused_untouched(path, "ikke en navdesk-database")


def test_a_short_file_starting_like_sqlite_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "kort.sqlite"
    path.write_bytes(b"SQLite format 3\x00\x10\x00")
    assert_refused_untouched(path, "skadet")


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_another_programs_sqlite_database_is_refused_and_left_untouched(tmp_path, journal_mode):
    path = tmp_path / "annet.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customer (name) VALUES ('Kari')")
    conn.commit()
    conn.close()
    assert_refused_untouched(path, "ikke en navdesk-database")


def test_another_programs_database_with_its_own_application_id_is_refused(tmp_path):
    path = tmp_path / "annet.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.commit()
    conn.close()
    assert_refused_untouched(path, "ikke en navdesk-database")


def test_a_database_from_a_newer_navdesk_is_refused_and_left_untouched(db_path):
    closed_navdesk_db(db_path, demo=True)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    assert not Path(f"{db_path}-wal").exists()
    assert_refused_untouched(db_path, "nyere", "oppdater")


def test_a_sqlite_header_followed_by_garbage_is_refused_and_left_untouched(tmp_path):
    rng = random.Random(7)
    path = tmp_path / "skadet.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + bytes(rng.randrange(256) for _ in range(8192)))
    assert_refused_untouched(path, "skadet")


def test_a_navdesk_database_with_garbage_after_its_first_page_is_refused(tmp_path, db_path):
    data = closed_navdesk_db(db_path, demo=True).read_bytes()
    rng = random.Random(11)
    path = tmp_path / "skadet.sqlite"
    path.write_bytes(data[:4096] + bytes(rng.randrange(256) for _ in range(len(data) - 4096)))
    assert_refused_untouched(path, "skadet")


@pytest.mark.parametrize("table", ["value", "indicator", "office", "meta"])
def test_a_navdesk_database_with_a_damaged_table_is_refused_and_left_untouched(
        tmp_path, db_path, table):
    closed_navdesk_db(db_path, demo=True)
    conn = sqlite3.connect(db_path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    data = bytearray(db_path.read_bytes())
    rng = random.Random(root)
    garbage = bytes(rng.randrange(256) for _ in range(page_size))
    data[(root - 1) * page_size:root * page_size] = garbage
    path = tmp_path / "skadet.sqlite"
    path.write_bytes(bytes(data))
    assert_refused_untouched(path, "skadet")


@pytest.mark.parametrize("keep", [
    "first page", "half", "all but the last page", "all but one byte", "all but 100 bytes",
    "all but 4000 bytes",
])
def test_a_truncated_navdesk_database_is_refused_and_left_untouched(tmp_path, db_path, keep):
    data = closed_navdesk_db(db_path, demo=True).read_bytes()
    page = 4096
    size = {
        "first page": page,
        "half": len(data) // 2,
        "all but the last page": len(data) - page,
        "all but one byte": len(data) - 1,
        "all but 100 bytes": len(data) - 100,
        "all but 4000 bytes": len(data) - 4000,
    }[keep]
    path = tmp_path / "avkortet.sqlite"
    path.write_bytes(data[:size])
    assert_refused_untouched(path, "skadet")


# ---- read-only files and folders ------------------------------------------------------

# Opens the path given as argv[1] and prints {"error": message or None}. When started as
# root it first drops to the unprivileged user "nobody" (root ignores file permissions).
# Privileges are dropped after the imports, not in preexec_fn: the interpreter may live
# under a folder only root can read (e.g. /root/.pyenv), which nobody could not exec.
_OPEN_CHILD = r"""
import json, os, sys
from navdesk.store import StoreError, open_store
if os.geteuid() == 0:
    os.setgroups([])
    os.setgid(65534)
    os.setuid(65534)
try:
    open_store(sys.argv[1]).close()
    print(json.dumps({"error": None}))
except StoreError as exc:
    print(json.dumps({"error": str(exc)}))
"""


def open_without_privileges(path: Path) -> str | None:
    """The StoreError message of opening ``path`` as a user without root rights."""
    if os.geteuid() != 0:
        try:
            open_store(path).close()
        except StoreError as exc:
            return str(exc)
        return None
    done = subprocess.run([sys.executable, "-c", _OPEN_CHILD, str(path)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])["error"]


def test_a_read_only_database_file_is_refused_and_left_untouched(shared_dir):
    folder = shared_dir / "writable"
    folder.mkdir()
    folder.chmod(0o777)  # only the file is read-only: the folder accepts new files
    path = closed_navdesk_db(folder / "navdesk.sqlite", demo=True)
    path.chmod(0o444)
    before = snapshot(path)
    message = open_without_privileges(path)
    assert message is not None
    assert "\n" not in message
    assert "skrivebeskyttet" in message
    assert snapshot(path) == before
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()


def test_a_new_database_in_a_read_only_folder_is_refused_and_nothing_is_created(shared_dir):
    folder = shared_dir / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    message = open_without_privileges(folder / "navdesk.sqlite")
    assert message is not None
    assert "skrivebeskyttet" in message
    assert os.listdir(folder) == []


def test_the_read_only_check_lets_a_writable_database_open(shared_dir):
    # the same route as above, with a file the unprivileged user may write: it opens
    folder = shared_dir / "open"
    folder.mkdir()
    folder.chmod(0o777)
    path = closed_navdesk_db(folder / "navdesk.sqlite")
    path.chmod(0o666)
    assert open_without_privileges(path) is None
