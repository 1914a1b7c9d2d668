"""Closing a month on purpose: what needs an explicit yes before a month is marked as
reported, and the note the lock is stored with. One rule for the close-month dialog
and ``navdesk-cli month lock``, so both refuse the same months and log the same note.

Lines still missing and a month that is not over need the explicit yes (the dialog's
checkbox or default button, the command's ``--anyway``); open warnings do not block,
they are shown and named in the note. A month that has not begun cannot be closed at
all, yes or no: nothing in it can have been counted, and a lock would keep the figures
out when they come.
"""

from __future__ import annotations

from datetime import date

from navdesk.domain.completeness import MonthReview, has_begun, has_ended
from navdesk.domain.period import Period, month_title
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, joined, said


def month_words(period: Period) -> Said:
    """"mars 2025", as a sentence writes a month (the window says it in its language)."""
    return month_title(period)


def missing_lines(review: MonthReview) -> int:
    """How many expected lines have no value (a count of lines)."""
    return len(review.completeness.missing)


def closing_problems(review: MonthReview, today: date) -> list[Said]:
    """Why marking the month as reported needs an explicit yes: "2 av 75 tall mangler",
    "mars 2026 er ikke over ennå". Empty when the month can simply be closed."""
    c = review.completeness
    problems = []
    if c.missing:
        problems.append(said(QT_TRANSLATE_NOOP("", "{missing} av {expected} tall mangler"),
                             missing=len(c.missing), expected=c.expected))
    if not has_ended(c.period, today):
        problems.append(said(QT_TRANSLATE_NOOP("", "{month} er ikke over ennå"),
                             month=month_words(c.period)))
    return problems


def not_closable(period: Period, today: date) -> Said | None:
    """Why month ``period`` cannot be marked as reported on ``today`` even with an
    explicit yes ("januar 2027 har ikke begynt ennå, ..."), or None when it can."""
    if has_begun(period, today):
        return None
    return said(QT_TRANSLATE_NOOP("", "{month} har ikke begynt ennå, og en måned som ikke har "
                                      "begynt, kan ikke markeres som rapportert"),
                month=month_words(period))


def closing_note(review: MonthReview, today: date) -> Said:
    """The note a lock is stored with: the month's summary, and what it was closed in
    spite of ("73 av 75 tall, 2 avvik uten kommentar; rapportert med 2 tall som mangler;
    rapportert før måneden var over")."""
    parts: list[Said] = [review.summary()]
    if review.completeness.missing:
        parts.append(said(QT_TRANSLATE_NOOP("", "rapportert med {n} tall som mangler"),
                          n=missing_lines(review)))
    if not has_ended(review.completeness.period, today):
        parts.append(said(QT_TRANSLATE_NOOP("", "rapportert før måneden var over")))
    return joined(parts, "; ")
