"""The goal card and the status report of all offices together (``--office all``): each
measure by the network's figure (the offices read as one office,
:mod:`navdesk.domain.network`) against the card's targets, laid out by the same
presenters as one office's card (:mod:`navdesk.present.goalcard`).

**The month it runs through.** One office's card runs through its latest whole month;
the network's, by default, through the latest month in which *every* office with
figures in the year has some figure: a later month only some offices have entered would
set a part of the network against the whole year's targets. A later month left out is
said; ``--month`` chooses another (then the offices lacking it are named as partial)."""

from __future__ import annotations

from dataclasses import dataclass, field

from navdesk.domain.goalcard import GoalCard, evaluate_goal_card
from navdesk.domain.period import MONTH_NAMES, Period, is_known_year
from navdesk.domain.said import QT_TRANSLATE_NOOP, said
from navdesk.domain.units import Number
from navdesk.present.goalcard import GoalCardRow, NoFigures
from navdesk.present.report import ReportContent
from navdesk.store.database import Office, Store
from navdesk.store.goalcard import load_goal_card
from navdesk.store.network import combined_year_to_date, latest_months
from navdesk.store.series import codes_needed

ALL_OFFICES = "alle"  # what --office takes for the network


@dataclass(frozen=True)
class NetworkCard:
    """The network's goal card for ``year`` through ``through_month``: its rows, the
    offices it is made of (by code) and those that lack ``through_month``."""

    year: int
    through_month: int
    rows: list[GoalCardRow]
    offices: tuple[str, ...]
    lacking: tuple[str, ...]  # offices with figures in the year but none in through_month
    latest_month: int  # the latest month of the year any office has figures for
    # measures (indicator code) some offices' figures of stop before through_month,
    # though those offices have other figures for it: code -> offices
    shorter: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def title(self) -> str:
        """"Styringskort for alle kontorer (3) til og med 2024-03"."""
        return said(QT_TRANSLATE_NOOP(
            "", "Styringskort for alle kontorer ({count}) til og med {period}"),
            count=len(self.offices), period=str(Period(self.year, self.through_month)))

    def notes(self) -> list[str]:
        """The lines under the title: the offices lacking the month it runs through, and
        a later month only some offices have figures for, left out."""
        out: list[str] = []
        if self.lacking:
            out.append(said(QT_TRANSLATE_NOOP(
                "", "Delvis: {offices} mangler tall for {month}"),
                offices=", ".join(self.lacking), month=MONTH_NAMES[self.through_month - 1]))
        by_offices: dict[tuple[str, ...], list[str]] = {}
        for code, offices in self.shorter.items():
            by_offices.setdefault(offices, []).append(code)
        for offices, codes in by_offices.items():
            out.append(said(QT_TRANSLATE_NOOP(
                "", "Delvis: {offices} mangler tall for {month} for {codes}"),
                offices=", ".join(offices), month=MONTH_NAMES[self.through_month - 1],
                codes=", ".join(codes)))
        if self.latest_month == self.through_month + 1:
            out.append(said(QT_TRANSLATE_NOOP(
                "", "{month} {year} har tall fra bare noen av kontorene og er ikke med"),
                month=MONTH_NAMES[self.latest_month - 1].capitalize(), year=self.year))
        elif self.latest_month > self.through_month:  # every later month: left out
            out.append(said(QT_TRANSLATE_NOOP(
                "", "{first}–{last} {year} har tall fra bare noen av kontorene og er ikke "
                    "med"),
                first=MONTH_NAMES[self.through_month].capitalize(),
                last=MONTH_NAMES[self.latest_month - 1], year=self.year))
        return out


def network_card(store: Store, year: int, month: int | None = None, *,
                 card: GoalCard | None = None) -> NetworkCard:
    """The goal card of all offices together for ``year`` through ``month`` (default:
    see the module). Raises NoFigures when no office has figures for the card's
    indicators in ``year``."""
    cat = store.catalogue
    card = card if card is not None else load_goal_card(store)
    codes = [m.indicator for _, _, m in card.measures() if m.indicator in cat]
    latest = latest_months(store, year) if is_known_year(year) else {}
    if not latest:
        raise NoFigures(said(QT_TRANSLATE_NOOP(
            "", "Ingen kontorer har tall for styringskortet i {year}"), year=year))
    through = month or min(latest.values())
    # each office's own figure for the period, then combined over the offices (an office
    # that lacks the month keeps its own latest figure in the network's)
    # (computed in SQLite: one figure an office and indicator reaches Python)
    network: dict[str, dict[Period, Number]] = {}
    short: dict[str, set[str]] = {}  # code -> offices whose figure stops before the month
    for y in (year - 1, year):
        if is_known_year(y):
            for part, series in combined_year_to_date(
                    store, codes, y, through, short if y == year else None).items():
                network.setdefault(part, {}).update(series)
    rows = [GoalCardRow(p.name, g.name, cat[r.measure.indicator].name, r, None)
            for p, g, r in evaluate_goal_card(cat, network, card, year, through)]
    lacking = tuple(sorted(o for o, m in latest.items() if m < through))
    # offices that have the month, yet not for every measure: named with the measures
    shorter: dict[str, tuple[str, ...]] = {}
    for code in dict.fromkeys(codes):  # a share is as short as its shortest part
        offices = {o for part in codes_needed(cat, [code]) for o in short.get(part, ())}
        if offices - set(lacking):
            shorter[code] = tuple(sorted(offices - set(lacking)))
    return NetworkCard(year, through, rows, tuple(sorted(latest)), lacking,
                       max(latest.values()), shorter)


def network_report_content(store: Store, year: int, month: int | None = None) -> ReportContent:
    """The status report of all offices together: the network's goal card (no trends,
    breakdowns or warnings: those are each office's own report)."""
    net = network_card(store, year, month)
    office = Office(ALL_OFFICES, said(QT_TRANSLATE_NOOP("", "Alle kontorer")),
                    said(QT_TRANSLATE_NOOP("", "{count} kontorer"), count=len(net.offices)))
    return ReportContent(office, year, net.through_month, net.rows, [], [], [],
                         {i.code: i.name for i in store.catalogue}, notes=net.notes())
