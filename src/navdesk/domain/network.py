"""The network's figure: many offices read as if they were one office, and each office
indexed to it (the network = 100), as the large-city network (ASSS) draws its
"tjenesteprofil".

**Combining the offices.** Each office's own figure for the period (January..a month
of a year) is read by the indicator's rule
(:func:`~navdesk.domain.aggregation.aggregate_year_to_date`: sum, average, weighted
average, last, the year's own value), and the offices' figures are combined into the
network's (:func:`year_to_date_combined`); a ratio is computed from its combined parts.
When every office has every month this is the same as combining month by month and then
applying the rule; when one lacks the latest month, its own latest figure stays in the
network's (month by month it would drop out of that month's sum). Combining:

- additive units (persons, count, kroner, nights) are **summed** over the offices that
  have a value: people in the month, money paid, unique persons so far this year;
- an average weighted by another indicator (``Indicator.weight``, e.g. processing days
  by decisions) is the **weight-weighted mean** of the offices that have both the value
  and its weight in that period — the same as summing value x weight and the weights;
- a ratio is **never combined**: it is computed from the combined numerator and
  denominator, so a share of the network is its summed part over its summed whole,
  never a mean of the offices' shares;
- any other figure entered directly (percent, score, days or months without a weight:
  sick leave, a survey score, average months on assistance) cannot be added up and has
  no weight to mean it by: it is the **plain mean** of the offices that have it. This
  is a choice: every office counts once, whatever its size; give the indicator a weight
  in the catalogue to have large offices count more.

An office that lacks months another office has is marked as **partial**
(:attr:`OfficeFigure.partial`): its figure covers a shorter period. The months are those in
which the indicator itself has a figure (for a ratio, those in which each side has one),
not the form's completeness (:mod:`navdesk.domain.completeness`): an office that typed
this indicator in every month has a whole figure for it, whatever else it left empty.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from navdesk.domain.aggregation import Figures, aggregate_year_to_date, summed
from navdesk.domain.catalogue import Catalogue, Indicator
from navdesk.domain.period import Period, is_known_year
from navdesk.domain.units import Number, Unit

# units whose values of two offices add up to the value of both together
ADDITIVE_UNITS = frozenset({Unit.PERSONS, Unit.COUNT, Unit.NOK, Unit.NIGHTS})

NETWORK_INDEX = 100  # the network's own index


class Combination(str, Enum):
    """How one period's figures of several offices make the network's (see the module)."""

    SUM = "sum"  # additive units
    WEIGHTED = "weighted"  # the weight-weighted mean of the offices with both
    MEAN = "mean"  # the plain mean of the offices that have it


def combination(ind: Indicator) -> Combination | None:
    """How ``ind``'s figures of several offices are combined in a period; None for a
    ratio, which is computed from its combined parts instead."""
    if ind.is_ratio:
        return None
    if ind.weight:
        return Combination.WEIGHTED
    return Combination.SUM if ind.unit in ADDITIVE_UNITS else Combination.MEAN


def combine_period(catalogue: Catalogue, code: str,
                   values: Iterable[tuple[Number, Number | None]]) -> Number | None:
    """One period's figure of ``code`` for offices taken together, from each office's
    ``(value, weight)`` in that period (weight None when the office has none, or the
    indicator has no weight): summed for an additive unit, the weight-weighted mean for
    a weighted average, else the plain mean (see the module). None without values.
    A ratio is never combined (:func:`combined_figures` leaves it to its parts)."""
    rule = combination(catalogue[code])
    pairs = list(values)
    if not pairs or rule is None:
        return None
    if rule is Combination.SUM:
        return summed(v for v, _ in pairs)
    if rule is Combination.WEIGHTED:
        weighted = [(v, w) for v, w in pairs if w is not None]
        weight = sum(w for _, w in weighted)
        if weight <= 0:
            return None
        return sum(v * w for v, w in weighted) / weight
    return sum(v for v, _ in pairs) / len(pairs)


def combined_figures(catalogue: Catalogue, offices: Mapping[str, Figures],
                     codes: Iterable[str] | None = None) -> dict[str, dict[Period, Number]]:
    """The offices' figures (office -> code -> period -> value) combined period by
    period into one office's figures (code -> period -> value) by
    :func:`combine_period`: of ``codes`` if given (they must include the parts their
    ratios and weighted means are computed from), else of every code any office has.
    Ratios are left out: they are computed from the combined parts."""
    wanted = set(codes) if codes is not None else {c for f in offices.values() for c in f}
    out: dict[str, dict[Period, Number]] = {}
    for code in wanted:
        ind = catalogue.get(code)
        if ind is None or ind.is_ratio:
            continue
        by_period: dict[Period, list[tuple[Number, Number | None]]] = {}
        for figures in offices.values():
            series = figures.get(code)
            if not series:
                continue
            weights = (figures.get(ind.weight) or {}) if ind.weight else {}
            for period, v in series.items():
                by_period.setdefault(period, []).append((v, weights.get(period)))
        combined = {p: combine_period(catalogue, code, pairs) for p, pairs in by_period.items()}
        out[code] = {p: v for p, v in combined.items() if v is not None}
    return out


def index(value: Number | None, network: Number | None) -> float | None:
    """An office's figure indexed to the network's: office / network x 100 (the network
    is 100); None when either is missing or the network's figure is 0."""
    if value is None or not network:
        return None
    return value / network * 100


