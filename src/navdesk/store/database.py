"""Opening navdesk's SQLite file safely, and every read and write the program makes.

Opening never changes a file before it is known to be navdesk's own: a file that is
not navdesk's, is newer than this program, is damaged or read-only raises
:class:`StoreError` with a one-line message and is left exactly as it was.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from navdesk.domain.period import Period, parse_period
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, joined, said
from navdesk.domain.units import Number, Unit, ValueRejected, check_comment, check_value
from navdesk.store.schema import APPLICATION_ID, MIGRATIONS, PAGE_SIZE, SCHEMA_VERSION

if TYPE_CHECKING:
    from navdesk.domain.catalogue import Catalogue, Indicator
# navdesk.domain.catalogue itself is imported where it is used: the window's first
# frame needs the store but not the catalogue (about 2.5 ms of start-up)

SQLITE_HEADER = b"SQLite format 3\x00"


class StoreError(Exception):
    """The database cannot be used as asked; ``str()`` is one line for the user (in
    bokmål; its one argument is a :class:`~navdesk.domain.said.Said`, which the window
    shows in its language)."""


class _Keep:
    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()  # "leave the comment as it is"


@dataclass(frozen=True)
class Office:
    code: str
    name: str
    municipality: str = ""


@dataclass(frozen=True)
class StoredValue:
    office: str
    code: str
    period: Period
    value: Number
    comment: str | None
    changed_at: str
    changed_by: str


@dataclass(frozen=True)
class Change:
    """One accepted change, as written to the audit table (None = no value/comment)."""

    office: str
    code: str
    period: Period
    old_value: Number | None
    new_value: Number | None
    old_comment: str | None
    new_comment: str | None


@dataclass(frozen=True)
class LockEvent:
    """A month marked as reported (``action`` "locked") or reopened, with its note (what
    it was closed with, or why it was reopened)."""

    period: Period
    action: str
    at: str
    by: str
    note: str | None


@dataclass(frozen=True)
class AuditEntry:
    office: str
    code: str
    period: str
    old_value: Number | None
    new_value: Number | None
    old_comment: str | None
    new_comment: str | None
    changed_at: str
    changed_by: str
    source: str


def default_user() -> str:
    """The operating system's user name, recorded with every change."""
    try:
        return getpass.getuser() or "ukjent"
    except Exception:  # no user name on some locked-down machines
        return "ukjent"


def now_text() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _number(v) -> Number | None:
    if v is None or isinstance(v, int):
        return v
    f = float(v)
    return int(f) if f.is_integer() else f


def collect_figures(rows) -> tuple[dict[str, dict[Period, Number]], dict[tuple[str, Period], str]]:
    """(indicator, period, value, comment) rows as values (code -> period -> value) and
    comments ((code, period) -> text)."""
    figures: dict[str, dict[Period, Number]] = {}
    comments: dict[tuple[str, Period], str] = {}
    for code, period, value, comment in rows:
        p = parse_period(period)
        figures.setdefault(code, {})[p] = _number(value)
        if comment:
            comments[(code, p)] = comment
    return figures, comments


def _describe(exc: sqlite3.Error) -> Said:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return said(QT_TRANSLATE_NOOP("", "Databasefilen er skrivebeskyttet; ingenting er endret"))
    if "locked" in text or "busy" in text:
        return said(QT_TRANSLATE_NOOP(
            "", "Databasen er i bruk av et annet navdesk-vindu eller en kommando; prøv igjen om litt"))
    if "disk" in text and "full" in text:
        return said(QT_TRANSLATE_NOOP("", "Disken er full; ingenting er endret"))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return said(QT_TRANSLATE_NOOP("", "Databasefilen er skadet"))
    return said(QT_TRANSLATE_NOOP("", "Databasefeil: {error}"), error=str(exc))


def _inspect_header(path: Path) -> None:
    """Refuse files that are plainly not SQLite, reading only their first bytes."""
    size = path.stat().st_size
    if size == 0:
        return
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


def _truncated(path: Path) -> Said:
    return said(QT_TRANSLATE_NOOP("", "{path} er skadet (filen er avkortet)"), path=str(path))


