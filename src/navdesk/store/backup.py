"""Backups of a navdesk database (restoring one: :mod:`navdesk.store.restore`).

Where: ``<user data folder>/sikkerhetskopier/<file name>-<hash>/`` (:func:`backup_folder`),
on Linux ``~/.local/share/navdesk/sikkerhetskopier/``, on Windows
``%LOCALAPPDATA%\\navdesk\\sikkerhetskopier\\``: always on this machine's own disk, never
beside a database that may sit on a shared drive. Each database has a subfolder of its
own, named by the file's name and a short hash of its resolved path, so two databases of
the same name never share one.

What: each backup is a whole navdesk database (``navdesk-ÅÅÅÅMMDD-TTMMSS.sqlite``, in
rollback-journal mode so it is one file to copy), made with SQLite's online backup API
while other connections keep working (never a copy of the live file's bytes, which could
catch a write half done). It opens with ``navdesk-cli --db``. It records its own when,
why and how many values in its ``meta`` table (keys ``backup_*``); a restore removes
those keys again.

Kept (:func:`prune`): the newest :data:`KEEP_LAST`, and the newest of each of the last
:data:`KEEP_MONTHS` calendar months.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from navdesk.domain.said import QT_TRANSLATE_NOOP, said
from navdesk.store.connection import StoreError, describe_error

BACKUPS_FOLDER = "sikkerhetskopier"
# how many backups are kept: the newest KEEP_LAST, and one (the newest) for each of the
# last KEEP_MONTHS calendar months, so a mistake noticed months later can still be undone
KEEP_LAST = 20
KEEP_MONTHS = 12

# why a backup was made, as the list shows it
DAILY = QT_TRANSLATE_NOOP("", "daglig")
MANUAL = QT_TRANSLATE_NOOP("", "manuell")
BEFORE_RESTORE = QT_TRANSLATE_NOOP("", "før gjenoppretting")
BEFORE_MIGRATION = QT_TRANSLATE_NOOP("", "før migrering")
BEFORE_TEMPLATE = QT_TRANSLATE_NOOP("", "før import av styringskortmal")
BEFORE_CATALOGUE = QT_TRANSLATE_NOOP("", "før import av katalog")

_NAME = re.compile(r"navdesk-(\d{8}-\d{6})(?:-(\d+))?\.sqlite")
_STAMP = "%Y%m%d-%H%M%S"
META_KEYS = ("backup_made_at", "backup_reason", "backup_values", "backup_of")


def before_import(file_name: str) -> str:
    """The reason recorded for the backup before importing ``file_name``."""
    return str(said(QT_TRANSLATE_NOOP("", "før import av {file}"), file=file_name))


def grouped(count: int | None) -> str:
    """A count as the backups list and the restore's question write it: 2\u00a0559 (a
    no-break space between groups of three), "?" when unknown."""
    return "?" if count is None else f"{count:,}".replace(",", "\u00a0")


@dataclass(frozen=True)
class Backup:
    """One backup file: when it was made (local time, to the second), why, and how many
    values it holds (None when its note cannot be read)."""

    path: Path
    made_at: datetime
    reason: str
    values: int | None

    def line(self) -> str:
        """One line of ``navdesk-cli backups``: the path first, then when, why, values."""
        count = grouped(self.values)
        return (f"{self.path}\t{self.made_at:%Y-%m-%d %H:%M:%S}\t{self.reason}"
                f"\t{count} verdier")


def backups_root() -> Path:
    """The folder that holds every database's backup folder."""
    from navdesk.paths import data_dir

    return data_dir() / BACKUPS_FOLDER


def backup_folder(db_path: Path, root: Path | None = None) -> Path:
    """The backup folder of the database at ``db_path`` (not made here)."""
    resolved = Path(os.path.abspath(db_path)).resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:10]
    return (root or backups_root()) / f"{resolved.stem}-{digest}"


def value_count(conn: sqlite3.Connection, schema: str = "main") -> int | None:
    try:
        count: int = conn.execute(f"SELECT count(*) FROM {schema}.value").fetchone()[0]
    except sqlite3.OperationalError:  # a file before its first migration
        return None
    return count


def _has_meta(conn: sqlite3.Connection) -> bool:
    return conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone() is not None


def _new_name(folder: Path, at: datetime) -> Path:
    stamp = at.strftime(_STAMP)
    path, n = folder / f"navdesk-{stamp}.sqlite", 1
    while path.exists():  # two backups in one second (a restore backs up first)
        n += 1
        path = folder / f"navdesk-{stamp}-{n}.sqlite"
    return path


def make_backup(conn: sqlite3.Connection, db_path: Path, reason: str, *,
                root: Path | None = None, keep: bool = True) -> Path:
    """Back up the database open on ``conn`` (whose file is ``db_path``) into its backup
    folder, recording ``reason``; returns the new file. Old backups beyond what is kept
    are removed afterwards (``keep``). Raises StoreError (a full disk, a folder that
    cannot be written), leaving no partial backup behind."""
    folder = backup_folder(db_path, root)
    at = datetime.now().astimezone().replace(microsecond=0)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        final = _new_name(folder, at)
    except OSError as exc:
        raise cannot_write(folder, exc) from None
    partial = final.with_name(final.name + ".partial")
    try:
        copy_database(conn, partial, lambda dst: _note(dst, at, reason, db_path))
        os.replace(partial, final)
    except sqlite3.Error as exc:
        remove_file(partial)
        raise StoreError(said(QT_TRANSLATE_NOOP("", "Kan ikke lage sikkerhetskopi: {reason}"),
                              reason=describe_error(exc))) from None
    except OSError as exc:
        remove_file(partial)
        raise cannot_write(folder, exc) from None
    if keep:
        prune(folder, now=at)
    return final


