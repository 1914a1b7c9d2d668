"""The backups of one database, as the window works with them: list them, make one now,
check a file and say what restoring it would change, restore it, save a copy elsewhere,
and the daily backup at the first start of a day.

Pure Python, no Qt. :class:`BackupShelf` works on an open service's connection
(``OfficeService.backups()``: a restore then makes every page read the file again), or
on a database *path alone*: a database too damaged to open as navdesk's still has its
backups listed and restored (the read-only window's banner, the start-up error). The
files and the rules are :mod:`navdesk.store.backup` and :mod:`navdesk.store.restore`,
the same ones ``navdesk-cli backup``, ``backups`` and ``restore`` use.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, said
from navdesk.formats.files import cannot_write
from navdesk.store.backup import (
    BEFORE_CATALOGUE,
    BEFORE_MIGRATION,
    BEFORE_RESTORE,
    BEFORE_TEMPLATE,
    DAILY,
    MANUAL,
    Backup,
    backup_folder,
    copy_database,
    list_backups,
    make_backup,
    remove_file,
)
from navdesk.store.connection import DISK_FULL, StoreError, describe_error, disk_trouble
from navdesk.store.restore import RestorePlan, check_backup, restore_backup

__all__ = ["BEFORE_CATALOGUE", "BEFORE_TEMPLATE", "DAILY", "MANUAL", "Backup", "BackupShelf",
           "RestorePlan", "reason_said"]

# how long a connection of the shelf's own waits for the window's short writes (ms)
_PATIENCE_MS = 5000


class BackupShelf:
    """The backups of the database at ``path``. ``conn`` is an open connection to it (the
    service's), else each action opens one of its own and closes it after; ``replaced``
    is called after a restore (the service's :meth:`~navdesk.service.OfficeService.
    replaced`, so every page reads the restored content). ``root``: another backups
    folder (tests)."""

    def __init__(self, path: str | os.PathLike[str], conn: sqlite3.Connection | None = None,
                 *, replaced: Callable[[], None] | None = None,
                 root: Path | None = None, restore_refused: Said | None = None) -> None:
        self.path = Path(path)
        # why this shelf may not restore (a window that does not hold the file), or None
        self.restore_refused = restore_refused
        self._conn = conn
        self._replaced = replaced
        self._root = root

    @property
    def folder(self) -> Path:
        """Where this database's backups are (made with the first one)."""
        return backup_folder(self.path, self._root)

    def backups(self) -> list[Backup]:
        """The backups, newest first (read without opening the database)."""
        return list_backups(self.path, self._root)

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        if self._conn is not None:
            yield self._conn
            return
        try:
            conn = sqlite3.connect(str(self.path), isolation_level=None,
                                   timeout=_PATIENCE_MS / 1000)
        except sqlite3.Error as exc:
            raise StoreError(describe_error(exc)) from None
        try:
            yield conn
        finally:
            conn.close()

    def make(self, reason: str = MANUAL) -> Path:
        """A backup now, recording ``reason`` (one of this module's reasons); returns
        its file. Raises StoreError (a full disk: nothing is left half made)."""
        with self._connection() as conn:
            return make_backup(conn, self.path, reason, root=self._root)

    def made_today(self, today: date | None = None) -> bool:
        """Whether any backup of this database was made today (local time)."""
        today = today or date.today()
        return any(b.made_at.astimezone().date() == today for b in self.backups())

    def daily(self, today: date | None = None) -> Path | None:
        """The daily backup: made (and old ones pruned) when none was made today and
        the file is sound; returns it, or None when there already was one or the file is
        damaged (the window says so itself). Raises StoreError."""
        if self.made_today(today):
            return None
        with self._connection() as conn:
            try:
                sound = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            except sqlite3.DatabaseError:
                sound = False
        if not sound:  # a damaged file's copy would only push a sound backup out
            return None
        return self.make(DAILY)

    def plan(self, file: str | os.PathLike[str]) -> RestorePlan:
        """Check ``file`` for a restore (sound, navdesk's, the same office); raises
        StoreError with the reason. Nothing is changed."""
        with self._connection() as conn:
            return check_backup(conn, Path(file))

    def describe(self, plan: RestorePlan) -> Said:
        """What restoring ``plan`` will change, to ask before it is done."""
        return plan.describe(self.path)

    def restore(self, file: str | os.PathLike[str]) -> Path:
        """Replace the database's content with ``file``'s, all or nothing, after
        checking it and backing up the current content (returns that backup). Raises
        StoreError; the database is then unchanged."""
        if self.restore_refused is not None:
            raise StoreError(self.restore_refused)
        with self._connection() as conn:
            before = restore_backup(conn, self.path, Path(file), root=self._root)
        if self._replaced is not None:
            self._replaced()
        return before

    def save_copy(self, target: str | os.PathLike[str]) -> Path:
        """A copy of the database at ``target`` (a whole navdesk database in one file,
        made through SQLite's backup API, never by copying the live file). An existing
        file at ``target`` is replaced only once the copy is whole. Raises StoreError
        (a full disk: in the words :func:`navdesk.formats.files.cannot_write` uses)."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise StoreError(said(QT_TRANSLATE_NOOP(
                "", "Kopien kan ikke lagres over selve databasen ({path}); velg et annet "
                    "filnavn"), path=str(target)))
        partial = target.with_name(target.name + ".partial")
        try:
            with self._connection() as conn:
                copy_database(conn, partial)
            os.replace(partial, target)
        except sqlite3.Error as exc:
            remove_file(partial)
            trouble = disk_trouble(exc)
            if trouble is not None:  # said as for every file navdesk writes
                failure = OSError(errno.ENOSPC if trouble is DISK_FULL else errno.EIO, str(exc))
                raise StoreError(cannot_write(target, failure)) from None
            raise StoreError(said(QT_TRANSLATE_NOOP("", "Kan ikke lagre kopien {path}: {reason}"),
                                  path=str(target), reason=describe_error(exc))) from None
        except OSError as exc:
            remove_file(partial)
            raise StoreError(cannot_write(target, exc)) from None
        return target



_REASONS = (DAILY, MANUAL, BEFORE_RESTORE, BEFORE_MIGRATION, BEFORE_TEMPLATE, BEFORE_CATALOGUE)
_BEFORE_IMPORT = QT_TRANSLATE_NOOP("", "før import av {file}")  # as store.backup says it


def reason_said(reason: str) -> Said | str:
    """Why a backup was made, as a text the window says in its language (the backup
    records it in bokmål); a reason not known here stays as it is."""
    if reason in _REASONS:
        return said(reason)
    prefix = _BEFORE_IMPORT.split("{", 1)[0]
    if reason.startswith(prefix):
        return said(_BEFORE_IMPORT, file=reason[len(prefix):])
    return reason