def months_with_figure(catalogue: Catalogue, figures: Figures, code: str, year: int,
                       through_month: int) -> frozenset[int]:
    """The months 1..``through_month`` of ``year`` in which ``code`` has a figure: for a
    ratio, those in which each side (its monthly parts) has one; none for a yearly
    indicator (its one value is either there or not)."""
    ind = catalogue[code]
    if ind.is_yearly:
        return frozenset()
    if ind.is_ratio:
        sides = [[c for c in side if c in catalogue and not catalogue[c].is_yearly]
                 for side in (ind.numerator, ind.denominator)]
        sides = [s for s in sides if s]
    else:
        sides = [[code]]
    found: set[int] | None = None
    for side in sides:  # months any part of the side has, then those every side has
        months: set[int] = set()
        for c in side:
            months.update(p.month for p, v in (figures.get(c) or {}).items()
                          if p.year == year and p.month is not None
                          and p.month <= through_month and v is not None)
        found = months if found is None else found & months
    return frozenset(found or ())


@dataclass(frozen=True)
class OfficeFigure:
    """One office's figure for the period (in the indicator's unit), its index (the
    network = 100; None when it cannot be computed) and the months the network has
    that the office lacks (``partial`` when there are any)."""

    office: str
    value: Number
    index: float | None
    missing_months: tuple[int, ...] = ()

    @property
    def partial(self) -> bool:
        return bool(self.missing_months)


@dataclass(frozen=True)
class NetworkFigure:
    """An indicator for January..``through_month`` of ``year`` (12: the whole year):
    the network's figure (in the indicator's unit) and every office that has a figure
    for the period, in the order the offices were given."""

    code: str
    year: int
    through_month: int
    value: Number | None
    offices: tuple[OfficeFigure, ...]


def year_to_date_combined(catalogue: Catalogue, offices: Mapping[str, Figures], code: str,
                          year: int, through_month: int) -> dict[str, dict[Period, Number]]:
    """The network's figures of ``code`` and what it is computed from, for January..
    ``through_month`` of ``year``, as one office's that entered them once: each part
    (never a ratio) is every office's own figure for the period by the part's rule
    (:func:`~navdesk.domain.aggregation.aggregate_year_to_date`), combined over the
    offices by :func:`combine_period` (a weighted mean by each office's own weight for the
    period), and placed at the one period the year's figure is read at (``through_month``
    of ``year``, or the year itself for a yearly indicator). The indicator's own rule on
    them (a ratio from its combined parts) gives the network's figure.

    Combining the offices' figures for the period, not month by month, keeps an office
    that lacks the latest month in the network: its unique persons so far this year are
    its own latest count, never left out of December's sum (issue 16's review)."""
    out: dict[str, dict[Period, Number]] = {}
    for part in _parts(catalogue, code):
        ind = catalogue[part]
        if ind.is_ratio:
            continue
        pairs: list[tuple[Number, Number | None]] = []
        for figures in offices.values():
            value = aggregate_year_to_date(catalogue, figures, part, year, through_month)
            if value is None:
                continue
            weight = (aggregate_year_to_date(catalogue, figures, ind.weight, year,
                                             through_month)
                      if ind.weight and ind.weight in catalogue else None)
            pairs.append((value, weight))
        combined = combine_period(catalogue, part, pairs)
        if combined is not None:
            at = Period(year) if ind.is_yearly else Period(year, through_month)
            out[part] = {at: combined}
    return out


def network_figure(catalogue: Catalogue, offices: Mapping[str, Figures], code: str,
                   year: int, through_month: int = 12) -> NetworkFigure:
    """``code`` for January..``through_month`` of ``year``: each office's figure by the
    indicator's own rule (:func:`~navdesk.domain.aggregation.aggregate_year_to_date`),
    the network's by the same rule on the offices' figures for the period combined as
    one office's (:func:`year_to_date_combined`), each office's index, and the months
    each office lacks that another has. ``offices``: office -> its figures (code ->
    period -> value), holding ``code`` and what it is computed from for ``year``."""
    if not 1 <= through_month <= 12:
        raise ValueError("through_month must be 1..12")
    if not is_known_year(year):
        return NetworkFigure(code, year, through_month, None, ())
    network = year_to_date_combined(catalogue, offices, code, year, through_month)
    total = aggregate_year_to_date(catalogue, network, code, year, through_month)
    months = {office: months_with_figure(catalogue, figures, code, year, through_month)
              for office, figures in offices.items()}
    network_months = frozenset().union(*months.values()) if months else frozenset()
    rows = []
    for office, figures in offices.items():
        value = aggregate_year_to_date(catalogue, figures, code, year, through_month)
        if value is None:
            continue
        lacking = network_months - months[office]
        rows.append(OfficeFigure(office, value, index(value, total), tuple(sorted(lacking))))
    return NetworkFigure(code, year, through_month, total, tuple(rows))


def _parts(catalogue: Catalogue, code: str) -> set[str]:
    """``code`` and what it is computed from (numerators, denominators, weights)."""
    out: set[str] = set()
    todo = [code]
    while todo:
        c = todo.pop()
        if c in out or c not in catalogue:
            continue
        out.add(c)
        ind: Indicator = catalogue[c]
        todo += [p for p in (*ind.numerator, *ind.denominator, ind.weight) if p]
    return out
