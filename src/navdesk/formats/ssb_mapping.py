"""The mapping file from a statistikkbanken table to navdesk's indicators: ``;``-separated,
a header row, one rule a line:

``innhold;indikator;utvalg;regiondimensjon``

- ``innhold``: the table's content, its ``ContentsCode`` (``KOSRmottakere``) or its
  text as a CSV download writes it;
- ``indikator``: the navdesk indicator its figures are (the catalogue's code);
- ``utvalg`` (may be empty): the other dimensions' categories the rule takes, as
  ``dimensjon=verdi`` joined by commas (``Alder=18-24, Kjonn=0``);
- ``regiondimensjon`` (may be empty; the same on every line): the dimension that names
  the municipality, when the table does not mark one as geographic.

Read like the catalogue file (:func:`navdesk.formats.csvfile.table_rows`); what the rows
mean is the domain's (:func:`navdesk.domain.ssb.mapping_from_rows`)."""

from __future__ import annotations

from pathlib import Path

from navdesk.domain.catalogue import Catalogue
from navdesk.domain.ssb import (
    MAPPING_COLUMNS,
    MAPPING_REQUIRED,
    Mapping,
    SsbError,
    mapping_from_rows,
)
from navdesk.formats.csvfile import decoded_text_or_refused, table_rows


def read_mapping_text(text: str, catalogue: Catalogue) -> Mapping:
    """The mapping in a mapping file's text, checked against ``catalogue``. Raises
    :class:`SsbError` naming every bad line."""
    header, rows = table_rows(text, MAPPING_REQUIRED, SsbError, columns=MAPPING_COLUMNS)
    return mapping_from_rows(header, rows, catalogue)


def read_mapping_file(path: str | Path, catalogue: Catalogue) -> Mapping:
    """:func:`read_mapping_text` of a file as people save it (UTF-8 with or without BOM,
    Windows-1252). Raises :class:`SsbError`, and OSError when it cannot be read."""
    return read_mapping_text(decoded_text_or_refused(path, SsbError), catalogue)