def _writable(path: Path) -> bool:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def open_store(path: str | os.PathLike, *, create: bool = True) -> Store:
    """Open (or, with ``create``, make) navdesk's database at ``path`` and migrate it.

    Raises :class:`StoreError` without touching the file when it cannot be used.
    """
    path = Path(path)
    exists = path.exists()
    if exists and path.is_dir():
        raise StoreError(said(QT_TRANSLATE_NOOP("", "{path} er en mappe, ikke en databasefil"),
                              path=str(path)))
    if not exists:
        if not create:
            raise StoreError(said(QT_TRANSLATE_NOOP("", "Databasefilen {path} finnes ikke"),
                                  path=str(path)))
        if not path.parent.is_dir():
            raise StoreError(said(QT_TRANSLATE_NOOP("", "Mappen {path} finnes ikke"),
                                  path=str(path.parent)))
    else:
        _inspect_header(path)
    if not _writable(path):
        if exists:
            raise StoreError(said(QT_TRANSLATE_NOOP("", "Databasefilen {path} er skrivebeskyttet"),
                                  path=str(path)))
        raise StoreError(said(QT_TRANSLATE_NOOP(
            "", "Mappen for databasefilen {path} er skrivebeskyttet"), path=str(path.parent)))

    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(said(QT_TRANSLATE_NOOP("", "Kan ikke åpne {path}: {reason}"),
                              path=str(path), reason=_describe(exc))) from None
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
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
        store = Store(conn, path)
        store._migrate(version)
        return store
    except StoreError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(said(QT_TRANSLATE_NOOP("", "Kan ikke bruke {path}: {reason}"),
                              path=str(path), reason=_describe(exc))) from None


