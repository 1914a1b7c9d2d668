"""Comparison figures from Statistics Norway (SSB): what one figure of a statistikkbanken
table is, what SSB's symbols mean, and how a mapping turns a table's figures into
figures of navdesk's indicators for other municipalities.

The two readers (``formats.jsonstat``, ``formats.ssb_csv``) give a :class:`StatTable`;
the mapping file (``formats.ssb_mapping``) gives a :class:`Mapping`;
:func:`comparison_figures` applies the one to the other. Nothing here touches files.

A figure SSB does not give is **missing with its meaning** (its symbol), never zero: a
municipality with "..", not available, is not a municipality with no recipients.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from collections.abc import Mapping as MappingType
from dataclasses import dataclass, field

from navdesk.domain.catalogue import Catalogue, on_line
from navdesk.domain.limits import shortened
from navdesk.domain.period import Period, PeriodError
from navdesk.domain.said import QT_TRANSLATE_NOOP, Refusal, Said, said
from navdesk.domain.units import MAX_VALUE, Unit, format_number

# SSB's standard symbols for a figure it does not give (ssb.no, "Standardtegn i tabeller"),
# each with its meaning; "..." and ":" are written by statistikkbanken as they are.
SYMBOLS: dict[str, str] = {
    ".": QT_TRANSLATE_NOOP("", "kan ikke forekomme"),
    "..": QT_TRANSLATE_NOOP("", "tallgrunnlag mangler"),
    "...": QT_TRANSLATE_NOOP("", "oppgave mangler ennå"),
    ":": QT_TRANSLATE_NOOP("", "vises ikke av konfidensialitetshensyn"),
}

# how long a table's id, a code or a label may be: SSB's are short; a longer one is
# no table of theirs (and would bloat the database)
MAX_CODE_LENGTH = 200

_MONTH = re.compile(r"^(\d{4})M(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_OTHER_TIME = re.compile(r"^\d{4}[KHU]\d{1,2}$")  # quarter, half-year, ... (2024K1)


class SsbError(Refusal):
    """Why a file from statistikkbanken, or a mapping file, is refused (nothing stored)."""


def symbol_meaning(symbol: str) -> str:
    """What SSB's ``symbol`` (``.``, ``..``, ``...``, ``:``) means, in bokmål (a marked
    text: the window shows it in its language)."""
    return SYMBOLS[symbol]


@dataclass(frozen=True, slots=True)
class Observation:
    """One cell of a table: its category in every dimension (dimension -> category
    code, or text where the file has only texts), its value (a float) or, when SSB gives
    none, ``symbol`` (one of :data:`SYMBOLS`); never both."""

    categories: tuple[tuple[str, str], ...]
    value: float | None
    symbol: str | None = None

    def category(self, dimension: str) -> str | None:
        for name, code in self.categories:
            if name == dimension:
                return code
        return None


@dataclass(frozen=True)
class StatTable:
    """A table as read from a file: its id (``12345``), title, when SSB last updated it
    (as SSB writes it, "" when the file does not say), its dimensions in order (id ->
    label), the region dimension and the time dimension (ids), labels of categories
    (dimension -> code -> label) and its cells."""

    table_id: str
    title: str
    updated: str
    dimensions: dict[str, str]
    region: str
    time: str
    labels: dict[str, dict[str, str]]
    observations: list[Observation]
    # the unit a content category is given in, as the file says it ("personer",
    # "1000 kr", "prosent"), by category code; empty where the file says none
    units: dict[str, str] = field(default_factory=dict)
    # the dimension JSON-stat's role "metric" names (the contents), "" when none
    metric: str = ""


def ssb_number(text: str) -> tuple[float | None, str | None]:
    """A cell as statistikkbanken writes it: a number (decimal comma or point, no
    thousands separator) or one of SSB's symbols. Returns ``(value, None)`` or ``(None,
    symbol)``. Raises :class:`SsbError` for anything else (a ``-``, text, ``nan``)."""
    s = text.strip()
    if s in SYMBOLS:
        return None, s
    if s and len(s) <= 40 and re.fullmatch(r"-?\d+([.,]\d+)?", s):
        return float(s.replace(",", ".")), None
    raise SsbError.because(QT_TRANSLATE_NOOP(
        "", "«{text}» er verken et tall eller et av SSBs tegn (., .., ..., :)"),
        text=shortened(s))


def finite(value: object) -> float:
    """A JSON number as a figure. Raises :class:`SsbError` for anything else (a bool,
    text, a number too large for a float)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SsbError.because(QT_TRANSLATE_NOOP("", "Verdien {value} er ikke et tall"),
                               value=shortened(repr(value)))
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise SsbError.because(QT_TRANSLATE_NOOP("", "Verdien {value} er ikke et endelig tall"),
                               value=shortened(repr(value)))
    return number


