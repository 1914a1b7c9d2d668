"""What a trend picture shows, worked out without Qt: the lines of each indicator with
their options (target, rolling mean, year-over-year, projection), grouped into one
panel per unit so that no two units ever share a scale. The window's trends view, the
status report and ``navdesk-cli plot`` all draw a :class:`TrendPicture`.

The x value of a month is ``year * 12 + month - 1``; of a year, the year; in the
year-over-year picture, the month 1..12.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from navdesk.domain.catalogue import Aggregation
from navdesk.domain.goalcard import period_target
from navdesk.domain.period import MONTH_NAMES, Period
from navdesk.domain.trends import (
    months_between, project_year_end, rolling_mean, target_line, year_over_year,
    year_to_date_series, yearly_series,
)
from navdesk.domain.units import Unit
from navdesk.store.database import Store
from navdesk.store.goalcard import load_goal_card
from navdesk.store.series import figures_for

MONTHLY, YEARLY, CALENDAR = "month", "year", "calendar"  # the x axis of a picture


def month_x(p: Period) -> int:
    return p.year * 12 + (p.month or 12) - 1


def x_month(x: float) -> Period:
    n = int(round(x))
    return Period(n // 12, n % 12 + 1)


@dataclass
class TrendOptions:
    codes: list[str]
    first: Period  # a month
    last: Period  # a month
    yearly: bool = False  # one point per year by each indicator's rule
    year_to_date: bool = False  # monthly points as January..month of their year
    target: bool = False  # the goal card's target as a line
    overlay: bool = False  # one line per year over January..December
    rolling: bool = False  # 12-month rolling mean (monthly points)
    projection: bool = False  # the current year's end, from year to date


@dataclass
class Line:
    code: str
    label: str
    kind: str  # "value", "target", "rolling", "projection", "year", or for the year so
    # on a yearly axis "partial" and "partial_target" (points of their own)
    xs: list[float]
    ys: list[float | None]
    colour_index: int  # the indicator's place: its lines share a colour
    emphasised: bool = True
    comments: dict[float, str] = field(default_factory=dict)  # x -> the month's comment


@dataclass
class Panel:
    unit: Unit
    scale: float  # values are divided by this (1000 for kroner: "tusen kr")
    axis_label: str
    lines: list[Line] = field(default_factory=list)


@dataclass
class TrendPicture:
    axis: str  # MONTHLY, YEARLY or CALENDAR
    title: str
    panels: list[Panel]
    notes: list[str] = field(default_factory=list)  # what could not be drawn, and why

    def value_lines(self) -> list[Line]:
        return [line for p in self.panels for line in p.lines
                if line.kind in ("value", "year", "partial")]


def unit_axis(unit: Unit) -> tuple[float, str]:
    """The scale and axis label of a unit: kroner in thousands, as such."""
    if unit is Unit.NOK:
        return 1000.0, "tusen kr"
    return 1.0, {Unit.PERCENT: "prosent", Unit.PERSONS: "personer", Unit.COUNT: "antall",
                 Unit.DAYS: "dager", Unit.MONTHS: "måneder", Unit.NIGHTS: "døgn",
                 Unit.SCORE: "poeng"}.get(unit, unit.label)


def _targets(store: Store) -> dict[str, object]:
    """The first goal-card measure of each indicator (its targets per year)."""
    out = {}
    for _, _, m in load_goal_card(store).measures():
        out.setdefault(m.indicator, m)
    return out


def period_words(first: Period, last: Period) -> str:
    def one(p: Period) -> str:
        return f"{MONTH_NAMES[p.month - 1]} {p.year}"
    return f"{one(first)} – {one(last)}"


def trend_picture(store: Store, office: str, options: TrendOptions) -> TrendPicture:
    """The picture ``options`` asks for, from the office's figures."""
    cat = store.catalogue
    codes = [c for c in options.codes if c in cat]
    first, last = options.first, options.last
    years = list(range(first.year, last.year + 1))
    figures, comments = figures_for(store, office, codes, first.year - 1, last.year)
    measures = _targets(store) if options.target else {}
    panels: dict[Unit, Panel] = {}
    notes: list[str] = []
    axis = CALENDAR if options.overlay else (YEARLY if options.yearly else MONTHLY)

    def panel(unit: Unit) -> Panel:
        if unit not in panels:
            scale, label = unit_axis(unit)
            panels[unit] = Panel(unit, scale, label)
        return panels[unit]

    for n, code in enumerate(codes):
        ind = cat[code]
        p = panel(ind.unit)
        name = ind.name
        measure = measures.get(code)
        if options.target and measure is None:
            notes.append(f"{code} har ingen måling i styringskortet, og dermed ingen målverdi.")
        if axis == CALENDAR:
            lines = year_over_year(cat, figures, code, years)
            for y in years:
                xs = list(range(1, 13))
                # each year its own colour (this year first), each indicator its own set
                rank = n * len(years) + (last.year - y)
                p.lines.append(Line(code, f"{name} {y}", "year", xs, lines[y], rank,
                                    emphasised=(y == last.year),
                                    comments={m: comments[(code, Period(y, m))] for m in xs
                                              if (code, Period(y, m)) in comments}))
            if measure is not None:
                _target_for_year(p, code, cat, measure, last.year, False, n, name)
            continue
        if axis == YEARLY:
            points = yearly_series(cat, figures, code, first.year, last.year, last.month)
            running = last.month != 12  # the last year is not over: its figure so far
            whole = points[:-1] if running else points
            xs = [pt.period.year for pt in whole]
            p.lines.append(Line(code, name, "value", xs, [pt.value for pt in whole], n))
            so_far = f"januar–{MONTH_NAMES[last.month - 1]} {last.year}"
            if running:
                # a year so far is no whole year: a point of its own, not joined to the line
                p.lines.append(Line(code, f"{name}, {so_far}", "partial", [last.year],
                                    [points[-1].value], n))
            if measure is not None:
                ys = [measure.target_for(y) for y in xs]
                if any(v is not None for v in ys):
                    p.lines.append(Line(code, f"Mål: {name}", "target", xs, ys, n))
                part = period_target(ind.aggregation, measure.target_for(last.year), last.month)
                if running and part is not None:
                    p.lines.append(Line(code, f"Mål {so_far}: {name}", "partial_target",
                                        [last.year], [part], n))
            if options.projection and last.month != 12:
                end = project_year_end(cat, figures, code, last.year, last.month)
                if end is None:
                    notes.append(f"{code}: for lite å bygge en prognose for {last.year} på.")
                else:
                    # from the last whole year to where this one is heading
                    before = points[-2].value if len(points) > 1 else None
                    xs_p, ys_p = ([last.year - 1, last.year], [before, end]) if before is not None \
                        else ([last.year], [end])
                    p.lines.append(Line(code, f"Prognose {last.year}: {name}", "projection",
                                        xs_p, ys_p, n))
            continue
        months = months_between(first, last)
        xs = [month_x(m) for m in months]
        if options.year_to_date:
            ys = []
            for y in years:
                through = 12 if y != last.year else last.month
                ytd = year_to_date_series(cat, figures, code, y, through)
                ys.extend(pt.value for pt in ytd if first <= pt.period <= last)
            label = f"{name} (hittil i år)"
            xs, ys = _break_at_new_year(xs, ys)
        else:
            from navdesk.domain.aggregation import value_in_month
            ys = [value_in_month(cat, figures, code, m) for m in months]
            label = name
            if cat.is_year_to_date(code):  # unique persons so far start again each January
                xs, ys = _break_at_new_year(xs, ys)
        p.lines.append(Line(code, label, "value", xs, ys, n,
                            comments={month_x(m): comments[(code, m)] for m in months
                                      if (code, m) in comments}))
        if options.rolling:
            if options.year_to_date:
                notes.append("Glidende gjennomsnitt vises bare for månedstall.")
            else:
                # the window reaches back before the first month shown
                back = months_between(Period(first.year - 1, first.month), last)
                from navdesk.domain.aggregation import value_in_month
                full = [value_in_month(cat, figures, code, m) for m in back]
                p.lines.append(Line(code, f"{name}, 12 mnd. glidende snitt", "rolling", xs,
                                    rolling_mean(full)[-len(xs):], n))
        if measure is not None:
            _target_months(p, code, cat, measure, years, options.year_to_date, n, name, first, last)
        if options.projection and last.month != 12:
            _projection_line(p, notes, cat, figures, code, last, options.year_to_date, n, name, xs, ys)
    return TrendPicture(axis, _title(cat, codes, options), list(panels.values()), notes)


