"""Where a value may be written: the refusals every entry path (the month form, the
command line, tools) gives for an office or an indicator that does not exist, a figure
navdesk computes itself, or a month where the indicator wants a year (or the reverse).
A reported month is the store's to refuse (it knows which months are locked)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from navdesk.domain.period import Period
from navdesk.domain.said import QT_TRANSLATE_NOOP, said
from navdesk.domain.units import ValueRejected

if TYPE_CHECKING:
    from navdesk.domain.catalogue import Indicator


def unknown_office(office: str) -> ValueRejected:
    """The refusal of an office code the database does not have."""
    return ValueRejected(said(QT_TRANSLATE_NOOP("", "Kontor {code} finnes ikke i databasen"),
                              code=office))


def unknown_indicator(code: str) -> ValueRejected:
    """The refusal of a code the catalogue does not have (the store's and the session's)."""
    return ValueRejected(said(QT_TRANSLATE_NOOP("", "Ukjent indikator {code}"), code=code))


def refuse_entry(ind: Indicator, period: Period) -> None:
    """Raise ValueRejected unless a value of ``ind`` may be typed for ``period``: never
    for a ratio (computed), once a year for a yearly indicator, per month otherwise."""
    code = ind.code
    if ind.is_ratio:
        raise ValueRejected.because(QT_TRANSLATE_NOOP(
            "", "{code} beregnes av navdesk og kan ikke skrives inn"), code=code)
    if ind.is_yearly and not period.is_year:
        raise ValueRejected.because(QT_TRANSLATE_NOOP(
            "", "{code} registreres én gang per år (periode {year})"), code=code, year=period.year)
    if not ind.is_yearly and period.is_year:
        raise ValueRejected.because(QT_TRANSLATE_NOOP(
            "", "{code} registreres per måned (periode som {year}-01)"),
            code=code, year=period.year)
