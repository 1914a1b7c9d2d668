"""The exchange file the municipality receives, as rows read from the database.

Long format (one value a row)::

    kontornr;kontor;periode;indikator;navn;verdi;enhet;kommentar

Wide format (a readable year, one indicator a row)::

    indikator;navn;enhet;jan;feb;...;des;år

A wide file of a year runs through the year's latest whole month unless a month is
chosen (:func:`wide_span`): its year column never takes December for some lines and
November for others, and the months it leaves out are said beside it. The columns and
the file's conventions are :mod:`navdesk.formats.exchange`'s.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from navdesk.domain.aggregation import value_in_month, year_to_date_in_one_month
from navdesk.domain.catalogue import Catalogue, Indicator
from navdesk.domain.completeness import Completeness, default_through_month, left_out
from navdesk.domain.period import Period
from navdesk.domain.said import QT_TRANSLATE_NOOP
from navdesk.domain.units import Number, Unit, ValueRejected, format_number
from navdesk.formats.csvfile import guard, write_csv_file
from navdesk.formats.exchange import LONG_COLUMNS, SUPPRESSED, WIDE_COLUMNS
from navdesk.store.database import Store
from navdesk.store.months import months_of_year


def _suppress(unit: Unit, value: Number | None, below: int | None) -> bool:
    if not below:
        return False
    return unit is Unit.PERSONS and value is not None and 1 <= value < below


def _cell(ind: Indicator, value: Number | None, decimal: str, below: int | None) -> str:
    if _suppress(ind.unit, value, below):
        return SUPPRESSED
    return format_number(value, decimal)


def long_rows(store: Store, offices: list[str], year: int, month: int | None = None, *,
              decimal: str = ",", suppress_below: int | None = None) -> Iterator[list[str]]:
    """Rows of the long exchange file: every stored value of ``offices`` for ``year``
    (or one ``month``), months in order, then the year's own values."""
    cat = store.catalogue
    for code in offices:
        office = store.office(code)
        if office is None:
            raise ValueRejected.because(
                QT_TRANSLATE_NOOP("", "Kontor {code} finnes ikke i databasen"), code=code)
        for v in store.stored_values(code, year, month):
            ind = cat[v.code]
            yield [office.code, guard(office.name), str(v.period), ind.code, guard(ind.name),
                   _cell(ind, v.value, decimal, suppress_below), ind.unit.value,
                   guard(v.comment or "")]


@dataclass(frozen=True)
class YearSpan:
    """The months a wide file of a year covers: January..``through``, and how whole the
    month ``through`` is (None for a year without figures); ``left_out`` are the later
    months with figures that are not whole (:func:`navdesk.domain.completeness.left_out`)."""

    through: int
    month: Completeness | None
    left_out: tuple[Completeness, ...] = ()


def wide_span(store: Store, office: str, year: int, month: int | None = None) -> YearSpan:
    """The months the wide file of ``office``'s ``year`` covers: through ``month`` when
    chosen, else through the year's through-month, as the goal card's (December when
    whole, else the latest whole month: :func:`navdesk.store.months.through_month`)."""
    months = months_of_year(store, office, year)
    through = month or default_through_month(months) or 12
    if not any(c.entered for c in months.values()):
        return YearSpan(through, None)
    return YearSpan(through, months[through], tuple(left_out(months, through)))


