"""The goal card as a file (same conventions as the exchange file) and as a table for
a terminal. The window, the CLI and the files call :func:`goal_card_rows`, and every
surface that shows a row to people (the window's model, the terminal, the PDF) writes
it with :func:`goal_card_cells`, so they read the same; figures are rounded by the one
rule of :mod:`navdesk.present.figures`.

The card runs through the latest whole month by default (:mod:`navdesk.store.months`);
a partial month chosen all the same, or a reported one with lines missing, is labelled:
a line under the text's title, and the csv column ``måned_status`` (``komplett``,
``rapportert``, ``rapportert: 20 av 75 tall``, ``delvis: 3 av 75 tall`` or ``tom``)
on every row. Each row's ``til_og_med`` is the month its measure is read through."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from navdesk.domain.aggregation import recent_months
from navdesk.domain.completeness import Completeness
from navdesk.domain.goalcard import GoalCard, MeasureResult, Status, evaluate_goal_card
from navdesk.domain.period import MONTH_NAMES, Period
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, first_upper, said
from navdesk.formats.csvfile import guard
from navdesk.present import figures as fig
from navdesk.present.through import has_figures, shown_month
from navdesk.store.database import Store
from navdesk.store.goalcard import load_goal_card, measure_comments
from navdesk.store.months import months_of_year

GOALCARD_COLUMNS = (
    "perspektiv", "mål", "indikator", "navn", "til_og_med", "verdi", "målverdi_år",
    "målverdi_periode", "retning", "gul_grense", "status", "fjorår", "endring", "kommentar",
    "måned_status",  # last: the columns before it keep their places in older sheets
)


@dataclass(frozen=True)
class GoalCardRow:
    perspective: str
    goal: str
    name: str
    result: MeasureResult
    comment: str | None
    recent: tuple = ()  # the indicator's month figures, 24 months up to the window's end
    month: Completeness | None = None  # how whole the month the card runs through is


class NoFigures(ValueError):
    """The year has no figures to judge the goal card by (the message is a ``Said``)."""


def goal_card_rows(store: Store, office: str, year: int, month: int | None = None, *,
                   card: GoalCard | None = None, require_figures: bool = True) -> list[GoalCardRow]:
    """The goal card of ``office`` for ``year`` through ``month`` (default: the latest
    whole month of the year, else its latest month with figures, else December); each
    row carries that month's completeness. Raises NoFigures when the year has no
    figures, unless ``require_figures`` is False (the window still shows the card, its
    targets and its comments then)."""
    figures = store.figures(office, [year - 2, year - 1, year])
    months = months_of_year(store, office, year)
    if require_figures and not has_figures(months):
        raise NoFigures(said(QT_TRANSLATE_NOOP("", "Ingen tall er registrert for {year}"),
                             year=year))
    through = shown_month(months, month)
    comments = measure_comments(store, office, Period(year, through))
    cat = store.catalogue
    card = card if card is not None else load_goal_card(store)
    return [GoalCardRow(p.name, g.name, cat[r.measure.indicator].name, r,
                        comments.get(r.measure.id) if r.measure.id is not None else None,
                        tuple(recent_months(cat, figures, r.measure.indicator,
                                            Period(year, through))), months[through])
            for p, g, r in evaluate_goal_card(cat, figures, card, year, through)]


# a status and a change's direction as words: bokmål here, the window's language there
STATUS_WORDS = {Status.GREEN: QT_TRANSLATE_NOOP("", "grønn"),
                Status.YELLOW: QT_TRANSLATE_NOOP("", "gul"),
                Status.RED: QT_TRANSLATE_NOOP("", "rød"),
                Status.MISSING: QT_TRANSLATE_NOOP("", "mangler")}
BETTER, WORSE = QT_TRANSLATE_NOOP("", "bedre"), QT_TRANSLATE_NOOP("", "verre")


@dataclass(frozen=True)
class GoalCardCells:
    """One measure of the goal card as people read it, cell by cell. Figures are written
    for ``lang``; words are :class:`~navdesk.domain.said.Said` (bokmål as they are, the
    window shows them in its language)."""

    name: str
    value: str  # "–" when missing
    target_year: str  # the yearly target as typed ("" when none: the cell is typed in)
    target: str  # the target for the months so far with its direction: "≥ 91,7"
    status: str  # "● grønn"
    last_year: str  # "–" when missing
    change: str  # "+5,2 bedre", "-3" or ""
    comment: str
    through: str  # "til og med november" when read through an earlier month, else ""

    def name_with_through(self) -> str:
        """The name, and the month it is read through when that is an earlier one."""
        return f"{self.name} ({self.through})" if self.through else self.name


def status_cell(status: Status) -> Said:
    """"● grønn": the symbol for black-and-white print, the word for everyone."""
    return said("{symbol} {status}", symbol=status.symbol, status=said(STATUS_WORDS[status]))


def goal_card_cells(row: GoalCardRow, through: Period | None = None,
                    lang: str = "nb") -> GoalCardCells:
    """The cells of one measure of the card; ``through`` is the month the card runs
    through (default: the month of ``row.month``), to say when the measure is read
    through an earlier one."""
    r = row.result
    if through is None and row.month is not None:
        through = row.month.period
    change = fig.signed(r.change, lang)
    if change and r.better is not None:
        change = said("{change} {word}", change=change, word=said(BETTER if r.better else WORSE))
    earlier = (said(QT_TRANSLATE_NOOP("", "til og med {month}"),
                    month=MONTH_NAMES[r.through.month_of_year - 1])
               if through is not None and r.through != through else "")
    return GoalCardCells(
        name=row.name, value=fig.for_people(r.value, lang),
        target_year=fig.for_people(r.target_year, lang, 2, missing=""),
        target=("" if r.target_period is None else
                f"{r.measure.direction.symbol} {fig.for_people(r.target_period, lang)}"),
        status=status_cell(r.status), last_year=fig.for_people(r.last_year, lang),
        change=change, comment=row.comment or "", through=earlier)


def goal_card_csv_rows(rows: list[GoalCardRow]) -> list[list[str]]:
    out = []
    for row in rows:
        r = row.result
        out.append([
            guard(row.perspective), guard(row.goal), r.measure.indicator, guard(row.name),
            str(r.through), fig.in_file(r.value), fig.in_file(r.target_year),
            fig.in_file(r.target_period), r.measure.direction.value,
            fig.in_file(r.measure.yellow_band), r.status.value, fig.in_file(r.last_year),
            fig.in_file(r.change), guard(row.comment or ""),
            "" if row.month is None else row.month.status_text(),
        ])
    return out


def goal_card_text(rows: list[GoalCardRow], left_out: Sequence[Completeness] = (), *,
                   title: str | None = None, notes: Sequence[str] = ()) -> str:
    """A readable table: perspective and goal as headings, one measure a line, its cells
    those of :func:`goal_card_cells`. Under the title, the label of the month the card
    runs through when it must carry one, and the later months ``left_out``
    (:func:`navdesk.store.months.left_out_months`). A measure read through an earlier
    month (its figure of the last month is missing) says which at the end of its line.
    ``title`` and ``notes`` replace the title and add lines under it (the network's card,
    :mod:`navdesk.present.network_card`)."""
    if not rows:
        return ""
    month = rows[0].month
    through = month.period if month is not None else rows[0].result.through
    lines = [title or f"Styringskort til og med {through}", *notes]
    if month is not None and month.is_labelled:
        lines.append(month.partial_label())
    lines += [first_upper(c.left_out_text()) for c in left_out]
    lines.append("")
    cells = [goal_card_cells(row, through) for row in rows]
    width = max(len(c.name) for c in cells)
    perspective = goal = None
    for row, c in zip(rows, cells, strict=True):
        if row.perspective != perspective:
            perspective, goal = row.perspective, None
            lines.append(row.perspective.upper())
        if row.goal != goal:
            goal = row.goal
            lines.append(f"  {row.goal}")
        line = (f"    {c.status:<10} {c.name:<{width}} {c.value:>12}  mål {c.target:>12}"
                f"  i fjor {c.last_year:>10}")
        if c.change:
            line += f"  endring {c.change}"
        if c.through:
            line += f"  ({c.through})"
        lines.append(line)
        if row.comment:
            lines.append(f"        «{row.comment}»")
    return "\n".join(lines) + "\n"
