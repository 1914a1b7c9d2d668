"""Reading many offices at once: the values of a few indicators (and the parts they are
computed from) for every office and a few years, in one query, for the network's
figures (:mod:`navdesk.domain.network`).

The value table is keyed (office, period, indicator). Naming every office, every period
and every code turns the read into key look-ups (offices x periods x codes), so one
indicator of 250 offices over a year reads a few thousand rows out of millions, with
no index beyond the key (``benchmarks/network.py`` measures it)."""

from __future__ import annotations

from collections.abc import Iterable

from navdesk.domain.aggregation import summed
from navdesk.domain.network import Combination, combination
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


def combined_network(store: Store, codes: Iterable[str], years: Iterable[int]
                     ) -> dict[str, dict[Period, Number]]:
    """Every office's figures of ``codes`` and what they are computed from, for
    ``years``, combined period by period as one office's (code -> period -> value),
    by the domain's rule (:func:`navdesk.domain.network.combination`) but aggregated
    in SQLite, so that only the network's figures reach Python: the same figures as
    ``combined_figures(catalogue, offices_figures(store, codes, years))``, read for
    the network's goal card of hundreds of offices (``benchmarks/network.py``)."""
    cat = store.catalogue
    needed = sorted(codes_needed(cat, codes))
    periods = year_periods(years)
    if not needed or not periods:
        return {}
    rules = {c: combination(cat[c]) for c in needed}
    plain = [c for c, r in rules.items() if r in (Combination.SUM, Combination.MEAN)]
    in_periods = f"period IN ({','.join('?' * len(periods))})"
    out: dict[str, dict[Period, Number]] = {}
    if plain:
        for code, period, total, mean in store.conn.execute(
                "SELECT indicator, period, sum(value), avg(value) FROM value"
                f" WHERE office IN (SELECT code FROM office) AND {in_periods}"
                f" AND indicator IN ({','.join('?' * len(plain))}) GROUP BY indicator, period",
                [*periods, *plain]):
            value = (summed([stored_number(total) or 0]) if rules[code] is Combination.SUM
                     else mean)
            out.setdefault(code, {})[periods[period]] = value
    for code in (c for c, r in rules.items() if r is Combination.WEIGHTED):
        weight = cat[code].weight
        for period, products, weights in store.conn.execute(
                "SELECT v.period, sum(v.value * w.value), sum(w.value) FROM value v"
                " JOIN value w ON w.office = v.office AND w.period = v.period"
                " AND w.indicator = ? WHERE v.office IN (SELECT code FROM office)"
                f" AND v.{in_periods} AND v.indicator = ? GROUP BY v.period",
                [weight, *periods, code]):
            if weights and weights > 0:
                out.setdefault(code, {})[periods[period]] = products / weights
    return out


def latest_months(store: Store, year: int) -> dict[str, int]:
    """Each office's latest month of ``year`` with any value (offices without any are
    absent): one range of the key per office."""
    return {office: int(latest[5:7]) for office, latest in store.conn.execute(
        "SELECT office, max(period) FROM value WHERE office IN (SELECT code FROM office)"
        " AND period >= ? AND period < ? GROUP BY office",
        (f"{year:04d}-01", f"{year:04d}-99"))}
