"""What the month form shows: the catalogue as a tree of sections, indicators and the
breakdown groups under their parent, each indicator with its value, last month's
value, the same month last year and the warnings about it.

Pure data: the window only displays it, so the form, the CLI and the files show the
same figures.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from navdesk.domain.aggregation import Figures, value_in_month
from navdesk.domain.catalogue import Catalogue, Indicator
from navdesk.domain.period import Period
from navdesk.domain.rules import Finding, check_month
from navdesk.domain.units import Number

SECTION, GROUP, INDICATOR = "section", "group", "indicator"


@dataclass(eq=False)
class SheetNode:
    """A line of the form: a section, a breakdown group or an indicator."""

    kind: str
    title: str
    indicator: Indicator | None = None
    period: Period | None = None  # the period a value of this line is stored under
    value: Number | None = None
    previous: Number | None = None  # the month before (the year before, for yearly ones)
    last_year: Number | None = None  # the same month a year earlier
    comment: str | None = None
    findings: tuple[Finding, ...] = ()
    children: list[SheetNode] = field(default_factory=list)
    parent: SheetNode | None = None
    row: int = 0  # position among its siblings

    @property
    def code(self) -> str | None:
        return self.indicator.code if self.indicator else None

    @property
    def editable(self) -> bool:
        return self.kind == INDICATOR and self.indicator is not None and self.indicator.is_entered

    def add(self, child: SheetNode) -> SheetNode:
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child


@dataclass
class MonthSheet:
    """The whole form for one month: top-level sections, and every finding."""

    period: Period
    sections: list[SheetNode]
    findings: list[Finding]
    by_code: dict[str, SheetNode]

    def entered_rows(self) -> list[SheetNode]:
        """Indicator lines that take a value, in the order they are shown."""
        out: list[SheetNode] = []

        def walk(node: SheetNode) -> None:
            if node.editable:
                out.append(node)
            for c in node.children:
                walk(c)

        for s in self.sections:
            walk(s)
        return out


def _value(catalogue: Catalogue, figures: Figures, code: str,
           period: Period | None) -> Number | None:
    """The figure of ``code`` in ``period`` (a year: its own value); None for no period
    (before navdesk's first year)."""
    if period is None:
        return None
    if period.is_year:
        return (figures.get(code) or {}).get(period)
    return value_in_month(catalogue, figures, code, period)


def build_month_sheet(catalogue: Catalogue, figures: Figures,
                      comments: Mapping[tuple[str, Period], str],
                      period: Period) -> MonthSheet:
    """The form for month ``period``. Yearly indicators appear in December only, as the
    year's value; hidden (inactive) indicators are left out. ``comments`` maps
    (code, period) to the stored comment."""
    if period.is_year:
        raise ValueError("a month sheet needs a month")
    findings = check_month(catalogue, figures, period)
    # a warning marks the line it is about; the lines it names are in its message
    by_finding: dict[str, list[Finding]] = {}
    for f in findings:
        by_finding.setdefault(f.code, []).append(f)

    sections: dict[str, SheetNode] = {}
    by_code: dict[str, SheetNode] = {}
    groups: dict[tuple[str, str], SheetNode] = {}
    for ind in catalogue:
        if not ind.active or (ind.is_yearly and period.month != 12):
            continue
        own = Period(period.year) if ind.is_yearly else period
        if ind.is_yearly:
            value = (figures.get(ind.code) or {}).get(own)
            previous = _value(catalogue, figures, ind.code, own.year_before())
            last_year = previous
        else:
            value = value_in_month(catalogue, figures, ind.code, period)
            previous = _value(catalogue, figures, ind.code, period.month_before())
            last_year = _value(catalogue, figures, ind.code, period.year_before())
        node = SheetNode(INDICATOR, ind.name, ind, own, value, previous, last_year,
                         comments.get((ind.code, own)), tuple(by_finding.get(ind.code, ())))
        by_code[ind.code] = node
        if ind.group and ind.parent and (parent_node := by_code.get(ind.parent)) is not None:
            key = (ind.parent, ind.group)
            group = groups.get(key)
            if group is None:
                group = groups[key] = parent_node.add(SheetNode(GROUP, ind.group))
            group.add(node)
        else:
            section = sections.get(ind.section)
            if section is None:
                section = sections[ind.section] = SheetNode(SECTION, ind.section, row=len(sections))
            section.add(node)
    return MonthSheet(period, list(sections.values()), findings, by_code)
