"""Reading many offices at once: the values of a few indicators (and the parts they are
computed from) for every office and a few years, in one query, for the network's
figures (:mod:`navdesk.domain.network`).

The value table is keyed (office, period, indicator). Naming every office, every period
and every code turns the read into key look-ups (offices x periods x codes), so one
indicator of 250 offices over a year reads a few thousand rows out of millions, with
no index beyond the key (``benchmarks/network.py`` measures it)."""

from __future__ import annotations

from collections.abc import Iterable

from navdesk.domain.catalogue import Aggregation
from navdesk.domain.network import combine_period
from navdesk.domain.period import Period
from navdesk.domain.units import Number
from navdesk.store.connection import stored_number
from navdesk.store.database import Store
from navdesk.store.series import codes_needed

OfficesFigures = dict[str, dict[str, dict[Period, Number]]]  # office -> code -> period -> value


def year_periods(years: Iterable[int]) -> dict[str, Period]:
    """Every period of ``years`` as stored (``2024-01``..``2024-12``, ``2024``), by text."""
    out: dict[str, Period] = {}
    for y in sorted(set(years)):
        out[f"{y:04d}"] = Period(y)
        for m in range(1, 13):
            out[f"{y:04d}-{m:02d}"] = Period(y, m)
    return out


def offices_figures(store: Store, codes: Iterable[str], years: Iterable[int],
                    offices: Iterable[str] | None = None) -> OfficesFigures:
    """office -> code -> period -> value of ``codes`` and what they are computed from
    (numerators, denominators, weights), for ``years``, of ``offices`` (default: every
    office in the database). An office without any of these values is absent."""
    needed = sorted(codes_needed(store.catalogue, codes))
    periods = year_periods(years)
    office_codes = (list(offices) if offices is not None
                    else [r[0] for r in store.conn.execute("SELECT code FROM office")])
    if not needed or not periods or not office_codes:
        return {}
    rows = store.conn.execute(
        "SELECT office, indicator, period, value FROM value"
        f" WHERE office IN ({','.join('?' * len(office_codes))})"
        f" AND period IN ({','.join('?' * len(periods))})"
        f" AND indicator IN ({','.join('?' * len(needed))})",
        [*office_codes, *periods, *needed])
    out: OfficesFigures = {}
    for office, code, period, value in rows:
        # NUMERIC keeps whole numbers as int; a float that is whole reads as int, as
        # store.connection.stored_number reads it
        if type(value) is float and value.is_integer():
            value = int(value)
        out.setdefault(office, {}).setdefault(code, {})[periods[period]] = value
    return out


def combined_year_to_date(store: Store, codes: Iterable[str], year: int, through_month: int,
                          lacking: dict[str, set[str]] | None = None,
                          ) -> dict[str, dict[Period, Number]]:
    """What :func:`navdesk.domain.network.year_to_date_combined` gives for each of
    ``codes`` (their parts included) for January..``through_month`` of ``year``, with each
    office's own figure for the period computed in SQLite by the part's rule (sum,
    average, weighted average, last, the year's own value), so that only one figure an
    office and part reaches Python: the network's goal card of hundreds of offices
    (``benchmarks/network.py``; a test holds the two equal). ``lacking``, when given, is
    filled with the offices whose figure of a monthly part stops before
    ``through_month`` (code -> offices): their figure is for a shorter period."""
    cat = store.catalogue
    parts = [c for c in sorted(codes_needed(cat, codes)) if not cat[c].is_ratio]
    if not parts or not 1 <= through_month <= 12:
        return {}
    months = [f"{year:04d}-{m:02d}" for m in range(1, through_month + 1)]
    own: dict[str, dict[str, Number]] = {c: {} for c in parts}  # code -> office -> figure
    where = (" WHERE v.office IN (SELECT code FROM office)"
             f" AND v.period IN ({','.join('?' * len(months))})")

    last_month = months[-1]

    def read(sql: str, codes_: list[str], extra: list[object] | None = None) -> None:
        if not codes_:
            return
        for code, office, value, latest in store.conn.execute(
                sql.replace("{codes}", ",".join("?" * len(codes_))),
                [*(extra or []), *months, *codes_]):
            number = stored_number(value)
            if number is not None:
                own[code][office] = number
                if lacking is not None and latest < last_month:
                    lacking.setdefault(code, set()).add(office)

    by_rule: dict[str, list[str]] = {"sum": [], "average": [], "last": [], "weighted": [],
                                     "yearly": []}
    for c in parts:
        ind = cat[c]
        key = ("yearly" if ind.is_yearly else "weighted" if ind.weight and
               ind.aggregation is Aggregation.AVERAGE else ind.aggregation.value)
        by_rule.setdefault(key, []).append(c)
    read("SELECT v.indicator, v.office, sum(v.value), max(v.period) FROM value v" + where
         + " AND v.indicator IN ({codes}) GROUP BY v.indicator, v.office", by_rule["sum"])
    read("SELECT v.indicator, v.office, avg(v.value), max(v.period) FROM value v" + where
         + " AND v.indicator IN ({codes}) GROUP BY v.indicator, v.office", by_rule["average"])
    _read_latest(store, by_rule["last"], months, own, lacking)
    for code in by_rule["weighted"]:
        read("SELECT v.indicator, v.office, sum(v.value * w.value) * 1.0 / sum(w.value),"
             " max(v.period) FROM value v"
             " JOIN value w ON w.office = v.office AND w.period = v.period AND w.indicator = ?"
             + where + " AND v.indicator IN ({codes}) GROUP BY v.office"
             " HAVING sum(w.value) > 0", [code], [cat[code].weight])
    if by_rule["yearly"]:
        for code, office, value in store.conn.execute(
                "SELECT indicator, office, value FROM value WHERE office IN"
                f" (SELECT code FROM office) AND period = ? AND indicator IN"
                f" ({','.join('?' * len(by_rule['yearly']))})",
                [f"{year:04d}", *by_rule["yearly"]]):
            number = stored_number(value)
            if number is not None:
                own[code][office] = number
    out: dict[str, dict[Period, Number]] = {}
    for code in parts:
        ind = cat[code]
        weights = own.get(ind.weight or "", {}) if ind.weight else {}
        pairs = [(v, weights.get(office) if ind.weight else None)
                 for office, v in sorted(own[code].items())]
        value = combine_period(cat, code, pairs)
        if value is not None:
            out[code] = {Period(year) if ind.is_yearly else Period(year, through_month): value}
    return out


