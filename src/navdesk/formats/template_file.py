"""The goal-card template file: what ``navdesk-cli template export`` and the goal card's
"Eksporter mal" write, what they read back, and the card every new database starts with
(``resources/goalcard_template.csv``). What a row means is the domain's
(:func:`navdesk.domain.goalcard.goal_card_from_rows`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from navdesk.domain.catalogue import Catalogue
from navdesk.domain.goalcard import (
    TEMPLATE_COLUMNS,
    TEMPLATE_REQUIRED,
    GoalCard,
    TemplateError,
    goal_card_from_rows,
)
from navdesk.formats.csvfile import decoded_text_or_refused, table_rows, unguard
from navdesk.resources_path import read_resource_bytes


def parse_template(text: str, catalogue: Catalogue,
                   clean: Callable[[str], str] | None = None) -> GoalCard:
    """A goal card from template text (``;``-separated, header row first); ``clean`` is
    applied to every cell first (the formula guard is undone there). Raises
    :class:`~navdesk.domain.goalcard.TemplateError` listing every bad line."""
    header, rows = table_rows(text, TEMPLATE_REQUIRED, TemplateError, clean,
                              columns=TEMPLATE_COLUMNS)
    return goal_card_from_rows(header, rows, catalogue)


def read_template_file(path: str | Path, catalogue: Catalogue,
                       clean: Callable[[str], str] | None = unguard) -> GoalCard:
    """:func:`parse_template` of a file as people send it (the encodings of
    :func:`~navdesk.formats.csvfile.decoded_text`; Excel's formula guard undone). Raises
    OSError when it cannot be read and :class:`TemplateError` listing every bad line."""
    return parse_template(decoded_text_or_refused(path, TemplateError), catalogue, clean)


def default_goal_card(catalogue: Catalogue) -> GoalCard:
    """The shipped goal card of a new database."""
    return parse_template(read_resource_bytes("goalcard_template.csv").decode("utf-8-sig"),
                          catalogue)
