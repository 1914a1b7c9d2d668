"""The office service: everything a page asks about one office, and every change it
makes, in one place between the pages and the store.

Pure Python, no Qt. Pages hold an :class:`OfficeService`, never the store: they ask it
for what they show (the month sheet through :attr:`session`, the goal card, trends,
the report, the catalogue, month states) and change the office through it (values and
comments through :attr:`session`, the goal card through :attr:`goal_card`, months,
the catalogue, imports), and they subscribe to :attr:`events` to hear about every change,
whoever made it. The command line uses the same functions below this service.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from navdesk.domain.period import Period
from navdesk.service.access import WriteAccess
from navdesk.service.events import (
    CatalogueChanged,
    DatabaseReplaced,
    GoalCardChanged,
    MonthLocked,
    OfficeEvents,
    ValuesChanged,
)
from navdesk.store.database import Change, Office, Store, open_store
from navdesk.store.session import EntrySession

if TYPE_CHECKING:
    from navdesk.domain.breakdown import BreakdownTable
    from navdesk.domain.catalogue import Catalogue, Indicator
    from navdesk.domain.completeness import Completeness
    from navdesk.domain.goalcard import GoalCard
    from navdesk.domain.said import Said
    from navdesk.present.comparison import Comparison, ProfileRow
    from navdesk.present.completeness_grid import Grid
    from navdesk.present.exchange import YearSpan
    from navdesk.present.goalcard import GoalCardRow
    from navdesk.present.network_card import NetworkCard
    from navdesk.present.report import ReportContent
    from navdesk.present.trends import TrendOptions, TrendPicture
    from navdesk.service.backups import BackupShelf
    from navdesk.service.importing import ImportReport
    from navdesk.store.audit import LoggedChange
    from navdesk.store.database import AuditEntry, LockEvent, StoredValue
    from navdesk.store.goalcard_history import GoalCardHistory


def open_office_service(path: str | Path, *, create: bool = False,
                        office: str | None = None) -> OfficeService:
    """The service on the database at ``path``, for ``office`` (by default its home
    office; raises ``StoreError`` when the file cannot be used; ``create``: a new
    database is made)."""
    return OfficeService(open_store(path, create=create), office)


class OfficeService:
    """One office of one database, as a window works with it.

    ``office`` is the office's code (the database's home office when None; a database
    without an office gives a service whose :attr:`office` is None, on which only the
    database-wide questions may be asked)."""

    def __init__(self, store: Store, office: str | None = None, *,
                 user: str | None = None) -> None:
        self._store = store
        self.events = OfficeEvents()
        chosen = store.office(office) if office else store.home_office()
        self.office: Office | None = chosen
        self.user = user
        self.session: EntrySession | None = None
        self._goal_card: GoalCardHistory | None = None
        self._data_version: int | None = None  # of the last look for outside changes
        # may this service write, and why not (service/access.py): a window claims the
        # file's one-writer lock and checks the file; the command line does neither
        self.access = WriteAccess(store, self.events.access)
        if chosen is not None:
            self.session = EntrySession(store, chosen.code, user)
            self.session.changed = self._value_changed

    @property
    def goal_card(self) -> GoalCardHistory:
        """The goal card's edits with undo (made when the goal card is first edited or
        shown: the window's first frame does not wait for it)."""
        if self._goal_card is None:
            from navdesk.store.goalcard_history import GoalCardHistory

            code = self.code
            self._goal_card = GoalCardHistory(self._store, code, self.user)
            self._goal_card.changed = lambda step: self.events.goal_card.emit(
                GoalCardChanged(code))
        return self._goal_card

    # ---- the database ---------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def code(self) -> str:
        """The office's code (there must be an office)."""
        if self.office is None:
            raise LookupError("the database has no office")
        return self.office.code

    def close(self) -> None:
        self._store.close()
        self.access.release()  # after the connection: the next window finds it closed

    # ---- may this service write (issue 13: one writer per file, damaged files) -------
    @property
    def read_only(self) -> Said | None:
        """Why this service may not write (a second window, a damaged file), or None."""
        return self.access.read_only

    def claim_writing(self) -> bool:
        """Take the file's one-writer lock (True), else become read-only (False) and
        say who holds it; announced to the pages by ``events.access``."""
        return self.access.claim()

    def quick_check(self) -> str:
        """SQLite's quick_check of the file: "ok" or the first problem found."""
        return self._store.quick_check()

    def __enter__(self) -> OfficeService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def worker_copy(self) -> OfficeService:
        """The same office on a connection of its own, for long work in another thread
        (a SQLite connection stays in the thread that uses it); close it when done. Its
        events are its own: the window announces the work's result on its service."""
        return self.worker_opener()()

    def worker_opener(self, *, settle: bool = True) -> Callable[[], OfficeService]:
        """:meth:`worker_copy` for a worker: call this on the window's thread, and the
        function it returns in the worker's (which then never touches this service's
        connection, not even to read its busy timeout). A read-only window's copies are
        read-only too; ``settle``: the file's check, if still running, is finished
        first (False only for the check itself)."""
        from navdesk.service.importing import worker_opener

        if settle:
            self.access.finish_check()
        office = self.office.code if self.office else None
        open_store_copy, user = worker_opener(self._store), self.user
        query_only = self.access.query_only

        def opened() -> OfficeService:
            copy = OfficeService(open_store_copy(), office, user=user)
            if query_only:
                copy._store.set_query_only(True)
            return copy

        return opened

    def offices(self) -> list[Office]:
        return self._store.offices()

    def find_office(self, code: str) -> Office | None:
        return self._store.office(code)

    def completeness_grid(self, year: int) -> Grid:
        """Every office's months of ``year``: lines entered of expected, reported or not
        (the offices page; the same grid as ``navdesk-cli completeness``)."""
        from navdesk.present.completeness_grid import completeness_grid

        return completeness_grid(self._store, year)

    def comparison(self, code: str, year: int, month: int | None = None) -> Comparison:
        """``code`` for every office of the database, indexed to the network = 100 (the
        comparison page; the same as ``navdesk-cli compare``). Raises
        :class:`~navdesk.present.comparison.ComparisonRefused`."""
        from navdesk.present.comparison import comparison

        return comparison(self._store, code, year, month)

    def profile(self, office: str, codes: Iterable[str], year: int,
                month: int | None = None) -> list[ProfileRow]:
        """``office``'s figure of each of ``codes`` as an index around the network's 100."""
        from navdesk.present.comparison import profile

        return profile(self._store, office, codes, year, month)

    def outside_changes(self) -> bool:
        """Look whether another program (the command line, another window, a restore)
        wrote to the file since the last look; if so, read everything again and tell
        every page (:class:`DatabaseReplaced`) and return True. One ``PRAGMA`` a look:
        the window asks every 2 seconds and whenever it gets the focus."""
        version = self._store.data_version()
        seen, self._data_version = self._data_version, version
        if seen is None or seen == version:
            return False
        self.replaced()
        return True

    def replaced(self) -> None:
        """Say that the whole file changed under the service (everything is read again,
        the catalogue too)."""
        self._store.forget_cached()
        if self.session is not None:
            self.session.reload()
        self.events.database.emit(DatabaseReplaced(str(self.path)))

    def backups(self) -> BackupShelf:
        """This database's backups, on the service's own connection: a restore makes
        every page read the file again (:meth:`replaced`)."""
        from navdesk.service.access import DAMAGED
        from navdesk.service.backups import BackupShelf

        if self.access.kind == DAMAGED:
            # the window's connection writes nothing into a damaged file: the restore
            # goes through a connection of its own, then the file is checked again
            def restored() -> None:
                self.access.recheck()
                self.replaced()

            return BackupShelf(self.path, replaced=restored)
        # another window writes to the file: this one restores nothing over its work
        return BackupShelf(self.path, self._store.conn, replaced=self.replaced,
                           restore_refused=self.read_only)

    # ---- the catalogue --------------------------------------------------------------
    @property
    def catalogue(self) -> Catalogue:
        return self._store.catalogue

    def codes_with_values(self) -> set[str]:
        return self._store.codes_with_values()

    def merge_catalogue(self, indicators: list[Indicator], *, dry_run: bool = False
                        ) -> list[str]:
        """Add and update indicators (the catalogue file's and the dialog's one rule);
        the changes, as the dialog lists them."""
        changes = self._store.merge_catalogue(indicators, dry_run=dry_run)
        if changes and not dry_run:
            if self.session is not None:
                self.session.reload()
            self.events.catalogue.emit(CatalogueChanged(frozenset(i.code for i in indicators)))
        return changes

    # ---- figures and months -----------------------------------------------------------
    def latest_month(self) -> Period | None:
        return self._store.latest_month(self.code)

    def default_month(self, today: date | None = None) -> Period:
        """The latest month with figures, else the month before this one."""
        latest = self.latest_month()
        if latest is not None:
            return latest
        today = today or date.today()
        return Period(today.year, today.month).previous_month()

    def whole_month_until(self, shown: Period) -> Period:
        """The goal card's and the report's month: never a half-entered one unless
        chosen (:func:`navdesk.store.months.whole_month_until`)."""
        from navdesk.store.months import whole_month_until

        return whole_month_until(self._store, self.code, shown)

    def months_of_year(self, year: int) -> dict[int, Completeness]:
        from navdesk.store.months import months_of_year

        return months_of_year(self._store, self.code, year)

    def card_month(self, year: int, month: int | None = None) -> Completeness:
        """The month a goal card, breakdown or report of ``year`` runs through, with its
        completeness (:func:`navdesk.present.through.card_month`: one rule everywhere)."""
        from navdesk.present.through import card_month

        return card_month(self._store, self.code, year, month)

    def through_month(self, year: int) -> int | None:
        from navdesk.store.months import through_month

        return through_month(self._store, self.code, year)

    def years_with_values(self, office: str | None = None) -> list[int]:
        return self._store.years_with_values(office or self.code)

    def stored_values(self, year: int, month: int | None = None, *,
                      office: str | None = None) -> list[StoredValue]:
        return self._store.stored_values(office or self.code, year, month)

    def history(self, code: str, period: Period) -> list[AuditEntry]:
        return self._store.history(self.code, code, period)

    def change_log(self, limit: int = 1000) -> list[LoggedChange]:
        """The database's change log, newest first (every kind of change)."""
        return self._store.change_log(limit)

    def is_locked(self, period: Period) -> bool:
        return self._store.is_locked(self.code, period)

    def lock_events(self, period: Period) -> list[LockEvent]:
        return self._store.lock_events(self.code, period)

    def close_month(self, period: Period, *, today: date, anyway: bool = False) -> bool:
        """Mark ``period`` as reported after the closing check
        (:func:`navdesk.store.closing.close_month`, which raises what it refuses)."""
        from navdesk.store.closing import close_month

        done = close_month(self._store, self.code, period, today=today, user=self.user,
                           anyway=anyway)
        if done:
            self._month_locked(period, True)
        return done

    def reopen_month(self, period: Period, why: str | None) -> bool:
        from navdesk.store.closing import reopen_month

        done = reopen_month(self._store, self.code, period, why, user=self.user)
        if done:
            self._month_locked(period, False)
        return done

    def _month_locked(self, period: Period, locked: bool) -> None:
        if self.session is not None:
            self.session.reload()
        self.events.month_locked.emit(MonthLocked(self.code, period, locked))

    def _value_changed(self, change: Change) -> None:
        code, period = change.code, change.period
        self.events.values.emit(ValuesChanged(self.code, frozenset({(code, period)})))

    def values_imported(self, source: str = "import") -> None:
        """Figures were written by other means (an import in a worker, another
        program): forget what was read and tell every page."""
        if self.session is not None:
            self.session.reload()
        self.events.values.emit(ValuesChanged(self.office.code if self.office else "", None,
                                              source))

    # ---- the goal card ------------------------------------------------------------------
    def load_goal_card(self) -> GoalCard:
        from navdesk.store.goalcard import load_goal_card

        return load_goal_card(self._store)

    def goal_card_rows(self, year: int, month: int | None = None, **options: Any
                       ) -> list[GoalCardRow]:
        from navdesk.present.goalcard import goal_card_rows

        return goal_card_rows(self._store, self.code, year, month, **options)

    def comment_history(self, measure_id: int,
                        period: Period) -> list[tuple[str, str, str | None]]:
        from navdesk.store.goalcard import comment_history

        return comment_history(self._store, self.code, measure_id, period)

    def removal_counts(self, kind: str, item_id: int) -> dict[str, int]:
        from navdesk.store.goalcard import removal_counts

        return removal_counts(self._store, kind, item_id)

    # ---- trends, breakdowns, the report ---------------------------------------------------
    def trend_picture(self, options: TrendOptions) -> TrendPicture:
        from navdesk.present.trends import trend_picture

        return trend_picture(self._store, self.code, options)

    def breakdowns(self, year: int, month: int | None = None,
                   compare: Iterable[int] = ()) -> list:
        from navdesk.present.breakdown import office_breakdowns

        return office_breakdowns(self._store, self.code, year, month, list(compare))

    def table_months(self, tables: list[BreakdownTable]) -> dict[Period, Completeness]:
        from navdesk.present.breakdown import table_months

        return table_months(self._store, self.code, tables)

    def report_content(self, year: int, month: int | None = None) -> ReportContent:
        from navdesk.present.report import report_content

        assert self.office is not None
        return report_content(self._store, self.office, year, month)

    def network_card(self, year: int, month: int | None = None) -> NetworkCard:
        """The goal card of all offices together (the offices read as one office:
        :func:`navdesk.present.network_card.network_card`); raises NoFigures."""
        from navdesk.present.network_card import network_card

        return network_card(self._store, year, month)

    def network_report_content(self, year: int, month: int | None = None) -> ReportContent:
        """The status report of all offices together (the network's goal card)."""
        from navdesk.present.network_card import network_report_content

        return network_report_content(self._store, year, month)

    # ---- files ------------------------------------------------------------------------------
    def import_file(self, path: str | Path, **options: Any) -> ImportReport:
        """Import an exchange file for this office (:func:`navdesk.service.importing.
        import_exchange_file`: all or nothing, with its report); the pages hear of the
        values stored."""
        from navdesk.service.importing import import_exchange_file

        options.setdefault("office", self.office.code if self.office else None)
        report = import_exchange_file(self._store, path, user=self.user, **options)
        if not options.get("dry_run") and report.ok and not report.cancelled and (
                report.new or report.changed or report.offices_added):
            self.values_imported()
        return report

    def wide_span(self, office: str, year: int, month: int | None = None) -> YearSpan:
        from navdesk.present.exchange import wide_span

        return wide_span(self._store, office, year, month)

    def export_file(self, path: str | Path, offices: list[str], year: int,
                    month: int | None = None, **options: Any) -> int:
        from navdesk.present.exchange import export_file

        return export_file(self._store, path, offices, year, month, **options)
