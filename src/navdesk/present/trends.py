"""What a trend picture shows, worked out without Qt: the lines of each indicator with
their options (target, rolling mean, year-over-year, projection), grouped into one
panel per unit so that no two units ever share a scale. The window's trends view, the
status report and ``navdesk-cli plot`` all draw a :class:`TrendPicture`.

The x value of a month is ``year * 12 + month - 1``; of a year, the year; in the
year-over-year picture, the month 1..12.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from navdesk.domain.aggregation import aggregate_year_to_date, value_month
from navdesk.domain.catalogue import Aggregation
from navdesk.domain.goalcard import Measure, period_target
from navdesk.domain.period import MIN_YEAR, Period, month_name, month_title
from navdesk.domain.said import QT_TRANSLATE_NOOP, Named, Said, first_upper, joined, said
from navdesk.domain.trends import (
    months_between,
    project_year_end,
    rolling_mean,
    target_line,
    year_over_year,
    year_to_date_series,
    yearly_series,
)
from navdesk.domain.units import Unit, format_display, round_for_display
from navdesk.store.database import Store
from navdesk.store.goalcard import load_goal_card
from navdesk.store.months import months_of_year
from navdesk.store.series import figures_for

MONTHLY, YEARLY, CALENDAR = "month", "year", "calendar"  # the x axis of a picture

_TOO_LITTLE = QT_TRANSLATE_NOOP("", "{code}: for lite å bygge en prognose for {year} på.")
_PROJECTION = QT_TRANSLATE_NOOP("", "Prognose {year}: {name}")


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
    # far and the years with months missing on a yearly axis "partial" and
    # "partial_target" (points of their own)
    xs: Sequence[float]
    ys: Sequence[float | None]
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
    notes: Sequence[str] = field(default_factory=list)  # what could not be drawn, and why

    def value_lines(self) -> list[Line]:
        return [line for p in self.panels for line in p.lines
                if line.kind in ("value", "year", "partial")]


def _name(ind) -> Named:
    """An indicator's name in both languages: the window shows the one it speaks."""
    return Named(ind.name, ind.name_en or "")


def unit_axis(unit: Unit) -> tuple[float, Said]:
    """The scale and axis label of a unit: kroner in thousands, as such; a percentage
    says so in a word; any other unit by its label."""
    if unit is Unit.NOK:
        return 1000.0, said(QT_TRANSLATE_NOOP("", "tusen kr"))
    if unit is Unit.PERCENT:
        return 1.0, said(QT_TRANSLATE_NOOP("", "prosent"))
    return 1.0, said(unit.label)


def _targets(store: Store) -> dict[str, Measure]:
    """The first goal-card measure of each indicator (its targets per year)."""
    out: dict[str, Measure] = {}
    for _, _, m in load_goal_card(store).measures():
        out.setdefault(m.indicator, m)
    return out


def complete_years(store: Store, office: str, years: list[int]) -> set[int]:
    """The years each of whose twelve months is whole (complete or reported, the rule of
    :mod:`navdesk.store.months`). A yearly point of any other year is drawn hollow, like
    the running year: its months missing would make it look like a fall."""
    return {y for y in years
            if all(c.is_whole for c in months_of_year(store, office, y).values())}


def period_words(first: Period, last: Period) -> Said:
    """"april 2023 – mars 2025" (two months)."""
    return said("{first} – {last}", first=month_title(first), last=month_title(last))


