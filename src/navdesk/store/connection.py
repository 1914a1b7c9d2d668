"""The SQLite connection itself: opening a file safely, one transaction at a time, and
what SQLite's errors mean to the user.

Opening never changes a file before it is known to be navdesk's own: a file that is
not navdesk's, is newer than this program, is damaged or read-only raises
:class:`StoreError` with a one-line message and is left exactly as it was.

Every repository of the store writes through :func:`transaction` and reads through
the connection it is given; nothing here knows a table but the few that opening checks.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, said
from navdesk.domain.units import Number
from navdesk.formats.open_database import set_open_database_check
from navdesk.store.schema import APPLICATION_ID, PAGE_SIZE, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"


class StoreError(Exception):
    """The database cannot be used as asked; ``str()`` is one line for the user (in
    bokmål; its one argument is a :class:`~navdesk.domain.said.Said`, which the window
    shows in its language)."""


def default_user() -> str:
    """The operating system's user name, recorded with every change."""
    try:
        return getpass.getuser() or "ukjent"
    except Exception:  # no user name on some locked-down machines
        return "ukjent"


def now_text() -> str:
    """The local time with its offset, to the second, as every change records it."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def stored_number(v: object) -> Number | None:
    """A value read from a NUMERIC column as the domain's number: whole numbers as int
    (SQLite may hand back 12.0 for 12), others as float, None as None."""
    if v is None or isinstance(v, int):
        return v
    f = float(v)  # type: ignore[arg-type]  # NUMERIC columns hold only numbers
    return int(f) if f.is_integer() else f


# SQLite's result codes (sqlite3.h); Python gives the extended one as sqlite_errorcode
SQLITE_IOERR = 10
SQLITE_FULL = 13
# the shared-memory index could not be grown: SQLite writes to the -shm file to grow it,
# and on a full disk that write, not a write to the database, is what fails first
SQLITE_IOERR_SHMSIZE = SQLITE_IOERR | (19 << 8)

DISK_FULL = said(QT_TRANSLATE_NOOP(
    "", "Disken er full, så ingenting er endret. Frigjør plass på disken og prøv igjen."))
DISK_IO_ERROR = said(QT_TRANSLATE_NOOP(
    "", "Disken svarte med en lese- eller skrivefeil, så det siste er kanskje ikke lagret. "
        "Sjekk disken (eller nettverket, for en delt mappe) og prøv igjen."))


def disk_trouble(exc: sqlite3.Error) -> Said | None:
    """The message for an error of the disk under the database (full, or an I/O error);
    None for any other error."""
    code = getattr(exc, "sqlite_errorcode", None)  # None for an error made by hand
    text = str(exc).lower()
    if code == SQLITE_IOERR_SHMSIZE or (code is not None and code & 0xFF == SQLITE_FULL) \
            or ("disk" in text and "full" in text):
        return DISK_FULL
    if (code is not None and code & 0xFF == SQLITE_IOERR) or "disk i/o error" in text:
        return DISK_IO_ERROR
    return None


def describe_error(exc: sqlite3.Error) -> Said:
    """What an SQLite error means to the user, in one line."""
    disk = disk_trouble(exc)
    if disk is not None:
        return disk
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return said(QT_TRANSLATE_NOOP("", "Databasefilen er skrivebeskyttet; ingenting er endret"))
    if "locked" in text or "busy" in text:
        return said(QT_TRANSLATE_NOOP(
            "",
            "Databasen er i bruk av et annet navdesk-vindu eller en kommando; prøv igjen om litt"))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return said(QT_TRANSLATE_NOOP("", "Databasefilen er skadet"))
    return said(QT_TRANSLATE_NOOP("", "Databasefeil: {error}"), error=str(exc))


def store_error(exc: sqlite3.Error) -> StoreError:
    """The :class:`StoreError` to raise (``from None``) for an SQLite error."""
    return StoreError(describe_error(exc))


# The database files this process holds SQLite connections to, by (device, inode):
# how many. On POSIX, closing any handle a process has on a file drops every lock the
# process holds on it, SQLite's own included; so no file open here is ever read by
# Python again (its header was checked when it was first opened): a worker's connection
# beside the window's would otherwise let another program delete the window's WAL.
_OPEN_FILES: dict[tuple[int, int], int] = {}
_OPEN_LOCK = threading.Lock()


def _file_key(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def is_open_here(path: str | os.PathLike[str]) -> bool:
    """Whether this process holds a connection to the database file at ``path`` (a
    file navdesk must then never open, read or replace by itself: see above)."""
    key = _file_key(Path(path))
    with _OPEN_LOCK:
        return key is not None and _OPEN_FILES.get(key, 0) > 0


set_open_database_check(is_open_here)  # the file code never reads or replaces it


class Connection(sqlite3.Connection):
    """SQLite's connection with one hook, :attr:`before_write`: called before every
    :func:`transaction` begins; it may raise :class:`StoreError` to refuse the write
    (the window's read-only mode, and a write typed before the file's check is done).
    It counts itself among the process's open files (:func:`is_open_here`) until closed."""

    before_write: Callable[[], None] | None = None
    _file: tuple[int, int] | None = None

    def count_open(self, path: Path) -> None:
        self._file = _file_key(path)
        if self._file is not None:
            with _OPEN_LOCK:
                _OPEN_FILES[self._file] = _OPEN_FILES.get(self._file, 0) + 1

    def close(self) -> None:
        try:
            super().close()
        finally:
            key, self._file = self._file, None
            if key is not None:
                with _OPEN_LOCK:
                    left = _OPEN_FILES.get(key, 0) - 1
                    if left > 0:
                        _OPEN_FILES[key] = left
                    else:
                        _OPEN_FILES.pop(key, None)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write that stands or falls whole: ``BEGIN IMMEDIATE`` (so a busy database is
    refused before anything is done), committed and synced on exit, rolled back when the
    body raises. SQLite's errors at the start and at the commit become StoreError, and
    so does a full disk or an I/O error in the body (the caller cannot do better)."""
    guard = getattr(conn, "before_write", None)
    if guard is not None:
        guard()
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise store_error(exc) from None
    try:
        yield conn
    except sqlite3.Error as exc:
        _roll_back(conn)
        if disk_trouble(exc) is not None:
            raise store_error(exc) from None
        raise
    except BaseException:
        _roll_back(conn)
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _roll_back(conn)
        raise store_error(exc) from None


def _roll_back(conn: sqlite3.Connection) -> None:
    """Roll back what is still open, keeping the error that got us here: a full disk
    or an interrupt ends the transaction inside SQLite already (a second ROLLBACK would
    raise "no transaction is active"), and a ROLLBACK that fails on a failing disk is
    finished by SQLite's own recovery when the file is next opened."""
    if not conn.in_transaction:
        return
    with suppress(sqlite3.Error):
        conn.execute("ROLLBACK")


