"""When a month is whole: how many of the lines the office fills are filled, which
warnings are still unexplained, and the state a month is in (reported, complete,
partial, empty).

One rule for every surface. The goal card, the report, the PDF and the command line
run through the latest *whole* month by default, and a later partial month is
labelled as partial with its count ("desember: 3 av 75 tall"), as is a reported month
with lines missing ("desember 2026: rapportert med 20 av 75 tall"); the month form and
the close-month dialog count the same lines.

**Expected lines.** The lines the office is expected to fill in a month are the
entered (not computed) lines of that month's form that it filled at least once in the
twelve months before, and in December the yearly lines it filled the year before. An
office without any earlier month is expected to fill every line of the form. A line
filled this month is always counted as expected, so ``entered <= expected``. Looking at
a whole year rather than only the month before means that a partial month never lowers
the bar for the next one (three lines typed in November and the same three in December
leave both partial); a line the office stops filling is hidden in its catalogue.

**States.** A month marked as reported is *reported* (whole by the leader's word, even
with lines missing; then labelled with its count wherever a figure runs through it).
Otherwise it is *complete* when every expected line has a value, *empty* when none has,
and *partial* in between.

**Explained warnings.** A warning about a value that carries a comment counts as
explained; one without is open.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from navdesk.domain.aggregation import Figures
from navdesk.domain.catalogue import Catalogue, Indicator
from navdesk.domain.period import Period, is_known_year, month_name
from navdesk.domain.rules import Finding, check_month
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, said

LOOK_BACK = 12  # the months whose filled lines a month is expected to fill


class MonthState(str, Enum):
    """A month's state at a glance (the value is the word the files and the CLI use)."""

    REPORTED = "rapportert"
    COMPLETE = "komplett"
    PARTIAL = "delvis"
    EMPTY = "tom"

    @property
    def is_whole(self) -> bool:
        """Read as a whole month by the goal card, the report and the PDF."""
        return self in (MonthState.REPORTED, MonthState.COMPLETE)


def month_state(entered: int, expected: int, reported: bool) -> MonthState:
    """The state of a month with ``entered`` of ``expected`` lines filled (counts of
    lines); ``reported``: marked as reported by the leader."""
    if reported:
        return MonthState.REPORTED
    if entered == 0:
        return MonthState.EMPTY
    if entered >= expected:
        return MonthState.COMPLETE
    return MonthState.PARTIAL


@dataclass(frozen=True)
class SectionCount:
    """One section of the form: lines filled of the lines expected (counts of lines),
    and the codes of the expected lines still empty."""

    section: str
    entered: int
    expected: int
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Completeness:
    """How whole one month is. ``entered`` and ``expected`` count lines of the form;
    ``missing`` are the expected lines without a value, in the form's order."""

    period: Period
    entered: int
    expected: int
    missing: tuple[str, ...]
    sections: tuple[SectionCount, ...]
    reported: bool = False

    @property
    def state(self) -> MonthState:
        return month_state(self.entered, self.expected, self.reported)

    @property
    def is_whole(self) -> bool:
        return self.state.is_whole

    @property
    def is_short(self) -> bool:
        """Whether lines are missing: fewer filled than expected (also in a reported
        month, whole by the leader's word all the same)."""
        return self.entered < self.expected

    @property
    def is_labelled(self) -> bool:
        """Whether a figure that runs through this month must say how whole it is: a
        month that is not whole, and a reported month with lines missing. Reported is
        whole, but never silently so (:meth:`partial_label`, :meth:`status_text`)."""
        return not self.is_whole or self.is_short

    def count_text(self) -> Said:
        """"3 av 75 tall" (lines filled of lines expected)."""
        return said(QT_TRANSLATE_NOOP("", "{entered} av {expected} tall"),
                    entered=self.entered, expected=self.expected)

    def status_text(self) -> Said:
        """"komplett", "rapportert", "tom", "delvis: 3 av 75 tall" or "rapportert: 20 av
        75 tall": the month's state in a word, with its count when lines are missing
        (the files' ``måned_status``, the month lists of the goal card and the report)."""
        if self.state is MonthState.PARTIAL:
            return said(QT_TRANSLATE_NOOP("", "delvis: {count}"), count=self.count_text())
        if self.state is MonthState.REPORTED and self.is_short:
            return said(QT_TRANSLATE_NOOP("", "rapportert: {count}"), count=self.count_text())
        return said(_STATE_WORDS[self.state])

    def partial_label(self) -> Said:
        """The label of a month wherever a figure runs through it and
        :attr:`is_labelled`: "desember 2026: 3 av 75 tall (delvis måned)", "... 0 av 75
        tall (tom måned)" for a month without figures chosen all the same, "desember
        2026: rapportert med 20 av 75 tall" for a reported month with lines missing."""
        if self.state is MonthState.REPORTED:
            template = QT_TRANSLATE_NOOP("", "{month} {year}: rapportert med {count}")
        elif self.state is MonthState.EMPTY:
            template = QT_TRANSLATE_NOOP("", "{month} {year}: {count} (tom måned)")
        else:
            template = QT_TRANSLATE_NOOP("", "{month} {year}: {count} (delvis måned)")
        return said(template, month=month_name(self.period.month_of_year),
                    year=self.period.year, count=self.count_text())

    def left_out_text(self) -> Said:
        """"desember 2026 er delvis (3 av 75 tall) og ikke med": said under the title
        of a goal card or report that runs through an earlier month (the first letter
        is the caller's to capitalise)."""
        assert self.period.month is not None, "a month, never a whole year"
        return said(QT_TRANSLATE_NOOP("", "{month} {year} er delvis ({count}) og ikke med"),
                    month=month_name(self.period.month),
                    year=self.period.year, count=self.count_text())