MAX_PAIRS = 5000  # (office, code) pairs looked up one by one; more: one scan instead


def _read_latest(store: Store, codes: list[str], months: list[str],
                 own: dict[str, dict[str, Number]], lacking: dict[str, set[str]] | None,
                 ) -> None:
    """Each office's latest value of each of ``codes`` (the rule "last") among
    ``months``, into ``own`` (code -> office -> value): first the last month's values
    (one key look-up an office and code: most offices have that month), then, for the
    pairs of offices and codes that lack it, their latest earlier month (SQLite gives
    the bare column of the row ``max()`` picked: that month's value)."""
    if not codes:
        return
    last = months[-1]
    marks = ",".join("?" * len(codes))
    offices = [r[0] for r in store.conn.execute("SELECT code FROM office")]
    for code, office, value in store.conn.execute(
            "SELECT indicator, office, value FROM value WHERE office IN (SELECT code FROM"
            f" office) AND period = ? AND indicator IN ({marks})", [last, *codes]):
        number = stored_number(value)
        if number is not None:
            own[code][office] = number
    missing = [(o, c) for o in offices for c in codes if o not in own[c]]
    if not missing or len(months) == 1:
        return
    earlier = months[:-1]
    in_months = f"v.period IN ({','.join('?' * len(earlier))})"
    if len(missing) <= MAX_PAIRS:
        rows = store.conn.execute(
            f"WITH want(office, indicator) AS (VALUES {','.join(['(?, ?)'] * len(missing))})"
            " SELECT w.indicator, w.office, v.value, max(v.period) FROM want w"
            " JOIN value v ON v.office = w.office AND v.indicator = w.indicator"
            f" AND {in_months} GROUP BY w.indicator, w.office",
            [*(x for pair in missing for x in pair), *earlier])
    else:  # too many to name: one scan of the earlier months
        rows = store.conn.execute(
            "SELECT v.indicator, v.office, v.value, max(v.period) FROM value v WHERE"
            f" v.office IN (SELECT code FROM office) AND {in_months}"
            f" AND v.indicator IN ({marks}) GROUP BY v.indicator, v.office",
            [*earlier, *codes])
    for code, office, value, _latest in rows:
        number = stored_number(value)
        if number is not None and office not in own[code]:
            own[code][office] = number
            if lacking is not None:
                lacking.setdefault(code, set()).add(office)


def latest_months(store: Store, year: int) -> dict[str, int]:
    """Each office's latest month of ``year`` with any value (offices without any are
    absent): for each office the end of one range of the key, found by a seek (a
    GROUP BY over the year's values read them all: 22 ms at 250 offices, this 1.5 ms)."""
    return {office: int(latest[5:7]) for office, latest in store.conn.execute(
        "SELECT o.code, (SELECT max(period) FROM value WHERE office = o.code"
        " AND period >= ? AND period < ?) FROM office o",
        (f"{year:04d}-01", f"{year:04d}-99")) if latest}
