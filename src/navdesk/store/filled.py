"""Which lines of which offices have a value, month by month: what a completeness grid
of many offices needs, read in one query rather than one office at a time (250 offices
and a whole catalogue are about 700,000 values a year; only their codes are read)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from navdesk.domain.period import Period, parse_period

SEPARATOR = "\x1f"  # between codes in one row; a code never holds a control character


def filled_codes(conn: sqlite3.Connection, offices: Iterable[str], first_year: int,
                 last_year: int) -> dict[str, dict[Period, frozenset[str]]]:
    """office -> period (a month or a year) -> the codes with a value, for the years
    ``first_year``..``last_year`` of each of ``offices``."""
    out: dict[str, dict[Period, frozenset[str]]] = {}
    periods: dict[str, Period] = {}
    # an office fills the same lines month after month: each distinct list of codes
    # becomes one set, shared (and then compared and merged by identity, quickly)
    sets: dict[str, frozenset[str]] = {}
    span = (f"{first_year:04d}", f"{last_year + 1:04d}")
    # one query per office: each is one range of the value table's key (office, period,
    # indicator), grouped in key order; a join over all offices would sort every row
    # of the span in a temporary tree first (measured three times slower)
    for office in offices:
        months = out[office] = {}
        for period, codes in conn.execute(
                "SELECT period, group_concat(indicator, ?) FROM value"
                " WHERE office = ? AND period >= ? AND period < ? GROUP BY period",
                (SEPARATOR, office, *span)):
            p = periods.get(period)
            if p is None:
                p = periods[period] = parse_period(period)
            found = sets.get(codes)
            if found is None:
                found = sets[codes] = frozenset(codes.split(SEPARATOR))
            months[p] = found
    return out


def reported_months(conn: sqlite3.Connection, year: int) -> dict[str, set[Period]]:
    """office -> the months of ``year`` marked as reported."""
    out: dict[str, set[Period]] = {}
    for office, period in conn.execute(
            "SELECT office, period FROM locked_period WHERE period LIKE ?", (f"{year:04d}-%",)):
        out.setdefault(office, set()).add(parse_period(period))
    return out


def latest_months(conn: sqlite3.Connection, offices: Iterable[str]) -> dict[str, Period]:
    """office -> the latest month with any value (offices without values left out)."""
    out = {}
    for office in offices:
        # read backwards along the key: the first month met is the latest (a year's
        # own value, "2025", sorts before its months and is skipped)
        r = conn.execute("SELECT period FROM value WHERE office = ? AND period LIKE '____-__'"
                         " ORDER BY period DESC LIMIT 1", (office,)).fetchone()
        if r:
            out[office] = parse_period(r[0])
    return out
