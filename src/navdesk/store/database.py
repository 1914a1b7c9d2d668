"""navdesk's database as one object: :func:`open_store` opens (and migrates) the file,
and :class:`Store` answers every read and write the window and the command line make.

The work is done by one module per concern, each on the bare connection
(:mod:`~navdesk.store.connection`): :mod:`~navdesk.store.values`,
:mod:`~navdesk.store.indicators` (the catalogue), :mod:`~navdesk.store.offices`,
:mod:`~navdesk.store.audit`, :mod:`~navdesk.store.locks`,
:mod:`~navdesk.store.goalcard`, :mod:`~navdesk.store.importing` and
:mod:`~navdesk.store.migrations`. The Store holds the connection, caches the catalogue
and makes the checks that need several of them (is the office known, the indicator
writable, the month open?) before a value is written.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import suppress
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from navdesk.domain.period import Period
from navdesk.domain.said import QT_TRANSLATE_NOOP, said
from navdesk.domain.units import Number, ValueRejected, check_comment, check_value
from navdesk.store import offices, values
from navdesk.store.connection import (
    SQLITE_HEADER,
    DamagedFile,
    StoreError,
    default_user,
    is_damage,
    now_text,
    open_connection,
    unusable,
)
from navdesk.store.offices import Office
from navdesk.store.schema import SCHEMA_VERSION
from navdesk.store.values import KEEP, Change, Keep, StoredValue, collect_figures

if TYPE_CHECKING:
    from navdesk.domain.catalogue import Catalogue, Indicator
    from navdesk.domain.entry import unknown_indicator
    from navdesk.store.audit import AuditEntry, LoggedChange
    from navdesk.store.importing import ImportBatch
    from navdesk.store.locks import LockEvent
# the catalogue, the migrations, the import, the audit trail, the locks and the entry
# rules are imported where they are used: the window's first frame needs the store but
# none of them (each module read costs start-up a few tenths of a millisecond)
_LATER = {"AuditEntry": "navdesk.store.audit", "LockEvent": "navdesk.store.locks",
          "unknown_indicator": "navdesk.domain.entry"}


def __getattr__(name: str) -> object:
    """The names this module gives on for its callers, read when first asked for."""
    if name in _LATER:
        from importlib import import_module

        return getattr(import_module(_LATER[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "KEEP", "SQLITE_HEADER", "AuditEntry", "Change", "LockEvent", "Office", "Store",
    "StoreError", "StoredValue", "collect_figures", "default_user", "now_text", "open_store",
    "unknown_indicator",
]


def open_store(path: str | os.PathLike[str], *, create: bool = True,
               check: bool = False) -> Store:
    """Open (or, with ``create``, make) navdesk's database at ``path`` and migrate it.

    ``check``: run SQLite's ``quick_check`` first and refuse a damaged file before
    anything reads or writes it (the command line does, for every command). Raises
    :class:`StoreError` without touching the file when it cannot be used.
    """
    path = Path(path)
    try:
        conn, version = open_connection(path, create=create)
    except DamagedFile as exc:  # said with the newest backup and how to restore it
        raise damaged(path, exc.detail or str(exc)) from None
    try:
        # a file about to be migrated is checked too: a migration must not write into
        # a damaged file (the window checks only later, in the background)
        if (check and version > 0) or 0 < version < SCHEMA_VERSION:
            problem = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if problem != "ok":
                raise damaged(path, str(problem))
        store = Store(conn, path)
        store._migrate(version)
        return store
    except StoreError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        if is_damage(exc):
            raise damaged(path, str(exc)) from None
        raise unusable(path, exc) from None


def damaged(path: Path, problem: str) -> StoreError:
    """A damaged file's refusal: what SQLite found, that nothing was read or changed,
    and how to restore the newest backup (or that there is none)."""
    from navdesk.store.backup import list_backups

    backups = list_backups(path)
    if backups:
        advice = said(QT_TRANSLATE_NOOP(
            "", "Gjenopprett den nyeste sikkerhetskopien: navdesk-cli restore {backup} "
                "--db {path}"), backup=str(backups[0].path), path=str(path))
    else:
        advice = said(QT_TRANSLATE_NOOP(
            "", "Det finnes ingen sikkerhetskopi av den; ta vare på filen som den er og be "
                "om hjelp før noe skrives i den"))
    return StoreError(said(QT_TRANSLATE_NOOP(
        "", "{path} er skadet (SQLite fant: {problem}); ingenting er lest eller endret. "
            "{advice}"), path=str(path), problem=problem[:200], advice=advice))


class Store:
    """navdesk's database. Use :func:`open_store` to get one."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._catalogue: Catalogue | None = None

    # ---- lifecycle -------------------------------------------------------------
    def close(self) -> None:
        with suppress(sqlite3.Error):  # only a hint for the next start
            self.conn.execute("PRAGMA optimize")
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _migrate(self, version: int, target: int = SCHEMA_VERSION) -> None:
        if version >= target:
            return  # the migrations (and the catalogue they seed with) are not needed
        from navdesk.store.migrations import migrate

        migrate(self.conn, self.path, version, target)
        self._catalogue = None

    def forget_cached(self) -> None:
        """Read the catalogue again when next asked: another program (or a restored
        backup) may have changed the file under this connection."""
        self._catalogue = None

    def data_version(self) -> int:
        """SQLite's count of commits by *other* connections to this file (this one's own
        commits do not move it): a changed number means another program wrote."""
        version: int = self.conn.execute("PRAGMA data_version").fetchone()[0]
        return version

    def quick_check(self) -> str:
        """SQLite's ``quick_check``: "ok", or the first problem it found in the file (a
        file too damaged to be read says what SQLite said). Reads every page, writes
        nothing; about 0.1 s for ten years of one office."""
        try:
            problem: str = self.conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc) and "not a database" not in str(exc).lower():
                raise
            return str(exc)
        return problem

    def set_query_only(self, on: bool) -> None:
        """SQLite refuses every write on this connection while ``on`` (read-only mode:
        a second window, a damaged file). Defence in depth below the window's checks."""
        self.conn.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")

    def set_before_write(self, guard: Callable[[], None] | None) -> None:
        """Call ``guard`` before every write transaction (it may raise StoreError)."""
        self.conn.before_write = guard  # type: ignore[attr-defined]  # navdesk's Connection

    @property
    def schema_version(self) -> int:
        version: int = self.conn.execute("PRAGMA user_version").fetchone()[0]
        return version

    # ---- catalogue -------------------------------------------------------------
    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            from navdesk.store.indicators import read_catalogue

            self._catalogue = read_catalogue(self.conn)
        return self._catalogue

    def codes_with_values(self) -> set[str]:
        """Codes that have a stored value in any office: their unit, rule and period
        type are fixed, because changing them would misread those values."""
        from navdesk.store.indicators import codes_with_values

        return codes_with_values(self.conn)

    def merge_catalogue(self, indicators: list[Indicator], *, dry_run: bool = False) -> list[str]:
        """Add new codes and update the fields of existing ones from ``indicators`` (a
        catalogue file, or one indicator edited in the window), in one transaction;
        codes not given stay as they are. A code with values keeps its unit, rule and
        period type: changing them is refused with the reason
        (:mod:`navdesk.domain.catalogue_merge`). Returns what changed (or, with
        ``dry_run``, what would change, and nothing is written), one line each in
        bokmål (a ``Said`` each, for the window). Raises ValueRejected (nothing is
        written), whose message has one line per problem."""
        from navdesk.store.indicators import merge_catalogue

        changes = merge_catalogue(self.conn, self.catalogue, indicators, dry_run=dry_run)
        if changes and not dry_run:
            self._catalogue = None
        return list(changes)

    # ---- offices ---------------------------------------------------------------
    def offices(self) -> list[Office]:
        return offices.offices(self.conn)

    def office(self, code: str) -> Office | None:
        return offices.office(self.conn, code)

    def home_office(self) -> Office | None:
        """The office this database was set up for, or None before setup."""
        return offices.home_office(self.conn)

    def save_office(self, code: str, name: str, municipality: str = "", *,
                    home: bool = False) -> Office:
        """Add an office or update its name and municipality; ``home`` makes it the
        office this database belongs to."""
        return offices.save_office(self.conn, code, name, municipality, home=home)

    # ---- reading values --------------------------------------------------------
    def figures(self, office: str,
                years: Iterable[int] | None = None) -> dict[str, dict[Period, Number]]:
        """All values of ``office`` (for ``years`` if given) as code -> period -> value."""
        return values.figures(self.conn, office, years)

    def figures_and_comments(self, office: str, years: Iterable[int]
                             ) -> tuple[dict[str, dict[Period, Number]],
                                        dict[tuple[str, Period], str]]:
        """Values (code -> period -> value) and comments ((code, period) -> text) of
        ``office`` for ``years``, in one read."""
        return values.figures_and_comments(self.conn, office, years)

    def stored_values(self, office: str, year: int, month: int | None = None) -> list[StoredValue]:
        """Stored values of one office for a year (or one month), ordered by period
        (months first, then the year's own values) and catalogue order."""
        return values.stored_values(self.conn, office, year, month)

    def value(self, office: str, code: str, period: Period) -> StoredValue | None:
        return values.value(self.conn, office, code, period)

    def latest_month(self, office: str) -> Period | None:
        """The latest month with any value for ``office`` (None without values)."""
        return values.latest_month(self.conn, office)

    def years_with_values(self, office: str) -> list[int]:
        return values.years_with_values(self.conn, office)

    def history(self, office: str, code: str, period: Period) -> list[AuditEntry]:
        """Every change of one value, newest first."""
        from navdesk.store import audit

        return audit.history(self.conn, office, code, period)

    def change_log(self, limit: int = 1000) -> list[LoggedChange]:
        """The latest changes of any kind (values, catalogue, goal card, offices,
        reported months), newest first."""
        from navdesk.store import audit

        return audit.change_log(self.conn, limit)

    def audit_count(self) -> int:
        from navdesk.store import audit

        return audit.audit_count(self.conn)

    # ---- writing values --------------------------------------------------------
    def _check_target(self, office: str, code: str, period: Period) -> Indicator:
        from navdesk.domain.entry import refuse_entry, unknown_indicator, unknown_office

        if self.office(office) is None:
            raise unknown_office(office)
        ind = self.catalogue.get(code)
        if ind is None:
            raise unknown_indicator(code)
        refuse_entry(ind, period)
        self.refuse_if_locked(office, period)
        return ind

    def set_value(
        self, office: str, code: str, period: Period, value: Number, *,
        comment: str | None | Keep = KEEP, source: str = "form", user: str | None = None,
    ) -> Change | None:
        """Store one value (checked against its unit) and audit it. Returns the change,
        or None when the value and comment were already so. Raises ValueRejected."""
        ind = self._check_target(office, code, period)
        value = check_value(ind.unit, Decimal(str(value)))
        if not isinstance(comment, Keep):
            comment = check_comment(comment)
        return values.put(self.conn, office, code, period, value, comment, source,
                          user or default_user())

    def delete_value(self, office: str, code: str, period: Period, *, source: str = "form",
                     user: str | None = None) -> Change | None:
        """Remove a value (and its comment); audited like any change."""
        self._check_target(office, code, period)
        return values.put(self.conn, office, code, period, None, None, source,
                          user or default_user())

    def set_comment(self, office: str, code: str, period: Period, comment: str | None, *,
                    source: str = "form", user: str | None = None) -> Change | None:
        """Change the comment of a stored value (None or "" removes it)."""
        self._check_target(office, code, period)
        comment = check_comment(comment)
        current = self.value(office, code, period)
        if current is None:
            raise ValueRejected.because(QT_TRANSLATE_NOOP(
                "", "Skriv inn en verdi før du legger til en kommentar"))
        return values.put(self.conn, office, code, period, current.value, comment, source,
                          user or default_user())

    def put_many(self, office: str, items: Iterable[tuple[str, Period, Number]], *,
                 source: str, user: str | None = None) -> int:
        """Store many checked values in one transaction (demo data, tools); audited.
        Returns how many values changed."""
        rows = []
        for code, period, value in items:
            ind = self._check_target(office, code, period)
            rows.append((code, str(period), check_value(ind.unit, Decimal(str(value)))))
        return values.put_many(self.conn, office, rows, source, user or default_user())

    # ---- locked (reported) months ---------------------------------------------
    def is_locked(self, office: str, period: Period) -> bool:
        """A month is locked once reported; a year's own values lock with its December."""
        from navdesk.store import locks

        return locks.is_locked(self.conn, office, period)

    def refuse_if_locked(self, office: str, period: Period) -> None:
        """Raise ValueRejected when ``period`` is reported: its values and the goal
        card's comments on it are read-only until the month is reopened."""
        from navdesk.store import locks

        locks.refuse_if_locked(self.conn, office, period)

    def locked_months(self, office: str) -> list[Period]:
        from navdesk.store import locks

        return locks.locked_months(self.conn, office)

    def lock_month(self, office: str, period: Period, user: str | None = None, *,
                   note: str | None = None) -> bool:
        """Mark a month as reported (read-only); ``note`` records what it was closed
        with (its count, open warnings). Returns False if it already was."""
        if period.is_year:
            raise ValueError("lock a month, not a year")
        from navdesk.domain.entry import unknown_office
        from navdesk.store import locks

        if self.office(office) is None:
            raise unknown_office(office)
        return locks.lock_month(self.conn, office, period, user or default_user(), note)

    def reopen_month(self, office: str, period: Period, user: str | None = None, *,
                     why: str | None = None) -> bool:
        """Reopen a reported month for changes; logged with ``why``. False if it was
        not locked."""
        from navdesk.store import locks

        return locks.reopen_month(self.conn, office, period, user or default_user(), why)

    def lock_events(self, office: str, period: Period) -> list[LockEvent]:
        """Every time month ``period`` was marked as reported or reopened, newest first."""
        from navdesk.store import locks

        return locks.lock_events(self.conn, office, period)

    # ---- bulk import ---------------------------------------------------------------
    def import_batch(self) -> ImportBatch:
        """A new all-or-nothing import into this database (:mod:`navdesk.store.importing`)."""
        from navdesk.store.importing import ImportBatch

        return ImportBatch(self)
