"""Changing a catalogue that is in use: which changes are allowed, which are refused and
why, and how each is said, as pure functions over the indicators as they are, as they
are to become, and the codes that already have values. The store only applies the plan.

A code with values keeps its unit, its aggregation rule and its period type: changing
them would misread the values already stored. Everything else (names, section,
breakdown, weight, parts of a ratio, active) may change at any time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from navdesk.domain.catalogue import CatalogueError, Indicator, build_catalogue
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, joined, said
from navdesk.domain.units import Unit, ValueRejected

# an indicator's fields as the messages about the catalogue name them (lower case, as
# in a sentence); the window says them in its language
FIELD_WORDS = {"name": QT_TRANSLATE_NOOP("", "navn"),
               "name_en": QT_TRANSLATE_NOOP("", "engelsk navn"),
               "unit": QT_TRANSLATE_NOOP("", "enhet"),
               "aggregation": QT_TRANSLATE_NOOP("", "aggregering"),
               "section": QT_TRANSLATE_NOOP("", "seksjon"),
               "weight": QT_TRANSLATE_NOOP("", "vekt"),
               "period_type": QT_TRANSLATE_NOOP("", "periodetype"),
               "group": QT_TRANSLATE_NOOP("", "fordeling"),
               "parent": QT_TRANSLATE_NOOP("", "del av"),
               "numerator": QT_TRANSLATE_NOOP("", "teller"),
               "denominator": QT_TRANSLATE_NOOP("", "nevner"),
               "factor": QT_TRANSLATE_NOOP("", "faktor"),
               "active": QT_TRANSLATE_NOOP("", "aktiv")}

# the fields compared, in the order a change names them
FIELDS = ("name", "name_en", "unit", "aggregation", "section", "weight", "period_type",
          "group", "parent", "numerator", "denominator", "factor", "active")

# the units as a catalogue file writes them (``nok``), which the bokmål messages quote;
# the window's English says them in English (``NOK``)
UNIT_WORDS = {Unit.PERSONS: QT_TRANSLATE_NOOP("", "persons"),
              Unit.COUNT: QT_TRANSLATE_NOOP("", "count"),
              Unit.NOK: QT_TRANSLATE_NOOP("", "nok"),
              Unit.DAYS: QT_TRANSLATE_NOOP("", "days"),
              Unit.MONTHS: QT_TRANSLATE_NOOP("", "months"),
              Unit.NIGHTS: QT_TRANSLATE_NOOP("", "nights"),
              Unit.PERCENT: QT_TRANSLATE_NOOP("", "percent"),
              Unit.SCORE: QT_TRANSLATE_NOOP("", "score")}


@dataclass
class MergePlan:
    """What a merge makes of the catalogue: every indicator in its new order (the old
    ones where they were, new codes last), the codes to add, and what changed, one
    :class:`Said` line each ("Ny indikator: …", "Endret: … (navn, aktiv)")."""

    indicators: list[Indicator] = field(default_factory=list)
    added: set[str] = field(default_factory=set)
    changes: list[Said] = field(default_factory=list)


def fixed_field_problems(old: Indicator, new: Indicator) -> list[Said]:
    """Why ``new`` cannot replace ``old`` when the code has values: one line for each
    of unit, aggregation rule and period type that differ (none when they agree)."""
    problems = []
    for name, a, b in (
            ("unit", said(UNIT_WORDS[old.unit]), said(UNIT_WORDS[new.unit])),
            ("aggregation", old.aggregation.value, new.aggregation.value),
            ("period_type", old.period_type.value, new.period_type.value)):
        if a != b:
            problems.append(said(QT_TRANSLATE_NOOP(
                "", "{code}: {what} kan ikke endres fra {old} til {new} når koden "
                "har verdier"), code=new.code, what=said(FIELD_WORDS[name]), old=a, new=b))
    return problems


def changed_fields(old: Indicator, new: Indicator) -> list[str]:
    """The fields (of :data:`FIELDS`) in which ``new`` differs from ``old``."""
    return [f for f in FIELDS if getattr(old, f) != getattr(new, f)]


def plan_merge(current: Iterable[Indicator], given: Iterable[Indicator],
               codes_with_values: set[str]) -> MergePlan:
    """Add the new codes of ``given`` and update the fields of the existing ones; codes
    not given stay as they are. Raises ValueRejected, whose message has one line per
    problem, when a code with values would change a fixed field, or when the result is
    no valid catalogue (a dangling reference, a ratio of a ratio)."""
    plan = MergePlan(indicators=list(current))
    position = {i.code: n for n, i in enumerate(plan.indicators)}
    old_ones = dict(zip(position, plan.indicators, strict=True))
    problems: list[Said] = []
    for new in given:
        old = old_ones.get(new.code)
        if old is None:
            position[new.code] = len(plan.indicators)
            plan.indicators.append(new)
            plan.added.add(new.code)
            plan.changes.append(said(QT_TRANSLATE_NOOP("", "Ny indikator: {code} {name}"),
                                     code=new.code, name=new.name))
            continue
        if new.code in codes_with_values:
            problems += fixed_field_problems(old, new)
        fields = changed_fields(old, new)
        if fields:
            plan.indicators[position[new.code]] = new
            plan.changes.append(said(QT_TRANSLATE_NOOP("", "Endret: {code} ({fields})"),
                                     code=new.code,
                                     fields=joined([said(FIELD_WORDS[f]) for f in fields], ", ")))
    if problems:
        raise ValueRejected(joined(problems, "\n"))
    try:
        build_catalogue(plan.indicators)
    except CatalogueError as exc:  # its message may be a Said: keep it for the window
        reason = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
        raise ValueRejected(reason) from None
    return plan
