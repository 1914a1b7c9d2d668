"""Turning monthly figures into the month's, the year-to-date and the year's figure.

Every indicator carries its rule (see :class:`~navdesk.domain.catalogue.Aggregation`).
Missing months are missing, never zero: an average is over the months entered and
`last` takes the latest month entered. A ratio aggregates its numerator and denominator
each by its own rule first, then divides: monthly ratios are never averaged.

All functions return a number in the indicator's unit, or None where there is nothing
to show.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from navdesk.domain.catalogue import Aggregation, Catalogue, Indicator
from navdesk.domain.period import Period, is_known_year
from navdesk.domain.units import Number

# One office's figures: code -> period -> value (in the indicator's unit).
Figures = Mapping[str, Mapping[Period, Number]]


def _months(figures: Figures, code: str, year: int, through_month: int) -> list[tuple[int, Number]]:
    series = figures.get(code)
    if not series:
        return []
    out = []
    for m in range(1, through_month + 1):
        v = series.get(Period(year, m))
        if v is not None:
            out.append((m, v))
    return out


def value_in_month(catalogue: Catalogue, figures: Figures, code: str,
                   period: Period) -> Number | None:
    """The figure of ``code`` for one month (a ratio computed from that month's parts).

    A yearly indicator has no month figure; asking for one gives the year's value only
    for December, where it is entered.
    """
    ind = catalogue[code]
    if ind.is_ratio:
        return _ratio(catalogue, ind, lambda c: value_in_month(catalogue, figures, c, period))
    series = figures.get(code) or {}
    if ind.is_yearly:
        return series.get(Period(period.year)) if period.month == 12 else None
    return series.get(period)


def recent_months(catalogue: Catalogue, figures: Figures, code: str, last: Period,
                  count: int = 24) -> list[Number | None]:
    """The month figures of ``code`` for the ``count`` months ending with ``last``,
    oldest first (None where a month has no figure, and before ``MIN_YEAR``)."""
    months: list[Number | None] = []
    p: Period | None = last
    for _ in range(count):
        months.append(None if p is None else value_in_month(catalogue, figures, code, p))
        p = None if p is None else p.month_before()
    return months[::-1]


def aggregate_year_to_date(
    catalogue: Catalogue, figures: Figures, code: str, year: int, through_month: int
) -> Number | None:
    """The figure of ``code`` for January..``through_month`` of ``year`` by its rule.

    sum: total of the months entered. average: mean per month entered (weighted by the
    indicator named in ``weight``, over months where both are entered). last: latest
    month entered. ratio: aggregated numerator / aggregated denominator x factor, its
    ``last`` parts all from one month (see :func:`_common_month`).
    A yearly indicator gives the value entered for the year. A year navdesk cannot hold
    (the one before ``MIN_YEAR``, asked for as "last year") has no figure: None.
    """
    if not 1 <= through_month <= 12:
        raise ValueError("through_month must be 1..12")
    if not is_known_year(year):
        return None
    ind = catalogue[code]
    if ind.is_ratio:
        at = None
        if any(is_point_in_time(catalogue[c]) for c in (*ind.numerator, *ind.denominator)
               if c in catalogue):
            at = _common_month(catalogue, figures, ind, year, through_month)
            if at is None:  # no month has both sides: no figure rather than a mixed one
                return None

        def part(c: str) -> Number | None:
            if at is not None and is_point_in_time(catalogue[c]):
                return (figures.get(c) or {}).get(Period(year, at))
            return aggregate_year_to_date(catalogue, figures, c, year, through_month)

        return _ratio(catalogue, ind, part)
    if ind.is_yearly:
        return (figures.get(code) or {}).get(Period(year))
    months = _months(figures, code, year, through_month)
    if not months:
        return None
    rule = ind.aggregation
    if rule is Aggregation.SUM:
        return _tidy(sum(v for _, v in months))
    if rule is Aggregation.LAST:
        return months[-1][1]
    if ind.weight:
        return _weighted_mean(figures, ind, year, months)
    return sum(v for _, v in months) / len(months)


def year_to_date_in_one_month(catalogue: Catalogue, figures: Figures, code: str, year: int,
                              through_month: int) -> Number | None:
    """The figure of ``code`` for January..``through_month`` of ``year`` as a table that
    never mixes months reads it: a point-in-time figure (:func:`is_point_in_time`) in
    ``through_month`` itself, never in an earlier month (None when that month has
    none); a ratio with point-in-time parts only when they have figures in
    ``through_month``; every other figure as :func:`aggregate_year_to_date`. Otherwise,
    with December half entered, a table "for the year" would set December's figures
    beside November's (issue 11)."""
    if not is_known_year(year):
        return None
    ind = catalogue[code]
    if is_point_in_time(ind):
        return (figures.get(code) or {}).get(Period(year, through_month))
    if ind.is_ratio and any(is_point_in_time(catalogue[c])
                            for c in (*ind.numerator, *ind.denominator) if c in catalogue) \
            and _common_month(catalogue, figures, ind, year, through_month) != through_month:
        return None
    return aggregate_year_to_date(catalogue, figures, code, year, through_month)


def aggregate_year(catalogue: Catalogue, figures: Figures, code: str, year: int) -> Number | None:
    """The figure of ``code`` for the whole ``year`` (year-to-date through December)."""
    return aggregate_year_to_date(catalogue, figures, code, year, 12)


def latest_month(figures: Figures, year: int, codes: list[str] | None = None) -> int | None:
    """The latest month of ``year`` with any value (among ``codes`` if given)."""
    best = None
    for code, series in figures.items():
        if codes is not None and code not in codes:
            continue
        for p in series:
            if p.year == year and p.month is not None and (best is None or p.month > best):
                best = p.month
    return best


def is_point_in_time(ind: Indicator) -> bool:
    """Whether ``ind`` is a monthly ``last`` figure (a count at a point in time, or unique
    persons so far): its figure for a span of months is one month's, so figures read
    together (a ratio's parts, a breakdown's parts) must be read in the same month."""
    return ind.aggregation is Aggregation.LAST and not ind.is_yearly and not ind.is_ratio


def _common_month(catalogue: Catalogue, figures: Figures, ind: Indicator, year: int,
                  through_month: int) -> int | None:
    """The one month a ratio takes its ``last`` parts from: the latest month up to
    ``through_month`` in which each side that has such parts has a figure. Taking each
    part's own latest month would divide December's youth by November's recipients when
    December is half entered (issue 11)."""
    sides = [[c for c in codes if c in catalogue and is_point_in_time(catalogue[c])]
             for codes in (ind.numerator, ind.denominator)]
    return _latest_month_of_sides(figures, sides, year, through_month)


def _latest_month_of_sides(figures: Figures, sides: list[list[str]], year: int,
                           through_month: int) -> int | None:
    """The latest month up to ``through_month`` of ``year`` in which every side (a list
    of codes) that has codes has a figure for at least one of them; None without."""
    sides = [side for side in sides if side]
    if not sides:
        return None
    for m in range(through_month, 0, -1):
        p = Period(year, m)
        if all(any((figures.get(c) or {}).get(p) is not None for c in side) for side in sides):
            return m
    return None


def value_month(catalogue: Catalogue, figures: Figures, code: str, year: int,
                through_month: int) -> int | None:
    """The month (1..12) the figure of ``code`` for January..``through_month`` of
    ``year`` actually reaches: the latest month up to ``through_month`` in which the
    indicator has a figure; for a ratio, the latest in which each side (its monthly
    parts) has one. None for a yearly indicator, a year navdesk cannot hold, or without
    any figure.

    Whatever sets a year-to-date figure against last year or a pro-rata target reads
    both through this month: with December half entered, a measure without a December
    figure would otherwise set November's figure against last year's December, or
    eleven months of a flow against twelve (issue 11)."""
    if not 1 <= through_month <= 12:
        raise ValueError("through_month must be 1..12")
    if not is_known_year(year) or code not in catalogue:
        return None
    ind = catalogue[code]
    if ind.is_ratio:
        sides = [[c for c in codes if c in catalogue and not catalogue[c].is_yearly]
                 for codes in (ind.numerator, ind.denominator)]
    elif ind.is_yearly:
        return None
    else:
        sides = [[code]]
    return _latest_month_of_sides(figures, sides, year, through_month)


def _weighted_mean(figures: Figures, ind: Indicator, year: int,
                   months: list[tuple[int, Number]]) -> float | None:
    weights = figures.get(ind.weight or "") or {}
    total = weight_sum = 0.0
    for m, v in months:
        w = weights.get(Period(year, m))
        if w is None:
            continue
        total += v * w
        weight_sum += w
    if weight_sum <= 0:
        return None
    return total / weight_sum


def _ratio(catalogue: Catalogue, ind: Indicator,
           value_of: Callable[[str], Number | None]) -> float | None:
    num = _sum_present(value_of(c) for c in ind.numerator)
    den = _sum_present(value_of(c) for c in ind.denominator)
    if num is None or not den:
        return None
    return num / den * ind.factor


def _sum_present(values: Iterable[Number | None]) -> Number | None:
    present = [v for v in values if v is not None]
    return _tidy(sum(present)) if present else None


def summed(values: Iterable[Number]) -> Number:
    """The sum of ``values``, free of binary noise (see :func:`_tidy`)."""
    return _tidy(sum(values))


def _tidy(x: Number) -> Number:
    """Keep sums of money free of binary noise (0.1 + 0.2 -> 0.3)."""
    if isinstance(x, float):
        r = round(x, 2)
        return int(r) if r.is_integer() and abs(r) < 2**53 else r
    return x
