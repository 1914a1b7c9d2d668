"""The catalogue file: what ``navdesk-cli catalogue export`` writes, and what the command
line and the window read back to add and update indicators. Both read through
:func:`read_catalogue_text`, so they accept and refuse the same files."""

from __future__ import annotations

from pathlib import Path

from navdesk.domain.catalogue import (
    CATALOGUE_COLUMNS,
    Catalogue,
    CatalogueError,
    Indicator,
    indicator_fields,
    parse_catalogue_text,
)
from navdesk.domain.said import QT_TRANSLATE_NOOP
from navdesk.formats.csvfile import detect_encoding, guard, unguard


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
    byte-order mark, UTF-16, Windows-1252). Raises OSError when it cannot be read and
    :class:`CatalogueError` naming every bad line."""
    path = Path(path)
    try:
        text = path.read_text(encoding=detect_encoding(path))
    except UnicodeDecodeError:
        raise CatalogueError.because(QT_TRANSLATE_NOOP("", "{name} kan ikke leses som tekst"),
                                     name=path.name) from None
    return read_catalogue_text(text)
