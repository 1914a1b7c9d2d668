"""Checks that warn but never block: figures that do not add up, year-to-date counts
that fall, and values far outside an indicator's own recent history.

A warning asks for a second look; the value stays stored.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from navdesk.domain.aggregation import Figures, value_in_month
from navdesk.domain.catalogue import Catalogue, Indicator
from navdesk.domain.period import Period
from navdesk.domain.said import QT_TRANSLATE_NOOP
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
    # the bokmål template and its arguments, (key, kind, value) with kind "name" (an
    # indicator code), "word" (a catalogue word), "number", "mean" or "text", so that
    # the window can say the same in its own language
    template: str = ""
    args: tuple[tuple[str, str, Any], ...] = ()

    def __str__(self) -> str:
        return f"{self.period} {self.code}: {self.message}"

    def render(self, translate: Callable[[str], str], name: Callable[[str], str],
               number: Callable[[Number, int | None], str],
               word: Callable[[str], str]) -> str:
        """The message through the given functions (the window's language)."""
        if not self.template:
            return self.message
        return translate(self.template).format(**_values(self.args, name, number, word))


def _values(args: tuple[tuple[str, str, Any], ...], name: Callable[[str], str],
            number: Callable[[Number, int | None], str],
            word: Callable[[str], str]) -> dict[str, str]:
    out = {}
    for key, kind, value in args:
        if kind == "name":
            out[key] = name(value)
        elif kind == "word":
            out[key] = word(value)
        elif kind == "number":
            out[key] = number(value, None)
        elif kind == "mean":
            out[key] = number(value, 1)
        else:
            out[key] = str(value)
    return out


def _finding(catalogue: Catalogue, period: Period, code: str, kind: str, template: str,
             related: tuple[str, ...] = (), **args: tuple[str, Any]) -> Finding:
    """A Finding whose bokmål message is its template filled in."""
    packed = tuple((key, k, v) for key, (k, v) in args.items())
    message = template.format(**_values(packed, lambda c: catalogue[c].name,
                                        lambda v, d: format_display(v, d), lambda w: w))
    return Finding(period, code, kind, message, related, template, packed)


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
            template = (QT_TRANSLATE_NOOP("", "{group}: delene summerer til {sum}, men "
                                              "«{parent}» er {total}") if complete else
                        QT_TRANSLATE_NOOP("", "{group}: delene som er fylt ut summerer til {sum}, "
                                              "men «{parent}» er {total}"))
            out.append(_finding(catalogue, period, group.parent, "consistency", template,
                                group.parts, group=("word", group.name),
                                sum=("number", parts_sum), parent=("name", parent.code),
                                total=("number", total)))
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
            out.append(_finding(
                catalogue, period, ind.code, "consistency",
                QT_TRANSLATE_NOOP("", "«{name}» ({value}) er større enn «{parent}» ({total})"),
                (ind.parent,), name=("name", ind.code), value=("number", v),
                parent=("name", parent.code), total=("number", total)))
    return out


def _year_to_date_falls(catalogue: Catalogue, figures: Figures, period: Period) -> list[Finding]:
    out: list[Finding] = []
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
                    out.append(_finding(
                        catalogue, period, ind.code, "consistency",
                        QT_TRANSLATE_NOOP("", "«{name}» har falt fra {before} ({month}) til "
                                              "{value}; tall hittil i år kan ikke gå ned i "
                                              "løpet av året"),
                        name=("name", ind.code), before=("number", before),
                        month=("text", Period(period.year, m)), value=("number", v)))
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
    out: list[Finding] = []
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
            before = p.month_before()
            if before is None:  # no figures before navdesk's first year
                break
            p = before
            h = series.get(p)
            if h is not None:
                history.append(h)
        band = outlier_band(ind, history)
        if band is None:
            continue
        mean, low, high = band
        if not low <= v <= high:
            out.append(_finding(
                catalogue, period, ind.code, "outlier",
                QT_TRANSLATE_NOOP("", "«{name}» = {value} ligger langt utenfor de siste tolv "
                                      "månedene (snitt {mean}); sjekk tallet"),
                name=("name", ind.code), value=("number", v), mean=("mean", mean)))
    return out
