"""The series the trends view plots, by the same rules as every other figure: monthly
points, yearly points by each indicator's aggregation rule, the running year-to-date,
the 12-month rolling mean, one line per year over January–December, the goal-card
target (pro rata through the year for flows), and a projection of the year's end.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from navdesk.domain.aggregation import (
    Figures,
    aggregate_year_to_date,
    value_in_month,
    value_month,
)
from navdesk.domain.catalogue import Aggregation, Catalogue
from navdesk.domain.goalcard import period_target
from navdesk.domain.period import Period, month_range
from navdesk.domain.units import Number

ROLLING_WINDOW = 12


@dataclass(frozen=True)
class Point:
    period: Period  # a month, or a year (month None) for yearly points
    value: Number | None


def months_between(first: Period, last: Period) -> list[Period]:
    """Every month from ``first`` to ``last``, both included (a year: all its months)."""
    return month_range(Period(first.year, first.month or 1), Period(last.year, last.month or 12))


def monthly_series(catalogue: Catalogue, figures: Figures, code: str, first: Period,
                   last: Period) -> list[Point]:
    """The month figure of ``code`` for each month (a ratio from that month's parts)."""
    return [Point(p, value_in_month(catalogue, figures, code, p))
            for p in months_between(first, last)]


def yearly_series(catalogue: Catalogue, figures: Figures, code: str, first_year: int,
                  last_year: int, last_through: int = 12) -> list[Point]:
    """The year's figure of ``code`` by its rule for each year; the last year only
    through month ``last_through`` (a year still running is its year-to-date)."""
    return [Point(Period(y), aggregate_year_to_date(catalogue, figures, code, y,
                                                    last_through if y == last_year else 12))
            for y in range(first_year, last_year + 1)]


def year_to_date_series(catalogue: Catalogue, figures: Figures, code: str, year: int,
                        through_month: int = 12) -> list[Point]:
    """January..m of ``year`` by the rule, for each month m: the curve a yearly target
    is followed on."""
    return [Point(Period(year, m), aggregate_year_to_date(catalogue, figures, code, year, m))
            for m in range(1, through_month + 1)]


def rolling_mean(values: Sequence[Number | None],
                 window: int = ROLLING_WINDOW) -> list[float | None]:
    """The mean of each value and the ``window - 1`` before it; None until a whole
    window of months has figures (a gap is never taken as zero)."""
    out: list[float | None] = []
    for n in range(len(values)):
        known = [v for v in values[max(0, n - window + 1):n + 1] if v is not None]
        if len(known) < window:  # the window is short, or has a gap
            out.append(None)
        else:
            out.append(sum(known) / window)
    return out


def year_over_year(catalogue: Catalogue, figures: Figures, code: str,
                   years: Sequence[int]) -> dict[int, list[Number | None]]:
    """Twelve month figures (January..December) for each year, to draw over each other."""
    return {y: [value_in_month(catalogue, figures, code, Period(y, m)) for m in range(1, 13)]
            for y in years}


def target_line(catalogue: Catalogue, code: str, yearly_target: float | None, year: int,
                year_to_date: bool) -> list[Point]:
    """The target as a line over the months of ``year``. Followed on the year-to-date
    curve, a flow's (``sum``) target grows pro rata (target x m / 12), as the goal card
    judges it; every other rule, and a flow's month figures, keep the yearly target
    (a flow's monthly share is target / 12)."""
    ind = catalogue[code]
    points = []
    for m in range(1, 13):
        if yearly_target is None:
            value = None
        elif year_to_date:
            value = period_target(ind.aggregation, yearly_target, m)
        elif ind.aggregation is Aggregation.SUM:
            value = yearly_target / 12
        else:
            value = yearly_target
        points.append(Point(Period(year, m), value))
    return points


def project_year_end(catalogue: Catalogue, figures: Figures, code: str, year: int,
                     through_month: int) -> Number | None:
    """The year's figure ``code`` is heading for, from January..``through_month``:
    - ``sum``: the months so far, pro rata to twelve (total / m x 12);
    - ``average``: the mean so far;
    - ``last`` counting unique persons year to date: grown as it grew last year from
      the same month to December (it only grows, and slower as the year goes on); a
      point-in-time ``last``: the latest figure;
    - ``ratio``: the projected numerator over the projected denominator.
    None where there is nothing to go on."""
    ind = catalogue[code]
    if ind.is_yearly:
        return None
    if through_month == 12:
        return aggregate_year_to_date(catalogue, figures, code, year, 12)
    if ind.is_ratio:
        num = _sum_known(project_year_end(catalogue, figures, c, year, through_month)
                         for c in ind.numerator)
        den = _sum_known(project_year_end(catalogue, figures, c, year, through_month)
                         for c in ind.denominator)
        return None if num is None or not den else num / den * ind.factor
    # from the month the figure reaches: a flow without its latest month is eleven
    # months' worth, not twelve's, and last year's growth is taken from that month
    through_month = value_month(catalogue, figures, code, year, through_month) or through_month
    so_far = aggregate_year_to_date(catalogue, figures, code, year, through_month)
    if so_far is None:
        return None
    if ind.aggregation is Aggregation.SUM:
        return so_far / through_month * 12
    if ind.aggregation is Aggregation.LAST and catalogue.is_year_to_date(code):
        then = aggregate_year_to_date(catalogue, figures, code, year - 1, through_month)
        end = aggregate_year_to_date(catalogue, figures, code, year - 1, 12)
        if not then or end is None:
            return None
        return so_far * end / then
    return so_far


def _sum_known(values: Iterable[Number | None]) -> Number | None:
    every = list(values)
    known = [v for v in every if v is not None]
    if len(known) < len(every):
        return None
    return sum(known)
