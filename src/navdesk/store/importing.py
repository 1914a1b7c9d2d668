"""All-or-nothing bulk import: rows are staged in a temporary table, checked there as a
whole (duplicates, locked months, unknown offices), and applied in one transaction with
set-based SQL, so a million rows import at close to SQLite's own speed and a killed
process leaves either the whole file or none of it.

The staging table is keyed like ``value`` (office, period, indicator): files come in
that order, so staging, checking and applying all walk the rows in key order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import TYPE_CHECKING

from navdesk.domain.office_code import same_office_name, with_zeros_restored
from navdesk.domain.period import Period, parse_period
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, said
from navdesk.domain.units import Number
from navdesk.store.connection import (
    default_user,
    new_change,
    now_text,
    store_error,
    stored_number,
    transaction,
)

if TYPE_CHECKING:
    # the Store makes a batch (Store.import_batch): this module must not import its module
    from navdesk.store.database import Store

ROWS_PER_STATEMENT = 500  # multi-row VALUES: 3,000 parameters, well under SQLite's limit


# how the refusal of an office not in the database ends (its argument "action"); a
# window replaces it with the name of its own control
ADD_OFFICES_HINT = said(
    QT_TRANSLATE_NOOP("", "bruk --add-offices for å opprette kontorene i filen"))
# ... of an office that is a known one with its leading zeros lost (never created)
RESTORE_ZEROS_HINT = said(QT_TRANSLATE_NOOP(
    "", "bruk --restore-zeros for å lese kontornumre uten nuller foran som det kjente kontoret"))
FIX_CODE_HINT = said(QT_TRANSLATE_NOOP("", "rett kontornummeret i filen"))


@dataclass(frozen=True)
class ChangedValue:
    """A staged row that would change a stored value or its comment (a comment of None:
    none stored, or the stored one kept)."""

    line: int
    office: str
    code: str
    period: Period
    old_value: Number
    new_value: Number
    old_comment: str | None
    new_comment: str | None


@dataclass
class ImportOutcome:
    """What an import did (or, for a dry run or a refused file, would have done)."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    offices_added: list[str] = field(default_factory=list)
    # (line, message); a message is a Said (or a plain bokmål str from elsewhere)
    problems: list[tuple[int, str]] = field(default_factory=list)
    applied: bool = False
    # the first changed values in file order, when finish() was asked for a preview
    preview: list[ChangedValue] = field(default_factory=list)


def _lines(lines: list[int], total: int) -> str:
    shown = ", ".join(str(n) for n in lines)
    if total > len(lines):
        return said(QT_TRANSLATE_NOOP("", "{lines} og {more} til"), lines=shown,
                    more=total - len(lines))
    return shown


# a staged row that differs from what is stored (or is not stored yet)
_DIFFERS = ("(v.value IS NULL OR v.value <> i.value"
            " OR (i.comment IS NOT NULL AND i.comment IS NOT v.comment))")
_JOIN_VALUE = ("LEFT JOIN value v ON v.office = i.office AND v.period = i.period"
               " AND v.indicator = i.indicator")


