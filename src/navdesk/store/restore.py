"""Restoring a backup (or a copy of this office's database) into the open database: checked
first, the current content backed up, then replaced all or nothing through SQLite's
backup API, so every other connection to the file sees the restored content at its next
read. See :mod:`navdesk.store.backup` for where backups are and what they record.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, said
from navdesk.store.audit import log_change
from navdesk.store.backup import (
    BEFORE_RESTORE,
    META_KEYS,
    backup_folder,
    cannot_write,
    copy_database,
    copy_pages,
    grouped,
    make_backup,
    prune,
    remove_file,
    value_count,
)
from navdesk.store.connection import SQLITE_HEADER, StoreError, describe_error, transaction
from navdesk.store.migrations import migrate
from navdesk.store.schema import APPLICATION_ID, SCHEMA_VERSION


@dataclass(frozen=True)
class RestorePlan:
    """A checked backup file and what restoring it would change."""

    file: Path
    office: str | None  # the home office's code in the file
    values: int | None  # values in the file
    current_values: int | None  # values in the database now
    made_at: str  # when the file says it was made ("" when it does not)

    def describe(self, db_path: Path) -> Said:
        """What a restore will change, in one paragraph (asked before it is done)."""
        return said(QT_TRANSLATE_NOOP(
            "", "Innholdet i {db} ({now} verdier) erstattes med {file} ({then} verdier{made}). "
            "Det nåværende innholdet sikkerhetskopieres først."),
            db=str(db_path), now=grouped(self.current_values),
            file=str(self.file), then=grouped(self.values),
            made=f", laget {self.made_at}" if self.made_at else "")


def _refused(reason: Said) -> StoreError:
    return StoreError(reason)


def _home(conn: sqlite3.Connection, schema: str = "main") -> str | None:
    try:
        r = conn.execute(
            f"SELECT value FROM {schema}.meta WHERE key = 'home_office'").fetchone()
    except sqlite3.Error:
        return None
    return r[0] if r else None


def check_backup(conn: sqlite3.Connection, file: Path) -> RestorePlan:
    """Check that ``file`` is a sound navdesk database (``quick_check``, its application
    id, a schema this program can read) of the same office as the database open on
    ``conn``; raises StoreError with the reason otherwise. Reads ``file`` only."""
    if not file.is_file():
        raise _refused(said(QT_TRANSLATE_NOOP("", "Finner ikke filen {file}"), file=str(file)))
    with file.open("rb") as f:
        head = f.read(len(SQLITE_HEADER))
    if head != SQLITE_HEADER:
        raise _refused(said(QT_TRANSLATE_NOOP(
            "", "{file} er ikke en navdesk-database (ikke en SQLite-fil)"), file=str(file)))
    try:
        src = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _refused(_unusable(file, describe_error(exc))) from None
    try:
        try:
            check = [r[0] for r in src.execute("PRAGMA quick_check")]
            app_id = src.execute("PRAGMA application_id").fetchone()[0]
            version = src.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as exc:
            raise _refused(_unusable(file, describe_error(exc))) from None
        if check != ["ok"]:
            raise _refused(said(QT_TRANSLATE_NOOP(
                "", "{file} er skadet (quick_check: {problem})"), file=str(file),
                problem=check[0]))
        if app_id != APPLICATION_ID or version < 1:
            raise _refused(said(QT_TRANSLATE_NOOP("", "{file} er ikke en navdesk-database"),
                                file=str(file)))
        if version > SCHEMA_VERSION:
            raise _refused(said(QT_TRANSLATE_NOOP(
                "", "{file} er laget av en nyere navdesk (skjema {version}, dette programmet "
                "kan {supported})"), file=str(file), version=version, supported=SCHEMA_VERSION))
        office = _home(src)
        current = _home(conn)
        if current is not None and office != current:
            raise _refused(said(QT_TRANSLATE_NOOP(
                "", "{file} hører til kontor {other}, ikke til kontor {office} som denne "
                "databasen er satt opp for"), file=str(file), other=office or "(ingen)",
                office=current))
        note = dict(src.execute(
            "SELECT key, value FROM meta WHERE key LIKE 'backup\\_%' ESCAPE '\\'"))
        return RestorePlan(file, office, value_count(src), _current_values(conn),
                           note.get("backup_made_at", "").replace("T", " ")[:19])
    finally:
        src.close()


def _current_values(conn: sqlite3.Connection) -> int | None:
    try:
        return value_count(conn)
    except sqlite3.Error:  # a damaged database being restored
        return None


def _unusable(file: Path, reason: Said) -> Said:
    return said(QT_TRANSLATE_NOOP("", "Kan ikke bruke {file}: {reason}"),
                file=str(file), reason=reason)


def restore_backup(conn: sqlite3.Connection, db_path: Path, file: Path, *,
                   root: Path | None = None) -> Path:
    """Replace the content of the database open on ``conn`` with ``file``'s, all or
    nothing, after :func:`check_backup` and after backing up the current content
    (returns that backup's path). The content goes through the backup API into the open
    file, so every other connection sees it at its next read. A backup from an older
    schema is brought up to this program's first. Raises StoreError with the reason;
    then the database is unchanged."""
    plan = check_backup(conn, file)
    folder = backup_folder(db_path, root)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise cannot_write(folder, exc) from None
    staged = folder / f"restoring-{os.getpid()}.sqlite"
    try:
        # a copy of its own: the checked content cannot change before it is copied in,
        # and the backup's note and an older schema are dealt with outside the database
        src = sqlite3.connect(f"{plan.file.resolve().as_uri()}?mode=ro", uri=True)
        try:
            copy_database(src, staged)
        finally:
            src.close()
        tmp = sqlite3.connect(str(staged), isolation_level=None)
        try:
            tmp.execute("DELETE FROM meta WHERE key IN (?, ?, ?, ?)", META_KEYS)
            version = tmp.execute("PRAGMA user_version").fetchone()[0]
            if version < SCHEMA_VERSION:
                tmp.execute("PRAGMA foreign_keys = ON")
                migrate(tmp, staged, version, backup=False)
            page = tmp.execute("PRAGMA page_size").fetchone()[0]
            if page != conn.execute("PRAGMA page_size").fetchone()[0]:
                # SQLite cannot copy pages of another size into a file in WAL mode
                raise _refused(said(QT_TRANSLATE_NOOP(
                    "", "{file} har en annen sidestørrelse ({size}) enn databasen; "
                    "den kan ikke gjenopprettes inn i den"), file=str(file), size=page))
            # not pruned yet: ``file`` may be an old backup that pruning would remove
            before = make_backup(conn, db_path, BEFORE_RESTORE, root=root, keep=False)
            copy_pages(tmp, conn)  # one write transaction: all of it or nothing
            with transaction(conn):  # the restored content's own log, and now this
                log_change(conn, f"gjenopprettet fra sikkerhetskopien {file.name}"
                                 f" (det som var før, er tatt vare på i {before.name})")
        finally:
            tmp.close()
    except sqlite3.Error as exc:
        raise StoreError(said(QT_TRANSLATE_NOOP("", "Kan ikke gjenopprette {file}: {reason}"),
                              file=str(file), reason=describe_error(exc))) from None
    except OSError as exc:
        raise cannot_write(folder, exc) from None
    finally:
        remove_file(staged)
    prune(folder)
    return before