# a whole or an empty month in a word, marked so that the window can translate them
_STATE_WORDS = {MonthState.REPORTED: QT_TRANSLATE_NOOP("", "rapportert"),
                MonthState.COMPLETE: QT_TRANSLATE_NOOP("", "komplett"),
                MonthState.EMPTY: QT_TRANSLATE_NOOP("", "tom")}


def form_lines(catalogue: Catalogue, period: Period) -> list[Indicator]:
    """The lines of ``period``'s month form that take a value, in catalogue order:
    active, not computed; yearly ones in December only (as the form shows them)."""
    if period.is_year:
        raise ValueError("a month's form needs a month")
    return [i for i in catalogue
            if i.active and i.is_entered and (not i.is_yearly or period.month == 12)]


def own_period(indicator: Indicator, period: Period) -> Period:
    """The period a value of ``indicator`` is stored under in month ``period``'s form:
    the year for a yearly indicator, else the month itself."""
    return Period(period.year) if indicator.is_yearly else period


def _has(figures: Figures, code: str, period: Period) -> bool:
    return (figures.get(code) or {}).get(period) is not None


def _shown_section(catalogue: Catalogue, ind: Indicator) -> str:
    """The section a line is shown in: a breakdown part sits under its total."""
    seen = set()
    while ind.group and ind.parent and ind.parent in catalogue and ind.code not in seen:
        seen.add(ind.code)
        ind = catalogue[ind.parent]
    return ind.section


def _filled_by_month(catalogue: Catalogue, figures: Figures) -> dict[Period, set[str]]:
    """The monthly form lines with a value, by month (read once for a whole year: a
    month's expectation looks at the twelve before it, and the year's twelve overlap)."""
    out: dict[Period, set[str]] = {}
    for ind in catalogue:
        if not (ind.active and ind.is_entered) or ind.is_yearly:
            continue
        for period, value in (figures.get(ind.code) or {}).items():
            if value is not None and not period.is_year:
                out.setdefault(period, set()).add(ind.code)
    return out


def expected_codes(catalogue: Catalogue, figures: Figures, period: Period, *,
                   filled: Mapping[Period, set[str]] | None = None) -> set[str]:
    """The codes the office is expected to fill in month ``period`` (see the module's
    rule). ``figures`` must hold ``period.year - 1`` and ``period.year``; ``filled``:
    the monthly lines with a value by month, when already read."""
    if filled is None:
        filled = _filled_by_month(catalogue, figures)
    lines = form_lines(catalogue, period)
    yearly = [i.code for i in lines if i.is_yearly]
    used: set[str] = set()
    p = period
    for _ in range(LOOK_BACK):
        before = p.month_before()
        if before is None:  # navdesk holds no figures before its first year
            break
        p = before
        used |= filled.get(p, set())
    last_year = Period(period.year).year_before()
    return _expected({i.code for i in lines}, used,
                     {c for c in yearly if last_year is not None and _has(figures, c, last_year)},
                     {i.code for i in lines if _has(figures, i.code, own_period(i, period))})