def trend_picture(store: Store, office: str, options: TrendOptions) -> TrendPicture:
    """The picture ``options`` asks for, from the office's figures."""
    cat = store.catalogue
    codes = [c for c in options.codes if c in cat]
    first, last = options.first, options.last
    years = list(range(first.year, last.year + 1))
    figures, comments = figures_for(store, office, codes, first.year - 1, last.year)
    measures = _targets(store) if options.target else {}
    panels: dict[Unit, Panel] = {}
    notes: list[Said] = []
    axis = CALENDAR if options.overlay else (YEARLY if options.yearly else MONTHLY)
    whole_years = complete_years(store, office, years) if axis == YEARLY else set()

    def panel(unit: Unit) -> Panel:
        if unit not in panels:
            scale, label = unit_axis(unit)
            panels[unit] = Panel(unit, scale, label)
        return panels[unit]

    for n, code in enumerate(codes):
        ind = cat[code]
        p = panel(ind.unit)
        name = _name(ind)
        measure = measures.get(code)
        if options.target and measure is None:
            notes.append(said(QT_TRANSLATE_NOOP(
                "", "{code} har ingen måling i styringskortet, og dermed ingen målverdi."),
                code=code))
        if axis == CALENDAR:
            lines = year_over_year(cat, figures, code, years)
            for y in years:
                month_numbers = list(range(1, 13))
                # each year its own colour (this year first), each indicator its own set
                rank = n * len(years) + (last.year - y)
                p.lines.append(Line(code, said("{name} {year}", name=name, year=y), "year",
                                    month_numbers, lines[y], rank,
                                    emphasised=(y == last.year),
                                    comments={m: comments[(code, Period(y, m))]
                                              for m in month_numbers
                                              if (code, Period(y, m)) in comments}))
            if measure is not None:
                _target_for_year(p, code, cat, measure, last.year, False, n, name)
            continue
        if axis == YEARLY:
            points = yearly_series(cat, figures, code, first.year, last.year, last.month_of_year)
            running = last.month != 12  # the last year is not over: its figure so far
            whole = points[:-1] if running else points
            year_xs = [pt.period.year for pt in whole]
            # a year with months missing is no whole year either: a gap in the line
            ys = [pt.value if pt.period.year in whole_years else None for pt in whole]
            p.lines.append(Line(code, name, "value", year_xs, ys, n))
            # the running year through the month its figure reaches, and its target too:
            # a flow without the last month is not set against twelve months' target
            reach = (value_month(cat, figures, code, last.year, last.month_of_year)
                     or last.month_of_year)
            so_far = said(QT_TRANSLATE_NOOP("", "januar–{month} {year}"),
                          month=month_name(reach), year=last.year)
            gaps = [pt for pt in whole if pt.period.year not in whole_years]
            if gaps:  # hollow points of their own, like the running year
                p.lines.append(Line(code, said(QT_TRANSLATE_NOOP(
                    "", "{name}, år med måneder som mangler"), name=name), "partial",
                    [pt.period.year for pt in gaps],
                    [pt.value for pt in gaps], n))
            if running:
                # a year so far is no whole year: a point of its own, not joined to the line
                p.lines.append(Line(code, said("{name}, {so_far}", name=name, so_far=so_far),
                                    "partial", [last.year],
                                    [aggregate_year_to_date(cat, figures, code, last.year, reach)],
                                    n))
            if measure is not None:
                # a whole year's target only beside a whole year's figure
                ys = [measure.target_for(y) if y in whole_years else None for y in year_xs]
                if any(v is not None for v in ys):
                    p.lines.append(Line(code, said(QT_TRANSLATE_NOOP("", "Mål: {name}"),
                                                   name=name), "target", year_xs, ys, n))
                part = period_target(ind.aggregation, measure.target_for(last.year), reach)
                if running and part is not None:
                    p.lines.append(Line(code, said(QT_TRANSLATE_NOOP("", "Mål {so_far}: {name}"),
                                                   so_far=so_far, name=name), "partial_target",
                                        [last.year], [part], n))
            if options.projection and last.month != 12:
                end = project_year_end(cat, figures, code, last.year, last.month_of_year)
                if end is None:
                    notes.append(said(_TOO_LITTLE, code=code, year=last.year))
                else:
                    # from the last whole year to where this one is heading
                    before = points[-2].value if len(points) > 1 else None
                    xs_p, ys_p = ([last.year - 1, last.year], [before, end]) if before is not None \
                        else ([last.year], [end])
                    p.lines.append(Line(code, said(_PROJECTION, year=last.year, name=name),
                                        "projection", xs_p, ys_p, n))
            continue
        months = months_between(first, last)
        xs: list[float] = [month_x(m) for m in months]
        label: str  # a message or a name: the window says either in its language
        if options.year_to_date:
            ys = []
            for y in years:
                through = 12 if y != last.year else last.month_of_year
                ytd = year_to_date_series(cat, figures, code, y, through)
                ys.extend(pt.value for pt in ytd if first <= pt.period <= last)
            label = said(QT_TRANSLATE_NOOP("", "{name} (hittil i år)"), name=name)
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
                notes.append(said(QT_TRANSLATE_NOOP(
                    "", "Glidende gjennomsnitt vises bare for månedstall.")))
            else:
                # the window reaches back before the first month shown
                back = months_between(Period(max(first.year - 1, MIN_YEAR), first.month), last)
                from navdesk.domain.aggregation import value_in_month
                full = [value_in_month(cat, figures, code, m) for m in back]
                # one mean per month shown, on the same x as the figures (which may carry
                # a gap at each new year)
                means = rolling_mean(full)[-len(months):]
                r_xs: list[float] = [month_x(m) for m in months]
                r_ys = means
                if cat.is_year_to_date(code):
                    r_xs, r_ys = _break_at_new_year(r_xs, r_ys)
                p.lines.append(Line(code, said(QT_TRANSLATE_NOOP(
                    "", "{name}, 12 mnd. glidende snitt"), name=name), "rolling", r_xs, r_ys, n))
        if measure is not None:
            _target_months(p, code, cat, measure, years, options.year_to_date, n, name, first,
                           last)
        if options.projection and last.month != 12:
            _projection_line(p, notes, cat, figures, code, last, options.year_to_date, n, name,
                             xs, ys)
    return TrendPicture(axis, _title(cat, codes, options), list(panels.values()), notes)


