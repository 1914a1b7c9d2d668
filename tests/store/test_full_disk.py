"""A full disk and I/O errors (issue 13, point 6), on real files: SQLite's own page
limit gives a real SQLITE_FULL. One clear message, never a second ROLLBACK, the
database unchanged and sound, and the connection still usable once there is room."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from navdesk.domain.said import english
from navdesk.formats.csvfile import write_csv_file
from navdesk.formats.files import cannot_write, write_atomically
from navdesk.store import StoreError
from navdesk.store.connection import (
    DISK_FULL,
    DISK_IO_ERROR,
    SQLITE_IOERR_SHMSIZE,
    describe_error,
    disk_trouble,
    transaction,
)
from tests.conftest import HOME_CODE
from tests.full_disk import MARCH, dump, fill_up, integrity, limit_growth

FULL = "Disken er full, så ingenting er endret. Frigjør plass på disken og prøv igjen."


def test_a_value_on_a_full_disk_is_refused_in_one_clear_message_and_changes_nothing(
        demo_store):
    limit_growth(demo_store.conn)
    assert fill_up(demo_store, HOME_CODE) > 0
    before = dump(demo_store.conn)
    with pytest.raises(StoreError) as refused:
        demo_store.set_value(HOME_CODE, "SH_MND", MARCH, 302)
    assert str(refused.value) == FULL
    assert refused.value.args[0] is DISK_FULL  # a Said: the window shows it in English
    assert not demo_store.conn.in_transaction
    assert dump(demo_store.conn) == before
    assert integrity(demo_store.path) == "ok"
    # room again (space freed): the same connection writes the same value
    limit_growth(demo_store.conn, 100)
    demo_store.set_value(HOME_CODE, "SH_MND", MARCH, 302)
    assert demo_store.value(HOME_CODE, "SH_MND", MARCH).value == 302


def test_an_import_of_many_rows_on_a_full_disk_changes_nothing(demo_store):
    limit_growth(demo_store.conn, 1)
    before = dump(demo_store.conn)
    batch = demo_store.import_batch()
    batch.add([(n + 2, HOME_CODE, code, f"{year}-{month:02d}", 7, "fylt")
               for n, (year, month, code) in enumerate(
                   (y, m, c) for y in range(2010, 2020) for m in range(1, 13)
                   for c in ("SH_MND", "SH_HIA", "SH_NODHJELP", "KVP_MND"))])
    with pytest.raises(StoreError, match="^Disken er full, så ingenting er endret"):
        batch.finish(source="import stor.csv")
    assert not demo_store.conn.in_transaction
    assert dump(demo_store.conn) == before
    assert integrity(demo_store.path) == "ok"
    # the import cleaned up after itself: foreign keys on, no staged rows left
    assert demo_store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert demo_store.conn.execute(
        "SELECT count(*) FROM temp.sqlite_master WHERE name = 'import_row'").fetchone()[0] == 0


@pytest.mark.parametrize(("statement", "ended_by_sqlite"), [
    # SQLite rolls the whole transaction back itself when a large row finds no room
    # (a second ROLLBACK raised "cannot rollback - no transaction is active" and hid it)
    ("INSERT INTO meta (key, value) VALUES ('big', zeroblob(100000))", True),
    # ... and only the statement when a new table finds no room: the transaction is open
    ("CREATE TABLE big (x)", False),
])
def test_a_full_disk_ends_the_transaction_once_whoever_ends_it(office_store, statement,
                                                                ended_by_sqlite):
    conn = office_store.conn
    limit_growth(conn)
    before = dump(conn)
    seen = []
    with pytest.raises(StoreError) as refused, transaction(conn):
        conn.execute("INSERT INTO meta (key, value) VALUES ('small', 'x')")
        try:
            conn.execute(statement)
        finally:
            seen.append(not conn.in_transaction)
    assert seen == [ended_by_sqlite]
    assert str(refused.value) == FULL
    assert not conn.in_transaction
    assert dump(conn) == before  # the small row before it is gone too
    assert integrity(office_store.path) == "ok"


def test_other_sqlite_errors_in_a_transaction_stay_what_they_are(office_store):
    conn = office_store.conn
    with pytest.raises(sqlite3.OperationalError, match="no such table"), transaction(conn):
        conn.execute("INSERT INTO no_such_table VALUES (1)")
    assert not conn.in_transaction


def _error(text: str, code: int) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorcode = code  # as SQLite sets it (sqlite3.h's extended result codes)
    return exc


@pytest.mark.parametrize(("exc", "message"), [
    (_error("database or disk is full", 13), DISK_FULL),
    # the -shm index could not be grown: on Linux the first thing a full disk refuses
    (_error("disk I/O error", SQLITE_IOERR_SHMSIZE), DISK_FULL),
    (_error("disk I/O error", 10 | (3 << 8)), DISK_IO_ERROR),  # SQLITE_IOERR_WRITE
    (_error("disk I/O error", 10 | (4 << 8)), DISK_IO_ERROR),  # SQLITE_IOERR_FSYNC
    (sqlite3.OperationalError("disk I/O error"), DISK_IO_ERROR),  # made without a code
    (_error("database is locked", 5), None),
])
def test_disk_errors_are_told_by_their_result_code(exc, message):
    assert disk_trouble(exc) is message
    if message is not None:
        assert describe_error(exc) is message


def test_the_disk_messages_have_english():
    assert english(DISK_FULL) == ("The disk is full, so nothing was changed. Free some "
                                  "space on the disk and try again.")
    assert english(DISK_IO_ERROR).startswith("The disk answered with a read or write error")


def test_a_file_that_cannot_be_finished_leaves_no_half_written_file(tmp_path):
    target = tmp_path / "eksport.csv"
    target.write_bytes(b"the older export")

    def rows():
        yield ["1"]
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError) as refused:
        write_csv_file(target, ["a"], rows())
    assert target.read_bytes() == b"the older export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["eksport.csv"]
    assert cannot_write(target, refused.value) == (
        f"Disken er full, så {target} er ikke skrevet. Frigjør plass på disken og prøv igjen.")
    assert english(cannot_write(target, refused.value)).startswith("The disk is full, so ")


def test_an_io_error_and_other_errors_of_a_file_are_said_too(tmp_path):
    target = tmp_path / "rapport.pdf"
    with pytest.raises(OSError) as refused:
        write_atomically(target, lambda f: (_ for _ in ()).throw(OSError(errno.EIO, "I/O")))
    assert not list(tmp_path.iterdir())
    assert cannot_write(target, refused.value).startswith(
        "Disken svarte med en lese- eller skrivefeil, så ")
    missing = tmp_path / "ingen" / "x.csv"
    with pytest.raises(OSError) as refused:
        write_atomically(missing, lambda f: f.write(b"x"))
    assert cannot_write(missing, refused.value) == (
        f"Kan ikke skrive {missing}: No such file or directory")