def _target_label(cat, code, name, year_to_date) -> str:
    pro_rata = year_to_date and cat[code].aggregation is Aggregation.SUM
    return f"Mål: {name}" + (" (pro rata)" if pro_rata else "")


def _target_for_year(p: Panel, code, cat, measure, year, year_to_date, n, name, *,
                     calendar=False) -> None:
    points = target_line(cat, code, measure.target_for(year), year, year_to_date)
    ys = [pt.value for pt in points]
    if any(v is not None for v in ys):
        p.lines.append(Line(code, _target_label(cat, code, name, year_to_date), "target",
                            list(range(1, 13)), ys, n))


def _target_months(p: Panel, code, cat, measure, years, year_to_date, n, name, first, last) -> None:
    """One line through every month shown; it steps where a year's target differs."""
    keep = [pt for y in years
            for pt in target_line(cat, code, measure.target_for(y), y, year_to_date)
            if first <= pt.period <= last]
    xs, ys = [month_x(pt.period) for pt in keep], [pt.value for pt in keep]
    if year_to_date:
        xs, ys = _break_at_new_year(xs, ys)
    if any(v is not None for v in ys):
        p.lines.append(Line(code, _target_label(cat, code, name, year_to_date), "target", xs, ys, n))


def _break_at_new_year(xs: list, ys: list) -> tuple[list, list]:
    """A year-to-date curve starts again each January: a gap (x - 0.5, None) keeps
    December from being joined to January."""
    out_x, out_y = [], []
    for x, y in zip(xs, ys):
        if out_x and x % 12 == 0:
            out_x.append(x - 0.5)
            out_y.append(None)
        out_x.append(x)
        out_y.append(y)
    return out_x, out_y


def _projection_line(p, notes, cat, figures, code, last, year_to_date, n, name, xs, ys) -> None:
    ind = cat[code]
    if ind.aggregation is Aggregation.SUM and not year_to_date:
        notes.append(f"{code}: prognosen for året er en årssum og vises med «hittil i år» "
                     "eller årstall.")
        return
    end = project_year_end(cat, figures, code, last.year, last.month)
    if end is None or ys[-1] is None:
        notes.append(f"{code}: for lite å bygge en prognose for {last.year} på.")
        return
    p.lines.append(Line(code, f"Prognose {last.year}: {name}", "projection",
                        [xs[-1], month_x(Period(last.year, 12))], [ys[-1], end], n))


def _title(cat, codes, options) -> str:
    names = ", ".join(cat[c].name for c in codes) or "Ingen indikator valgt"
    if options.overlay:
        span = f"{options.first.year}–{options.last.year}, år for år"
    elif options.yearly:
        span = f"{options.first.year}–{options.last.year}"
    else:
        span = period_words(options.first, options.last)
    return f"{names} · {span}"
