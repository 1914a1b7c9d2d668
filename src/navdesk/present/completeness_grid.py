"""The completeness grid of many offices: each office's months of a year, lines filled of
lines expected and reported or not, by the one rule of
:mod:`navdesk.domain.completeness` (the same counts as the office's own month form).
The window's offices page, ``navdesk-cli completeness`` and its file lay out these cells.

Read for all offices at once (:mod:`navdesk.store.filled`): a database of 250 offices
gives its grid of a year in a few tens of milliseconds."""

from __future__ import annotations

from dataclasses import dataclass

from navdesk.domain.completeness import FormLines, MonthCount, MonthState, year_counts
from navdesk.domain.period import Period
from navdesk.formats.csvfile import guard
from navdesk.store.database import Store
from navdesk.store.filled import filled_codes, latest_months, reported_months
from navdesk.store.offices import Office

COMPLETENESS_COLUMNS = ("kontornr", "kontor", "periode", "registrert", "forventet",
                        "rapportert")

# a symbol for each state, so that the grid reads without its colours too
SYMBOLS = {MonthState.REPORTED: "✓", MonthState.COMPLETE: "●",
           MonthState.PARTIAL: "◐", MonthState.EMPTY: "·"}
SHORT_MONTHS = ("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt",
                "nov", "des")


@dataclass(frozen=True)
class GridRow:
    """One office's twelve months (January first), and its latest month with figures
    in any year."""

    office: Office
    months: tuple[MonthCount, ...]
    latest_month: Period | None = None

    def reported_count(self) -> int:
        """How many months of the year are marked as reported."""
        return sum(c.reported for c in self.months)

    def latest_reported(self) -> Period | None:
        """The latest month of the year marked as reported."""
        return max((c.period for c in self.months if c.reported), default=None)


@dataclass(frozen=True)
class Grid:
    """Every office of the database (by code) and its months of ``year``."""

    year: int
    rows: tuple[GridRow, ...]


def completeness_grid(store: Store, year: int) -> Grid:
    """The grid of ``year`` for every office: one read of the values' codes of the year
    and the one before (a month's expectation looks back twelve months)."""
    lines = FormLines.of(store.catalogue)
    offices = store.offices()
    filled = filled_codes(store.conn, [o.code for o in offices], year - 1, year)
    reported = reported_months(store.conn, year)
    latest = latest_months(store.conn, [o.code for o in offices])
    rows = []
    for office in offices:
        months = year_counts(lines, filled.get(office.code, {}), year,
                             reported.get(office.code, ()))
        rows.append(GridRow(office, tuple(months[m] for m in range(1, 13)),
                            latest.get(office.code)))
    return Grid(year, tuple(rows))


def completeness_csv_rows(grid: Grid) -> list[list[str]]:
    """The rows of the file (``COMPLETENESS_COLUMNS``): one per office and month; an
    office's name a spreadsheet would take for a formula guarded, as in every file."""
    return [[row.office.code, guard(row.office.name), str(c.period), str(c.entered),
             str(c.expected), "ja" if c.reported else "nei"]
            for row in grid.rows for c in row.months]


def completeness_text(grid: Grid) -> str:
    """The grid for a terminal: offices down, months across, a symbol per month."""
    legend = ", ".join(f"{SYMBOLS[s]} {s.value}" for s in MonthState)
    names = [f"{r.office.code} {r.office.name}" for r in grid.rows]
    width = max([len("Kontor"), *map(len, names)])
    lines = [f"Fullstendighet {grid.year} ({legend})", "",
             f"{'Kontor':<{width}}  " + " ".join(f"{m:>3}" for m in SHORT_MONTHS)]
    for name, row in zip(names, grid.rows, strict=True):
        lines.append(f"{name:<{width}}  "
                     + " ".join(f"{SYMBOLS[c.state]:>3}" for c in row.months).rstrip())
    if not grid.rows:
        lines.append("(ingen kontorer i databasen)")
    return "\n".join(lines) + "\n"