def new_change(conn: sqlite3.Connection, source: str, user: str, at: str) -> int:
    """Record who changes something at ``at`` and from where (inside the caller's
    transaction: every audited write begins with this row); returns the change's id."""
    change = conn.execute(
        "INSERT INTO change (changed_at, changed_by, source) VALUES (?, ?, ?)",
        (at, user, source),
    ).lastrowid
    assert change is not None  # an INSERT into a rowid table always has one
    return change


# ---- opening a file ---------------------------------------------------------------
def _inspect_header(path: Path, create: bool) -> None:
    """Refuse a file that is not navdesk's, reading only its first bytes (and its WAL's
    frame headers): SQLite is never given a file before it is known to be navdesk's,
    because opening one replays (and deletes) its ``-wal`` file into it.

    A zero-byte file holds nothing to lose: with ``create`` it becomes the new database,
    otherwise (a read command's mistyped name) it is refused."""
    size = path.stat().st_size
    if size == 0:
        if create and not _wal_size(path):
            return
        raise StoreError(said(QT_TRANSLATE_NOOP(
            "", "{path} er tom (0 byte), ikke en navdesk-database"), path=str(path)))
    with path.open("rb") as f:
        head = f.read(100)
    if not head.startswith(SQLITE_HEADER):
        raise StoreError(said(QT_TRANSLATE_NOOP(
            "", "{path} er ikke en navdesk-database (ikke en SQLite-fil)"), path=str(path)))
    if len(head) < 100:
        raise StoreError(_truncated(path))
    # SQLite only ever writes whole pages. A file cut off in the middle of a page is not
    # caught by SQLite itself (it reads the missing bytes as zeros), so check it here.
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    valid_page_size = 512 <= page_size <= 65536 and page_size & (page_size - 1) == 0
    if valid_page_size and size % page_size:
        raise StoreError(_truncated(path))
    app_id = int.from_bytes(head[68:72], "big")
    # a new navdesk file carries its mark in the WAL until the first checkpoint (the
    # window may hold it open for a day): the main file then still says 0
    if app_id != APPLICATION_ID and not (app_id == 0
                                         and wal_application_id(path) == APPLICATION_ID):
        raise StoreError(said(QT_TRANSLATE_NOOP("", "{path} er ikke en navdesk-database"),
                              path=str(path)))


