"""One person's editing session on one office: typed values, deletions and comments,
with undo and redo. Every step, undo and redo included, goes through the store and
is audited like any change (sources ``form``, ``undo``, ``redo``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from navdesk.domain.period import MONTH_NAMES, Period
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, said
from navdesk.domain.units import Number, ValueRejected, parse_value
from navdesk.store.database import Change, Store

if TYPE_CHECKING:
    from navdesk.domain.catalogue import Catalogue
    from navdesk.domain.completeness import Completeness, MonthReview
    from navdesk.domain.month_sheet import MonthSheet
    from navdesk.domain.rules import Finding


class EntrySession:
    """Entering an office's figures. Keeps the two years around the shown month in
    memory so switching months does not reread the database."""

    def __init__(self, store: Store, office: str, user: str | None = None) -> None:
        self.store = store
        self.office = office
        self.user = user
        self._undo: list[Change] = []
        self._redo: list[Change] = []
        self._figures: dict[str, dict[Period, Number]] = {}
        self._comments: dict[tuple[str, Period], str] = {}
        self._years: set[int] = set()
        # each year's month states, by the reported months they were computed with;
        # forgotten at every change of a value (the month picker asks at every switch)
        self._states: dict[tuple[int, tuple[Period, ...]],
                           tuple[Catalogue, dict[int, Completeness]]] = {}
        # names an indicator in what the undo steps say (the window sets its language's)
        self.name: Callable[[str], str] = lambda code: (
            store.catalogue[code].name if code in store.catalogue else code)
        # told of every change this session makes or finds (the office service
        # announces it to every page)
        self.changed: Callable[[Change], object] = lambda change: None

    # ---- reading -----------------------------------------------------------------
    def _load(self, years: set[int]) -> None:
        missing = years - self._years
        if not missing:
            return
        figures, comments = self.store.figures_and_comments(self.office, missing)
        for code, series in figures.items():
            self._figures.setdefault(code, {}).update(series)
        self._comments.update(comments)
        self._years |= missing

    def month_sheet(self, period: Period) -> MonthSheet:
        """The form for ``period``: values, last month, same month last year, warnings."""
        # imported here: the window shows its frame before the form needs these
        from navdesk.domain.month_sheet import build_month_sheet

        self._load({period.year - 1, period.year})
        return build_month_sheet(self.store.catalogue, self._figures, self._comments, period)

    def review(self, period: Period, findings: list[Finding] | None = None) -> MonthReview:
        """The month's completeness and warnings (explained or open), from the figures in
        memory: the month bar asks after every save. ``findings``: when already checked
        (the shown sheet's)."""
        from navdesk.domain.completeness import review_month

        # kept between saves
        completeness = self.months_of_year(period.year)[period.month_of_year]
        return review_month(self.store.catalogue, self._figures, self._comments, period,
                            reported=completeness.reported, findings=findings,
                            completeness=completeness)

    def months_of_year(self, year: int) -> dict[int, Completeness]:
        """Every month of ``year`` with its state (the month picker's symbols)."""
        from navdesk.domain.completeness import year_completeness

        reported = tuple(self.store.locked_months(self.office))
        catalogue = self.store.catalogue  # a changed catalogue is a new object
        cached = self._states.get((year, reported))
        if cached is None or cached[0] is not catalogue:
            self._load({year - 1, year})
            cached = self._states[(year, reported)] = (
                catalogue, year_completeness(catalogue, self._figures, year, set(reported)))
        return cached[1]

    def reload(self) -> None:
        """Forget what was read, after figures changed outside this session (an import)."""
        self._figures.clear()
        self._comments.clear()
        self._years.clear()
        self._states.clear()

    def is_locked(self, period: Period) -> bool:
        return self.store.is_locked(self.office, period)

    # ---- writing -----------------------------------------------------------------
    def _remember(self, change: Change | None) -> None:
        if change is None:
            return
        self._states.clear()
        self.changed(change)
        series = self._figures.setdefault(change.code, {})
        if change.new_value is None:
            series.pop(change.period, None)
        else:
            series[change.period] = change.new_value
        if change.new_comment:
            self._comments[(change.code, change.period)] = change.new_comment
        else:
            self._comments.pop((change.code, change.period), None)

    def _done(self, change: Change | None) -> Change | None:
        self._remember(change)
        if change is not None:
            self._undo.append(change)
            self._redo.clear()
        return change

    def enter(self, code: str, period: Period, text: str,
              lang: str | None = None) -> Change | None:
        """Store the value typed as ``text`` (a number as the window of language ``lang``
        writes it, see ``units.parse_number``; empty deletes it). Returns the change, or
        None if nothing changed. Raises ValueRejected."""
        if not text.strip():
            return self.delete(code, period)
        ind = self.store.catalogue.get(code)
        if ind is None:
            from navdesk.domain.entry import unknown_indicator

            raise unknown_indicator(code)
        value = parse_value(ind.unit, text, lang)
        return self._done(self.store.set_value(self.office, code, period, value,
                                               source="form", user=self.user))

    def delete(self, code: str, period: Period) -> Change | None:
        return self._done(self.store.delete_value(self.office, code, period, source="form",
                                                  user=self.user))

    def set_comment(self, code: str, period: Period, comment: str | None) -> Change | None:
        return self._done(self.store.set_comment(self.office, code, period, comment,
                                                 source="form", user=self.user))

    # ---- undo and redo -----------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def next_undo(self) -> Change | None:
        """The change the next undo puts back (None when there is none)."""
        return self._undo[-1] if self._undo else None

    def next_redo(self) -> Change | None:
        return self._redo[-1] if self._redo else None

    def what(self, change: Change) -> Said:
        """The change as the Edit menu names it: "verdi for Mottakere i måneden, mars
        2025" or "kommentar til …"."""
        p = change.period
        period = str(p.year) if p.month is None else said(
            QT_TRANSLATE_NOOP("", "{month} {year}"), month=said(MONTH_NAMES[p.month - 1]),
            year=p.year)
        if change.old_value == change.new_value and change.old_comment != change.new_comment:
            return said(QT_TRANSLATE_NOOP("", "kommentar til {measure}, {period}"),
                        measure=self.name(change.code), period=period)
        return said(QT_TRANSLATE_NOOP("", "verdi for {measure}, {period}"),
                    measure=self.name(change.code), period=period)

    def _check_unchanged(self, change: Change, value: Number | None, comment: str | None,
                         undo: bool) -> None:
        """Refuse an undo (redo) when the value is no longer what the change left (put
        back): an import, the command line or another window changed it meanwhile, and
        that must not be overwritten without a word."""
        stored = self.store.value(self.office, change.code, change.period)
        now = (stored.value, stored.comment or None) if stored else (None, None)
        if now == (value, comment or None):
            return
        # the form shows what is stored now
        self._remember(Change(self.office, change.code, change.period, None, now[0], None, now[1]))
        if undo:
            raise ValueRejected.because(QT_TRANSLATE_NOOP(
                "", "«{what}» er endret et annet sted etterpå (en import, en kommando eller et "
                "annet navdesk-vindu). Angre ville skrevet over det; ingenting er endret."),
                what=self.what(change))
        raise ValueRejected.because(QT_TRANSLATE_NOOP(
            "", "«{what}» er endret et annet sted etter at den ble angret (en import, en "
            "kommando eller et annet navdesk-vindu). Gjør om ville skrevet over det; "
            "ingenting er endret."), what=self.what(change))

    def _apply(self, change: Change, value: Number | None, comment: str | None,
               source: str) -> Change | None:
        if value is None:
            done = self.store.delete_value(self.office, change.code, change.period,
                                           source=source, user=self.user)
        else:
            done = self.store.set_value(self.office, change.code, change.period, value,
                                        comment=comment, source=source, user=self.user)
        self._remember(done)
        return done

    def undo(self) -> Change | None:
        """Put back what the latest change replaced. Returns the change that undid it
        (None if there was nothing to undo). Raises ValueRejected (a locked month, or
        the value changed elsewhere meanwhile) or StoreError; the change then stays."""
        if not self._undo:
            return None
        change = self._undo[-1]
        self._check_unchanged(change, change.new_value, change.new_comment, undo=True)
        done = self._apply(change, change.old_value, change.old_comment, "undo")
        self._undo.pop()
        self._redo.append(change)
        return done

    def redo(self) -> Change | None:
        """Do the latest undone change again."""
        if not self._redo:
            return None
        change = self._redo[-1]
        self._check_unchanged(change, change.old_value, change.old_comment, undo=False)
        done = self._apply(change, change.new_value, change.new_comment, "redo")
        self._redo.pop()
        self._undo.append(change)
        return done
