"""The values of the offices and their audit: reading figures and comments, and
writing one value (or many) together with the audit rows that say what it replaced.

The checks of what may be written (office, indicator, locked month, unit) are made by
the caller (:class:`~navdesk.store.database.Store`) before these are called."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from navdesk.domain.period import Period, parse_period
from navdesk.domain.units import Number
from navdesk.store.connection import new_change, now_text, stored_number, transaction

Figures = dict[str, dict[Period, Number]]  # code -> period -> value
Comments = dict[tuple[str, Period], str]  # (code, period) -> text


class Keep:
    """The type of :data:`KEEP`."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = Keep()  # "leave the comment as it is"


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


def collect_figures(rows: Iterable[tuple[str, str, object, str | None]]
                    ) -> tuple[Figures, Comments]:
    """(indicator, period, value, comment) rows as values (code -> period -> value) and
    comments ((code, period) -> text)."""
    figures: Figures = {}
    comments: Comments = {}
    for code, period, value, comment in rows:
        p = parse_period(period)
        figures.setdefault(code, {})[p] = stored_number(value)  # type: ignore[assignment]  # value is NOT NULL
        if comment:
            comments[(code, p)] = comment
    return figures, comments


def _year_texts(years: Iterable[int]) -> list[str]:
    return [f"{y:04d}" for y in sorted(set(years))]


def figures(conn: sqlite3.Connection, office: str, years: Iterable[int] | None = None) -> Figures:
    """All values of ``office`` (for ``years`` if given) as code -> period -> value."""
    sql = "SELECT indicator, period, value FROM value WHERE office = ?"
    params: list[object] = [office]
    if years is not None:
        ys = _year_texts(years)
        if not ys:
            return {}
        sql += f" AND substr(period, 1, 4) IN ({','.join('?' * len(ys))})"
        params += ys
    out: Figures = {}
    for code, period, value in conn.execute(sql, params):
        out.setdefault(code, {})[parse_period(period)] = stored_number(value)  # type: ignore[assignment]  # value is NOT NULL
    return out


def figures_and_comments(conn: sqlite3.Connection, office: str,
                         years: Iterable[int]) -> tuple[Figures, Comments]:
    """Values (code -> period -> value) and comments ((code, period) -> text) of
    ``office`` for ``years``, in one read."""
    ys = _year_texts(years)
    if not ys:
        return {}, {}
    rows = conn.execute(
        "SELECT indicator, period, value, comment FROM value WHERE office = ? AND"
        f" substr(period, 1, 4) IN ({','.join('?' * len(ys))})", [office, *ys])
    return collect_figures(rows)


def stored_values(conn: sqlite3.Connection, office: str, year: int,
                  month: int | None = None) -> list[StoredValue]:
    """Stored values of one office for a year (or one month), ordered by period
    (months first, then the year's own values) and catalogue order."""
    if month is None:
        where, params = "(v.period = ? OR v.period LIKE ?)", [f"{year:04d}", f"{year:04d}-%"]
    else:
        where, params = "v.period = ?", [str(Period(year, month))]
    rows = conn.execute(
        "SELECT v.office, v.indicator, v.period, v.value, v.comment, v.changed_at,"
        " v.changed_by FROM value v JOIN indicator i ON i.code = v.indicator"
        f" WHERE v.office = ? AND {where}"
        " ORDER BY length(v.period) = 4, v.period, i.position",
        [office, *params],
    )
    return [StoredValue(r[0], r[1], parse_period(r[2]), stored_number(r[3]),  # type: ignore[arg-type]  # value is NOT NULL
                        r[4], r[5], r[6]) for r in rows]


def value(conn: sqlite3.Connection, office: str, code: str, period: Period) -> StoredValue | None:
    r = conn.execute(
        "SELECT office, indicator, period, value, comment, changed_at, changed_by FROM value"
        " WHERE office = ? AND indicator = ? AND period = ?", (office, code, str(period)),
    ).fetchone()
    return (StoredValue(r[0], r[1], parse_period(r[2]), stored_number(r[3]), *r[4:])  # type: ignore[arg-type]  # value is NOT NULL
            if r else None)


def latest_month(conn: sqlite3.Connection, office: str) -> Period | None:
    """The latest month with any value for ``office`` (None without values)."""
    r = conn.execute(
        "SELECT max(period) FROM value WHERE office = ? AND length(period) = 7", (office,)
    ).fetchone()
    return parse_period(r[0]) if r and r[0] else None


def years_with_values(conn: sqlite3.Connection, office: str) -> list[int]:
    return [int(r[0]) for r in conn.execute(
        "SELECT DISTINCT substr(period, 1, 4) FROM value WHERE office = ? ORDER BY 1", (office,))]


def put(conn: sqlite3.Connection, office: str, code: str, period: Period, new: Number | None,
        comment: str | None | Keep, source: str, user: str) -> Change | None:
    """Write one checked value (None: remove it and its comment) and its audit row, in
    one transaction. Returns the change, or None when value and comment already were so."""
    key = (office, str(period), code)
    with transaction(conn):
        row = conn.execute(
            "SELECT value, comment FROM value WHERE office = ? AND period = ? AND indicator = ?",
            key).fetchone()
        old_value, old_comment = (stored_number(row[0]), row[1]) if row else (None, None)
        new_comment = old_comment if isinstance(comment, Keep) else (comment or None)
        if new is None:
            new_comment = None
        if old_value == new and old_comment == new_comment and (row is None) == (new is None):
            return None
        at = now_text()
        change = new_change(conn, source, user, at)
        conn.execute(
            "INSERT INTO audit (office, period, indicator, change, old_value, new_value,"
            " old_comment, new_comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (*key, change, old_value, new, old_comment, new_comment),
        )
        if new is None:
            conn.execute(
                "DELETE FROM value WHERE office = ? AND period = ? AND indicator = ?", key)
        else:
            conn.execute(
                "INSERT INTO value (office, period, indicator, value, comment, changed_at,"
                " changed_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET"
                " value = excluded.value, comment = excluded.comment,"
                " changed_at = excluded.changed_at, changed_by = excluded.changed_by",
                (*key, new, new_comment, at, user),
            )
    return Change(office, code, period, old_value, new, old_comment, new_comment)


def put_many(conn: sqlite3.Connection, office: str, rows: list[tuple[str, str, Number]],
             source: str, user: str) -> int:
    """Write many checked (code, period text, value) rows of ``office`` and their audit
    in one transaction (comments stay). Returns how many values changed."""
    at = now_text()
    with transaction(conn):
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS put_rows "
                     "(indicator TEXT, period TEXT, value NUMERIC)")
        conn.execute("DELETE FROM put_rows")
        conn.executemany("INSERT INTO put_rows VALUES (?, ?, ?)", rows)
        change = new_change(conn, source, user, at)
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
