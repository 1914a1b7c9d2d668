"""All-or-nothing bulk import: rows are staged in a temporary table, checked there as a
whole (duplicates, locked months, unknown offices), and applied in one transaction with
set-based SQL, so a million rows import at close to SQLite's own speed and a killed
process leaves either the whole file or none of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from navdesk.store.database import Store, StoreError, _describe, default_user, now_text

import sqlite3


@dataclass
class ImportOutcome:
    """What an import did (or, for a dry run or a refused file, would have done)."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    offices_added: list[str] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, message)
    applied: bool = False


def _lines(lines: list[int], limit: int = 5) -> str:
    shown = ", ".join(str(n) for n in lines[:limit])
    return shown + (f" og {len(lines) - limit} til" if len(lines) > limit else "")


class ImportBatch:
    """Rows of one file on their way in. ``add()`` them, then ``finish()`` once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.conn
        self.conn.execute("PRAGMA temp_store = MEMORY")
        self.conn.execute("DROP TABLE IF EXISTS temp.import_row")
        self.conn.execute(
            "CREATE TEMP TABLE import_row (line INTEGER PRIMARY KEY, office TEXT, indicator TEXT,"
            " period TEXT, value NUMERIC, comment TEXT)"
        )
        self.rows = 0

    def add(self, rows: list[tuple[int, str, str, str, object, str | None]]) -> None:
        """Stage checked rows: (line, office, code, period text, value, comment or None).

        A comment of None leaves a stored comment as it is."""
        self.conn.executemany("INSERT INTO temp.import_row VALUES (?, ?, ?, ?, ?, ?)", rows)
        self.rows += len(rows)

    def _problems(self, add_offices: dict[str, str] | None) -> list[tuple[int, str]]:
        c = self.conn
        problems: list[tuple[int, str]] = []
        try:  # one sort; every pass below then reads the rows in value's key order
            c.execute("CREATE UNIQUE INDEX temp.import_key ON import_row (office, indicator, period)")
        except sqlite3.IntegrityError:  # a key twice: list them (the slow way, only now)
            for office, code, period, lines in c.execute(
                "SELECT office, indicator, period, group_concat(line) FROM temp.import_row"
                " GROUP BY office, indicator, period HAVING count(*) > 1"
            ):
                ls = sorted(int(x) for x in lines.split(","))
                for ln in ls[1:]:
                    problems.append((ln, f"{code} {period} for kontor {office} står også på linje {ls[0]}"))
        known = {r[0] for r in c.execute("SELECT code FROM office")}
        in_file = dict(c.execute("SELECT office, min(line) FROM temp.import_row GROUP BY office"))
        self.offices_in_file = set(in_file)
        for office, first in in_file.items():
            if office in known or (add_offices is not None and office in add_offices):
                continue
            lines = [r[0] for r in c.execute(
                "SELECT line FROM temp.import_row WHERE office = ? ORDER BY line", (office,))]
            problems.append((first, f"Kontor {office} finnes ikke i databasen (linje {_lines(lines)}); "
                                    "bruk --add-offices for å opprette kontorene i filen"))
        for line, office, period in c.execute(
            # only rows that would change a reported month: re-importing the office's
            # own export of a year with locked months must still work
            "SELECT i.line, i.office, i.period FROM temp.import_row i JOIN locked_period l"
            " ON l.office = i.office AND l.period = CASE WHEN length(i.period) = 4"
            " THEN i.period || '-12' ELSE i.period END"
            " LEFT JOIN value v ON v.office = i.office AND v.indicator = i.indicator"
            " AND v.period = i.period"
            " WHERE v.value IS NULL OR v.value <> i.value"
            " OR (i.comment IS NOT NULL AND i.comment IS NOT v.comment) ORDER BY i.line"
        ):
            problems.append((line, f"{period} er rapportert og låst for kontor {office}"))
        return problems

    def finish(self, *, source: str, dry_run: bool = False, user: str | None = None,
               add_offices: dict[str, str] | None = None) -> ImportOutcome:
        """Check the staged rows as a whole and, if every row is good and this is not a
        dry run, apply them all in one transaction. ``add_offices`` maps office codes
        that may be created to their names."""
        user = user or default_user()
        outcome = ImportOutcome()
        self.conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction
        try:
            with self.store._write() as c:
                outcome.problems = self._problems(add_offices)
                new, changed, unchanged = c.execute(
                    "SELECT count(*) FILTER (WHERE v.value IS NULL),"
                    " count(*) FILTER (WHERE v.value IS NOT NULL AND (v.value <> i.value OR"
                    "   (i.comment IS NOT NULL AND i.comment IS NOT v.comment))),"
                    " count(*) FILTER (WHERE v.value = i.value AND"
                    "   (i.comment IS NULL OR i.comment IS v.comment))"
                    " FROM temp.import_row i LEFT JOIN value v ON v.office = i.office"
                    " AND v.indicator = i.indicator AND v.period = i.period"
                ).fetchone()
                outcome.new, outcome.changed, outcome.unchanged = new, changed, unchanged
                if outcome.problems or dry_run:
                    outcome.offices_added = sorted(
                        o for o in (add_offices or {}) if self.store.office(o) is None
                        and o in self.offices_in_file)
                    raise _Rollback
                at = now_text()
                for code, name in sorted((add_offices or {}).items()):
                    used = code in self.offices_in_file
                    if used and self.store.office(code) is None:
                        c.execute("INSERT INTO office (code, name, municipality, created_at)"
                                  " VALUES (?, ?, '', ?)", (code, name or f"Kontor {code}", at))
                        outcome.offices_added.append(code)
                c.execute(
                    "INSERT INTO audit (office, indicator, period, old_value, new_value,"
                    " old_comment, new_comment, changed_at, changed_by, source)"
                    " SELECT i.office, i.indicator, i.period, v.value, i.value, v.comment,"
                    " coalesce(i.comment, v.comment), ?, ?, ?"
                    " FROM temp.import_row i LEFT JOIN value v ON v.office = i.office"
                    " AND v.indicator = i.indicator AND v.period = i.period"
                    " WHERE v.value IS NULL OR v.value <> i.value"
                    " OR (i.comment IS NOT NULL AND i.comment IS NOT v.comment) ORDER BY i.line",
                    (at, user, source),
                )
                c.execute(
                    "INSERT INTO value (office, indicator, period, value, comment, changed_at,"
                    " changed_by) SELECT office, indicator, period, value, comment, ?, ?"
                    " FROM temp.import_row WHERE true ORDER BY office, indicator, period"
                    " ON CONFLICT DO UPDATE SET"
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
            raise StoreError(_describe(exc)) from None
        finally:
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("DROP TABLE IF EXISTS temp.import_row")
        outcome.problems.sort()
        return outcome


class _Rollback(Exception):
    """Leaves the import transaction without writing anything."""