def ssb_period(text: str) -> Period:
    """A time category as SSB writes it: ``2024`` (a year) or ``2024M03`` (a month).
    Raises :class:`SsbError` for quarters and anything else."""
    s = text.strip()
    try:
        if m := _YEAR.match(s):
            return Period(int(m.group(1)))
        if m := _MONTH.match(s):
            return Period(int(m.group(1)), int(m.group(2)))
    except PeriodError as exc:
        raise SsbError(exc.args[0]) from None
    if _OTHER_TIME.match(s):
        raise SsbError.because(QT_TRANSLATE_NOOP(
            "", "Perioden {period} er ikke et år eller en måned; navdesk tar bare inn år "
                "(2024) og måneder (2024M03)"), period=s)
    raise SsbError.because(QT_TRANSLATE_NOOP(
        "", "«{period}» er ikke en periode SSB skriver (2024 eller 2024M03)"),
        period=shortened(s))


# the region of a row that adds up the others (a person's, or a spreadsheet's): no region
TOTAL_REGIONS = frozenset({"sum", "sum:", "totalt", "total", "i alt", "i alt:"})
_REGION_CODE = re.compile(r"^(?:K-)?([0-9]{2,4}|[A-Z]{2,4}[0-9]{0,2})$")


def region_code_and_name(code: str, label: str) -> tuple[str, str]:
    """A region's code and name: statistikkbanken labels a municipality "0301 Oslo",
    a group "EAK Landet", a municipality in some tables "K-4601 Bergen" (and a file with
    texts only has that label as its code too): the code is the label's first word
    (without "K-") when it looks like one."""
    head, _, rest = label.partition(" ")
    if head == code and rest.strip():
        return code.removeprefix("K-"), rest.strip()
    if code == label and rest.strip() and (m := _REGION_CODE.match(head)):
        return m.group(1), rest.strip()
    return code, label


# --- the mapping: a table's contents -> navdesk's indicators --------------------------

MAPPING_COLUMNS = ("innhold", "indikator", "utvalg", "regiondimensjon")
MAPPING_REQUIRED = ("innhold", "indikator")


@dataclass(frozen=True)
class MappingRule:
    """A table's content (``ContentsCode``, or its text in a CSV file), narrowed to the
    categories ``selection`` names (dimension -> category), is navdesk's ``indicator``."""

    line: int
    content: str
    indicator: str
    selection: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Mapping:
    """The rules of a mapping file, and the dimension that names the municipality
    (None: the table's own geographic dimension)."""

    rules: list[MappingRule]
    region: str | None = None
    # each mapped indicator's unit in the catalogue, to check the table's units against
    catalogue_units: dict[str, Unit] = field(default_factory=dict)


def _selection(text: str) -> tuple[tuple[str, str], ...]:
    """``Alder=18-24, Kjonn=2`` as ((dimension, category), ...)."""
    out: list[tuple[str, str]] = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        name, sep, value = part.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise SsbError.because(QT_TRANSLATE_NOOP(
                "", "Utvalget «{part}» skal skrives dimensjon=verdi (f.eks. Alder=18-24)"),
                part=shortened(part))
        if any(n == name.strip() for n, _ in out):
            raise SsbError.because(QT_TRANSLATE_NOOP(
                "", "Dimensjonen {name} står to ganger i utvalget"), name=name.strip())
        out.append((name.strip(), value.strip()))
    return tuple(sorted(out))