def _expected(lines: set[str], used: set[str], yearly_last_year: set[str],
              own: set[str]) -> set[str]:
    """The module's rule on sets of codes: ``lines`` the form's lines, ``used`` the
    monthly lines filled in the twelve months before, ``yearly_last_year`` the form's
    yearly lines filled the year before, ``own`` the form's lines filled this month."""
    if not used:  # no earlier month with figures: every line of the form
        return lines | own
    return used | yearly_last_year | own


def month_completeness(catalogue: Catalogue, figures: Figures, period: Period, *,
                       reported: bool = False,
                       filled: Mapping[Period, set[str]] | None = None) -> Completeness:
    """How whole month ``period`` is: lines filled of the lines expected, per section.
    ``figures`` must hold ``period.year - 1`` and ``period.year``."""
    expected = expected_codes(catalogue, figures, period, filled=filled)
    counts: dict[str, list[Any]] = {}  # section: [entered, expected, missing codes]
    missing = []
    entered = 0
    for ind in form_lines(catalogue, period):
        if ind.code not in expected:
            continue
        section = counts.setdefault(_shown_section(catalogue, ind), [0, 0, []])
        section[1] += 1
        if _has(figures, ind.code, own_period(ind, period)):
            section[0] += 1
            entered += 1
        else:
            section[2].append(ind.code)
            missing.append(ind.code)
    return Completeness(period, entered, len(expected), tuple(missing),
                        tuple(SectionCount(s, e, n, tuple(m)) for s, (e, n, m) in counts.items()),
                        reported)


def year_completeness(catalogue: Catalogue, figures: Figures, year: int,
                      reported: Collection[Period] = ()) -> dict[int, Completeness]:
    """Every month of ``year`` (1..12) with its completeness; ``reported`` are the
    months marked as reported. ``figures`` must hold ``year - 1`` and ``year``."""
    filled = _filled_by_month(catalogue, figures)
    return {m: month_completeness(catalogue, figures, Period(year, m),
                                  reported=Period(year, m) in reported, filled=filled)
            for m in range(1, 13)}


@dataclass(frozen=True)
class MonthCount:
    """A month's count alone (lines filled of lines expected, reported or not): what a
    grid of many offices shows, without the sections and missing lines of
    :class:`Completeness`, by the same rule."""

    period: Period
    entered: int
    expected: int
    reported: bool = False

    @property
    def state(self) -> MonthState:
        return month_state(self.entered, self.expected, self.reported)

    def count_text(self) -> Said:
        """"3 av 75 tall" (lines filled of lines expected)."""
        return said(QT_TRANSLATE_NOOP("", "{entered} av {expected} tall"),
                    entered=self.entered, expected=self.expected)


@dataclass(frozen=True)
class FormLines:
    """The codes of the month form's lines (see :func:`form_lines`), read once from a
    catalogue for many offices: ``monthly`` in every month, ``yearly`` in December."""

    monthly: frozenset[str]
    yearly: frozenset[str]

    @classmethod
    def of(cls, catalogue: Catalogue) -> FormLines:
        entered = [i for i in catalogue if i.active and i.is_entered]
        return cls(frozenset(i.code for i in entered if not i.is_yearly),
                   frozenset(i.code for i in entered if i.is_yearly))


def year_counts(lines: FormLines, filled: Mapping[Period, Collection[str]], year: int,
                reported: Collection[Period] = ()) -> dict[int, MonthCount]:
    """Every month of ``year`` (1..12) with its count, by the rule of
    :func:`month_completeness` (the same numbers): ``filled`` are the codes with a value
    by period (months and years) of ``year - 1`` and ``year``; ``reported`` the months
    marked as reported. Plain set arithmetic, so a grid of hundreds of offices is quick."""
    empty: frozenset[str] = frozenset()
    # months usually repeat the same lines: each distinct set is intersected once, and
    # the union of twelve months merges only the distinct sets among them
    seen: dict[tuple[frozenset[str], Collection[str]], frozenset[str]] = {}

    def among(form: frozenset[str], codes: Collection[str] | None) -> frozenset[str]:
        if not codes:
            return empty
        key = (form, codes if isinstance(codes, frozenset) else frozenset(codes))
        found = seen.get(key)
        if found is None:
            found = seen[key] = form.intersection(codes)
        return found

    def yearly(y: int) -> frozenset[str]:
        return among(lines.yearly, filled.get(Period(y))) if is_known_year(y) else empty

    before: list[frozenset[str]] = []  # the twelve months before January, oldest first
    p: Period | None = Period(year, 1)
    for _ in range(LOOK_BACK):
        p = p.month_before() if p is not None else None
        before.insert(0, among(lines.monthly, filled.get(p)) if p is not None else empty)
    this_year = [among(lines.monthly, filled.get(Period(year, m))) for m in range(1, 13)]
    window = before + this_year  # month m of the year has window[m - 1 : m + 11] before it
    out = {}
    for m in range(1, 13):
        period = Period(year, m)
        used = set().union(*set(window[m - 1:m + 11]))
        own, form, yearly_last_year = this_year[m - 1], lines.monthly, empty
        if m == 12:
            own, form, yearly_last_year = (own | yearly(year), form | lines.yearly,
                                           yearly(year - 1))
        expected = _expected(set(form), used, set(yearly_last_year), set(own))
        out[m] = MonthCount(period, len(own), len(expected), period in reported)
    return out