class _Busy(sqlite3.OperationalError):
    pass


def copy_pages(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """``src.backup(dst)``, giving up as ``src``'s busy timeout says: Python's backup
    would otherwise retry a busy database for ever."""
    patience = src.execute("PRAGMA busy_timeout").fetchone()[0] / 1000
    deadline = time.monotonic() + patience

    def waited(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) \
                and time.monotonic() > deadline:
            raise _Busy("database is locked")

    src.backup(dst, progress=waited, sleep=0.05)


def copy_database(conn: sqlite3.Connection, target: Path,
                  then: Callable[[sqlite3.Connection], None] | None = None) -> None:
    """Copy ``conn``'s main database into a new file ``target`` through the backup API,
    left in rollback-journal mode (one file), after ``then(target's connection)``."""
    remove_file(target)
    dst = sqlite3.connect(str(target), isolation_level=None)
    try:
        # synced once, at the end: until it is renamed into place it is not a backup
        dst.execute("PRAGMA synchronous = OFF")
        copy_pages(conn, dst)
        dst.execute("PRAGMA journal_mode = DELETE")
        if then is not None:
            then(dst)
    finally:
        dst.close()
    # Windows flushes only a handle opened for writing
    fd = os.open(target, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _note(dst: sqlite3.Connection, at: datetime, reason: str, db_path: Path) -> None:
    """Write the backup's own note into its ``meta`` table. A damaged database (backed
    up before it is restored) is kept as it is, without a note: its name says when."""
    try:
        if not _has_meta(dst):
            return  # a file before its first migration
        count = value_count(dst)
        dst.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [("backup_made_at", at.isoformat()), ("backup_reason", reason),
             ("backup_values", "" if count is None else str(count)),
             ("backup_of", str(Path(os.path.abspath(db_path))))])
    except sqlite3.DatabaseError:
        if dst.in_transaction:
            dst.execute("ROLLBACK")


def remove_file(path: Path) -> None:
    for p in (path, Path(f"{path}-journal")):
        p.unlink(missing_ok=True)


def cannot_write(folder: Path, exc: OSError) -> StoreError:
    return StoreError(said(QT_TRANSLATE_NOOP(
        "", "Kan ikke lage sikkerhetskopi i {folder}: {reason}"),
        folder=str(folder), reason=exc.strerror or str(exc)))


# ---- the list ----------------------------------------------------------------------
def _made_at(path: Path) -> datetime | None:
    found = _NAME.fullmatch(path.name)
    if not found:
        return None
    return datetime.strptime(found.group(1), _STAMP).astimezone()


def read_backup(path: Path) -> Backup:
    """What a backup file says about itself (read-only; the file is not changed)."""
    made_at = _made_at(path) or datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    reason, values = "?", None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            note = dict(conn.execute(
                "SELECT key, value FROM meta WHERE key LIKE 'backup\\_%' ESCAPE '\\'"))
        finally:
            conn.close()
        reason = note.get("backup_reason") or reason
        if note.get("backup_made_at"):
            made_at = datetime.fromisoformat(note["backup_made_at"])
        if note.get("backup_values"):
            values = int(note["backup_values"])
    except (sqlite3.Error, ValueError):
        pass  # a damaged backup still shows in the list, by its name
    return Backup(path, made_at, reason, values)


def _files(folder: Path) -> list[Path]:
    """Backup files of one folder, newest first (by name: the name holds the time)."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if _NAME.fullmatch(p.name)]

    def order(p: Path) -> tuple[str, int]:
        m = _NAME.fullmatch(p.name)
        assert m is not None
        return m.group(1), int(m.group(2) or 1)

    return sorted(found, key=order, reverse=True)


def list_backups(db_path: Path, root: Path | None = None) -> list[Backup]:
    """The backups of the database at ``db_path``, newest first."""
    return [read_backup(p) for p in _files(backup_folder(db_path, root))]


def kept(made: list[datetime], now: datetime) -> set[int]:
    """Which of ``made`` (newest first) to keep: the first :data:`KEEP_LAST`, and the
    newest of each of the :data:`KEEP_MONTHS` calendar months up to ``now``'s."""
    keep = set(range(min(KEEP_LAST, len(made))))
    months = {(now.year * 12 + now.month - 1) - k for k in range(KEEP_MONTHS)}
    seen: set[int] = set()
    for i, at in enumerate(made):
        month = at.year * 12 + at.month - 1
        if month in months and month not in seen:
            seen.add(month)
            keep.add(i)
    return keep


def prune(folder: Path, now: datetime | None = None) -> list[Path]:
    """Remove the backups of ``folder`` that are not :func:`kept`; returns them."""
    files = _files(folder)
    made = [_made_at(p) for p in files]
    keep = kept([m for m in made if m is not None], now or datetime.now().astimezone())
    removed = []
    for i, p in enumerate(files):
        if i not in keep:
            try:
                p.unlink()
                removed.append(p)
            except OSError:
                pass  # kept one more time; the next backup tries again
    return removed