def _wal_size(path: Path) -> int:
    try:
        return Path(f"{path}-wal").stat().st_size
    except OSError:
        return 0


WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER, FRAME_HEADER = 32, 24
APPLICATION_ID_AT = 68  # in the database header (page 1)


def wal_application_id(path: Path) -> int | None:
    """The application id page 1 has in ``path``'s ``-wal`` file as of its last
    committed frame, read as plain bytes (None when no committed frame holds page 1).

    A frame belongs to the WAL when its salts are the header's (SQLite changes them
    whenever it starts the WAL over); a frame with a commit size ends a transaction.
    The frames' checksums are not verified: the salts already tell an old frame from a
    current one, and a torn last frame is never a commit frame of another program."""
    try:
        with open(f"{path}-wal", "rb") as wal:
            header = wal.read(WAL_HEADER)
            if len(header) < WAL_HEADER or int.from_bytes(header[:4], "big") not in WAL_MAGIC:
                return None
            page_size = int.from_bytes(header[8:12], "big")
            if not 512 <= page_size <= 65536:
                return None
            salts = header[16:24]
            pending = committed = None
            while True:
                frame = wal.read(FRAME_HEADER)
                if len(frame) < FRAME_HEADER or frame[8:16] != salts:
                    return committed
                page, commit = int.from_bytes(frame[:4], "big"), frame[4:8] != bytes(4)
                if page == 1:
                    data = wal.read(APPLICATION_ID_AT + 4)
                    if len(data) < APPLICATION_ID_AT + 4:
                        return committed
                    pending = int.from_bytes(data[APPLICATION_ID_AT:], "big")
                    wal.seek(page_size - len(data), os.SEEK_CUR)
                else:
                    wal.seek(page_size, os.SEEK_CUR)
                if commit:
                    committed = pending
    except OSError:
        return None


def _truncated(path: Path) -> Said:
    return said(QT_TRANSLATE_NOOP("", "{path} er skadet (filen er avkortet)"), path=str(path))


