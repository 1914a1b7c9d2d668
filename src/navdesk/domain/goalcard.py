"""The goal card (styringskort): perspectives, strategic goals, and measures with a
target per year, evaluated to green / yellow / red by one set of rules used by the
window, the CLI and every file.

Rules (issue 4): the window is year Y through month M (by default the latest whole
month: :func:`navdesk.store.months.through_month`). A measure's value is its
indicator aggregated over January..M by the indicator's rule, M being the latest month
up to the window's end in which the indicator has a figure (issue 11: like with like in
a chosen partial month). For a ``sum`` indicator the target for the window is the
yearly target x M / 12; for every other rule it is the yearly target. ``høyere`` is
green at or above the target, yellow at or above target x (1 - band), else red;
``lavere`` mirrors it. No value or no target: ``mangler``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any

from navdesk.domain.aggregation import Figures, aggregate_year_to_date, value_month
from navdesk.domain.catalogue import (
    Aggregation,
    Catalogue,
    on_line,
)
from navdesk.domain.limits import check_year, checked_amount, name_problem
from navdesk.domain.period import Period
from navdesk.domain.said import QT_TRANSLATE_NOOP, Refusal, Said, joined, said
from navdesk.domain.units import Number, ValueRejected, parse_number

DEFAULT_YELLOW_BAND = 10.0  # percent of the target that still counts as "nearly there"


class Direction(str, Enum):
    HIGHER = "høyere"  # more is better
    LOWER = "lavere"  # less is better

    @property
    def symbol(self) -> str:
        """Put before a target: "≥ 700" (at least) when more is better, "≤ 14" (at most)
        when less is."""
        return "≥" if self is Direction.HIGHER else "≤"


class Status(str, Enum):
    GREEN = "grønn"
    YELLOW = "gul"
    RED = "rød"
    MISSING = "mangler"

    @property
    def symbol(self) -> str:
        """For readers who cannot tell the colours apart, and for black-and-white print."""
        return {"grønn": "●", "gul": "▲", "rød": "■", "mangler": "–"}[self.value]


# worst first: a goal shows the worst status among its measures
_SEVERITY = {Status.RED: 0, Status.YELLOW: 1, Status.GREEN: 2, Status.MISSING: 3}


@dataclass(frozen=True)
class Measure:
    """An indicator the goal is measured by. ``targets`` maps a year to its target
    (in the indicator's unit); the key None is the target of every other year.
    ``yellow_band`` is in percent of the target."""

    indicator: str
    direction: Direction
    targets: Mapping[int | None, float] = field(default_factory=dict)
    yellow_band: float = DEFAULT_YELLOW_BAND
    id: int | None = field(default=None, compare=False)  # the database's, once stored

    def target_for(self, year: int) -> float | None:
        """The yearly target for ``year`` (None when no target is set)."""
        if year in self.targets:
            return self.targets[year]
        return self.targets.get(None)


@dataclass
class Goal:
    name: str
    measures: list[Measure] = field(default_factory=list)
    id: int | None = field(default=None, compare=False)  # the database's, once stored


@dataclass
class Perspective:
    name: str
    goals: list[Goal] = field(default_factory=list)
    id: int | None = field(default=None, compare=False)


@dataclass
class GoalCard:
    perspectives: list[Perspective] = field(default_factory=list)

    def measures(self) -> Iterable[tuple[Perspective, Goal, Measure]]:
        for p in self.perspectives:
            for g in p.goals:
                for m in g.measures:
                    yield p, g, m


@dataclass(frozen=True)
class MeasureResult:
    """A measure evaluated for year ``through.year``, January to ``through``.

    value, target and last_year are in the indicator's unit; change is value minus
    last year's value for the same months; better says whether that change goes the
    measure's way (None when unchanged or unknown)."""

    measure: Measure
    through: Period
    value: Number | None
    target_year: float | None
    target_period: float | None
    status: Status
    last_year: Number | None
    change: Number | None
    better: bool | None


def period_target(aggregation: Aggregation, yearly_target: float | None,
                  through_month: int) -> float | None:
    """The target for January..``through_month``: pro rata for flows (``sum``),
    the yearly target itself for every other rule."""
    if yearly_target is None:
        return None
    if aggregation is Aggregation.SUM:
        return yearly_target * through_month / 12
    return yearly_target


def traffic_light(direction: Direction, value: Number | None, target: float | None,
                  yellow_band: float = DEFAULT_YELLOW_BAND) -> Status:
    """Green, yellow, red or missing for ``value`` against ``target``; ``yellow_band``
    is in percent of the target."""
    if value is None or target is None:
        return Status.MISSING
    band = yellow_band / 100
    # rounded: 14 x 1.1 is 15.400000000000002 in binary, and 15,4 days must be yellow
    if direction is Direction.HIGHER:
        if value >= target:
            return Status.GREEN
        return Status.YELLOW if value >= round(target * (1 - band), 9) else Status.RED
    if value <= target:
        return Status.GREEN
    return Status.YELLOW if value <= round(target * (1 + band), 9) else Status.RED


def evaluate_measure(catalogue: Catalogue, figures: Figures, measure: Measure, year: int,
                     through_month: int) -> MeasureResult:
    """The measure's value, target, status and change from last year for January..
    ``through_month`` of ``year`` (``figures`` must hold ``year`` and ``year - 1``).

    Like with like: the measure is read through the month its value comes from
    (:func:`~navdesk.domain.aggregation.value_month`, ``through_month`` itself in a
    whole month), and last year and a flow's pro-rata target through that same month;
    ``MeasureResult.through`` names it. Last year before ``MIN_YEAR`` has no figure."""
    ind = catalogue[measure.indicator]
    through_month = value_month(catalogue, figures, ind.code, year, through_month) or through_month
    value = aggregate_year_to_date(catalogue, figures, ind.code, year, through_month)
    yearly = measure.target_for(year)
    target = period_target(ind.aggregation, yearly, through_month)
    last = aggregate_year_to_date(catalogue, figures, ind.code, year - 1, through_month)
    change = better = None
    if value is not None and last is not None:
        change = value - last
        if isinstance(change, float):
            change = round(change, 10)
        if change:
            better = (change > 0) == (measure.direction is Direction.HIGHER)
    return MeasureResult(measure, Period(year, through_month), value, yearly, target,
                         traffic_light(measure.direction, value, target, measure.yellow_band),
                         last, change, better)


def evaluate_goal_card(catalogue: Catalogue, figures: Figures, card: GoalCard, year: int,
                       through_month: int) -> list[tuple[Perspective, Goal, MeasureResult]]:
    """Every measure of ``card`` evaluated for January..``through_month`` of ``year``,
    in the card's order (``figures`` must hold ``year`` and ``year - 1``)."""
    return [(p, g, evaluate_measure(catalogue, figures, m, year, through_month))
            for p, g, m in card.measures() if m.indicator in catalogue]


def summarize(statuses: Iterable[Status]) -> tuple[Status, Counter[Status]]:
    """A goal's status: the worst of its measures' (missing only when all are), and how
    many measures have each status."""
    counts = Counter(statuses)
    known = [s for s in counts if s is not Status.MISSING]
    worst = min(known, key=_SEVERITY.__getitem__) if known else Status.MISSING
    return worst, counts


# ---------------------------------------------------------------------------- template
TEMPLATE_COLUMNS = ("perspektiv", "mål", "indikator", "retning", "år", "målverdi", "gul_grense")


class TemplateError(Refusal):
    """A goal-card template that cannot be used; one problem a line, in bokmål."""


TEMPLATE_REQUIRED = ("perspektiv", "mål", "indikator", "retning")  # a file's needed columns


def goal_card_from_rows(header: list[str], rows: Iterable[tuple[int, list[str]]],
                        catalogue: Catalogue) -> GoalCard:
    """A goal card from a template file's rows, as a reader gives them: ``header``
    (lower case, :data:`TEMPLATE_REQUIRED` among them; columns as in
    ``TEMPLATE_COLUMNS``) and ``(line, cells)`` — one row per measure and year, an empty
    ``år`` meaning every year, an empty ``målverdi`` meaning no target yet.
    Perspectives, goals and measures keep the file's order. Raises
    :class:`TemplateError` listing every bad line."""
    card = GoalCard()
    perspectives: dict[str, Perspective] = {}
    goals: dict[tuple[str, str], Goal] = {}
    measures: dict[tuple[str, str, str], dict[str, Any]] = {}
    problems = []
    for line, row in rows:
        f = {k: (row[i].strip() if i < len(row) else "") for i, k in enumerate(header)}
        p_name, g_name = f.get("perspektiv", ""), f.get("mål", "")
        code = f.get("indikator", "").upper()
        try:
            if not p_name or not g_name:
                raise TemplateError.because(
                    QT_TRANSLATE_NOOP("", "perspektiv og mål må fylles ut"))
            if code not in catalogue:
                raise TemplateError.because(QT_TRANSLATE_NOOP("", "ukjent indikator «{code}»"),
                                            code=code)
            try:
                direction = Direction(f.get("retning", "").lower())
            except ValueError:
                raise TemplateError.because(
                    QT_TRANSLATE_NOOP("", "retning må være «høyere» eller «lavere»")) from None
            for column in ("perspektiv", "mål"):
                if problem := name_problem(f[column]):
                    raise TemplateError.because(QT_TRANSLATE_NOOP("", "{column}: {reason}"),
                                                column=column, reason=problem)
            # empty: every year; else a year a period may have (0 is not "every year")
            year = check_year(f["år"]) if f.get("år") else None
            target = (float(checked_amount(parse_number(f["målverdi"]), "målverdi"))
                      if f.get("målverdi") else None)
            band = (float(parse_number(f["gul_grense"])) if f.get("gul_grense")
                    else DEFAULT_YELLOW_BAND)
            if band < 0:
                raise TemplateError.because(
                    QT_TRANSLATE_NOOP("", "gul_grense kan ikke være negativ"))
            checked_amount(Decimal(band), "gul_grense")
        except (TemplateError, ValueRejected) as exc:
            problems.append(on_line(line, exc.reason))
            continue
        except ValueError:
            problems.append(on_line(line, said(QT_TRANSLATE_NOOP("", "år må være et årstall"))))
            continue
        if p_name not in perspectives:
            perspectives[p_name] = Perspective(p_name)
            card.perspectives.append(perspectives[p_name])
        if (p_name, g_name) not in goals:
            goals[(p_name, g_name)] = Goal(g_name)
            perspectives[p_name].goals.append(goals[(p_name, g_name)])
        key = (p_name, g_name, code)
        spec = measures.get(key)
        if spec is None:
            spec = measures[key] = {"direction": direction, "targets": {}, "band": band}
        elif spec["direction"] is not direction:
            problems.append(on_line(line, said(QT_TRANSLATE_NOOP(
                "", "{code} har en annen retning enn på en linje over"), code=code)))
            continue
        if target is not None:
            if year in spec["targets"]:
                problems.append(on_line(line, said(QT_TRANSLATE_NOOP(
                    "", "målverdien for {code} {year} står to ganger"), code=code, year=year)
                    if year else said(QT_TRANSLATE_NOOP(
                        "", "målverdien for {code} alle år står to ganger"), code=code)))
                continue
            spec["targets"][year] = target
    if problems:
        raise TemplateError.listing(problems)
    # a dict keeps the order of first lines, and so each goal the file's order of measures
    for (p_name, g_name, code), spec in measures.items():
        goals[(p_name, g_name)].measures.append(Measure(
            code, spec["direction"], dict(spec["targets"]), spec["band"]))
    return card


def template_rows(card: GoalCard) -> list[dict[str, str]]:
    """The goal card as template rows: one per measure and target year (the every-year
    target first), or one with no target when none is set."""
    from navdesk.domain.units import format_number

    rows = []
    for p, g, m in card.measures():
        base = {"perspektiv": p.name, "mål": g.name, "indikator": m.indicator,
                "retning": m.direction.value, "gul_grense": format_number(m.yellow_band)}
        years = sorted(m.targets, key=lambda y: (y is not None, y or 0))
        for year in years or [None]:
            target = m.targets.get(year)
            rows.append({**base, "år": "" if year is None else str(year),
                         "målverdi": "" if target is None else format_number(target)})
    return rows


# a direction as a word of a sentence, translated in the window
_DIRECTION_WORDS = {Direction.HIGHER: QT_TRANSLATE_NOOP("", "høyere"),
                    Direction.LOWER: QT_TRANSLATE_NOOP("", "lavere")}


def _targets_text(targets: Mapping[int | None, float]) -> str:
    """"alle år: 5, 2025: 7.5" (the every-year target first), or "ingen"."""
    parts = [f"{year}: {value:g}" if year else said(
        QT_TRANSLATE_NOOP("", "alle år: {value}"), value=f"{value:g}")
        for year, value in sorted(targets.items(), key=lambda i: (i[0] is not None, i[0] or 0))]
    return joined(parts, ", ") if parts else said(QT_TRANSLATE_NOOP("", "ingen"))


def removed_measures(old: GoalCard, new: GoalCard) -> tuple[int, int]:
    """How many of ``old``'s measures replacing it by ``new`` removes, and how many it
    has: ``(removed, total)``. A measure stays when ``new`` has the same indicator under
    a goal and perspective of the same names (as :func:`describe_changes` counts)."""
    before = {(p.name, g.name, m.indicator) for p, g, m in old.measures()}
    after = {(p.name, g.name, m.indicator) for p, g, m in new.measures()}
    return len(before - after), len(before)


def removes_much(old: GoalCard, new: GoalCard) -> bool:
    """Whether replacing ``old`` by ``new`` removes all of its measures or more than half
    of them: a file cut after its header, or the wrong file, more likely than a wish
    (the command line then wants ``--replace``, the window a tick in its question)."""
    removed, total = removed_measures(old, new)
    return total > 0 and (removed == total or 2 * removed > total)


def removal_warning(old: GoalCard, new: GoalCard) -> Said:
    """The sentence that says how much a template removes (see :func:`removes_much`)."""
    removed, total = removed_measures(old, new)
    return said(QT_TRANSLATE_NOOP(
        "", "Malen fjerner {removed} av {total} målinger fra styringskortet."),
        removed=removed, total=total)


def describe_changes(old: GoalCard, new: GoalCard) -> list[Said]:
    """What replacing ``old`` by ``new`` changes, one line each in bokmål (empty: nothing)."""
    def index(card: GoalCard) -> tuple[set[str], set[tuple[str, str]],
                                       dict[tuple[str, str, str], Measure]]:
        goals = {(p.name, g.name) for p in card.perspectives for g in p.goals}
        measures = {(p.name, g.name, m.indicator): m for p, g, m in card.measures()}
        return {p.name for p in card.perspectives}, goals, measures

    op, og, om = index(old)
    np_, ng, nm = index(new)
    out = [said(QT_TRANSLATE_NOOP("", "Nytt perspektiv: {name}"), name=name)
           for name in sorted(np_ - op)]
    out += [said(QT_TRANSLATE_NOOP("", "Perspektiv fjernet: {name}"), name=name)
            for name in sorted(op - np_)]
    out += [said(QT_TRANSLATE_NOOP("", "Nytt mål: {goal} ({perspective})"), goal=g, perspective=p)
            for p, g in sorted(ng - og)]
    out += [said(QT_TRANSLATE_NOOP("", "Mål fjernet: {goal} ({perspective})"), goal=g,
                 perspective=p) for p, g in sorted(og - ng)]
    out += [said(QT_TRANSLATE_NOOP("", "Ny måling: {code} under «{goal}»"), code=code, goal=g)
            for p, g, code in sorted(nm.keys() - om.keys())]
    out += [said(QT_TRANSLATE_NOOP("", "Måling fjernet: {code} under «{goal}»"), code=code, goal=g)
            for p, g, code in sorted(om.keys() - nm.keys())]
    for key in sorted(om.keys() & nm.keys()):
        a, b = om[key], nm[key]
        if a.direction is not b.direction:
            out.append(said(QT_TRANSLATE_NOOP("", "{code}: retning {old} → {new}"), code=key[2],
                            old=said(_DIRECTION_WORDS[a.direction]),
                            new=said(_DIRECTION_WORDS[b.direction])))
        if a.yellow_band != b.yellow_band:
            out.append(said(QT_TRANSLATE_NOOP("", "{code}: gul grense {old} % → {new} %"),
                            code=key[2], old=f"{a.yellow_band:g}", new=f"{b.yellow_band:g}"))
        if dict(a.targets) != dict(b.targets):
            out.append(said(QT_TRANSLATE_NOOP("", "{code}: målverdier {old} → {new}"),
                            code=key[2], old=_targets_text(a.targets),
                            new=_targets_text(b.targets)))
    return out
