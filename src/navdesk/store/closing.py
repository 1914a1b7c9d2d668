"""Marking a month as reported and reopening it, as the window and the command line
both do it: the same check (:mod:`navdesk.domain.closing`), the same note in the log."""

from __future__ import annotations

from datetime import date

from navdesk.domain.closing import closing_note, closing_problems, not_closable
from navdesk.domain.completeness import MonthReview
from navdesk.domain.period import Period
from navdesk.domain.said import QT_TRANSLATE_NOOP, Refusal, Said, joined
from navdesk.domain.units import ValueRejected
from navdesk.store.database import Store
from navdesk.store.months import review


class MonthNotReady(Refusal):
    """The month has lines missing or is not over, and nobody said "anyway". Its message
    lists the problems ("2 av 75 tall mangler; mars 2026 er ikke over ennå")."""

    def __init__(self, problems: list[Said], month_review: MonthReview) -> None:
        super().__init__(joined(problems, "; "))
        self.problems = problems
        self.review = month_review


class MonthNotBegun(ValueRejected):
    """The month has not begun: it cannot be marked as reported, not even "anyway" (the
    close-month dialog and ``navdesk-cli month lock --anyway`` are refused alike)."""


def close_month(store: Store, office: str, period: Period, *, today: date,
                user: str | None = None, anyway: bool = False) -> bool:
    """Mark ``period`` as reported with the note of :func:`closing_note`. Raises
    :class:`MonthNotBegun` when the month has not begun on ``today`` (``anyway`` or
    not), :class:`MonthNotReady` when lines are missing or the month is not over,
    unless ``anyway``. Returns False when it already was reported."""
    month_review = review(store, office, period)
    if month_review.completeness.reported:
        return False
    why_not = not_closable(period, today)
    if why_not is not None:
        raise MonthNotBegun(why_not)
    problems = closing_problems(month_review, today)
    if problems and not anyway:
        raise MonthNotReady(problems, month_review)
    return store.lock_month(office, period, user, note=closing_note(month_review, today))


def reopen_month(store: Store, office: str, period: Period, why: str | None, *,
                 user: str | None = None) -> bool:
    """Open a reported month for changes again, logged with the reason ``why`` (required:
    an empty reason is refused). Returns False when it was not reported."""
    why = (why or "").strip()
    if not why:
        raise ValueRejected.because(QT_TRANSLATE_NOOP(
            "", "Skriv hvorfor måneden åpnes igjen; grunnen blir logget"))
    return store.reopen_month(office, period, user, why=why)
