"""Breakdown tables of the annual status report: each split of the catalogue (age, sex,
civil status, main income ...) as one table, a row per part with its count and its share
of the sum of that split's parts, for a year and the years it is compared with, all
year-to-date through the same month.

A table never mixes months: a part counted at a point in time (rule ``last``: unique
persons so far, a count at month end) is read in the table's through-month itself,
never in its own latest month. Otherwise, with December half entered, a table "for the
year" would add December's parts to November's (issue 11); a part without a figure in
that month is shown as missing.

Shares are of the sum of the parts, not of the parent indicator: the source system
counts a few people without the attribute, so the totals of different splits differ a
little (DOMAIN.md, "Breakdowns").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from navdesk.domain.aggregation import Figures, year_to_date_in_one_month
from navdesk.domain.catalogue import Catalogue
from navdesk.domain.period import is_known_year
from navdesk.domain.units import Number

TOTAL = "Totalt"


@dataclass(frozen=True)
class BreakdownCell:
    """One part (or the total) in one year. ``share`` is in percent, unrounded;
    ``change`` is the count minus the same months of the year before."""

    count: Number | None
    share: float | None
    change: Number | None


@dataclass(frozen=True)
class BreakdownRow:
    code: str | None  # None on the total row
    name: str  # the part's Norwegian name, or "Totalt"
    cells: dict[int, BreakdownCell]  # year -> cell

    @property
    def is_total(self) -> bool:
        return self.code is None


@dataclass(frozen=True)
class BreakdownTable:
    group: str  # the split's name, e.g. "Alder"
    parent: str  # the code the parts split, e.g. "SH_HIA"
    years: tuple[int, ...]  # oldest first
    through_month: int
    rows: list[BreakdownRow]  # the parts in catalogue order, then the total

    def has_figures(self) -> bool:
        return any(c.count is not None for r in self.rows for c in r.cells.values())


def years_needed(year: int, compare: Iterable[int]) -> list[int]:
    """Every year whose figures the tables read (each shown year and the one before it,
    for the change; none before ``MIN_YEAR``)."""
    shown = {year, *compare}
    return sorted(y for y in shown | {y - 1 for y in shown} if is_known_year(y))


def breakdown_tables(catalogue: Catalogue, figures: Figures, year: int, through_month: int = 12,
                     compare: Iterable[int] = ()) -> list[BreakdownTable]:
    """One table per breakdown group of ``catalogue``, for ``year`` and the ``compare``
    years, each January..``through_month`` (a ``last`` part: its figure in
    ``through_month``). ``figures`` must hold :func:`years_needed`. A hidden part is
    shown only where it has a figure."""
    years = tuple(sorted({year, *compare}))
    tables = []
    for group in catalogue.breakdown_groups():
        def count(code: str, y: int) -> Number | None:
            # the table's month, never an earlier one; no figures before navdesk's first year
            return year_to_date_in_one_month(catalogue, figures, code, y, through_month)

        parts = [code for code in group.parts
                 if catalogue[code].active or any(count(code, y) is not None for y in years)]
        counts = {code: {y: count(code, y) for y in (*years, *(y - 1 for y in years))}
                  for code in parts}

        def total(y: int) -> Number | None:
            present = [v for c in parts if (v := counts[c][y]) is not None]  # noqa: B023 - used in this iteration only
            return sum(present) if present else None

        rows = []
        for code in parts:
            cells = {}
            for y in years:
                n, whole = counts[code][y], total(y)
                share = n / whole * 100 if n is not None and whole else None
                before = counts[code][y - 1]
                cells[y] = BreakdownCell(n, share,
                                         None if n is None or before is None else n - before)
            rows.append(BreakdownRow(code, catalogue[code].name, cells))
        cells = {}
        for y in years:
            whole, before = total(y), total(y - 1)
            cells[y] = BreakdownCell(whole, 100.0 if whole else None,
                                     None if whole is None or before is None else whole - before)
        rows.append(BreakdownRow(None, TOTAL, cells))
        tables.append(BreakdownTable(group.name, group.parent, years, through_month, rows))
    return tables