def _target_label(cat, code, name, year_to_date) -> Said:
    pro_rata = year_to_date and cat[code].aggregation is Aggregation.SUM
    target = said(QT_TRANSLATE_NOOP("", "Mål: {name}"), name=name)
    return said("{target} (pro rata)", target=target) if pro_rata else target


def _target_for_year(p: Panel, code, cat, measure, year, year_to_date, n, name) -> None:
    points = target_line(cat, code, measure.target_for(year), year, year_to_date)
    ys = [pt.value for pt in points]
    if any(v is not None for v in ys):
        p.lines.append(Line(code, _target_label(cat, code, name, year_to_date), "target",
                            list(range(1, 13)), ys, n))


def _target_months(p: Panel, code, cat, measure, years, year_to_date, n, name, first,
                   last) -> None:
    """One line through every month shown; it steps where a year's target differs."""
    keep = [pt for y in years
            for pt in target_line(cat, code, measure.target_for(y), y, year_to_date)
            if first <= pt.period <= last]
    xs: list[float] = [month_x(pt.period) for pt in keep]
    ys = [pt.value for pt in keep]
    if year_to_date:
        xs, ys = _break_at_new_year(xs, ys)
    if any(v is not None for v in ys):
        p.lines.append(Line(code, _target_label(cat, code, name, year_to_date), "target",
                            xs, ys, n))


def _break_at_new_year(xs: Sequence[float], ys: Sequence[float | None]
                       ) -> tuple[list[float], list[float | None]]:
    """A year-to-date curve starts again each January: a gap (x - 0.5, None) keeps
    December from being joined to January."""
    out_x: list[float] = []
    out_y: list[float | None] = []
    for x, y in zip(xs, ys, strict=True):
        if out_x and x % 12 == 0:
            out_x.append(x - 0.5)
            out_y.append(None)
        out_x.append(x)
        out_y.append(y)
    return out_x, out_y


def _projection_line(p, notes, cat, figures, code, last, year_to_date, n, name, xs,
                     ys) -> None:
    ind = cat[code]
    if ind.aggregation is Aggregation.SUM and not year_to_date:
        notes.append(said(QT_TRANSLATE_NOOP(
            "", "{code}: prognosen for året er en årssum og vises med «hittil i år» eller "
            "årstall."), code=code))
        return
    end = project_year_end(cat, figures, code, last.year, last.month)
    if end is None or ys[-1] is None:
        notes.append(said(_TOO_LITTLE, code=code, year=last.year))
        return
    p.lines.append(Line(code, said(_PROJECTION, year=last.year, name=name), "projection",
                        [xs[-1], month_x(Period(last.year, 12))], [ys[-1], end], n))


def _title(cat, codes, options) -> Said:
    names = (joined([_name(cat[c]) for c in codes], ", ") if codes
             else said(QT_TRANSLATE_NOOP("", "Ingen indikator valgt")))
    span: Said | str
    if options.overlay:
        span = said(QT_TRANSLATE_NOOP("", "{first}–{last}, år for år"),
                    first=options.first.year, last=options.last.year)
    elif options.yearly:
        span = f"{options.first.year}–{options.last.year}"
    else:
        span = period_words(options.first, options.last)
    return said("{names} · {span}", names=names, span=span)


def hover_text(picture: TrendPicture, x: float, words: Callable[[str], str] = str,
               figure: Callable[[float], str] = format_display) -> tuple[float, str] | None:
    """What the picture shows at the point nearest ``x`` (a month, a year or a calendar
    month; never the gap at a new year): every line's value there, rounded as figures
    are shown, with the month's comment: "Mars 2025: Mottakere ...: 1 234 («Flere
    bosatt»); Mål: ...: 1 100". Returns that point's x and the text, or None when the
    picture has no point. ``words`` says a message in the reader's language (``str``:
    bokmål) and ``figure`` writes a number in it, so the window's hover and any other
    surface make the same text."""
    lines = [ln for panel in picture.panels for ln in panel.lines]
    xs = sorted({x0 for ln in lines for x0 in ln.xs if float(x0).is_integer()})
    if not xs:
        return None
    nearest = min(xs, key=lambda v: abs(v - x))
    head: str
    if picture.axis == MONTHLY:
        head = words(month_title(x_month(nearest)))
    elif picture.axis == YEARLY:
        head = str(int(nearest))
    else:
        head = words(month_name(int(nearest)))
    parts = []
    for ln in lines:
        if nearest not in ln.xs:
            continue
        value = ln.ys[ln.xs.index(nearest)]
        if value is None:
            continue
        part = f"{words(ln.label)}: {figure(round_for_display(value))}"
        if ln.comments.get(nearest):
            part += f" («{ln.comments[nearest]}»)"
        parts.append(part)
    body = "; ".join(parts) if parts else words(said(QT_TRANSLATE_NOOP("", "ingen tall")))
    return nearest, first_upper(f"{head}: {body}")
