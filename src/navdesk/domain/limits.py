"""The limits of what navdesk accepts from a file, in one place: how long a field may
be, which years, targets and factors are numbers navdesk can keep, and which names are
text (no control characters). The readers of ``formats/`` and the domain's row rules
call these; each raises :class:`~navdesk.domain.units.ValueRejected` with the reason in
bokmål (the caller adds the line).

The README's "Filer navdesk leser" lists the same limits for users.
"""

from __future__ import annotations

import re
from decimal import Decimal

from navdesk.domain.period import MAX_YEAR, MIN_YEAR
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, said
from navdesk.domain.units import MAX_VALUE, ValueRejected, parse_number

# characters in one field of a file: room for any name or comment (a comment may hold
# 2,000), far below the csv module's own 131,072, which must never be what refuses
MAX_FIELD_LENGTH = 10_000

# a year as a file writes it: four digits (never "2_025", "+2025" or " 0")
_YEAR = re.compile(r"^[0-9]{4}$")
# C0 and C1 control characters, DEL and the Unicode line and paragraph separators: never
# part of a name (a tab, a line break, ESC)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def check_year(text: str) -> int:
    """The year ``text`` names: four digits from :data:`MIN_YEAR` to :data:`MAX_YEAR`
    (the years a period may have). Raises :class:`ValueRejected`."""
    s = text.strip()
    if not _YEAR.match(s):
        raise ValueRejected.because(QT_TRANSLATE_NOOP("", "år må være et årstall"))
    if not MIN_YEAR <= int(s) <= MAX_YEAR:
        raise ValueRejected.because(
            QT_TRANSLATE_NOOP("", "året {year} er utenfor {first}–{last}"),
            year=s, first=MIN_YEAR, last=MAX_YEAR)
    return int(s)


def check_amount(text: str, what: str) -> float:
    """A target, a yellow band or a factor as a file writes it (``12,5``, ``1 234``):
    finite, not negative, at most :data:`~navdesk.domain.units.MAX_VALUE`. ``what`` is
    the field's name (a column's, not translated). ``nan``, ``inf``, ``1e309`` and
    ``1_0`` are not numbers here (:func:`~navdesk.domain.units.parse_number` reads
    digits only). Raises :class:`ValueRejected`."""
    d = parse_number(text)
    return float(checked_amount(d, what))


def checked_amount(d: Decimal, what: str) -> Decimal:
    """``d`` when it is a finite number from 0 to MAX_VALUE; else :class:`ValueRejected`."""
    if not d.is_finite():
        raise ValueRejected.because(QT_TRANSLATE_NOOP("", "{what} er ikke et tall"), what=what)
    if d < 0:
        raise ValueRejected.because(QT_TRANSLATE_NOOP("", "{what} kan ikke være negativ"),
                                    what=what)
    if d > MAX_VALUE:
        raise ValueRejected.because(
            QT_TRANSLATE_NOOP("", "{what} er urimelig stor (høyst {most})"),
            what=what, most=str(MAX_VALUE))
    return d


def name_problem(text: str) -> Said | None:
    """Why ``text`` cannot be a name (an indicator's, a section's, a perspective's or a
    goal's), or None: a control character (a line break, a tab, ESC) or more than
    :data:`MAX_FIELD_LENGTH` characters."""
    if len(text) > MAX_FIELD_LENGTH:
        return said(QT_TRANSLATE_NOOP("", "«{text}» er for langt ({n} tegn; høyst {most})"),
                    text=shortened(text), n=len(text), most=MAX_FIELD_LENGTH)
    if _CONTROL.search(text):
        return said(QT_TRANSLATE_NOOP(
            "", "«{text}» har et kontrolltegn (linjeskift, tabulator eller lignende)"),
            text=shortened(text))
    return None


OFFICE_CODE_DIGITS = 4  # a NAV office number: four digits, a leading zero kept (0312)


def office_problem(code: str, name: str) -> Said | None:
    """Why an office with ``code`` and ``name`` cannot be created, or None: the code is
    not four digits (as ``init`` and the window's first start ask), or the name is not a
    name (:func:`name_problem`)."""
    if not (len(code) == OFFICE_CODE_DIGITS and code.isdigit() and code.isascii()):
        return said(QT_TRANSLATE_NOOP(
            "", "Kontornummeret «{code}» er ikke fire sifre; kontoret opprettes ikke"),
            code=shortened(code))
    if problem := name_problem(name):
        return said(QT_TRANSLATE_NOOP("", "Kontor {code}: {reason}"), code=code, reason=problem)
    return None


def shortened(text: str, most: int = 40) -> str:
    """``text`` cut to ``most`` characters for a message (a field of a megabyte is named
    by its start), control characters shown as ``?`` (a message is listed one problem a
    line: a file's line break must not start another)."""
    text = _CONTROL.sub("?", text)
    return text if len(text) <= most else text[:most - 1] + "…"
