"""The catalogue file: what ``navdesk-cli catalogue export`` writes, what the command
line and the window read back to add and update indicators, and the catalogue every new
database starts with (``resources/catalogue.csv``, in the same format). All read through
:func:`parse_catalogue_text`, so they accept and refuse the same files; what a row means
is the domain's (:func:`navdesk.domain.catalogue.indicators_from_rows`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from navdesk.domain.catalogue import (
    CATALOGUE_COLUMNS,
    CATALOGUE_REQUIRED,
    Catalogue,
    CatalogueError,
    Indicator,
    indicator_fields,
    indicators_from_rows,
)
from navdesk.formats.csvfile import decoded_text_or_refused, guard, table_rows, unguard
from navdesk.resources_path import read_resource_bytes


def parse_catalogue_text(text: str, clean: Callable[[str], str] | None = None,
                         standalone: bool = True) -> list[Indicator]:
    """Indicators from catalogue-file text (``;``-separated, header row first);
    ``clean`` is applied to every cell first (the formula guard). See
    :func:`~navdesk.domain.catalogue.indicators_from_rows` for ``standalone``. Raises
    :class:`CatalogueError` naming every bad line."""
    header, rows = table_rows(text, CATALOGUE_REQUIRED, CatalogueError, clean,
                              columns=CATALOGUE_COLUMNS)
    return indicators_from_rows(header, rows, standalone)


def default_catalogue() -> list[Indicator]:
    """The shipped default indicators, in order."""
    return parse_catalogue_text(read_resource_bytes("catalogue.csv").decode("utf-8-sig"))


def catalogue_rows(catalogue: Catalogue) -> list[list[str]]:
    """One row per indicator under :data:`CATALOGUE_COLUMNS`, guarded for Excel."""
    return [[guard(indicator_fields(i)[c]) for c in CATALOGUE_COLUMNS] for i in catalogue]


def read_catalogue_text(text: str) -> list[Indicator]:
    """The indicators of a catalogue file's text, to merge into a database: references
    may name codes the database already has, and Excel's formula guard is removed.
    Raises :class:`CatalogueError` naming every bad line."""
    return parse_catalogue_text(text, clean=unguard, standalone=False)


def read_catalogue_file(path: str | Path) -> list[Indicator]:
    """:func:`read_catalogue_text` of a file as people send it (UTF-8 with or without
    byte-order mark, UTF-16 with one, Windows-1252). Raises OSError when it cannot be read and
    :class:`CatalogueError` naming every bad line."""
    return read_catalogue_text(decoded_text_or_refused(path, CatalogueError))