def latest_whole_month(months: Mapping[int, Completeness]) -> int | None:
    """The latest month (1..12) that is reported or complete."""
    whole = [m for m, c in months.items() if c.is_whole]
    return max(whole) if whole else None


def default_through_month(months: Mapping[int, Completeness]) -> int | None:
    """The month a goal card or report of the year runs through by default: the latest
    whole month; when the year has none, its latest month with figures (then partial,
    and labelled so); None when the year has no figures at all."""
    whole = latest_whole_month(months)
    if whole is not None:
        return whole
    with_figures = [m for m, c in months.items() if c.entered]
    return max(with_figures) if with_figures else None


def left_out(months: Mapping[int, Completeness], through: int) -> list[Completeness]:
    """The months of the year after ``through`` that have figures but are not whole,
    when ``through`` is the year's latest whole month (the default of a goal card or a
    report): left out, and said so, so that nobody wonders where December went."""
    if through != latest_whole_month(months):
        return []
    return [c for m, c in sorted(months.items()) if m > through and c.entered]


def has_ended(period: Period, today: date) -> bool:
    """Whether month ``period`` is over on ``today`` (closing a month that is not over
    needs an explicit yes)."""
    assert period.month is not None, "a month, never a whole year"
    year, month = (period.year + 1, 1) if period.month == 12 else (period.year, period.month + 1)
    return today >= date(year, month, 1)  # not a Period: December 2100 is over too


def has_begun(period: Period, today: date) -> bool:
    """Whether month ``period`` has begun on ``today`` (a month that has not cannot be
    closed at all: nothing in it can have been counted yet)."""
    assert period.month is not None, "a month, never a whole year"
    return today >= date(period.year, period.month, 1)


# ---------------------------------------------------------------- warnings explained
def is_explained(finding: Finding, comments: Mapping[tuple[str, Period], str],
                 catalogue: Catalogue) -> bool:
    """A warning counts as explained when the value it is about carries a comment."""
    ind = catalogue.get(finding.code)
    stored = own_period(ind, finding.period) if ind is not None else finding.period
    return bool(comments.get((finding.code, stored)))


@dataclass(frozen=True)
class MonthReview:
    """What closing a month shows: its completeness and its warnings, those explained
    by a comment apart from those still open."""

    completeness: Completeness
    explained: tuple[Finding, ...]
    unexplained: tuple[Finding, ...]

    def summary(self) -> Said:
        """"73 av 75 tall, 2 avvik uten kommentar" (the month bar's line)."""
        open_ = len(self.unexplained)
        if open_ == 0:
            return said(QT_TRANSLATE_NOOP("", "{count}, ingen åpne avvik"),
                        count=self.completeness.count_text())
        if open_ == 1:
            return said(QT_TRANSLATE_NOOP("", "{count}, 1 avvik uten kommentar"),
                        count=self.completeness.count_text())
        return said(QT_TRANSLATE_NOOP("", "{count}, {n} avvik uten kommentar"),
                    count=self.completeness.count_text(), n=open_)


def review_month(catalogue: Catalogue, figures: Figures,
                 comments: Mapping[tuple[str, Period], str], period: Period, *,
                 reported: bool = False, findings: list[Finding] | None = None,
                 completeness: Completeness | None = None) -> MonthReview:
    """The month's completeness and its warnings split by whether a comment explains
    them (``findings``, ``completeness``: the month's, when already worked out)."""
    if findings is None:
        findings = check_month(catalogue, figures, period)
    if completeness is None:
        completeness = month_completeness(catalogue, figures, period, reported=reported)
    explained = tuple(f for f in findings if is_explained(f, comments, catalogue))
    unexplained = tuple(f for f in findings if not is_explained(f, comments, catalogue))
    return MonthReview(completeness, explained, unexplained)
