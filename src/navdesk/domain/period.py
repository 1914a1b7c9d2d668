"""Periods: a calendar month (``2024-03``) or a whole year (``2024``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, total_ordering

from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, said

MIN_YEAR = 1990
MAX_YEAR = 2100

# The months in bokmål, January first (lower case, as Norwegian writes them in a
# sentence): the one list of month names. Marked for the window's English, so that
# :func:`month_name` and :func:`month_title` are shown in either language.
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("", "januar"), QT_TRANSLATE_NOOP("", "februar"),
    QT_TRANSLATE_NOOP("", "mars"), QT_TRANSLATE_NOOP("", "april"),
    QT_TRANSLATE_NOOP("", "mai"), QT_TRANSLATE_NOOP("", "juni"),
    QT_TRANSLATE_NOOP("", "juli"), QT_TRANSLATE_NOOP("", "august"),
    QT_TRANSLATE_NOOP("", "september"), QT_TRANSLATE_NOOP("", "oktober"),
    QT_TRANSLATE_NOOP("", "november"), QT_TRANSLATE_NOOP("", "desember"),
)


def month_name(month: int) -> Said:
    """The name of ``month`` (1..12) as a message: "mars" in bokmål (lower case, as in a
    sentence), "March" where it is shown in English."""
    return said(MONTH_NAMES[month - 1])


def month_title(period: Period) -> Said:
    """A month and its year as a message: "mars 2025" in bokmål, "March 2025" in English.
    ``period`` must be a month."""
    if period.month is None:
        raise ValueError("a year has no month name")
    return said(QT_TRANSLATE_NOOP("", "{month} {year}"), month=month_name(period.month),
                year=period.year)


class PeriodError(ValueError):
    """A text that is not a period navdesk understands; the message is for the user (a
    :class:`~navdesk.domain.said.Said`, so the window can show it in its language)."""


@total_ordering
@dataclass(frozen=True, slots=True)
class Period:
    """A month (``month`` 1..12) or a whole year (``month`` is None).

    Periods sort by time; a whole year sorts after its December (it is known last).
    """

    year: int
    month: int | None = None

    def __post_init__(self) -> None:
        if not (MIN_YEAR <= self.year <= MAX_YEAR):
            raise PeriodError(said(QT_TRANSLATE_NOOP("", "Året {year} er utenfor {first}–{last}"),
                                   year=self.year, first=MIN_YEAR, last=MAX_YEAR))
        if self.month is not None and not (1 <= self.month <= 12):
            raise PeriodError(said(QT_TRANSLATE_NOOP("", "Måned {month} finnes ikke (1–12)"),
                                   month=self.month))

    def _key(self) -> tuple[int, int]:
        return (self.year, 13 if self.month is None else self.month)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._key() < other._key()

    @property
    def is_year(self) -> bool:
        return self.month is None

    @property
    def month_of_year(self) -> int:
        """``month`` (1..12) where the period must be a month; a whole year has none
        (ValueError)."""
        if self.month is None:
            raise ValueError("a year has no month")
        return self.month

    def __str__(self) -> str:
        return f"{self.year:04d}" if self.month is None else f"{self.year:04d}-{self.month:02d}"

    def previous_month(self) -> Period:
        if self.month is None:
            raise ValueError("a year has no previous month")
        if self.month == 1:
            return Period(self.year - 1, 12)
        return Period(self.year, self.month - 1)

    def month_before(self) -> Period | None:
        """The month before this one, or None before January of ``MIN_YEAR``: navdesk
        has no figures before it, so a look back simply stops there."""
        if self.month is None:
            raise ValueError("a year has no previous month")
        if self.month == 1 and self.year == MIN_YEAR:
            return None
        return self.previous_month()

    def year_before(self) -> Period | None:
        """The same month (or the whole year) a year earlier, or None before ``MIN_YEAR``."""
        return None if self.year == MIN_YEAR else Period(self.year - 1, self.month)

    def next_month(self) -> Period:
        if self.month is None:
            raise ValueError("a year has no next month")
        if self.month == 12:
            return Period(self.year + 1, 1)
        return Period(self.year, self.month + 1)

    def index(self) -> int:
        """Months since year 0: for distances between months."""
        if self.month is None:
            raise ValueError("a year has no month index")
        return self.year * 12 + self.month - 1


def is_known_year(year: int) -> bool:
    """Whether navdesk can hold figures for ``year`` (``MIN_YEAR``..``MAX_YEAR``): a
    "year before" outside it has no figures rather than being an error."""
    return MIN_YEAR <= year <= MAX_YEAR


def month_range(first: Period, last: Period) -> list[Period]:
    """Every month from ``first`` to ``last``, both included."""
    out = []
    p = first
    while p <= last:
        out.append(p)
        if p.year == MAX_YEAR and p.month == 12:
            break  # the last month navdesk knows has no next month
        p = p.next_month()
    return out


_PATTERNS = [
    (re.compile(r"^(\d{4})-(\d{1,2})$"), "ym"),  # 2024-03
    (re.compile(r"^(\d{4})[Mm](\d{2})$"), "ym"),  # 2024M03 (statistics offices)
    (re.compile(r"^(\d{4})(\d{2})$"), "ym"),  # 202403
    (re.compile(r"^(\d{1,2})[./](\d{4})$"), "my"),  # 03.2024, 3/2024
    (re.compile(r"^(\d{4})$"), "y"),  # 2024
]


@lru_cache(maxsize=4096)
def parse_period(text: str) -> Period:
    """Read a period as people write it: ``2024-03``, ``2024M03``, ``202403``,
    ``03.2024`` or ``2024`` (a whole year). Raises :class:`PeriodError`."""
    s = text.strip()
    for pattern, kind in _PATTERNS:
        m = pattern.match(s)
        if not m:
            continue
        if kind == "y":
            return Period(int(m.group(1)))
        if kind == "ym":
            year, month = int(m.group(1)), int(m.group(2))
        else:
            month, year = int(m.group(1)), int(m.group(2))
        return Period(year, month)
    if not s:
        raise PeriodError(said(QT_TRANSLATE_NOOP("", "Perioden mangler")))
    raise PeriodError(said(QT_TRANSLATE_NOOP(
        "", "«{text}» er ikke en periode (skriv f.eks. 2024-03 eller 2024)"), text=s))
