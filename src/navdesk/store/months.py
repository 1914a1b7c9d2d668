"""A month's completeness and review from the database: the domain's rule
(:mod:`navdesk.domain.completeness`) on the office's stored figures, comments and
reported months. The month form, the close-month dialog, the goal card, the report and
the command line all ask here, so they count the same lines."""

from __future__ import annotations

from navdesk.domain.completeness import (
    Completeness,
    MonthReview,
    default_through_month,
    latest_whole_month,
    left_out,
    month_completeness,
    review_month,
    year_completeness,
)
from navdesk.domain.period import Period, is_known_year
from navdesk.store.database import Store


def completeness(store: Store, office: str, period: Period) -> Completeness:
    """How whole month ``period`` of ``office`` is (reported months are whole)."""
    figures = store.figures(office, [period.year - 1, period.year])
    return month_completeness(store.catalogue, figures, period,
                              reported=store.is_locked(office, period))


def months_of_year(store: Store, office: str, year: int) -> dict[int, Completeness]:
    """Every month of ``year`` (1..12) with its completeness and state."""
    figures = store.figures(office, [year - 1, year])
    return year_completeness(store.catalogue, figures, year,
                             set(store.locked_months(office)))


def through_month(store: Store, office: str, year: int) -> int | None:
    """The month a goal card or report of ``year`` runs through by default: the latest
    whole (complete or reported) month, else the latest with figures; None without."""
    return default_through_month(months_of_year(store, office, year))


def review(store: Store, office: str, period: Period) -> MonthReview:
    """The month's completeness and its warnings, explained or still open."""
    figures, comments = store.figures_and_comments(office, [period.year - 1, period.year])
    return review_month(store.catalogue, figures, comments, period,
                        reported=store.is_locked(office, period))


def month_through(store: Store, office: str, year: int,
                  month: int | None = None) -> Completeness | None:
    """The month a goal card, a report or a breakdown of ``year`` runs through, with its
    completeness: ``month`` when chosen (a partial one too: it is labelled, never
    refused), else the default of :func:`through_month`; None when no month is chosen
    and the year has no figures."""
    months = months_of_year(store, office, year)
    month = month or default_through_month(months)
    return None if month is None else months[month]


def left_out_months(store: Store, office: str, year: int, through: int) -> list[Completeness]:
    """The later months of ``year`` with figures that a goal card or report through
    ``through`` (the latest whole month) leaves out
    (:func:`~navdesk.domain.completeness.left_out`)."""
    return left_out(months_of_year(store, office, year), through)


def whole_month_until(store: Store, office: str, shown: Period) -> Period:
    """The period a page opened beside the month form runs through: the month shown
    when it is whole, else the latest whole month before it (this year or the one
    before); without any, the default of the shown month's year, else the month itself.
    A goal card opened from a half-entered December then runs through November."""
    months = months_of_year(store, office, shown.year)
    whole = latest_whole_month({m: c for m, c in months.items() if m <= shown.month_of_year})
    if whole is not None:
        return Period(shown.year, whole)
    before = (latest_whole_month(months_of_year(store, office, shown.year - 1))
              if is_known_year(shown.year - 1) else None)
    if before is not None:
        return Period(shown.year - 1, before)
    return Period(shown.year, default_through_month(months) or shown.month)