def mapping_from_rows(header: Sequence[str], rows: Iterable[tuple[int, list[str]]],
                      catalogue: Catalogue) -> Mapping:
    """What a mapping file's rows mean, checked against ``catalogue``: every indicator
    must be in it and may be mapped once, every content and selection once, and the
    region dimension (where given) the same on every row. Raises :class:`SsbError`
    listing every bad line."""
    col = {name: n for n, name in enumerate(header)}
    problems: list[Said] = []
    rules: list[MappingRule] = []
    regions: set[str] = set()
    seen: dict[tuple[str, tuple[tuple[str, str], ...]], int] = {}
    mapped: dict[str, int] = {}

    def cell(row: list[str], name: str) -> str:
        return row[col[name]].strip() if name in col else ""

    for line, row in rows:
        content, code = cell(row, "innhold"), cell(row, "indikator")
        if not content or not code:
            problems.append(on_line(line, said(QT_TRANSLATE_NOOP(
                "", "Både innhold og indikator må fylles ut"))))
            continue
        if code not in catalogue:
            problems.append(on_line(line, said(QT_TRANSLATE_NOOP(
                "", "Indikatoren {code} finnes ikke i katalogen"), code=shortened(code))))
            continue
        try:
            selection = _selection(cell(row, "utvalg"))
        except SsbError as exc:
            problems.append(on_line(line, exc.reason))
            continue
        if (content, selection) in seen:
            problems.append(on_line(line, said(QT_TRANSLATE_NOOP(
                "", "Innholdet {content} med samme utvalg står allerede på linje {first}"),
                content=shortened(content), first=seen[(content, selection)])))
            continue
        if code in mapped:
            problems.append(on_line(line, said(QT_TRANSLATE_NOOP(
                "", "Indikatoren {code} er allerede koblet på linje {first}"),
                code=code, first=mapped[code])))
            continue
        seen[(content, selection)] = line
        mapped[code] = line
        if region := cell(row, "regiondimensjon"):
            regions.add(region)
        rules.append(MappingRule(line, content, code, selection))
    if len(regions) > 1:
        problems.append(said(QT_TRANSLATE_NOOP(
            "", "Regiondimensjonen må være den samme på alle linjer (filen har {names})"),
            names=", ".join(sorted(regions))))
    if problems:
        raise SsbError.listing(problems)
    if not rules:
        raise SsbError.because(QT_TRANSLATE_NOOP("", "Koblingsfilen har ingen linjer"))
    return Mapping(rules, next(iter(regions), None),
                   {r.indicator: catalogue[r.indicator].unit for r in rules})


# --- applying it ---------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ComparisonFigure:
    """One comparison figure: a region's figure of navdesk's ``indicator`` for
    ``period`` (a year or a month), or SSB's symbol for why there is none."""

    region: str
    region_name: str
    indicator: str
    period: Period
    value: float | None
    symbol: str | None = None


@dataclass
class Mapped:
    """The figures a mapping gives, and how many of the table's cells no rule took
    (a content the mapping does not name, or a category outside its selection)."""

    figures: list[ComparisonFigure] = field(default_factory=list)
    unmapped: int = 0


# words a table's unit is given in, and the navdesk units each may be stored as
_UNIT_WORDS: tuple[tuple[tuple[str, ...], frozenset[Unit]], ...] = (
    (("prosent", "%", "percent"), frozenset({Unit.PERCENT})),
    (("kr", "kroner", "nok"), frozenset({Unit.NOK})),
    (("personer", "person", "mottakere", "antall", "number", "persons"),
     frozenset({Unit.PERSONS, Unit.COUNT})),
    (("dager", "days"), frozenset({Unit.DAYS})),
    (("måneder", "months"), frozenset({Unit.MONTHS})),
)


def _unit_problem(text: str, unit: Unit | None) -> Said | None:
    """Why a content given in ``text`` cannot be stored as an indicator in ``unit``: a
    multiple ("1000 kr": navdesk would store a thousandth of the figure) or another kind
    of unit ("prosent" for persons); None when it can (or the file names no unit)."""
    words = text.strip().lower()
    if not words or unit is None:
        return None
    if any(w in words for w in ("1000", "1 000", "tusen", "mill", "mrd")):
        return said(QT_TRANSLATE_NOOP(
            "", "Innholdet er oppgitt i «{text}», men navdesk lagrer indikatoren i hele "
                "enheter ({unit}): last ned tabellen i hele enheter"), text=text.strip(),
            unit=unit.value)
    tokens = set(words.replace("(", " ").replace(")", " ").split()) | {words}
    for names, units in _UNIT_WORDS:
        if tokens & set(names) and unit not in units:
            return said(QT_TRANSLATE_NOOP(
                "", "Innholdet er oppgitt i «{text}», men indikatoren er i {unit}"),
                text=text.strip(), unit=unit.value)
    return None


