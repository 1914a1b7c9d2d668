"""Breakdown tables as a file (same conventions as the exchange file) and as text for a
terminal. The CLI, the window and the status report all call :func:`office_breakdowns`,
and all show a table through :func:`breakdown_cells`, so they read the same; figures
are rounded by the one rule of :mod:`navdesk.present.figures`.

The tables run through the latest whole month of the year by default, like the goal
card (:mod:`navdesk.store.months`). The csv column ``måned_status`` says how whole each
row's month is (``komplett``, ``rapportert``, ``rapportert: 20 av 75 tall``, ``delvis: 3
av 75 tall`` or ``tom``); the text names a month that is not whole, or reported with
lines missing, in its first line."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from navdesk.domain.breakdown import BreakdownTable, breakdown_tables, years_needed
from navdesk.domain.completeness import Completeness
from navdesk.domain.period import MONTH_NAMES, Period, is_known_year
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, first_upper, said
from navdesk.formats.csvfile import guard
from navdesk.present import figures as fig
from navdesk.present.through import card_month
from navdesk.store.database import Store
from navdesk.store.months import completeness

BREAKDOWN_COLUMNS = ("fordeling", "kategori", "indikator", "år", "til_og_med", "antall", "andel",
                     "måned_status")  # last: the columns before it keep their places


def office_breakdowns(store: Store, office: str, year: int, month: int | None = None,
                      compare: Iterable[int] = ()) -> list[BreakdownTable]:
    """The breakdown tables of ``office`` for ``year`` and the ``compare`` years,
    January through ``month`` in every year (default: the latest whole month of
    ``year``, else its latest month with figures, else December)."""
    compare = list(compare)
    figures = store.figures(office, years_needed(year, compare))
    month = card_month(store, office, year, month).period.month_of_year
    return breakdown_tables(store.catalogue, figures, year, month, compare)


def table_months(store: Store, office: str,
                 tables: list[BreakdownTable]) -> dict[Period, Completeness]:
    """How whole the month each year of ``tables`` runs through is (for ``måned_status``)."""
    periods = {Period(y, t.through_month) for t in tables for y in t.years}
    return {p: completeness(store, office, p) for p in sorted(periods)}


@dataclass(frozen=True)
class BreakdownRowCells:
    cells: list[str]  # the name, per year its count and share, the change
    is_total: bool


@dataclass(frozen=True)
class BreakdownCells:
    """One breakdown table as people read it. Figures are written for ``lang``; words
    are :class:`~navdesk.domain.said.Said` (the window shows them in its language)."""

    group: str  # "Alder"
    parent: str  # the name of what the parts split: "Unike mottakere hittil i år"
    header: list[str]  # "Kategori", per year the year and "Andel", "Endring fra 2024"
    rows: list[BreakdownRowCells]  # the parts, then the total

    @property
    def figure_columns(self) -> range:
        """The columns of figures (right-aligned): all but the name."""
        return range(1, len(self.header))


def breakdown_cells(table: BreakdownTable, names: Mapping[str, str] | None = None,
                    lang: str = "nb") -> BreakdownCells:
    """The cells of ``table``: per year the count and its share of the sum of the parts
    (one decimal), and beside the latest year the change from the year before. ``names``
    (code -> name) names the parts and the parent (default: the catalogue's bokmål)."""
    names = names or {}
    header: list[str] = [said(QT_TRANSLATE_NOOP("", "Kategori"))]
    for y in table.years:
        header += [str(y), said(QT_TRANSLATE_NOOP("", "Andel"))]
    before = table.years[-1] - 1  # navdesk has no year before its first: no change either
    header.append(said(QT_TRANSLATE_NOOP("", "Endring fra {year}"), year=before)
                  if is_known_year(before) else said(QT_TRANSLATE_NOOP("", "Endring")))
    rows = []
    for row in table.rows:
        name: str = (said(QT_TRANSLATE_NOOP("", "Totalt")) if row.is_total
                     else names.get(row.code or "", row.name))
        cells = [name]
        for y in table.years:
            c = row.cells[y]
            cells += [fig.for_people(c.count, lang), fig.share(c.share, lang)]
        cells.append(fig.signed(row.cells[table.years[-1]].change, lang))
        rows.append(BreakdownRowCells(cells, row.is_total))
    return BreakdownCells(table.group, names.get(table.parent, table.parent), header, rows)


def span_words(through_month: int) -> Said:
    """"hele året", or "januar–juni": the months a table or a report runs through."""
    if through_month == 12:
        return said(QT_TRANSLATE_NOOP("", "hele året"))
    return said("{first}–{last}", first=MONTH_NAMES[0], last=MONTH_NAMES[through_month - 1])


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
                            fig.in_file(cell.count), fig.share_in_file(cell.share),
                            "" if state is None else state.status_text()])
    return out


def breakdown_text(tables: list[BreakdownTable], names: dict[str, str] | None = None,
                   month: Completeness | None = None,
                   left_out: Sequence[Completeness] = ()) -> str:
    """Readable tables: per year the count and the share, and the change from the year
    before beside the latest year; first the label of ``month`` (the shown year's
    through-month) when it must carry one, and the later months ``left_out``."""
    out = []
    labels: list[str] = [month.partial_label()] if month is not None and month.is_labelled else []
    labels += [first_upper(c.left_out_text()) for c in left_out]
    if labels:
        out += [*labels, ""]
    for t in tables:
        if not t.has_figures():
            continue
        shown = breakdown_cells(t, names)
        out.append(f"{t.group.upper()}  ({shown.parent}, {span_words(t.through_month)})")
        # each column as wide as its widest cell (a figure's header two more), figures right
        widths = [max(len(r.cells[n]) for r in shown.rows) for n in range(len(shown.header))]
        widths = [max(w, len(h) + 2) if n else w
                  for n, (w, h) in enumerate(zip(widths, shown.header, strict=True))]
        head = _aligned(["", *shown.header[1:]], widths)
        out.append(head.rstrip())
        for row in shown.rows:
            if row.is_total:
                out.append("  " + "-" * (len(head) - 2))
            out.append(_aligned(row.cells, widths).rstrip())
        out.append("")
    return "\n".join(out)


def _aligned(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  " + "  ".join(f"{c:<{widths[0]}}" if n == 0 else f"{c:>{widths[n]}}"
                            for n, c in enumerate(cells))
