"""What a spreadsheet does to an exchange file's cells, undone where it can be told for
certain (issue 15): a period Excel or LibreOffice turned into a date, and the rows a
person adds around a table (a ``Sum`` row). Pure functions; the readers of CSV and
workbooks both hand their cells here through :mod:`navdesk.domain.exchange_rows`.

A period becomes a date when a spreadsheet reads ``2024-03`` as "1 March 2024" and
writes it back in its own format: ``01.03.2024`` (nb-NO), ``3/1/2024`` (English Excel,
month first), ``mar.24`` or ``Mar-24`` (a month format), ``2024-03-01`` (a workbook's
date cell, as the workbook reader gives it), or the date's serial number (``45352``).
Such a date is the month only when it is the first day of a month; any other day is
refused, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from functools import lru_cache
from itertools import chain

from navdesk.domain.period import MAX_YEAR, MIN_YEAR, Period, PeriodError, parse_period
from navdesk.domain.said import QT_TRANSLATE_NOOP, said

MAX_TITLE_ROWS = 5  # title rows a person may put above a table's header
# the first cell of a row a person added below a table to add it up
TOTAL_WORDS = frozenset({"sum", "totalt", "total", "sum:", "totalt:", "total:"})

# month names and abbreviations as nb-NO and English spreadsheets write them (lower case)
_MONTH_WORDS = {
    **{name: n for n, name in enumerate(
        ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
         "september", "oktober", "november", "desember"), 1)},
    **{name: n for n, name in enumerate(
        ("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov",
         "des"), 1)},
    **{name: n for n, name in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"), 1)},
    **{name: n for n, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
         "dec"), 1)},
    "sept": 9,
}

_DMY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$")  # 01.03.2024, 1.3.2024, 01.03.24
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?$")  # 2024-03-01
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})$")  # 3/1/2024 (month first)
_MONTH_YEAR = re.compile(r"^([^\W\d_]+)\.?[\s\-./]*(\d{4}|\d{2})$")  # mar.24, Mar-24, mars 2024
_SERIAL = re.compile(r"^\d{5}$")  # 45352: days since 1899-12-30, as Excel and Calc count
_EPOCH = date(1899, 12, 30)
# the serial numbers of navdesk's years: a five-digit number outside them is no date
_FIRST_SERIAL = (date(MIN_YEAR, 1, 1) - _EPOCH).days
_LAST_SERIAL = (date(MAX_YEAR, 12, 31) - _EPOCH).days


def _full_year(text: str) -> int:
    """A year as a spreadsheet writes it: two digits are 2000–2029 or 1930–1999 (the
    rule Excel and LibreOffice read two-digit years by)."""
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 30 else 1900
    return year


@lru_cache(maxsize=4096)
def spreadsheet_period(text: str) -> Period:
    """Read a period as navdesk writes it (:func:`~navdesk.domain.period.parse_period`)
    or as a spreadsheet turned it into a date (see the module). Raises
    :class:`~navdesk.domain.period.PeriodError`: not a period, or a date that is not
    the first day of a month."""
    try:
        return parse_period(text)
    except PeriodError as exc:
        refusal = exc
    s = text.strip()
    day: int | None = None
    year = month = 0
    if m := _DMY.match(s):
        day, month, year = int(m.group(1)), int(m.group(2)), _full_year(m.group(3))
    elif m := _ISO_DATE.match(s):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _US_DATE.match(s):
        month, day, year = int(m.group(1)), int(m.group(2)), _full_year(m.group(3))
    elif (m := _MONTH_YEAR.match(s)) and m.group(1).lower() in _MONTH_WORDS:
        return Period(_full_year(m.group(2)), _MONTH_WORDS[m.group(1).lower()])
    elif _SERIAL.match(s) and _FIRST_SERIAL <= int(s) <= _LAST_SERIAL:
        found = _EPOCH + timedelta(days=int(s))
        year, month, day = found.year, found.month, found.day
    else:
        raise refusal
    try:
        date(year, month, day)
    except ValueError:
        raise PeriodError(said(QT_TRANSLATE_NOOP(
            "", "«{text}» er ikke en dato som finnes"), text=s)) from None
    if day != 1:
        raise PeriodError(said(QT_TRANSLATE_NOOP(
            "", "{text} er ikke en måned: en dato må være den første i måneden"), text=s))
    return Period(year, month)


def is_total_row(cells: list[str]) -> bool:
    """Whether a row is one a person added to add up the table above it: its first cell
    says ``Sum``, ``Totalt`` or ``Total`` (any case)."""
    return bool(cells) and cells[0].strip().lower() in TOTAL_WORDS


Rows = Iterator[tuple[int, list[str]]]


def header_after_titles(rows: Iterable[tuple[int, list[str]]],
                        is_header: Callable[[list[str]], bool],
                        ) -> tuple[list[int], tuple[int, list[str]] | None, Rows]:
    """A table's header below any title rows, for a reader that yields ``(line,
    cells)`` (a workbook's sheet; :class:`~navdesk.formats.csvfile.CsvRows` does the
    same on its lines): the lines of the title rows, the header ``(line, cells)``
    (None for no rows) and the rows after it. The header is the first of the first
    :data:`MAX_TITLE_ROWS` + 1 rows ``is_header`` accepts; when none is, it is the first
    row and there are no titles (the header's own check then says what is missing)."""
    it = iter(rows)
    seen: list[tuple[int, list[str]]] = []
    for row in it:
        seen.append(row)
        if is_header(row[1]):
            return [line for line, _ in seen[:-1]], row, it
        if len(seen) > MAX_TITLE_ROWS:
            break
    if not seen:
        return [], None, it
    return [], seen[0], chain(seen[1:], it)