class Store:
    """navdesk's database. Use :func:`open_store` to get one."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._catalogue: Catalogue | None = None

    # ---- lifecycle -------------------------------------------------------------
    def close(self) -> None:
        try:
            self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction that stands or falls whole; committed (and synced) on exit."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(_describe(exc)) from None
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise StoreError(_describe(exc)) from None

    def _migrate(self, version: int, target: int = SCHEMA_VERSION) -> None:
        for number, name, step in MIGRATIONS:
            if number <= version or number > target:
                continue
            try:
                with self._write() as conn:
                    step(conn)
                    if number == 1:
                        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                        self._seed_catalogue(conn)
                    if number == 2:
                        from navdesk.store.goalcard import seed_default_goal_card

                        seed_default_goal_card(conn, self)
                    conn.execute(
                        "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                        (number, name, now_text()),
                    )
                    conn.execute(f"PRAGMA user_version = {number}")
            except sqlite3.Error as exc:
                raise StoreError(said(QT_TRANSLATE_NOOP("", "Kan ikke oppgradere {path}: {reason}"),
                                      path=str(self.path), reason=_describe(exc))) from None

    def _seed_catalogue(self, conn: sqlite3.Connection) -> None:
        from navdesk.domain.default_catalogue import default_catalogue

        self._insert_indicators(conn, default_catalogue())

    @staticmethod
    def _insert_indicators(conn: sqlite3.Connection, indicators: Iterable[Indicator]) -> None:
        start = conn.execute("SELECT coalesce(max(position), 0) FROM indicator").fetchone()[0]
        conn.executemany(
            "INSERT INTO indicator (code, position, name, name_en, unit, aggregation, weight,"
            " period_type, section, breakdown, parent, numerator, denominator, factor, active)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (i.code, start + n, i.name, i.name_en, i.unit.value, i.aggregation.value,
                 i.weight, i.period_type.value, i.section, i.group, i.parent,
                 " ".join(i.numerator), " ".join(i.denominator), i.factor, int(i.active))
                for n, i in enumerate(indicators, 1)
            ],
        )

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # ---- catalogue -------------------------------------------------------------
    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            from navdesk.domain.catalogue import (
                Aggregation,
                Indicator,
                PeriodType,
                build_catalogue,
            )

            rows = self.conn.execute(
                "SELECT code, name, name_en, unit, aggregation, weight, period_type, section,"
                " breakdown, parent, numerator, denominator, factor, active"
                " FROM indicator ORDER BY position"
            ).fetchall()
            self._catalogue = build_catalogue(
                Indicator(
                    code=r[0], name=r[1], name_en=r[2], unit=Unit(r[3]),
                    aggregation=Aggregation(r[4]), weight=r[5], period_type=PeriodType(r[6]),
                    section=r[7], group=r[8], parent=r[9], numerator=tuple(r[10].split()),
                    denominator=tuple(r[11].split()), factor=r[12], active=bool(r[13]),
                )
                for r in rows
            )
        return self._catalogue

    def codes_with_values(self) -> set[str]:
        """Codes that have a stored value in any office: their unit, rule and period
        type are fixed, because changing them would misread those values."""
        return {r[0] for r in self.conn.execute("SELECT DISTINCT indicator FROM value")}

    def merge_catalogue(self, indicators: list[Indicator], *, dry_run: bool = False) -> list[str]:
        """Add new codes and update the fields of existing ones from ``indicators`` (a
        catalogue file, or one indicator edited in the window), in one transaction;
        codes not given stay as they are. A code with values keeps its unit, rule and
        period type: changing them is refused with the reason. Returns what changed (or,
        with ``dry_run``, what would change, and nothing is written), one line each in
        bokmål (a ``Said`` each, for the window). Raises ValueRejected (nothing is
        written), whose message has one line per problem."""
        from dataclasses import replace

        from navdesk.domain.catalogue import CatalogueError, build_catalogue

        current = {i.code: i for i in self.catalogue}
        used = self.codes_with_values()
        problems, changes, merged = [], [], list(self.catalogue)
        position = {i.code: n for n, i in enumerate(merged)}
        for new in indicators:
            old = current.get(new.code)
            if old is None:
                position[new.code] = len(merged)
                merged.append(new)
                changes.append(said(QT_TRANSLATE_NOOP("", "Ny indikator: {code} {name}"),
                                    code=new.code, name=new.name))
                continue
            if new.code in used:
                for field, a, b in (
                        ("unit", _unit_word(old.unit), _unit_word(new.unit)),
                        ("aggregation", old.aggregation.value, new.aggregation.value),
                        ("period_type", old.period_type.value, new.period_type.value)):
                    if a != b:
                        problems.append(said(QT_TRANSLATE_NOOP(
                            "", "{code}: {what} kan ikke endres fra {old} til {new} når koden "
                            "har verdier"), code=new.code, what=said(_FIELD_NB[field]),
                            old=a, new=b))
            fields = [f for f in ("name", "name_en", "unit", "aggregation", "section", "weight",
                                  "period_type", "group", "parent", "numerator", "denominator",
                                  "factor", "active") if getattr(old, f) != getattr(new, f)]
            if fields:
                merged[position[new.code]] = replace(new)
                changes.append(said(QT_TRANSLATE_NOOP("", "Endret: {code} ({fields})"),
                                    code=new.code,
                                    fields=joined([said(_FIELD_NB[f]) for f in fields], ", ")))
        if problems:
            raise ValueRejected(joined(problems, "\n"))
        try:
            build_catalogue(merged)
        except CatalogueError as exc:  # its message may be a Said: keep it for the window
            reason = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
            raise ValueRejected(reason) from None
        if not changes or dry_run:
            return changes
        with self._write() as conn:
            for n, ind in enumerate(merged, 1):
                values = (ind.name, ind.name_en, ind.unit.value, ind.aggregation.value, ind.weight,
                          ind.period_type.value, ind.section, ind.group, ind.parent,
                          " ".join(ind.numerator), " ".join(ind.denominator), ind.factor,
                          int(ind.active))
                if ind.code in current:
                    conn.execute(
                        "UPDATE indicator SET position = ?, name = ?, name_en = ?, unit = ?,"
                        " aggregation = ?, weight = ?, period_type = ?, section = ?, breakdown = ?,"
                        " parent = ?, numerator = ?, denominator = ?, factor = ?, active = ?"
                        " WHERE code = ?", (n, *values, ind.code))
                else:
                    conn.execute(
                        "INSERT INTO indicator (code, position, name, name_en, unit, aggregation,"
                        " weight, period_type, section, breakdown, parent, numerator, denominator,"
                        " factor, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (ind.code, n, *values))
        self._catalogue = None
        return changes

    # ---- offices ---------------------------------------------------------------
    def offices(self) -> list[Office]:
        return [Office(*r) for r in self.conn.execute(
            "SELECT code, name, municipality FROM office ORDER BY code")]

    def office(self, code: str) -> Office | None:
        r = self.conn.execute(
            "SELECT code, name, municipality FROM office WHERE code = ?", (code,)).fetchone()
        return Office(*r) if r else None

    def home_office(self) -> Office | None:
        """The office this database was set up for, or None before setup."""
        r = self.conn.execute("SELECT value FROM meta WHERE key = 'home_office'").fetchone()
        return self.office(r[0]) if r else None

    def save_office(self, code: str, name: str, municipality: str = "", *, home: bool = False) -> Office:
        """Add an office or update its name and municipality; ``home`` makes it the
        office this database belongs to."""
        code, name = code.strip(), name.strip()
        if not code or not code.isalnum():
            raise ValueRejected.because(QT_TRANSLATE_NOOP(
                "", "Kontornummeret må bestå av sifre eller bokstaver, f.eks. 0312"))
        if not name:
            raise ValueRejected.because(QT_TRANSLATE_NOOP("", "Kontoret må ha et navn"))
        with self._write() as conn:
            conn.execute(
                "INSERT INTO office (code, name, municipality, created_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(code) DO UPDATE SET name = excluded.name,"
                " municipality = excluded.municipality",
                (code, name, municipality.strip(), now_text()),
            )
            if home:
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('home_office', ?)"
                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (code,))
        return Office(code, name, municipality.strip())

    # ---- reading values --------------------------------------------------------
    def figures(self, office: str, years: Iterable[int] | None = None) -> dict[str, dict[Period, Number]]:
        """All values of ``office`` (for ``years`` if given) as code -> period -> value."""
        sql = "SELECT indicator, period, value FROM value WHERE office = ?"
        params: list = [office]
        if years is not None:
            ys = sorted(set(years))
            if not ys:
                return {}
            sql += " AND substr(period, 1, 4) IN (%s)" % ",".join("?" * len(ys))
            params += [f"{y:04d}" for y in ys]
        out: dict[str, dict[Period, Number]] = {}
        for code, period, value in self.conn.execute(sql, params):
            out.setdefault(code, {})[parse_period(period)] = _number(value)
        return out

    def figures_and_comments(self, office: str, years: Iterable[int]
                             ) -> tuple[dict[str, dict[Period, Number]], dict[tuple[str, Period], str]]:
        """Values (code -> period -> value) and comments ((code, period) -> text) of
        ``office`` for ``years``, in one read."""
        ys = sorted(set(years))
        if not ys:
            return {}, {}
        rows = self.conn.execute(
            "SELECT indicator, period, value, comment FROM value WHERE office = ? AND"
            " substr(period, 1, 4) IN (%s)" % ",".join("?" * len(ys)),
            [office, *(f"{y:04d}" for y in ys)])
        return collect_figures(rows)

    def stored_values(self, office: str, year: int, month: int | None = None) -> list[StoredValue]:
        """Stored values of one office for a year (or one month), ordered by period
        (months first, then the year's own values) and catalogue order."""
        if month is None:
            where, params = "(v.period = ? OR v.period LIKE ?)", [f"{year:04d}", f"{year:04d}-%"]
        else:
            where, params = "v.period = ?", [str(Period(year, month))]
        rows = self.conn.execute(
            "SELECT v.office, v.indicator, v.period, v.value, v.comment, v.changed_at,"
            " v.changed_by FROM value v JOIN indicator i ON i.code = v.indicator"
            f" WHERE v.office = ? AND {where}"
            " ORDER BY length(v.period) = 4, v.period, i.position",
            [office, *params],
        )
        return [StoredValue(r[0], r[1], parse_period(r[2]), _number(r[3]), r[4], r[5], r[6])
                for r in rows]

    def value(self, office: str, code: str, period: Period) -> StoredValue | None:
        r = self.conn.execute(
            "SELECT office, indicator, period, value, comment, changed_at, changed_by FROM value"
            " WHERE office = ? AND indicator = ? AND period = ?", (office, code, str(period)),
        ).fetchone()
        return StoredValue(r[0], r[1], parse_period(r[2]), _number(r[3]), *r[4:]) if r else None

    def latest_month(self, office: str) -> Period | None:
        """The latest month with any value for ``office`` (None without values)."""
        r = self.conn.execute(
            "SELECT max(period) FROM value WHERE office = ? AND length(period) = 7", (office,)
        ).fetchone()
        return parse_period(r[0]) if r and r[0] else None

    def years_with_values(self, office: str) -> list[int]:
        return [int(r[0]) for r in self.conn.execute(
            "SELECT DISTINCT substr(period, 1, 4) FROM value WHERE office = ? ORDER BY 1", (office,))]

    def history(self, office: str, code: str, period: Period) -> list[AuditEntry]:
        """Every change of one value, newest first."""
        rows = self.conn.execute(
            "SELECT a.office, a.indicator, a.period, a.old_value, a.new_value, a.old_comment,"
            " a.new_comment, c.changed_at, c.changed_by, c.source FROM audit a"
            " JOIN change c ON c.id = a.change"
            " WHERE a.office = ? AND a.period = ? AND a.indicator = ? ORDER BY a.change DESC",
            (office, str(period), code),
        )
        return [AuditEntry(r[0], r[1], r[2], _number(r[3]), _number(r[4]), *r[5:]) for r in rows]

    def audit_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM audit").fetchone()[0]

    @staticmethod
    def _new_change(conn: sqlite3.Connection, source: str, user: str, at: str) -> int:
        """Record who changes something at ``at`` and from where; returns the change's id."""
        return conn.execute(
            "INSERT INTO change (changed_at, changed_by, source) VALUES (?, ?, ?)",
            (at, user, source),
        ).lastrowid

    # ---- writing values --------------------------------------------------------
    def _check_target(self, office: str, code: str, period: Period) -> Indicator:
        if self.office(office) is None:
            raise _unknown_office(office)
        ind = self.catalogue.get(code)
        if ind is None:
            raise unknown_indicator(code)
        if ind.is_ratio:
            raise ValueRejected.because(QT_TRANSLATE_NOOP(
                "", "{code} beregnes av navdesk og kan ikke skrives inn"), code=code)
        if ind.is_yearly and not period.is_year:
            raise ValueRejected.because(QT_TRANSLATE_NOOP(
                "", "{code} registreres én gang per år (periode {year})"), code=code, year=period.year)
        if not ind.is_yearly and period.is_year:
            raise ValueRejected.because(QT_TRANSLATE_NOOP(
                "", "{code} registreres per måned (periode som {year}-01)"),
                code=code, year=period.year)
        self.refuse_if_locked(office, period)
        return ind

    def set_value(
        self, office: str, code: str, period: Period, value: Number, *,
        comment: str | None | _Keep = KEEP, source: str = "form", user: str | None = None,
    ) -> Change | None:
        """Store one value (checked against its unit) and audit it. Returns the change,
        or None when the value and comment were already so. Raises ValueRejected."""
        ind = self._check_target(office, code, period)
        value = check_value(ind.unit, Decimal(str(value)))
        if comment is not KEEP:
            comment = check_comment(comment)
        return self._put(office, code, period, value, comment, source, user)

    def delete_value(self, office: str, code: str, period: Period, *, source: str = "form",
                     user: str | None = None) -> Change | None:
        """Remove a value (and its comment); audited like any change."""
        self._check_target(office, code, period)
        return self._put(office, code, period, None, None, source, user)

    def set_comment(self, office: str, code: str, period: Period, comment: str | None, *,
                    source: str = "form", user: str | None = None) -> Change | None:
        """Change the comment of a stored value (None or "" removes it)."""
        self._check_target(office, code, period)
        comment = check_comment(comment)
        current = self.value(office, code, period)
        if current is None:
            raise ValueRejected.because(QT_TRANSLATE_NOOP(
                "", "Skriv inn en verdi før du legger til en kommentar"))
        return self._put(office, code, period, current.value, comment, source, user)

    def _put(self, office, code, period, value, comment, source, user) -> Change | None:
        user = user or default_user()
        key = (office, str(period), code)
        with self._write() as conn:
            row = conn.execute(
                "SELECT value, comment FROM value WHERE office = ? AND period = ? AND indicator = ?",
                key).fetchone()
            old_value, old_comment = (_number(row[0]), row[1]) if row else (None, None)
            new_comment = old_comment if comment is KEEP else (comment or None)
            if value is None:
                new_comment = None
            if old_value == value and old_comment == new_comment and (row is None) == (value is None):
                return None
            at = now_text()
            change = self._new_change(conn, source, user, at)
            conn.execute(
                "INSERT INTO audit (office, period, indicator, change, old_value, new_value,"
                " old_comment, new_comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (*key, change, old_value, value, old_comment, new_comment),
            )
            if value is None:
                conn.execute(
                    "DELETE FROM value WHERE office = ? AND period = ? AND indicator = ?", key)
            else:
                conn.execute(
                    "INSERT INTO value (office, period, indicator, value, comment, changed_at,"
                    " changed_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET"
                    " value = excluded.value, comment = excluded.comment,"
                    " changed_at = excluded.changed_at, changed_by = excluded.changed_by",
                    (*key, value, new_comment, at, user),
                )
        return Change(office, code, period, old_value, value, old_comment, new_comment)

    def put_many(self, office: str, items: Iterable[tuple[str, Period, Number]], *,
                 source: str, user: str | None = None) -> int:
        """Store many checked values in one transaction (demo data, tools); audited.
        Returns how many values changed."""
        rows = []
        for code, period, value in items:
            ind = self._check_target(office, code, period)
            rows.append((code, str(period), check_value(ind.unit, Decimal(str(value)))))
        user = user or default_user()
        at = now_text()
        with self._write() as conn:
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS put_rows "
                         "(indicator TEXT, period TEXT, value NUMERIC)")
            conn.execute("DELETE FROM put_rows")
            conn.executemany("INSERT INTO put_rows VALUES (?, ?, ?)", rows)
            change = self._new_change(conn, source, user, at)
            changed = conn.execute(
                "INSERT INTO audit (office, period, indicator, change, old_value, new_value,"
                " old_comment, new_comment)"
                " SELECT ?, p.period, p.indicator, ?, v.value, p.value, v.comment, v.comment"
                " FROM put_rows p LEFT JOIN value v ON v.office = ? AND v.indicator = p.indicator"
                " AND v.period = p.period WHERE v.value IS NULL OR v.value <> p.value",
                (office, change, office),
            ).rowcount
            conn.execute(
                "INSERT INTO value (office, indicator, period, value, comment, changed_at, changed_by)"
                " SELECT ?, indicator, period, value, NULL, ?, ? FROM put_rows WHERE true"
                " ON CONFLICT DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at,"
                " changed_by = excluded.changed_by WHERE value.value <> excluded.value",
                (office, at, user),
            )
            conn.execute("DELETE FROM put_rows")
        return changed

    # ---- locked (reported) months ---------------------------------------------
    def is_locked(self, office: str, period: Period) -> bool:
        """A month is locked once reported; a year's own values lock with its December."""
        month = Period(period.year, 12) if period.is_year else period
        return self.conn.execute(
            "SELECT 1 FROM locked_period WHERE office = ? AND period = ?", (office, str(month)),
        ).fetchone() is not None

    def refuse_if_locked(self, office: str, period: Period) -> None:
        """Raise ValueRejected when ``period`` is reported: its values and the goal
        card's comments on it are read-only until the month is reopened."""
        if self.is_locked(office, period):
            raise ValueRejected.because(QT_TRANSLATE_NOOP(
                "", "{month} er rapportert og låst; gjenåpne måneden først"),
                month=_month_name(period))

    def locked_months(self, office: str) -> list[Period]:
        return [parse_period(r[0]) for r in self.conn.execute(
            "SELECT period FROM locked_period WHERE office = ? ORDER BY period", (office,))]

    def lock_month(self, office: str, period: Period, user: str | None = None, *,
                   note: str | None = None) -> bool:
        """Mark a month as reported (read-only); ``note`` records what it was closed
        with (its count, open warnings). Returns False if it already was."""
        if period.is_year:
            raise ValueError("lock a month, not a year")
        if self.office(office) is None:
            raise _unknown_office(office)
        note = check_comment(note)
        user, at = user or default_user(), now_text()
        with self._write() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO locked_period (office, period, locked_at, locked_by)"
                " VALUES (?, ?, ?, ?)", (office, str(period), at, user))
            if cur.rowcount:
                conn.execute("INSERT INTO lock_event (office, period, action, at, by, note)"
                             " VALUES (?, ?, 'locked', ?, ?, ?)",
                             (office, str(period), at, user, note))
        return bool(cur.rowcount)

    def reopen_month(self, office: str, period: Period, user: str | None = None, *,
                     why: str | None = None) -> bool:
        """Reopen a reported month for changes; logged with ``why``. False if it was
        not locked."""
        why = check_comment(why)
        user = user or default_user()
        with self._write() as conn:
            cur = conn.execute("DELETE FROM locked_period WHERE office = ? AND period = ?",
                               (office, str(period)))
            if cur.rowcount:
                conn.execute("INSERT INTO lock_event (office, period, action, at, by, note)"
                             " VALUES (?, ?, 'reopened', ?, ?, ?)",
                             (office, str(period), now_text(), user, why))
        return bool(cur.rowcount)

    def lock_events(self, office: str, period: Period) -> list[LockEvent]:
        """Every time month ``period`` was marked as reported or reopened, newest first."""
        return [LockEvent(parse_period(r[0]), r[1], r[2], r[3], r[4]) for r in self.conn.execute(
            "SELECT period, action, at, by, note FROM lock_event WHERE office = ? AND period = ?"
            " ORDER BY id DESC", (office, str(period)))]

    # ---- bulk import ---------------------------------------------------------------
    def import_batch(self) -> ImportBatch:  # noqa: F821 - defined in store.importing
        from navdesk.store.importing import ImportBatch

        return ImportBatch(self)


