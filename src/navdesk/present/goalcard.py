"""The goal card as a file (same conventions as the exchange file) and as a table for
a terminal. The window, the CLI and the files call :func:`goal_card_rows`.

The card runs through the latest whole month by default (:mod:`navdesk.store.months`);
a partial month chosen all the same, or a reported one with lines missing, is labelled:
a line under the text's title, and the csv column ``måned_status`` (``komplett``,
``rapportert``, ``rapportert: 20 av 75 tall``, ``delvis: 3 av 75 tall`` or ``tom``)
on every row. Each row's ``til_og_med`` is the month its measure is read through."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from navdesk.domain.aggregation import recent_months
from navdesk.domain.completeness import Completeness, default_through_month
from navdesk.domain.goalcard import GoalCard, MeasureResult, evaluate_goal_card
from navdesk.domain.period import MONTH_NAMES, Period
from navdesk.domain.said import QT_TRANSLATE_NOOP, first_upper, said
from navdesk.domain.units import format_display, format_number
from navdesk.formats.csvfile import guard
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
    through = default_through_month(months)
    if through is None and require_figures:
        raise NoFigures(said(QT_TRANSLATE_NOOP("", "Ingen tall er registrert for {year}"),
                             year=year))
    through = month or through or 12
    comments = measure_comments(store, office, Period(year, through))
    cat = store.catalogue
    card = card if card is not None else load_goal_card(store)
    return [GoalCardRow(p.name, g.name, cat[r.measure.indicator].name, r,
                        comments.get(r.measure.id),
                        tuple(recent_months(cat, figures, r.measure.indicator,
                                            Period(year, through))), months[through])
            for p, g, r in evaluate_goal_card(cat, figures, card, year, through)]


def _n(value, decimal: str = ",") -> str:
    return "" if value is None else format_number(round(value, 2), decimal)


def goal_card_csv_rows(rows: list[GoalCardRow]) -> list[list[str]]:
    out = []
    for row in rows:
        r = row.result
        out.append([
            guard(row.perspective), guard(row.goal), r.measure.indicator, guard(row.name),
            str(r.through), _n(r.value), _n(r.target_year), _n(r.target_period),
            r.measure.direction.value, _n(r.measure.yellow_band), r.status.value,
            _n(r.last_year), _n(r.change), guard(row.comment or ""),
            "" if row.month is None else row.month.status_text(),
        ])
    return out


def goal_card_text(rows: list[GoalCardRow], left_out: Sequence[Completeness] = ()) -> str:
    """A readable table: perspective and goal as headings, one measure a line. Under the
    title, the label of the month the card runs through when it must carry one, and
    the later months ``left_out`` (:func:`navdesk.store.months.left_out_months`). A
    measure read through an earlier month (its figure of the last month is missing)
    says which."""
    if not rows:
        return ""
    month = rows[0].month
    through = month.period if month is not None else rows[0].result.through
    lines = [f"Styringskort til og med {through}"]
    if month is not None and month.is_labelled:
        lines.append(month.partial_label())
    lines += [first_upper(c.left_out_text()) for c in left_out]
    lines.append("")
    perspective = goal = None
    for row in rows:
        r = row.result
        if row.perspective != perspective:
            perspective, goal = row.perspective, None
            lines.append(row.perspective.upper())
        if row.goal != goal:
            goal = row.goal
            lines.append(f"  {row.goal}")

        def show(v):
            return "–" if v is None else format_display(round(v, 1))

        trend = "" if r.better is None else (" (bedre)" if r.better else " (verre)")
        earlier = ("" if r.through == through
                   else f"  (til og med {MONTH_NAMES[r.through.month - 1]})")
        lines.append(
            f"    {r.status.symbol} {r.status.value:<8} {row.name[:46]:<46} "
            f"{show(r.value):>12}  mål {show(r.target_period):>10} ({r.measure.direction.value})"
            f"  i fjor {show(r.last_year):>10}{trend}{earlier}")
        if row.comment:
            lines.append(f"        «{row.comment}»")
    return "\n".join(lines) + "\n"
