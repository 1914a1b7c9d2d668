"""Breakdown tables as a file (same conventions as the exchange file) and as text for a
terminal. The CLI, the window and the status report all call :func:`office_breakdowns`.

The tables run through the latest whole month of the year by default, like the goal
card (:mod:`navdesk.store.months`). The csv column ``måned_status`` says how whole each
row's month is (``komplett``, ``rapportert``, ``rapportert: 20 av 75 tall``, ``delvis: 3
av 75 tall`` or ``tom``); the text names a month that is not whole, or reported with
lines missing, in its first line."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from navdesk.domain.breakdown import BreakdownTable, breakdown_tables, years_needed
from navdesk.domain.completeness import Completeness
from navdesk.domain.period import MONTH_NAMES, Period
from navdesk.domain.said import first_upper
from navdesk.domain.units import format_display, format_number
from navdesk.formats.csvfile import guard
from navdesk.store.database import Store
from navdesk.store.months import completeness, through_month

BREAKDOWN_COLUMNS = ("fordeling", "kategori", "indikator", "år", "til_og_med", "antall", "andel",
                     "måned_status")  # last: the columns before it keep their places


def office_breakdowns(store: Store, office: str, year: int, month: int | None = None,
                      compare: Iterable[int] = ()) -> list[BreakdownTable]:
    """The breakdown tables of ``office`` for ``year`` and the ``compare`` years,
    January through ``month`` in every year (default: the latest whole month of
    ``year``, else its latest month with figures, else December)."""
    compare = list(compare)
    figures = store.figures(office, years_needed(year, compare))
    month = month or through_month(store, office, year) or 12
    return breakdown_tables(store.catalogue, figures, year, month, compare)


def table_months(store: Store, office: str,
                 tables: list[BreakdownTable]) -> dict[Period, Completeness]:
    """How whole the month each year of ``tables`` runs through is (for ``måned_status``)."""
    periods = {Period(y, t.through_month) for t in tables for y in t.years}
    return {p: completeness(store, office, p) for p in sorted(periods)}


def _share(share: float | None, decimal: str = ",") -> str:
    # one decimal, always shown (12,0), half away from zero as people round by hand
    if share is None:
        return ""
    text = f"{_round_half_up(share, 1):.1f}"
    return text.replace(".", decimal)


def _round_half_up(x: float, digits: int) -> float:
    from decimal import ROUND_HALF_UP, Decimal

    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


def breakdown_csv_rows(tables: list[BreakdownTable],
                       months: Mapping[Period, Completeness] | None = None) -> list[list[str]]:
    """One row per part and year (oldest year first), the total row last in each table;
    ``months`` (:func:`table_months`) fills ``måned_status``."""
    out = []
    for t in tables:
        for row in t.rows:
            for year in t.years:
                cell = row.cells[year]
                through = Period(year, t.through_month)
                state = (months or {}).get(through)
                out.append([guard(t.group), guard(row.name), row.code or "", str(year),
                            str(through),
                            "" if cell.count is None else format_number(cell.count),
                            _share(cell.share), "" if state is None else state.status_text()])
    return out


def breakdown_text(tables: list[BreakdownTable], names: dict[str, str] | None = None,
                   month: Completeness | None = None,
                   left_out: Sequence[Completeness] = ()) -> str:
    """Readable tables: per year the count and the share, and the change from the year
    before beside the latest year; first the label of ``month`` (the shown year's
    through-month) when it must carry one, and the later months ``left_out``."""
    out = []
    head = [month.partial_label()] if month is not None and month.is_labelled else []
    head += [first_upper(c.left_out_text()) for c in left_out]
    if head:
        out += [*head, ""]
    for t in tables:
        if not t.has_figures():
            continue
        parent = (names or {}).get(t.parent, t.parent)
        span = ("hele året" if t.through_month == 12
                else f"januar–{MONTH_NAMES[t.through_month - 1]}")
        out.append(f"{t.group.upper()}  ({parent}, {span})")
        width = max(len(r.name) for r in t.rows)
        head = f"  {'':{width}}" + "".join(f"{y:>10}{'andel':>8}" for y in t.years) + f"{'endring':>10}"
        out.append(head)
        for row in t.rows:
            if row.is_total:
                out.append("  " + "-" * (len(head) - 2))
            line = f"  {row.name:{width}}"
            for y in t.years:
                c = row.cells[y]
                line += f"{'–' if c.count is None else format_display(c.count):>10}"
                line += f"{_share(c.share) + ' %' if c.share is not None else '':>8}"
            change = row.cells[t.years[-1]].change
            line += f"{'' if change is None else ('+' if change > 0 else '') + format_display(change):>10}"
            out.append(line.rstrip())
        out.append("")
    return "\n".join(out)