def wide_rows(store: Store, office: str, year: int, through_month: int = 12, *,
              decimal: str = ",", suppress_below: int | None = None) -> Iterator[list[str]]:
    """Rows of the wide file: one per active indicator with any figure in the year,
    months January..December (empty after ``through_month``) and the year's figure by
    the indicator's rule, year to date through ``through_month``. The year's column
    never mixes months: a point-in-time figure is read in ``through_month`` itself
    (:func:`~navdesk.domain.aggregation.year_to_date_in_one_month`)."""
    cat = store.catalogue
    figures = store.figures(office, [year])
    for ind in cat:
        if not ind.active:
            continue
        months = [
            value_in_month(cat, figures, ind.code, Period(year, m)) if m <= through_month else None
            for m in range(1, 13)
        ]
        if ind.is_yearly:
            months = [None] * 12

        def year_figure(code: str) -> Number | None:
            return year_to_date_in_one_month(cat, figures, code, year, through_month)

        total = year_figure(ind.code)
        if total is None and all(v is None for v in months):
            continue
        cells = [_wide_cell(cat, figures, ind, v, decimal, suppress_below,
                            lambda c, m=m: value_in_month(cat, figures, c, Period(year, m)))
                 for m, v in enumerate(months, 1)]
        cells.append(_wide_cell(cat, figures, ind, total, decimal, suppress_below, year_figure))
        yield [ind.code, guard(ind.name), ind.unit.value, *cells]


EXPORT_FORMATS = ("long", "wide")


def export_rows(store: Store, offices: list[str], year: int, month: int | None = None, *,
                format: str = "long", decimal: str = ",", suppress_below: int | None = None,
                ) -> tuple[tuple[str, ...], list[list[str]]]:
    """Header and rows of the file for the municipality, as ``navdesk-cli export`` and
    the window's export write it: ``format`` "long" (every stored value of ``offices``
    for ``year`` or one ``month``) or "wide" (one office; the year to date through
    ``month``, else through the months of :func:`wide_span`). Raises ValueRejected for
    an office not in the database or a wide file for several offices."""
    if format not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {format!r}")
    for code in offices:
        if store.office(code) is None:
            raise ValueRejected.because(
                QT_TRANSLATE_NOOP("", "Kontor {code} finnes ikke i databasen"), code=code)
    if format == "wide":
        if len(offices) != 1:
            raise ValueRejected.because(
                QT_TRANSLATE_NOOP("", "Bred fil (--format wide) lages for ett kontor om gangen"))
        through = wide_span(store, offices[0], year, month).through
        rows = list(wide_rows(store, offices[0], year, through, decimal=decimal,
                              suppress_below=suppress_below))
        return WIDE_COLUMNS, rows
    rows = list(long_rows(store, offices, year, month, decimal=decimal,
                          suppress_below=suppress_below))
    return LONG_COLUMNS, rows


def export_file(store: Store, path: str | os.PathLike, offices: list[str], year: int,
                month: int | None = None, *, format: str = "long", decimal: str = ",",
                suppress_below: int | None = None) -> int:
    """Write the file of :func:`export_rows` to ``path`` (atomically: a half-written
    file never replaces a good one), a workbook when ``path`` ends in ``.xlsx``
    (:mod:`navdesk.present.exchange_workbook`; ``decimal`` unused); returns the number
    of rows written, header not counted. Raises ValueRejected as :func:`export_rows`
    does, OSError when the file cannot be written."""
    if Path(path).suffix.lower() == ".xlsx":  # a real workbook, never CSV named .xlsx
        from navdesk.present.exchange_workbook import write_exchange_workbook

        header, rows = export_rows(store, offices, year, month, format=format, decimal=".",
                                   suppress_below=suppress_below)
        write_exchange_workbook(store, path, header, rows, offices, year, month)
        return len(rows)
    header, rows = export_rows(store, offices, year, month, format=format, decimal=decimal,
                               suppress_below=suppress_below)
    write_csv_file(Path(path), header, rows)
    return len(rows)


def _wide_cell(cat: Catalogue, figures, ind: Indicator, value, decimal, below, value_of) -> str:
    if value is None:
        return ""
    if ind.is_ratio and below:
        # a share of a small group gives the small count away: hide it too
        for code in (*ind.numerator, *ind.denominator):
            if cat[code].unit is Unit.PERSONS:
                part = value_of(code)
                if part is not None and 1 <= part < below:
                    return SUPPRESSED
    return _cell(ind, value, decimal, below)
