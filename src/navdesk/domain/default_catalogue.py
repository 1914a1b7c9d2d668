"""The catalogue every new database starts with, shipped as ``resources/catalogue.csv``
in the same format that ``navdesk-cli catalogue export`` writes."""

from __future__ import annotations

import csv
import io

from navdesk.domain.catalogue import (
    CATALOGUE_COLUMNS, CatalogueError, Indicator, build_catalogue, indicator_from_fields,
)
from navdesk.resources_path import read_resource_bytes


def parse_catalogue_text(text: str, clean=None, standalone: bool = True) -> list[Indicator]:
    """Indicators from catalogue-file text (``;``-separated, header row first);
    ``clean`` is applied to every cell first (the file layer's formula guard). A
    ``standalone`` file is a whole catalogue: its references must resolve within it; a
    file to merge into a database's catalogue may refer to codes already there.

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
        if clean is not None:
            row = [clean(cell) for cell in row]
        try:
            out.append(indicator_from_fields(dict(zip(header, row))))
        except CatalogueError as exc:
            problems.append(f"Linje {line}: {exc}")
    if problems:
        raise CatalogueError("\n".join(problems))
    if standalone:
        build_catalogue(out)  # refuses duplicate codes and dangling references
    else:
        seen: set[str] = set()
        for i in out:
            if i.code in seen:
                raise CatalogueError(f"Koden {i.code} står to ganger")
            seen.add(i.code)
    return out


def default_catalogue() -> list[Indicator]:
    """The shipped default indicators, in order."""
    return parse_catalogue_text(read_resource_bytes("catalogue.csv").decode("utf-8-sig"))


__all__ = ["CATALOGUE_COLUMNS", "default_catalogue", "parse_catalogue_text"]