# an indicator's fields as the messages about the catalogue name them (lower case, as
# in a sentence); the window says them in its language
_FIELD_NB = {"name": QT_TRANSLATE_NOOP("", "navn"),
             "name_en": QT_TRANSLATE_NOOP("", "engelsk navn"),
             "unit": QT_TRANSLATE_NOOP("", "enhet"),
             "aggregation": QT_TRANSLATE_NOOP("", "aggregering"),
             "section": QT_TRANSLATE_NOOP("", "seksjon"),
             "weight": QT_TRANSLATE_NOOP("", "vekt"),
             "period_type": QT_TRANSLATE_NOOP("", "periodetype"),
             "group": QT_TRANSLATE_NOOP("", "fordeling"),
             "parent": QT_TRANSLATE_NOOP("", "del av"),
             "numerator": QT_TRANSLATE_NOOP("", "teller"),
             "denominator": QT_TRANSLATE_NOOP("", "nevner"),
             "factor": QT_TRANSLATE_NOOP("", "faktor"),
             "active": QT_TRANSLATE_NOOP("", "aktiv")}

# the units as a catalogue file writes them (``nok``), which the bokmål messages quote;
# the window's English says them in English (``NOK``)
_UNIT_WORDS = {Unit.PERSONS: QT_TRANSLATE_NOOP("", "persons"),
               Unit.COUNT: QT_TRANSLATE_NOOP("", "count"),
               Unit.NOK: QT_TRANSLATE_NOOP("", "nok"),
               Unit.DAYS: QT_TRANSLATE_NOOP("", "days"),
               Unit.MONTHS: QT_TRANSLATE_NOOP("", "months"),
               Unit.NIGHTS: QT_TRANSLATE_NOOP("", "nights"),
               Unit.PERCENT: QT_TRANSLATE_NOOP("", "percent"),
               Unit.SCORE: QT_TRANSLATE_NOOP("", "score")}