class ImportBatch:
    """Rows of one file on their way in. ``add()`` them, then ``finish()`` once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn
        self.conn.execute("PRAGMA temp_store = MEMORY")
        self.conn.execute("DROP TABLE IF EXISTS temp.import_row")
        # dups lists the lines of later rows with the same key (an error in the file)
        self.conn.execute(
            "CREATE TEMP TABLE import_row (office TEXT, period TEXT, indicator TEXT,"
            " line INTEGER, value NUMERIC, comment TEXT, dups TEXT,"
            " PRIMARY KEY (office, period, indicator)) WITHOUT ROWID"
        )
        self.rows = 0
        self._statements: dict[int, str] = {}

    def _insert_sql(self, n: int) -> str:
        sql = self._statements.get(n)
        if sql is None:
            sql = self._statements[n] = (
                "INSERT INTO temp.import_row (line, office, indicator, period, value, comment)"
                " VALUES " + ",".join(["(?, ?, ?, ?, ?, ?)"] * n)
                + " ON CONFLICT DO UPDATE SET dups = coalesce(dups || ',', '') || excluded.line"
            )
        return sql

    def add(self, rows: list[tuple[int, str, str, str, object, str | None]]) -> None:
        """Stage checked rows: (line, office, code, period text, value, comment or None).

        A comment of None leaves a stored comment as it is."""
        self.add_flat(list(chain.from_iterable(rows)))

    def add_flat(self, flat: Sequence[object]) -> None:
        """Stage rows given one after another in a flat list, six fields each (as for
        :meth:`add`): the fastest way in for a large file."""
        width = 6
        step = ROWS_PER_STATEMENT * width
        n = len(flat) - len(flat) % step
        for i in range(0, n, step):
            self.conn.execute(self._insert_sql(ROWS_PER_STATEMENT), flat[i:i + step])
        if n < len(flat):
            self.conn.execute(self._insert_sql((len(flat) - n) // width), flat[n:])
        self.rows += len(flat) // width

    def _problems(self, add_offices: dict[str, str] | None, offices: set[str] | None,
                  unstaged: dict[str, list[int]], names: dict[str, str]
                  ) -> list[tuple[int, str]]:
        c = self.conn
        problems: list[tuple[int, str]] = []
        for office, code, period, first, dups in c.execute(
            "SELECT office, indicator, period, line, dups FROM temp.import_row"
            " WHERE dups IS NOT NULL"
        ):
            for line in dups.split(","):
                problems.append((int(line), said(QT_TRANSLATE_NOOP(
                    "", "{code} {period} for kontor {office} står også på linje {first}"),
                    code=code, period=period, office=office, first=first)))
        known = dict(c.execute("SELECT code, name FROM office").fetchall())
        if offices is None:
            offices = {r[0] for r in c.execute("SELECT DISTINCT office FROM temp.import_row")}
        self.offices_in_file = offices
        # the office of a row refused for another reason is checked too: both problems
        # are listed at once, not the office's only after the row is put right
        for office in sorted(offices | set(unstaged)):
            if office in known or (add_offices is not None and office in add_offices):
                continue
            total = c.execute("SELECT count(*) FROM temp.import_row WHERE office = ?",
                              (office,)).fetchone()[0] + len(unstaged.get(office, ()))
            if not total:
                continue
            lines = sorted([r[0] for r in c.execute(
                "SELECT line FROM temp.import_row WHERE office = ? ORDER BY line LIMIT 5",
                (office,))] + unstaged.get(office, []))[:5]
            problems.append((lines[0], _unknown_office(office, names.get(office, ""), known,
                                                       _lines(lines, total))))
        for line, office, period in c.execute(
            # only rows that would change a reported month: re-importing the office's
            # own export of a year with locked months must still work. A year's own
            # values lock with its December.
            "SELECT i.line, i.office, i.period FROM locked_period l JOIN temp.import_row i"
            " ON i.office = l.office AND i.period IN (l.period, CASE WHEN"
            " substr(l.period, 6, 2) = '12' THEN substr(l.period, 1, 4) END)"
            f" {_JOIN_VALUE} WHERE {_DIFFERS}"
        ):
            problems.append((line, said(QT_TRANSLATE_NOOP(
                "", "{period} er rapportert og låst for kontor {office}"),
                period=period, office=office)))
        return problems

    def _preview(self, limit: int) -> list[ChangedValue]:
        periods: dict[str, Period] = {}
        out = []
        for line, office, code, period, old, new, old_comment, new_comment in self.conn.execute(
            "SELECT i.line, i.office, i.indicator, i.period, v.value, i.value, v.comment,"
            " coalesce(i.comment, v.comment) FROM temp.import_row i JOIN value v"
            " ON v.office = i.office AND v.period = i.period AND v.indicator = i.indicator"
            f" WHERE {_DIFFERS} ORDER BY i.line LIMIT ?", (limit,)
        ):
            p = periods.get(period) or periods.setdefault(period, parse_period(period))
            old_number, new_number = stored_number(old), stored_number(new)
            assert old_number is not None and new_number is not None  # joined on a value
            out.append(ChangedValue(line, office, code, p, old_number, new_number,
                                    old_comment, new_comment))
        return out

    def finish(self, *, source: str, dry_run: bool = False, user: str | None = None,
               add_offices: dict[str, str] | None = None,
               offices: set[str] | None = None, preview: int = 0,
               step: Callable[[], None] | None = None,
               unstaged: dict[str, list[int]] | None = None,
               office_names: dict[str, str] | None = None) -> ImportOutcome:
        """Check the staged rows as a whole and, if every row is good and this is not a
        dry run, apply them all in one transaction. ``add_offices`` maps office codes
        that may be created to their names; ``offices``, when the caller knows them, are
        the offices the staged rows name (saves a pass over the rows). ``unstaged``
        lists by office the lines of rows that were refused before staging, so that an
        unknown office of theirs is a problem too; ``office_names`` are the names the
        file gives its offices (a code that lost its zeros is matched against them).

        ``preview`` > 0 also lists up to that many of the values the import changes, in
        file order (one more pass over the rows; leave it 0 on the fast path).
        ``step()`` is called between the passes over the rows, so that a window can keep
        drawing; an exception it raises rolls everything back and propagates."""
        user = user or default_user()
        outcome = ImportOutcome()
        step = step or _no_step
        # the rows were checked against offices and catalogue above; the foreign key
        # checks would only repeat that, row by row (a no-op inside a transaction)
        self.conn.execute("PRAGMA foreign_keys = OFF")
        try:
            with transaction(self.conn) as c:
                step()
                outcome.problems = self._problems(add_offices, offices, unstaged or {},
                                                  office_names or {})
                step()
                outcome.new, outcome.changed, outcome.unchanged = c.execute(
                    "SELECT count(*) FILTER (WHERE v.value IS NULL),"
                    f" count(*) FILTER (WHERE v.value IS NOT NULL AND {_DIFFERS}),"
                    f" count(*) FILTER (WHERE NOT {_DIFFERS})"
                    f" FROM temp.import_row i {_JOIN_VALUE}"
                ).fetchone()
                to_add = sorted(o for o in (add_offices or {})
                                if o in self.offices_in_file and self.store.office(o) is None)
                outcome.offices_added = to_add
                if preview > 0 and outcome.changed:
                    step()
                    outcome.preview = self._preview(preview)
                if outcome.problems or dry_run:
                    raise _Rollback
                step()
                at = now_text()
                names = add_offices or {}
                for code in to_add:
                    c.execute("INSERT INTO office (code, name, municipality, created_at)"
                              " VALUES (?, ?, '', ?)", (code, names[code] or f"Kontor {code}", at))
                change = new_change(c, source, user, at)
                c.execute(
                    "INSERT INTO audit (office, period, indicator, change, old_value, new_value,"
                    " old_comment, new_comment)"
                    " SELECT i.office, i.period, i.indicator, ?, v.value, i.value, v.comment,"
                    f" coalesce(i.comment, v.comment) FROM temp.import_row i {_JOIN_VALUE}"
                    f" WHERE {_DIFFERS}",
                    (change,),
                )
                step()
                c.execute(
                    "INSERT INTO value (office, period, indicator, value, comment, changed_at,"
                    " changed_by) SELECT office, period, indicator, value, comment, ?, ?"
                    " FROM temp.import_row WHERE true ON CONFLICT DO UPDATE SET"
                    " value = excluded.value, comment = coalesce(excluded.comment, value.comment),"
                    " changed_at = excluded.changed_at, changed_by = excluded.changed_by"
                    " WHERE value.value <> excluded.value OR (excluded.comment IS NOT NULL"
                    " AND excluded.comment IS NOT value.comment)",
                    (at, user),
                )
                outcome.applied = True
        except _Rollback:
            pass
        except sqlite3.Error as exc:
            self._clean_up(quietly=True)
            raise store_error(exc) from None
        except BaseException:
            self._clean_up(quietly=True)
            raise
        self._clean_up()
        outcome.problems.sort()
        return outcome

    def _clean_up(self, *, quietly: bool = False) -> None:
        """Foreign keys on again and the staged rows gone. After an error (``quietly``)
        a failure here must not hide the error that ended the import: on a failing disk
        the connection may refuse even these (the temporary table goes with it anyway)."""
        try:
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("DROP TABLE IF EXISTS temp.import_row")
        except sqlite3.Error:
            if not quietly:
                raise


def _unknown_office(office: str, name: str, known: dict[str, str], lines: str) -> Said:
    """Why rows of an office not in the database are refused. A code that is a known
    office's with its leading zeros lost (Excel) says which office, or why it cannot be
    read as one (the file names it otherwise, or the zeros give several)."""
    found = with_zeros_restored(office, known)
    if len(found) > 1:
        return said(QT_TRANSLATE_NOOP(
            "", "Kontor {office} finnes ikke i databasen, og med nuller foran kan det være "
                "flere: {codes} (linje {lines}); {action}"),
            office=office, codes=", ".join(found), lines=lines, action=FIX_CODE_HINT)
    if found and name.strip() and not same_office_name(name, known[found[0]]):
        return said(QT_TRANSLATE_NOOP(
            "", "Kontor {office} finnes ikke i databasen; {padded} heter «{known}», men filen "
                "kaller kontoret «{name}» (linje {lines}); {action}"),
            office=office, padded=found[0], known=known[found[0]], name=name.strip(),
            lines=lines, action=FIX_CODE_HINT)
    if found:
        return said(QT_TRANSLATE_NOOP(
            "", "Kontor {office} finnes ikke i databasen (mente du {padded}? Excel "
                "fjerner ofte nuller foran) (linje {lines}); {action}"),
            office=office, padded=found[0], lines=lines, action=RESTORE_ZEROS_HINT)
    return said(QT_TRANSLATE_NOOP(
        "", "Kontor {office} finnes ikke i databasen (linje {lines}); {action}"),
        office=office, lines=lines, action=ADD_OFFICES_HINT)


def _no_step() -> None:
    pass


class _Rollback(Exception):
    """Leaves the import transaction without writing anything."""
