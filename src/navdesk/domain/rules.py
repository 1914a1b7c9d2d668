"""Checks that warn but never block: figures that do not add up, year-to-date counts
that fall, and values far outside an indicator's own recent history.

A warning asks for a second look; the value stays stored.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from navdesk.domain.aggregation import Figures, value_in_month
from navdesk.domain.catalogue import Catalogue, Indicator
from navdesk.domain.period import Period
from navdesk.domain.units import Number, format_display

OUTLIER_SIGMAS = 3.0
OUTLIER_WINDOW = 12  # months of history looked at
OUTLIER_MIN_HISTORY = 6  # months of history needed before anything is flagged


@dataclass(frozen=True)
class Finding:
    """One warning about ``code`` in ``period``; ``related`` names the other codes."""

    period: Period
    code: str
    kind: str  # "consistency" or "outlier"
    message: str
    related: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.period} {self.code}: {self.message}"


def _n(v: Number) -> str:
    return format_display(v)


def check_month(catalogue: Catalogue, figures: Figures, period: Period) -> list[Finding]:
    """Every consistency warning and outlier flag for one month, in catalogue order."""
    out: list[Finding] = []
    out += _breakdowns(catalogue, figures, period)
    out += _subsets(catalogue, figures, period)
    out += _year_to_date_falls(catalogue, figures, period)
    out += _outliers(catalogue, figures, period)
    order = {code: n for n, code in enumerate(catalogue.codes())}
    return sorted(out, key=lambda f: (order.get(f.code, 0), f.kind))


def check_year(catalogue: Catalogue, figures: Figures, year: int) -> list[Finding]:
    """Warnings for every month of ``year`` that has any value."""
    months = sorted({p.month for s in figures.values() for p in s if p.year == year and p.month})
    out = []
    for m in months:
        out += check_month(catalogue, figures, Period(year, m))
    return out


def _get(catalogue: Catalogue, figures: Figures, code: str, period: Period) -> Number | None:
    if code not in catalogue:
        return None
    return value_in_month(catalogue, figures, code, period)


def _breakdowns(catalogue: Catalogue, figures: Figures, period: Period) -> list[Finding]:
    out = []
    for group in catalogue.breakdown_groups():
        total = _get(catalogue, figures, group.parent, period)
        if total is None:
            continue
        values = [_get(catalogue, figures, c, period) for c in group.parts]
        present = [v for v in values if v is not None]
        if not present:
            continue
        parts_sum = sum(present)
        complete = len(present) == len(values)
        if parts_sum > total or (complete and parts_sum != total):
            parent = catalogue[group.parent]
            what = "delene" if complete else "delene som er fylt ut"
            out.append(Finding(
                period, group.parent, "consistency",
                f"{group.name}: {what} summerer til {_n(parts_sum)}, "
                f"men «{parent.name}» er {_n(total)}",
                group.parts,
            ))
    return out


def _subsets(catalogue: Catalogue, figures: Figures, period: Period) -> list[Finding]:
    out = []
    for ind in catalogue:
        if not ind.parent or ind.group:
            continue
        v = _get(catalogue, figures, ind.code, period)
        total = _get(catalogue, figures, ind.parent, period)
        if v is not None and total is not None and v > total:
            parent = catalogue[ind.parent]
            out.append(Finding(
                period, ind.code, "consistency",
                f"«{ind.name}» ({_n(v)}) er større enn «{parent.name}» ({_n(total)})",
                (ind.parent,),
            ))
    return out


def _year_to_date_falls(catalogue: Catalogue, figures: Figures, period: Period) -> list[Finding]:
    out = []
    if period.month is None or period.month == 1:
        return out
    for ind in catalogue:
        if ind.is_ratio or ind.is_yearly or not catalogue.is_year_to_date(ind.code):
            continue
        series = figures.get(ind.code) or {}
        v = series.get(period)
        if v is None:
            continue
        for m in range(period.month - 1, 0, -1):
            before = series.get(Period(period.year, m))
            if before is not None:
                if v < before:
                    out.append(Finding(
                        period, ind.code, "consistency",
                        f"«{ind.name}» har falt fra {_n(before)} ({Period(period.year, m)}) "
                        f"til {_n(v)}; tall hittil i år kan ikke gå ned i løpet av året",
                    ))
                break
    return out


def outlier_band(ind: Indicator, history: list[Number]) -> tuple[float, float, float] | None:
    """(mean, low, high) of the accepted band around ``history``, or None when there is
    too little history. The spread never counts as less than 5 % of the mean, nor for
    counts of people or things less than the square root of the mean (the natural
    spread of counts, at least 1), so a quiet history does not flag every small change."""
    n = len(history)
    if n < OUTLIER_MIN_HISTORY:
        return None
    # plain floats: statistics.stdev works in exact fractions, far too slow for a form
    # that checks every line at every change of month
    mean = math.fsum(history) / n
    sd = math.sqrt(math.fsum((x - mean) ** 2 for x in history) / (n - 1))
    floor = max(0.05 * abs(mean), max(1.0, math.sqrt(abs(mean))) if ind.unit.whole else 0.01)
    spread = OUTLIER_SIGMAS * max(sd, floor)
    return mean, mean - spread, mean + spread


def _outliers(catalogue: Catalogue, figures: Figures, period: Period) -> list[Finding]:
    out = []
    if period.month is None:
        return out
    for ind in catalogue:
        if ind.is_ratio or ind.is_yearly:
            continue
        if period.month == 1 and catalogue.is_year_to_date(ind.code):
            continue  # the count starts afresh in January: last year's level says nothing
        series = figures.get(ind.code)
        if not series:
            continue
        v = series.get(period)
        if v is None:
            continue
        history = []
        p = period
        for _ in range(OUTLIER_WINDOW):
            p = p.previous_month()
            h = series.get(p)
            if h is not None:
                history.append(h)
        band = outlier_band(ind, history)
        if band is None:
            continue
        mean, low, high = band
        if not low <= v <= high:
            out.append(Finding(
                period, ind.code, "outlier",
                f"«{ind.name}» = {_n(v)} ligger langt utenfor de siste tolv månedene "
                f"(snitt {format_display(mean, 1)}); sjekk tallet",
            ))
    return out