# the months at the start of a sentence
_MONTHS = (QT_TRANSLATE_NOOP("", "Januar"), QT_TRANSLATE_NOOP("", "Februar"),
           QT_TRANSLATE_NOOP("", "Mars"), QT_TRANSLATE_NOOP("", "April"),
           QT_TRANSLATE_NOOP("", "Mai"), QT_TRANSLATE_NOOP("", "Juni"),
           QT_TRANSLATE_NOOP("", "Juli"), QT_TRANSLATE_NOOP("", "August"),
           QT_TRANSLATE_NOOP("", "September"), QT_TRANSLATE_NOOP("", "Oktober"),
           QT_TRANSLATE_NOOP("", "November"), QT_TRANSLATE_NOOP("", "Desember"))


def _unit_word(unit: Unit) -> Said:
    return said(_UNIT_WORDS[unit])


def _unknown_office(office: str) -> ValueRejected:
    return ValueRejected.because(QT_TRANSLATE_NOOP("", "Kontor {code} finnes ikke i databasen"),
                                 code=office)


def unknown_indicator(code: str) -> ValueRejected:
    """The refusal of a code the catalogue does not have (the store's and the session's)."""
    return ValueRejected.because(QT_TRANSLATE_NOOP("", "Ukjent indikator {code}"), code=code)


def _month_name(period: Period) -> Said:
    """"Mars 2025" (the month at the start of a sentence), or "Året 2025"."""
    if period.is_year:
        return said(QT_TRANSLATE_NOOP("", "Året {year}"), year=period.year)
    return said(QT_TRANSLATE_NOOP("", "{month} {year}"), month=said(_MONTHS[period.month - 1]),
                year=period.year)

