"""Whether a window may write to its database, and why not (issue 13, points 2 and 3).

A window writes only while it holds the file's one-writer lock
(:mod:`navdesk.store.writer_lock`) and the file has passed SQLite's ``quick_check``.
Otherwise it is read-only: its connection has ``PRAGMA query_only`` on (SQLite refuses
every write: defence in depth), every write is refused before it begins with the
reason, and :attr:`WriteAccess.read_only` says that reason for the pages and the banner.

The check runs in the background after the window's first frame. Until its result is
known the connection stays query-only, but the window is not called read-only: a value
typed meanwhile waits for the check (:meth:`WriteAccess.settle` runs it on the spot,
about 0.1 s for ten years of one office), so nothing is ever written into a damaged
file and nothing typed is turned away from a sound one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, said
from navdesk.service.events import AccessChanged, Emitter
from navdesk.store.connection import StoreError

if TYPE_CHECKING:
    from navdesk.service.office import OfficeService
    from navdesk.store.database import Store
    from navdesk.store.writer_lock import Holder, WriterLock

# why the window is read-only: the banner's colour and its button follow the kind
OTHER_WINDOW = "other-window"
NO_LOCK = "no-lock"
DAMAGED = "damaged"


def held_elsewhere(holder: Holder) -> Said:
    who = holder.user or "?"
    machine = holder.machine or "?"
    when = holder.since_time() or "?"
    return said(QT_TRANSLATE_NOOP(
        "", "Databasen er åpen i et annet navdesk-vindu (bruker {user} på maskin {machine} "
            "siden {time}). Dette vinduet viser tallene, men du kan ikke endre dem."),
        user=who, machine=machine, time=when)


def damaged_file(problem: str) -> Said:
    # SQLite's report on one line, without its header ("*** in database main ***")
    problem = " ".join(problem.replace("*** in database main ***", "").split())
    return said(QT_TRANSLATE_NOOP(
        "", "Databasefilen er skadet (SQLite fant: {problem}). Ingenting er endret i den. "
            "Gjenopprett fra en sikkerhetskopi."), problem=problem[:160])


def no_lock_file(reason: str) -> Said:
    return said(QT_TRANSLATE_NOOP(
        "", "navdesk kan ikke lage låsefilen ved siden av databasen ({reason}), så dette "
            "vinduet viser tallene, men du kan ikke endre dem."), reason=reason)


class WriteAccess:
    """One window's right to write to its store (see the module's docstring)."""

    def __init__(self, store: Store, emitter: Emitter[AccessChanged]) -> None:
        self._store = store
        self._emitter = emitter
        self._lock: WriterLock | None = None
        self.kind: str | None = None  # OTHER_WINDOW, NO_LOCK, DAMAGED or None
        self.read_only: Said | None = None
        self._checking = False
        self._guarded = False

    @property
    def query_only(self) -> bool:
        """Whether SQLite must refuse writes on the connection now."""
        return self.read_only is not None or self._checking

    def claim(self) -> bool:
        """Take the file's one-writer lock for this window (True), or become read-only
        and say who holds it (False). A damaged file stays read-only either way."""
        from navdesk.store.writer_lock import LockRefused, take_writer_lock

        if self._lock is None:
            try:
                self._lock = take_writer_lock(self._store.path)
            except LockRefused as refused:
                if self.kind != DAMAGED:
                    if refused.holder is not None:
                        self._set(OTHER_WINDOW, held_elsewhere(refused.holder))
                    else:
                        self._set(NO_LOCK, no_lock_file(refused.reason))
                return False
        if self.kind != DAMAGED:
            self._set(None, None)
        return True

    @property
    def holds_lock(self) -> bool:
        return self._lock is not None

    def begin_check(self) -> None:
        """The file's check has started: nothing is written until its result is known."""
        if self.kind == DAMAGED:
            return
        self._checking = True
        self._apply()

    def check_finished(self, problem: str | None) -> None:
        """The check's result: "ok", what it found, or None when it could not run (a
        write then runs the check itself)."""
        if not self._checking:
            return
        if problem is None:
            problem = self._store.quick_check()
        self._checking = False
        if problem == "ok":
            self._apply()
        else:
            self._set(DAMAGED, damaged_file(problem))

    @property
    def checking(self) -> bool:
        return self._checking

    def finish_check(self) -> None:
        """A check still running is run now, on this connection (its result is then
        known before anything is written)."""
        if self._checking:
            self.check_finished(self._store.quick_check())

    def settle(self) -> None:
        """Before every write: a check still running is run here, on this connection;
        a read-only window's write is refused with its reason (StoreError)."""
        self.finish_check()
        if self.read_only is not None:
            raise StoreError(self.read_only)

    def damage_found(self, exc: BaseException) -> bool:
        """Whether ``exc`` (raised while reading) is SQLite finding this file damaged
        (its quick_check confirms it: the error may come from another file); if so the
        window becomes read-only at once, as if its check had found it (True)."""
        import sqlite3

        from navdesk.store.connection import is_damage

        if not (isinstance(exc, sqlite3.DatabaseError) and is_damage(exc)):
            return False
        problem = self._store.quick_check()
        if problem == "ok":
            return False
        self._checking = False
        self._set(DAMAGED, damaged_file(problem))
        return True

    def recheck(self) -> bool:
        """After a restore into a damaged file: check it again on this connection; when
        sound, the window may write again if it holds (or can take) the lock (True)."""
        if self.kind != DAMAGED or self._store.quick_check() != "ok":
            return False
        self._set(None, None)
        return self.claim()

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _set(self, kind: str | None, reason: Said | None) -> None:
        changed = reason != self.read_only or kind != self.kind
        self.kind, self.read_only = kind, reason
        self._apply()
        if changed:
            self._emitter.emit(AccessChanged(reason))

    def _apply(self) -> None:
        if not self._guarded:  # every write asks settle() first, from now on
            self._store.set_before_write(self.settle)
            self._guarded = True
        self._store.set_query_only(self.query_only)


def check_function(open_copy: Callable[[], OfficeService]) -> Callable[[object], str | None]:
    """The background check for :class:`navdesk.ui.worker.Worker`: opens its own
    connection with ``open_copy`` (:meth:`OfficeService.worker_opener`) and returns
    the check's result, or None when the file could not be opened (the window's own
    connection then checks it)."""

    def run(_work: object) -> str | None:
        try:
            copy = open_copy()
        except StoreError:
            return None
        try:
            return copy.quick_check()
        finally:
            copy.close()

    return run
