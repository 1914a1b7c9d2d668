"""The offices side by side: one indicator for a period, each office's figure by the
indicator's own rule and indexed to the network (the offices read as one office:
:mod:`navdesk.domain.network`) = 100, and one office's profile over several indicators.

The command line (``navdesk-cli compare``) writes :func:`comparison_csv_rows` or
:func:`comparison_text`; a window's comparison page lays out the same
:class:`Comparison`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from navdesk.domain.network import NETWORK_INDEX, Combination, combination, network_figure
from navdesk.domain.period import is_known_year, month_name
from navdesk.domain.said import QT_TRANSLATE_NOOP, Refusal, said
from navdesk.domain.units import Number, Unit, format_number
from navdesk.formats.csvfile import guard
from navdesk.present import figures as fig
from navdesk.store.database import Store
from navdesk.store.network import offices_figures

COMPARISON_COLUMNS = ("kontornr", "kontor", "verdi", "indeks")
NETWORK_CODE = "alle"  # the network's row in the csv file
NETWORK_NAME = QT_TRANSLATE_NOOP("", "Alle kontorer")


class ComparisonRefused(Refusal):
    """A comparison that cannot be made (an unknown indicator, a year without figures,
    a single office); the message is in bokmål."""


@dataclass(frozen=True)
class ComparisonRow:
    """One office: its figure for the period (in the indicator's unit), its index (the
    network = 100; None when the network's figure is 0) and the months (1..12) the
    network has that it lacks (``partial`` when any)."""

    office: str
    name: str
    value: Number
    index: float | None
    missing_months: tuple[int, ...] = ()

    @property
    def partial(self) -> bool:
        return bool(self.missing_months)


@dataclass(frozen=True)
class Comparison:
    """One indicator for January..``through_month`` of ``year``: every office with a
    figure for the period (by office code) and the network's figure."""

    code: str
    name: str
    unit: Unit
    year: int
    through_month: int
    month_chosen: bool  # False: the whole year (through December)
    network: Number | None
    rows: tuple[ComparisonRow, ...]
    # a count or an amount (its offices' figures are summed into the network's): an
    # office's index is then its share of the sum, in percent
    summed: bool = False

    def index_note(self) -> str:
        """What the index means for this indicator, for under the title: said for a
        summed figure (a share of the sum), "" otherwise (the network's rate = 100)."""
        if not self.summed:
            return ""
        return said(QT_TRANSLATE_NOOP(
            "", "Kontorenes tall legges sammen til alle kontorers: indeksen er kontorets "
                "andel av summen, i prosent"))

    @property
    def period_words(self) -> str:
        """"2024" or "2024 til og med mars"."""
        if not self.month_chosen:
            return str(self.year)
        return said(QT_TRANSLATE_NOOP("", "{year} til og med {month}"), year=self.year,
                    month=month_name(self.through_month))


def comparison(store: Store, code: str, year: int, month: int | None = None) -> Comparison:
    """``code`` for ``year`` (through ``month``: the year so far) for every office in
    the database, and the network's figure. Raises :class:`ComparisonRefused` for an
    unknown indicator, a year no office has figures for, or fewer than two offices with
    figures (nothing to compare)."""
    ind = store.catalogue.get(code.strip().upper())
    if ind is None:
        raise ComparisonRefused.because(QT_TRANSLATE_NOOP("", "ukjent indikator «{code}»"),
                                        code=code)
    names = {o.code: o.name for o in store.offices()}
    through = month or 12
    figures = offices_figures(store, [ind.code], [year]) if is_known_year(year) else {}
    ordered = {o: figures[o] for o in sorted(figures)}
    result = network_figure(store.catalogue, ordered, ind.code, year, through)
    if not result.offices:
        raise ComparisonRefused.because(
            QT_TRANSLATE_NOOP("", "ingen kontorer har tall for {code} i {year}"),
            code=ind.code, year=year)
    if len(result.offices) < 2:
        raise ComparisonRefused.because(QT_TRANSLATE_NOOP(
            "", "bare ett kontor har tall for {code} i {year}: ingenting å sammenligne med"),
            code=ind.code, year=year)
    rows = tuple(ComparisonRow(o.office, names.get(o.office, ""), o.value, o.index,
                               o.missing_months) for o in result.offices)
    # a yearly indicator has its one value whatever month is asked: no "til og med"
    return Comparison(ind.code, ind.name, ind.unit, year, through,
                      month is not None and not ind.is_yearly,
                      result.value, rows, combination(ind) is Combination.SUM)


@dataclass(frozen=True)
class ProfileRow:
    """One indicator of an office's profile: its figure, the network's, the index."""

    code: str
    name: str
    value: Number | None
    network: Number | None
    index: float | None
    partial: bool


def profile(store: Store, office: str, codes: Iterable[str], year: int,
            month: int | None = None) -> list[ProfileRow]:
    """``office``'s figure of each of ``codes`` for ``year`` (through ``month``) beside
    the network's, as an index around 100 (one read of every office's figures)."""
    cat = store.catalogue
    wanted = [c for c in codes if c in cat]
    figures = offices_figures(store, wanted, [year]) if is_known_year(year) else {}
    out = []
    for code in wanted:
        result = network_figure(cat, figures, code, year, month or 12)
        own = next((o for o in result.offices if o.office == office), None)
        out.append(ProfileRow(code, cat[code].name, own.value if own else None, result.value,
                              own.index if own else None, bool(own and own.partial)))
    return out


def comparison_csv_rows(c: Comparison) -> list[list[str]]:
    """``kontornr;kontor;verdi;indeks``: one row per office, then the network's
    (``alle``, index 100); numbers as the exchange file writes them (decimal comma, at
    most two decimals)."""
    rows = [[r.office, guard(r.name), format_number(r.value), format_number(r.index)]
            for r in c.rows]
    rows.append([NETWORK_CODE, said(NETWORK_NAME), format_number(c.network),
                 format_number(NETWORK_INDEX)])
    return rows


def comparison_text(c: Comparison) -> str:
    """A readable table: office, figure, index; a partial office marked ``*`` and its
    missing months said under the table."""
    title = said(QT_TRANSLATE_NOOP("", "{name} ({code}), {period}: indeksert mot alle "
                                       "kontorer = 100"),
                 name=c.name, code=c.code, period=c.period_words)
    cells = [(r.office, r.name, fig.for_people(r.value),
              "–" if r.index is None else fig.for_people(r.index), "*" if r.partial else "")
             for r in c.rows]
    cells.append((NETWORK_CODE, said(NETWORK_NAME), fig.for_people(c.network),
                  str(NETWORK_INDEX), ""))
    name_width = max(len(n) for _, n, *_ in cells)
    code_width = max(len(o) for o, *_ in cells)
    lines = [title, *([c.index_note()] if c.summed else []), ""]
    header = said(QT_TRANSLATE_NOOP("", "verdi")), said(QT_TRANSLATE_NOOP("", "indeks"))
    lines.append(f"{'':<{code_width}}  {'':<{name_width}}  {header[0]:>14}  {header[1]:>8}")
    for office, name, value, idx, mark in cells:
        lines.append(f"{office:<{code_width}}  {name:<{name_width}}  {value:>14}  {idx:>8}"
                     f"{' ' + mark if mark else ''}".rstrip())
    partial = [r for r in c.rows if r.partial]
    if partial:
        lines.append("")
        for r in partial:
            lines.append("* " + said(QT_TRANSLATE_NOOP(
                "", "{office} {name}: delvis, mangler {months}"), office=r.office, name=r.name,
                months=", ".join(month_name(m) for m in r.missing_months)))
    return "\n".join(lines) + "\n"

