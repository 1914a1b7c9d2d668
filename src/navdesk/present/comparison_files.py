"""A comparison of offices as a file: the CSV of ``navdesk-cli compare --format csv``
(the same rows, :func:`~navdesk.present.comparison.comparison_csv_rows`) and an Excel
workbook of the same table with its figures as numbers. The window's comparison page
writes both."""

from __future__ import annotations

import os
from pathlib import Path

from navdesk import __version__
from navdesk.domain.network import NETWORK_INDEX
from navdesk.domain.said import said
from navdesk.formats.csvfile import write_csv_file
from navdesk.formats.workbook import Sheet, write_workbook
from navdesk.present.comparison import (
    COMPARISON_COLUMNS,
    NETWORK_CODE,
    NETWORK_NAME,
    Comparison,
    comparison_csv_rows,
)

SHEET = "Sammenligning"
NUMBER_FORMAT = "#,##0.0"


def write_comparison_csv(c: Comparison, path: str | os.PathLike[str]) -> None:
    """``kontornr;kontor;verdi;indeks`` as the command line writes it, atomically."""
    write_csv_file(Path(path), COMPARISON_COLUMNS, comparison_csv_rows(c))


def write_comparison_workbook(c: Comparison, path: str | os.PathLike[str]) -> None:
    """The same table as a workbook, the figures and indexes as numbers, the network's
    row (``alle``) last; atomically."""
    rows: list[list[str | int | float | None]] = [
        [r.office, r.name, r.value, r.index] for r in c.rows]
    rows.append([NETWORK_CODE, said(NETWORK_NAME), c.network, NETWORK_INDEX])
    # a sheet has one number format per row; the figure and its index share a row, so
    # both get one decimal with thousands grouped (the cell holds the exact number)
    sheet = Sheet(SHEET, COMPARISON_COLUMNS, rows, {"": NUMBER_FORMAT})
    write_workbook(path, [sheet], properties={
        "title": f"{c.name} ({c.code}), {c.period_words}",
        "subject": "Indeksert mot alle kontorer = 100",
        "author": "navdesk", "company": f"navdesk {__version__}",
        "comments": f"Laget av navdesk {__version__}",
    })