def _writable(path: Path) -> bool:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def _check_path(path: Path, create: bool) -> None:
    """Refuse a path that cannot be navdesk's database, touching nothing."""
    exists = path.exists()
    if exists and path.is_dir():
        raise StoreError(said(QT_TRANSLATE_NOOP("", "{path} er en mappe, ikke en databasefil"),
                              path=str(path)))
    if exists and not path.is_file():  # a FIFO or a device: reading it could block
        raise StoreError(said(QT_TRANSLATE_NOOP("", "{path} er ikke en navdesk-database"),
                              path=str(path)))
    if not exists:
        if not create:
            raise StoreError(said(QT_TRANSLATE_NOOP("", "Databasefilen {path} finnes ikke"),
                                  path=str(path)))
        if not path.parent.is_dir():
            raise StoreError(said(QT_TRANSLATE_NOOP("", "Mappen {path} finnes ikke"),
                                  path=str(path.parent)))
    elif not is_open_here(path):  # open here already: checked then, and never read again
        _inspect_header(path, create)
    if not _writable(path):
        if exists:
            raise StoreError(said(QT_TRANSLATE_NOOP("", "Databasefilen {path} er skrivebeskyttet"),
                                  path=str(path)))
        raise StoreError(said(QT_TRANSLATE_NOOP(
            "", "Mappen for databasefilen {path} er skrivebeskyttet"), path=str(path.parent)))


def _check_and_configure(conn: sqlite3.Connection, path: Path) -> int:
    """Check that the open file is navdesk's (or empty) and not newer than this program,
    then set the durable settings; returns its schema version (0 for a new file)."""
    conn.execute("PRAGMA busy_timeout = 5000")
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id != APPLICATION_ID and (tables or app_id or version):
        raise StoreError(said(QT_TRANSLATE_NOOP("", "{path} er ikke en navdesk-database"),
                              path=str(path)))
    if version > SCHEMA_VERSION:
        raise StoreError(said(QT_TRANSLATE_NOOP(
            "", "{path} er laget av en nyere navdesk (skjema {version}, dette programmet "
            "kan {supported}); oppdater navdesk"),
            path=str(path), version=version, supported=SCHEMA_VERSION))
    if app_id == APPLICATION_ID:
        # a real integrity check is too slow for every start; this reads every page
        # of the values and of the small tables every start reads (count(*) alone
        # would only read their indexes) and catches files whose structure is broken
        conn.execute("SELECT count(*) FROM value").fetchone()
        for table in ("meta", "office", "indicator", "locked_period"):
            conn.execute(f"SELECT * FROM {table}").fetchall()
    if not tables:  # a new file: choose its page size before anything is written
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return version


def open_connection(path: Path, *, create: bool = True) -> tuple[sqlite3.Connection, int]:
    """A connection to navdesk's database at ``path`` (made when missing, with
    ``create``) in WAL mode with synchronous=FULL, and the file's schema version.

    Raises :class:`StoreError` without touching the file when it cannot be used."""
    _check_path(path, create)
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                               factory=Connection)
    except sqlite3.Error as exc:
        raise StoreError(said(QT_TRANSLATE_NOOP("", "Kan ikke åpne {path}: {reason}"),
                              path=str(path), reason=describe_error(exc))) from None
    conn.count_open(path)
    try:
        return conn, _check_and_configure(conn, path)
    except StoreError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise unusable(path, exc) from None


class DamagedFile(StoreError):
    """SQLite found the file damaged (a page it cannot read as what it should be);
    ``detail`` is what SQLite said."""

    detail = ""


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite's error says the file itself is damaged (not foreign, not busy)."""
    text = str(exc).lower()
    return "malformed" in text or "corrupt" in text


def unusable(path: Path, exc: sqlite3.Error) -> StoreError:
    """The refusal of a file SQLite opened but cannot read or upgrade as navdesk's (a
    full or failing disk is said as such: the file itself is not at fault)."""
    if is_damage(exc):
        damaged = DamagedFile(said(QT_TRANSLATE_NOOP("", "Kan ikke bruke {path}: {reason}"),
                                   path=str(path), reason=describe_error(exc)))
        damaged.detail = str(exc)
        return damaged
    if disk_trouble(exc) is not None:
        return StoreError(said(QT_TRANSLATE_NOOP("", "Kan ikke åpne {path}: {reason}"),
                               path=str(path), reason=describe_error(exc)))
    return StoreError(said(QT_TRANSLATE_NOOP("", "Kan ikke bruke {path}: {reason}"),
                           path=str(path), reason=describe_error(exc)))
