"""The indicator catalogue: what an office counts, in which unit, and how a year of
months is summarised.

Codes are a contract shared with goal cards, exchange files and other offices' files:
they never change meaning once values exist.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum

from navdesk.domain.limits import checked_amount, name_problem, shortened
from navdesk.domain.said import QT_TRANSLATE_NOOP, Refusal, Said, joined, said
from navdesk.domain.units import Unit, ValueRejected, format_number, parse_number


class Aggregation(str, Enum):
    SUM = "sum"  # flows: money paid, decisions made; the year is the sum of the months
    AVERAGE = "average"  # stocks in the month; the year is the mean per month entered
    LAST = "last"  # year-to-date counts and points in time; the year is the latest month
    RATIO = "ratio"  # derived: aggregated numerator / aggregated denominator x factor


class PeriodType(str, Enum):
    MONTH = "month"
    YEAR = "year"  # entered once per year (a survey)


class CatalogueError(Refusal):
    """An indicator definition that cannot be used; the message is in bokmål."""


CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9_]{1,39}$")


@dataclass(frozen=True)
class Indicator:
    """One thing an office counts. ``factor`` multiplies a ratio (100 for percent)."""

    code: str
    name: str
    name_en: str
    unit: Unit
    aggregation: Aggregation
    section: str
    weight: str | None = None  # code whose values weight an average
    period_type: PeriodType = PeriodType.MONTH
    group: str | None = None  # breakdown group, e.g. "Alder"
    parent: str | None = None  # the code this one is a part (or subset) of
    numerator: tuple[str, ...] = ()
    denominator: tuple[str, ...] = ()
    factor: float = 1.0
    active: bool = True

    @property
    def is_ratio(self) -> bool:
        return self.aggregation is Aggregation.RATIO

    @property
    def is_yearly(self) -> bool:
        return self.period_type is PeriodType.YEAR

    @property
    def is_entered(self) -> bool:
        """True for indicators whose values people type or import (not computed)."""
        return not self.is_ratio


@dataclass(frozen=True)
class BreakdownGroup:
    """A split of ``parent`` into parts that add up to it (e.g. age groups of SH_HIA)."""

    name: str
    parent: str
    parts: tuple[str, ...]


@dataclass
class Catalogue:
    """The ordered indicators of one database. Order is the order people see."""

    indicators: list[Indicator] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_code = {i.code: i for i in self.indicators}

    def __iter__(self) -> Iterator[Indicator]:
        return iter(self.indicators)

    def __len__(self) -> int:
        return len(self.indicators)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __getitem__(self, code: str) -> Indicator:
        return self._by_code[code]

    def get(self, code: str) -> Indicator | None:
        return self._by_code.get(code)

    def codes(self) -> list[str]:
        return [i.code for i in self.indicators]

    def sections(self) -> list[str]:
        """Section names in catalogue order."""
        seen: dict[str, None] = {}
        for i in self.indicators:
            seen.setdefault(i.section, None)
        return list(seen)

    def breakdown_groups(self) -> list[BreakdownGroup]:
        """Named splits in catalogue order, each with its parts in order."""
        groups: dict[tuple[str, str], list[str]] = {}
        for i in self.indicators:
            if i.group and i.parent:
                groups.setdefault((i.group, i.parent), []).append(i.code)
        return [BreakdownGroup(name, parent, tuple(parts))
                for (name, parent), parts in groups.items()]

    def subsets_of(self, code: str) -> list[Indicator]:
        """Indicators that count a subset of ``code`` without being a named split
        (e.g. SAK_OMGJORT of SAK_KLAGER): each must not exceed it."""
        return [i for i in self.indicators if i.parent == code and not i.group]

    def is_year_to_date(self, code: str) -> bool:
        """True for unique-persons-so-far counts that can only grow through a year.

        By convention a year-to-date code ends in ``_HIA`` (hittil i år); a `last`
        indicator that is a part or subset of a year-to-date one is year-to-date too.
        """
        seen = set()
        ind = self._by_code.get(code)
        while ind is not None and ind.code not in seen:
            seen.add(ind.code)
            if ind.code.endswith("_HIA"):
                return True
            if ind.aggregation is not Aggregation.LAST or not ind.parent:
                return False
            ind = self._by_code.get(ind.parent)
        return False

    def validate(self) -> list[Said]:
        """Problems that make the catalogue unusable (unknown codes, cycles), in bokmål."""
        problems = []
        for i in self.indicators:
            if i.weight and i.weight not in self._by_code:
                problems.append(said(QT_TRANSLATE_NOOP(
                    "", "{code}: vekt viser til ukjent kode {ref}"), code=i.code, ref=i.weight))
            if i.parent and i.parent not in self._by_code:
                problems.append(said(QT_TRANSLATE_NOOP(
                    "", "{code}: del_av viser til ukjent kode {ref}"), code=i.code, ref=i.parent))
            for ref in (*i.numerator, *i.denominator):
                if ref not in self._by_code:
                    problems.append(said(QT_TRANSLATE_NOOP(
                        "", "{code}: teller/nevner viser til ukjent kode {ref}"),
                        code=i.code, ref=ref))
                elif self._by_code[ref].is_ratio:
                    problems.append(said(QT_TRANSLATE_NOOP(
                        "", "{code}: teller/nevner kan ikke være en beregnet indikator ({ref})"),
                        code=i.code, ref=ref))
        for i in self.indicators:
            seen, p = {i.code}, i.parent
            while p:
                if p in seen:
                    problems.append(said(QT_TRANSLATE_NOOP("", "{code}: del_av går i ring"),
                                         code=i.code))
                    break
                seen.add(p)
                parent = self._by_code.get(p)
                p = parent.parent if parent else None
        return problems


_AGGREGATIONS = {a.value: a for a in Aggregation}
_UNITS = {u.value: u for u in Unit}
_PERIOD_TYPES = {p.value: p for p in PeriodType}


def indicator_from_fields(f: dict[str, str]) -> Indicator:
    """Build an indicator from the text fields of a catalogue file row (column names as
    in ``navdesk-cli catalogue export``). Raises :class:`CatalogueError`."""

    def text(key: str) -> str:
        return (f.get(key) or "").strip()

    code = text("kode")
    if not CODE_PATTERN.match(code):
        raise CatalogueError.because(QT_TRANSLATE_NOOP(
            "", "«{code}» er ikke en gyldig kode (store bokstaver A–Z, sifre og _, 2–40 tegn)"),
            code=code)
    name = text("navn")
    if not name:
        raise CatalogueError.because(QT_TRANSLATE_NOOP("", "{code}: navn mangler"), code=code)
    for column in ("navn", "navn_en", "seksjon", "fordeling"):
        if problem := name_problem(text(column)):
            raise CatalogueError.because(QT_TRANSLATE_NOOP("", "{code}: {column}: {reason}"),
                                         code=code, column=column, reason=problem)
    unit = _UNITS.get(text("enhet"))
    if unit is None:
        raise CatalogueError.because(
            QT_TRANSLATE_NOOP("", "{code}: ukjent enhet «{value}» (bruk {allowed})"),
            code=code, value=text("enhet"), allowed=", ".join(_UNITS))
    agg = _AGGREGATIONS.get(text("aggregering"))
    if agg is None:
        raise CatalogueError.because(
            QT_TRANSLATE_NOOP("", "{code}: ukjent aggregering «{value}» (bruk {allowed})"),
            code=code, value=text("aggregering"), allowed=", ".join(_AGGREGATIONS))
    ptype = _PERIOD_TYPES.get(text("periodetype") or "month")
    if ptype is None:
        raise CatalogueError.because(
            QT_TRANSLATE_NOOP("", "{code}: periodetype må være month eller year"), code=code)
    numerator = tuple(text("teller").split())
    denominator = tuple(text("nevner").split())
    factor_text = text("faktor")
    try:  # digits only: never nan, inf, 1e309 or 1_0 (which float() reads as 10)
        factor_number = parse_number(factor_text) if factor_text else None
    except ValueRejected:
        raise CatalogueError.because(
            QT_TRANSLATE_NOOP("", "{code}: faktor «{value}» er ikke et tall"),
            code=code, value=shortened(factor_text)) from None
    try:
        factor = (float(checked_amount(factor_number, "faktor"))
                  if factor_number is not None else 1.0)
    except ValueRejected as exc:
        raise CatalogueError.because(QT_TRANSLATE_NOOP("", "{code}: {reason}"), code=code,
                                     reason=exc.reason) from None
    if agg is Aggregation.RATIO:
        if not numerator or not denominator:
            raise CatalogueError.because(QT_TRANSLATE_NOOP(
                "", "{code}: en beregnet indikator trenger teller og nevner"), code=code)
        if factor <= 0:
            raise CatalogueError.because(
                QT_TRANSLATE_NOOP("", "{code}: faktor må være større enn 0"), code=code)
    elif numerator or denominator:
        raise CatalogueError.because(QT_TRANSLATE_NOOP(
            "", "{code}: bare aggregering ratio kan ha teller og nevner"), code=code)
    weight = text("vekt") or None
    if weight and agg is not Aggregation.AVERAGE:
        raise CatalogueError.because(
            QT_TRANSLATE_NOOP("", "{code}: bare aggregering average kan ha vekt"), code=code)
    active_text = text("aktiv") or "1"
    if active_text not in ("0", "1"):
        raise CatalogueError.because(
            QT_TRANSLATE_NOOP("", "{code}: aktiv må være 1 eller 0"), code=code)
    group = text("fordeling") or None
    parent = text("del_av") or None
    if group and not parent:
        raise CatalogueError.because(QT_TRANSLATE_NOOP(
            "", "{code}: en fordeling trenger del_av (koden den fordeler)"), code=code)
    return Indicator(
        code=code, name=name, name_en=text("navn_en") or name, unit=unit, aggregation=agg,
        section=text("seksjon") or "Annet", weight=weight, period_type=ptype, group=group,
        parent=parent, numerator=numerator, denominator=denominator, factor=factor,
        active=active_text == "1",
    )


def indicator_fields(i: Indicator) -> dict[str, str]:
    """The text fields of a catalogue file row for ``i`` (inverse of indicator_from_fields)."""
    return {
        "kode": i.code, "navn": i.name, "navn_en": i.name_en, "enhet": i.unit.value,
        "aggregering": i.aggregation.value, "vekt": i.weight or "",
        "periodetype": i.period_type.value, "seksjon": i.section, "fordeling": i.group or "",
        "del_av": i.parent or "", "teller": " ".join(i.numerator),
        "nevner": " ".join(i.denominator),
        "faktor": format_number(i.factor) if i.is_ratio else "",
        "aktiv": "1" if i.active else "0",
    }


CATALOGUE_COLUMNS = (
    "kode", "navn", "navn_en", "enhet", "aggregering", "vekt", "periodetype", "seksjon",
    "fordeling", "del_av", "teller", "nevner", "faktor", "aktiv",
)


def _twice(code: str) -> CatalogueError:
    return CatalogueError.because(QT_TRANSLATE_NOOP("", "Koden {code} står to ganger"), code=code)


def build_catalogue(indicators: Iterable[Indicator]) -> Catalogue:
    """A catalogue from indicators, refusing duplicates and dangling references."""
    items = list(indicators)
    seen: set[str] = set()
    for i in items:
        if i.code in seen:
            raise _twice(i.code)
        seen.add(i.code)
    cat = Catalogue(items)
    problems = cat.validate()
    if problems:
        raise CatalogueError(joined(problems, "; "))
    return cat


def missing_columns(columns: list[str]) -> Said:
    """The problem of a file whose header lacks ``columns`` (catalogue and goal-card
    template files alike)."""
    return said(QT_TRANSLATE_NOOP("", "Linje {line}: kolonnene {columns} mangler"),
                line=1, columns=", ".join(columns))


def on_line(line: int, reason: str) -> Said:
    """A file's problem ``reason`` on line ``line``."""
    return said(QT_TRANSLATE_NOOP("", "Linje {line}: {reason}"), line=line, reason=reason)


CATALOGUE_REQUIRED = ("kode", "navn", "enhet", "aggregering")  # a file's needed columns


def indicators_from_rows(header: list[str], rows: Iterable[tuple[int, list[str]]],
                         standalone: bool = True) -> list[Indicator]:
    """Indicators from a catalogue file's rows, as a reader gives them: ``header`` (lower
    case, :data:`CATALOGUE_REQUIRED` among them) and ``(line, cells)`` (see
    :func:`navdesk.formats.catalogue_file.parse_catalogue_text`). A ``standalone`` file
    is a whole catalogue: its references must resolve within it; a file to merge into a
    database's catalogue may refer to codes already there.

    Raises :class:`CatalogueError` naming every bad line (each in ``lines``).
    """
    out, problems = [], []
    for line, row in rows:
        try:
            out.append(indicator_from_fields(dict(zip(header, row, strict=False))))
        except CatalogueError as exc:
            problems.append(on_line(line, exc.reason))
    if problems:
        raise CatalogueError.listing(problems)
    if standalone:
        build_catalogue(out)  # refuses duplicate codes and dangling references
    else:
        seen: set[str] = set()
        for i in out:
            if i.code in seen:
                raise _twice(i.code)
            seen.add(i.code)
    return out