def comparison_figures(table: StatTable, mapping: Mapping) -> Mapped:
    """The comparison figures ``mapping`` makes of ``table``. Strict: a rule's content
    or selection the table does not have, a region dimension it does not have, a period
    that is not a year or a month, and two cells that would give the same region,
    indicator and period (a dimension the selection leaves open) are refused
    (:class:`SsbError`, every problem listed)."""
    contents = _content_dimension(table)
    region = mapping.region or table.region
    problems: list[Said] = []
    if not table.time or table.time not in table.dimensions:
        raise SsbError.because(QT_TRANSLATE_NOOP(
            "", "Tabellen har ingen tidsdimensjon (år eller måned)"))
    if region not in table.dimensions:
        problems.append(said(QT_TRANSLATE_NOOP(
            "", "Tabellen har ingen dimensjon «{name}» (den har {names}): skriv "
                "regiondimensjonen i koblingsfilens kolonne «regiondimensjon»"),
            name=region or "?", names=", ".join(table.dimensions)))
        raise SsbError.listing(problems)
    by_content: dict[str, list[MappingRule]] = {}
    for rule in mapping.rules:
        content = _category(table, contents, rule.content)
        if content is None:
            problems.append(on_line(rule.line, said(QT_TRANSLATE_NOOP(
                "", "Tabellen har ikke innholdet {content}"), content=shortened(rule.content))))
        selection = []
        for name, category in rule.selection:
            code = _category(table, name, category)
            if code is None:
                problems.append(on_line(rule.line, said(QT_TRANSLATE_NOOP(
                    "", "Tabellen har ingen verdi {category} i dimensjonen {name}"),
                    category=shortened(category), name=shortened(name))))
            selection.append((name, code or category))
        if content is not None:
            unit_problem = _unit_problem(table.units.get(content, ""),
                                         mapping.catalogue_units.get(rule.indicator))
            if unit_problem is not None:
                problems.append(on_line(rule.line, unit_problem))
            by_content.setdefault(content, []).append(
                MappingRule(rule.line, content, rule.indicator, tuple(selection)))
    if problems:
        raise SsbError.listing(problems)
    out = Mapped()
    periods: dict[str, Period] = {}
    made: dict[tuple[str, str, Period], Observation] = {}
    for obs in table.observations:
        cats = dict(obs.categories)
        found = next((r for r in by_content.get(cats.get(contents, ""), ())
                      if all(cats.get(n) == c for n, c in r.selection)), None)
        if found is None:
            out.unmapped += 1
            continue
        when = cats[table.time]
        period = periods.get(when)
        if period is None:
            period = periods[when] = ssb_period(when)
        code, name = region_code_and_name(cats[region], table.labels[region].get(cats[region], ""))
        if code.strip().lower() in TOTAL_REGIONS:  # a row a person added to add up
            out.unmapped += 1
            continue
        key = (code, found.indicator, period)
        if key in made:
            open_ = [n for n, c in obs.categories if n not in (region, table.time, contents)
                     and c != dict(made[key].categories).get(n)]
            if not open_:  # the very same cell twice: the file repeats a row
                raise SsbError.because(QT_TRANSLATE_NOOP(
                    "", "Tabellen har to tall for {region} {period} ({indicator}): en rad "
                        "står to ganger i filen"),
                    region=code, period=str(period), indicator=found.indicator)
            raise SsbError.because(QT_TRANSLATE_NOOP(
                "", "Linje {line} i koblingsfilen gir to tall for {region} {period} "
                    "(dimensjonen {names} er ikke valgt i utvalget)"),
                line=found.line, region=code, period=str(period), names=", ".join(open_))
        if obs.value is not None and not 0 <= obs.value <= MAX_VALUE:
            # no navdesk indicator is negative or beyond what an office may enter
            raise SsbError.because(QT_TRANSLATE_NOOP(
                "", "Tabellen har {value} for {region} {period} ({indicator}): utenfor "
                    "0–{most}"), value=format_number(obs.value), region=code,
                period=str(period), indicator=found.indicator, most=format_number(int(MAX_VALUE)))
        made[key] = obs
        out.figures.append(ComparisonFigure(code, name, found.indicator, period, obs.value,
                                            obs.symbol))
    return out


def _category(table: StatTable, dimension: str, text: str) -> str | None:
    """The code of the category ``text`` names in ``dimension``: its code, or else its
    label (so one mapping file serves a JSON-stat file, which has codes, and a CSV file,
    which has only texts)."""
    labels = table.labels.get(dimension, {})
    if text in labels:
        return text
    return next((code for code, label in labels.items() if label == text), None)


def _content_dimension(table: StatTable) -> str:
    """The dimension of a table's contents: SSB's ``ContentsCode`` (its text,
    "statistikkvariabel", in a CSV file)."""
    if table.metric in table.dimensions:  # JSON-stat's role "metric" says it
        return table.metric
    for name in ("ContentsCode", "statistikkvariabel", "contents"):
        if name in table.dimensions:
            return name
    for name, label in table.dimensions.items():
        if label.lower() in ("statistikkvariabel", "contents"):
            return name
    raise SsbError.because(QT_TRANSLATE_NOOP(
        "", "Tabellen har ingen innholdsdimensjon (ContentsCode / statistikkvariabel)"))


def counted_symbols(figures: Iterable[ComparisonFigure]) -> MappingType[str, int]:
    """How many figures are missing, by SSB's symbol."""
    counts: dict[str, int] = {}
    for f in figures:
        if f.symbol is not None:
            counts[f.symbol] = counts.get(f.symbol, 0) + 1
    return counts
