"""The exchange file as an Excel workbook (``navdesk-cli export --out F.xlsx``, the
window's "Excel-arbeidsbok"): the very rows of the CSV file
(:func:`navdesk.present.exchange.export_rows`), with every figure a number in its
unit's number format, codes, periods, names and comments as text, and a second sheet
"Indikatorer" with the catalogue. Read back by
:class:`navdesk.formats.workbook.WorkbookRows`, it gives the CSV file's text again.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from navdesk import __version__
from navdesk.domain.units import Unit
from navdesk.formats.csvfile import unguard
from navdesk.formats.exchange import LONG_COLUMNS, SUPPRESSED, WIDE_COLUMNS
from navdesk.formats.workbook import Sheet, write_workbook
from navdesk.store.database import Store

DATA_SHEET = "Tall"
CATALOGUE_SHEET = "Indikatorer"
CATALOGUE_HEADER = ("kode", "navn", "enhet", "regel")

# the unit's number format: kroner with two decimals, percent with one (the figure is
# already in percent: 45.3, not Excel's 0.453), people and things whole
_WHOLE = "#,##0"
NUMBER_FORMATS = {Unit.NOK.value: "#,##0.00", Unit.PERCENT.value: "0.0",
                  **{u.value: _WHOLE for u in Unit if u.whole},
                  "": "#,##0.0"}  # days, months, a score: one decimal, as they are shown
for _unit in Unit:
    NUMBER_FORMATS.setdefault(_unit.value, NUMBER_FORMATS[""])


def _number(text: str) -> str | int | float | None:
    """A figure of the CSV rows (written with a decimal point) as a number; the mark of
    a suppressed figure stays text."""
    if not text:
        return None
    if text == SUPPRESSED:
        return text
    return float(text) if "." in text else int(text)


def workbook_rows(header: Sequence[str], rows: list[list[str]]
                  ) -> list[list[str | int | float | None]]:
    """The CSV export's rows (decimal point) with their figures as numbers and their
    text unguarded: a workbook's text cell is never a formula."""
    numbers = ({LONG_COLUMNS.index("verdi")} if tuple(header) == LONG_COLUMNS
               else set(range(WIDE_COLUMNS.index("jan"), len(WIDE_COLUMNS))))
    return [[_number(cell) if n in numbers else unguard(cell) for n, cell in enumerate(row)]
            for row in rows]


def titled_office_and_year(path: str | os.PathLike[str]) -> tuple[str, int] | None:
    """The office code and year navdesk's own workbook names in the title
    :func:`write_exchange_workbook` gives it ("Tall for 0314 NAV Sagene, 2025" or
    "…, 2025-03"); None for another file (the title of one office's file only)."""
    import re

    from navdesk.formats.workbook import is_workbook, workbook_title

    if not is_workbook(path):
        return None
    m = re.match(r"Tall for (\d{4}) .*, (\d{4})(?:-\d{2})?$", workbook_title(path))
    return (m.group(1), int(m.group(2))) if m else None


def write_exchange_workbook(store: Store, path: str | os.PathLike[str],
                            header: Sequence[str], rows: list[list[str]],
                            offices: list[str], year: int, month: int | None = None) -> None:
    """Write the exchange file's ``header`` and ``rows`` (as
    :func:`~navdesk.present.exchange.export_rows` makes them, with a decimal point) as
    a workbook at ``path``, atomically, with the catalogue's sheet and the document's
    properties naming ``offices`` and the period."""
    unit_column = list(header).index("enhet")
    data = Sheet(DATA_SHEET, header, workbook_rows(header, rows), NUMBER_FORMATS, unit_column)
    catalogue = Sheet(CATALOGUE_SHEET, CATALOGUE_HEADER,
                      [[i.code, i.name, i.unit.value, i.aggregation.value]
                       for i in store.catalogue])
    names = ", ".join(f"{o.code} {o.name}" for o in (store.office(c) for c in offices) if o)
    period = f"{year}-{month:02d}" if month else str(year)
    layout = "langt" if tuple(header) == LONG_COLUMNS else "bredt"
    write_workbook(path, [data, catalogue], properties={
        "title": f"Tall for {names}, {period}",
        "subject": f"Utvekslingsfil for kommunen ({layout} format)",
        "author": "navdesk", "company": f"navdesk {__version__}",
        "comments": f"Laget av navdesk {__version__}",
    })
