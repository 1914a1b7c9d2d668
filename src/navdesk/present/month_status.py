"""A month's status as text for a terminal (``navdesk-cli month status``): its state,
"x av y tall, z avvik uten kommentar" (the month bar's line), the count per section
with the missing lines by code and name, the warnings still open and those explained
by a comment, and the month's closings and reopenings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from navdesk.domain.catalogue import Catalogue
from navdesk.domain.closing import month_words
from navdesk.domain.completeness import MonthReview
from navdesk.store.database import LockEvent

ACTIONS = {"locked": "rapportert", "reopened": "gjenåpnet"}


def event_line(event: LockEvent) -> str:
    """"rapportert 2025-04-02 10:15 av kari: 73 av 73 tall, ingen åpne avvik"."""
    when = event.at[:16].replace("T", " ")
    line = f"{ACTIONS.get(event.action, event.action)} {when} av {event.by}"
    return f"{line}: {event.note}" if event.note else line


def month_status_text(office_name: str, review: MonthReview, events: Sequence[LockEvent],
                      catalogue: Catalogue, comments: Mapping[str, str]) -> str:
    """The whole status; ``comments`` are the month's comments by code (an explained
    warning shows its own)."""
    c = review.completeness
    lines = [f"{office_name}, {month_words(c.period)}: {c.state.value}", f"{review.summary()}", ""]
    lines.append("Tall per seksjon:")
    for s in c.sections:
        lines.append(f"  {s.section}: {s.entered} av {s.expected} tall")
        for code in s.missing:
            name = catalogue[code].name if code in catalogue else ""
            lines.append(f"    mangler {code}  {name}")
    if review.unexplained:
        lines += ["", f"Avvik uten kommentar ({len(review.unexplained)}):"]
        lines += [f"  {f.code}: {f.message}" for f in review.unexplained]
    if review.explained:
        lines += ["", f"Forklarte avvik ({len(review.explained)}):"]
        for f in review.explained:
            lines.append(f"  {f.code}: {f.message}")
            lines.append(f"    kommentar: {comments.get(f.code, '')}")
    if not review.unexplained and not review.explained:
        lines += ["", "Ingen avvik."]
    if events:
        lines += ["", "Historikk:"]
        lines += [f"  {event_line(e)}" for e in events]
    return "\n".join(lines) + "\n"
