"""The one rule for the month a goal card, a breakdown table or a status report of a year
runs through, so the window, the CLI and the files never pick different months."""

from __future__ import annotations

from collections.abc import Mapping

from navdesk.domain.completeness import Completeness, default_through_month
from navdesk.store.database import Store
from navdesk.store.months import months_of_year


def shown_month(months: Mapping[int, Completeness], month: int | None = None) -> int:
    """``month`` (1..12) when chosen, a partial one too (it is labelled, never refused);
    else the year's latest whole month, else its latest month with figures
    (:func:`~navdesk.domain.completeness.default_through_month`); else December: a year
    without figures still shows its card's targets and comments, and empty tables."""
    return month or default_through_month(months) or 12


def card_month(store: Store, office: str, year: int, month: int | None = None) -> Completeness:
    """The month of :func:`shown_month` for ``office`` in ``year``, with its completeness."""
    months = months_of_year(store, office, year)
    return months[shown_month(months, month)]


def has_figures(months: Mapping[int, Completeness]) -> bool:
    """Whether any month of the year has figures (a card or report without is refused)."""
    return default_through_month(months) is not None
