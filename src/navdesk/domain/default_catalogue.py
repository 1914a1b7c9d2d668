"""The catalogue every new database starts with, shipped as ``resources/catalogue.csv``
in the same format that ``navdesk-cli catalogue export`` writes."""

from __future__ import annotations

from navdesk.domain.catalogue import CATALOGUE_COLUMNS, Indicator, parse_catalogue_text
from navdesk.resources_path import read_resource_bytes


def default_catalogue() -> list[Indicator]:
    """The shipped default indicators, in order."""
    return parse_catalogue_text(read_resource_bytes("catalogue.csv").decode("utf-8-sig"))


__all__ = ["CATALOGUE_COLUMNS", "default_catalogue", "parse_catalogue_text"]
