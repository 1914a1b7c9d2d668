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

from navdesk.domain.units import Unit, format_number


class Aggregation(str, Enum):
    SUM = "sum"  # flows: money paid, decisions made; the year is the sum of the months
    AVERAGE = "average"  # stocks in the month; the year is the mean per month entered
    LAST = "last"  # year-to-date counts and points in time; the year is the latest month
    RATIO = "ratio"  # derived: aggregated numerator / aggregated denominator x factor


class PeriodType(str, Enum):
    MONTH = "month"
    YEAR = "year"  # entered once per year (a survey)


class CatalogueError(ValueError):
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
        return [BreakdownGroup(name, parent, tuple(parts)) for (name, parent), parts in groups.items()]

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

    def validate(self) -> list[str]:
        """Problems that make the catalogue unusable (unknown codes, cycles), in bokmål."""
        problems = []
        for i in self.indicators:
            for ref, what in [(i.weight, "vekt"), (i.parent, "del_av")]:
                if ref and ref not in self._by_code:
                    problems.append(f"{i.code}: {what} viser til ukjent kode {ref}")
            for ref in (*i.numerator, *i.denominator):
                if ref not in self._by_code:
                    problems.append(f"{i.code}: teller/nevner viser til ukjent kode {ref}")
                elif self._by_code[ref].is_ratio:
                    problems.append(f"{i.code}: teller/nevner kan ikke være en beregnet indikator ({ref})")
        for i in self.indicators:
            seen, p = {i.code}, i.parent
            while p:
                if p in seen:
                    problems.append(f"{i.code}: del_av går i ring")
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
        raise CatalogueError(
            f"«{code}» er ikke en gyldig kode (store bokstaver A–Z, sifre og _, 2–40 tegn)"
        )
    name = text("navn")
    if not name:
        raise CatalogueError(f"{code}: navn mangler")
    unit = _UNITS.get(text("enhet"))
    if unit is None:
        raise CatalogueError(f"{code}: ukjent enhet «{text('enhet')}» (bruk {', '.join(_UNITS)})")
    agg = _AGGREGATIONS.get(text("aggregering"))
    if agg is None:
        raise CatalogueError(
            f"{code}: ukjent aggregering «{text('aggregering')}» (bruk {', '.join(_AGGREGATIONS)})"
        )
    ptype = _PERIOD_TYPES.get(text("periodetype") or "month")
    if ptype is None:
        raise CatalogueError(f"{code}: periodetype må være month eller year")
    numerator = tuple(text("teller").split())
    denominator = tuple(text("nevner").split())
    factor_text = text("faktor").replace(",", ".")
    try:
        factor = float(factor_text) if factor_text else 1.0
    except ValueError:
        raise CatalogueError(f"{code}: faktor «{text('faktor')}» er ikke et tall") from None
    if agg is Aggregation.RATIO:
        if not numerator or not denominator:
            raise CatalogueError(f"{code}: en beregnet indikator trenger teller og nevner")
        if factor <= 0:
            raise CatalogueError(f"{code}: faktor må være større enn 0")
    elif numerator or denominator:
        raise CatalogueError(f"{code}: bare aggregering ratio kan ha teller og nevner")
    weight = text("vekt") or None
    if weight and agg is not Aggregation.AVERAGE:
        raise CatalogueError(f"{code}: bare aggregering average kan ha vekt")
    active_text = text("aktiv") or "1"
    if active_text not in ("0", "1"):
        raise CatalogueError(f"{code}: aktiv må være 1 eller 0")
    group = text("fordeling") or None
    parent = text("del_av") or None
    if group and not parent:
        raise CatalogueError(f"{code}: en fordeling trenger del_av (koden den fordeler)")
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


def build_catalogue(indicators: Iterable[Indicator]) -> Catalogue:
    """A catalogue from indicators, refusing duplicates and dangling references."""
    items = list(indicators)
    seen: set[str] = set()
    for i in items:
        if i.code in seen:
            raise CatalogueError(f"Koden {i.code} står to ganger")
        seen.add(i.code)
    cat = Catalogue(items)
    problems = cat.validate()
    if problems:
        raise CatalogueError("; ".join(problems))
    return cat
