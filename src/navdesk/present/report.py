"""The content of the office's status report, gathered without Qt: the goal card with its
traffic lights and the leader's comments, which trends to draw, the breakdown tables and
the warnings still open. ``navdesk-cli report pdf`` and the window's Report page render
the same :class:`ReportContent`.

The report runs through the latest whole month of the year by default; a partial month
chosen all the same, or a reported one with lines missing, is named so wherever the
period is (``period_marked``, ``month_label``), and a later partial month left out is
said (``left_out_note``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from navdesk.domain.breakdown import BreakdownTable
from navdesk.domain.completeness import Completeness
from navdesk.domain.goalcard import Status, summarize
from navdesk.domain.period import MIN_YEAR, MONTH_NAMES, Period, is_known_year
from navdesk.domain.rules import Finding, check_year
from navdesk.domain.said import QT_TRANSLATE_NOOP, first_upper, said
from navdesk.present.breakdown import office_breakdowns
from navdesk.present.goalcard import GoalCardRow, NoFigures, goal_card_rows, status_cell
from navdesk.present.through import has_figures, shown_month
from navdesk.present.trends import TrendOptions
from navdesk.store.database import Office, Store
from navdesk.store.months import left_out_months, months_of_year

# always drawn first: the stock the office steers by
KEY_TRENDS = ["SH_MND", "SH_UNG_HOVED"]
MAX_TRENDS = 6


@dataclass
class ReportContent:
    office: Office
    year: int
    through_month: int
    goal_card: list[GoalCardRow]
    trends: list[tuple[str, TrendOptions]]  # (heading, what to draw)
    breakdowns: list[BreakdownTable]
    findings: list[Finding]
    names: dict[str, str] = field(default_factory=dict)  # code -> Norwegian name
    made: date = field(default_factory=date.today)
    month: Completeness | None = None  # how whole the month the report runs through is
    # later months with figures that are not whole, left out of a report through the
    # latest whole month (said under its title)
    left_out: list[Completeness] = field(default_factory=list)
    # more lines under the title (the report of all offices: the offices lacking the
    # month it runs through, a later month only some have)
    notes: list[str] = field(default_factory=list)

    @property
    def period_words(self) -> str:
        if self.through_month == 12:
            return f"året {self.year}"
        if self.through_month == 1:
            return f"januar {self.year}"
        return f"januar–{MONTH_NAMES[self.through_month - 1]} {self.year}"

    @property
    def is_partial(self) -> bool:
        """Whether the month the report runs through must carry its label: not whole,
        or reported with lines missing (:attr:`Completeness.is_labelled`)."""
        return self.month is not None and self.month.is_labelled

    @property
    def month_label(self) -> str:
        """"desember 2026: 3 av 75 tall (delvis måned)" ("desember 2026: rapportert med
        20 av 75 tall") when the month the report runs through must carry its label,
        else ""."""
        if not self.is_partial:
            return ""
        assert self.month is not None  # is_partial says so
        return self.month.partial_label()

    @property
    def left_out_note(self) -> str:
        """"Desember 2026 er delvis (3 av 75 tall) og ikke med" for the later months
        left out (one sentence each, joined), else ""."""
        return ". ".join(first_upper(c.left_out_text()) for c in self.left_out)

    @property
    def period_marked(self) -> str:
        """The period as headings and footers name it: "året 2026 (desember delvis: 3 av
        75 tall)" when its last month must carry its label."""
        if not self.is_partial:
            return self.period_words
        assert self.month is not None  # is_partial says so
        return (f"{self.period_words} ({MONTH_NAMES[self.through_month - 1]} "
                f"{self.month.status_text()})")


def status_count_line(rows: list[GoalCardRow]) -> str:
    """"● grønn: 3  ▲ gul: 2  ■ rød: 1  – mangler: 0": how many measures of the card
    have each status, as the domain counts them."""
    _, counts = summarize(r.result.status for r in rows)
    return "  ".join(f"{status_cell(s)}: {counts[s]}" for s in Status)


FINDING_KINDS = {"consistency": QT_TRANSLATE_NOOP("", "Avvik mellom tall"),
                 "outlier": QT_TRANSLATE_NOOP("", "Uvanlig verdi")}


def finding_cells(finding: Finding, names: dict[str, str]) -> list[str]:
    """A warning still open, as a line of the report: its month, the indicator's name,
    its kind and what it says."""
    kind = said(FINDING_KINDS.get(finding.kind, FINDING_KINDS["outlier"]))
    return [str(finding.period), names.get(finding.code, finding.code), kind, finding.message]


def report_content(store: Store, office: Office, year: int,
                   month: int | None = None) -> ReportContent:
    """Everything the report for ``year`` through ``month`` (default: the latest whole
    month of the year, else its latest month with figures) shows. Raises NoFigures when
    the year has none."""
    months = months_of_year(store, office.code, year)
    if month is None and not has_figures(months):
        raise NoFigures(said(QT_TRANSLATE_NOOP("", "Ingen tall er registrert for {year}"),
                             year=year))
    end = months[shown_month(months, month)]
    through = end.period.month_of_year
    rows = goal_card_rows(store, office.code, year, through)
    cat = store.catalogue
    last = Period(year, through)
    first = Period(max(year - 1, MIN_YEAR), 1)  # navdesk has no figures before MIN_YEAR
    trends = []
    chosen = [c for c in KEY_TRENDS if c in cat]
    # then the goal card's measures that are off target, worst first
    off = sorted((r for r in rows if r.result.status in (Status.RED, Status.YELLOW)),
                 key=lambda r: r.result.status is not Status.RED)
    for r in off:
        code = r.result.measure.indicator
        if code not in chosen:
            chosen.append(code)
    for code in chosen[:MAX_TRENDS]:
        ind = cat[code]
        ytd = ind.aggregation.value == "sum"  # a flow is followed on its running total
        trends.append((ind.name + (" (hittil i år)" if ytd else ""),
                       TrendOptions([code], first, last, year_to_date=ytd, target=True)))
    figures = store.figures(office.code, [year - 1, year])
    findings = [f for f in check_year(cat, figures, year) if f.period.month_of_year <= through]
    return ReportContent(office, year, through, rows, trends,
                         office_breakdowns(store, office.code, year, through,
                                           [y for y in [year - 1] if is_known_year(y)]),
                         findings, {i.code: i.name for i in cat}, month=end,
                         left_out=left_out_months(store, office.code, year, through))
