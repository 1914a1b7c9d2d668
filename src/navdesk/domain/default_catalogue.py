"""The catalogue every new database starts with, shipped as ``resources/catalogue.csv``
in the same format that ``navdesk-cli catalogue export`` writes."""

from __future__ import annotations

import csv
import io

from navdesk.domain.catalogue import (
    CATALOGUE_COLUMNS, CatalogueError, Indicator, build_catalogue, indicator_from_fields,
)
from navdesk.resources_path import read_resource_bytes


def parse_catalogue_text(text: str) -> list[Indicator]:
    """Indicators from catalogue-file text (``;``-separated, header row first).

    Raises :class:`CatalogueError` naming every bad line.
    """
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=";")
    header = [h.strip().lower() for h in next(rows, [])]
    missing = [c for c in ("kode", "navn", "enhet", "aggregering") if c not in header]
    if missing:
        raise CatalogueError(f"Linje 1: kolonnene {', '.join(missing)} mangler")
    out, problems = [], []
    for row in rows:
        line = rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        try:
            out.append(indicator_from_fields(dict(zip(header, row))))
        except CatalogueError as exc:
            problems.append(f"Linje {line}: {exc}")
    if problems:
        raise CatalogueError("\n".join(problems))
    build_catalogue(out)  # refuses duplicate codes and dangling references
    return out


def default_catalogue() -> list[Indicator]:
    """The shipped default indicators, in order."""
    return parse_catalogue_text(read_resource_bytes("catalogue.csv").decode("utf-8-sig"))


__all__ = ["CATALOGUE_COLUMNS", "default_catalogue", "parse_catalogue_text"]
