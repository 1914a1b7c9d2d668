"""What the office service announces after a change, and who hears it.

Pure Python, no Qt: a page subscribes with ``service.events.values.connect(callback)``
(as napari's Qt widgets connect to their model's events) and is called after every change
of that kind, whoever made it — the month form, the goal card, an import, the catalogue
dialog. A page that is not on screen notes that it is out of date and refreshes when it
is shown again; nothing refreshes by polling.

Events are emitted on the thread that made the change; the window makes every change on
its own thread (long work in a worker opens its own connection and the window announces
its result when it is done), so a page's callback may touch its widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from navdesk.domain.period import Period

E = TypeVar("E")


class Event:
    """An announcement: its fields are named by ``__slots__``; equal when of one kind
    with equal fields. (Plain classes, not dataclasses: the window's first frame
    imports this module, and five frozen dataclasses cost it 3 ms.)"""

    __slots__: tuple[str, ...] = ()

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other._fields() == self._fields()

    def __hash__(self) -> int:
        return hash((type(self), self._fields()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def __setattr__(self, name: str, value: object) -> None:
        if hasattr(self, name):
            raise AttributeError(f"{type(self).__name__} cannot be changed")
        object.__setattr__(self, name, value)


class ValuesChanged(Event):
    """Figures or their comments changed for ``office``: at these ``(code, period)``
    keys, or anywhere (``keys`` None: an import or an undo across months)."""

    __slots__ = ("office", "keys", "source")

    def __init__(self, office: str, keys: frozenset[tuple[str, Period]] | None = None,
                 source: str = "form") -> None:
        self.office = office
        self.keys = keys
        self.source = source


class CatalogueChanged(Event):
    """Indicators were added, renamed, hidden or shown: every list of lines changes."""

    __slots__ = ("codes",)

    def __init__(self, codes: frozenset[str] | None = None) -> None:
        self.codes = codes


class GoalCardChanged(Event):
    """The goal card's structure, targets or comments changed (for ``office``'s
    comments; structure and targets are the database's, shared by its offices)."""

    __slots__ = ("office",)

    def __init__(self, office: str) -> None:
        self.office = office


class MonthLocked(Event):
    """A month was marked as reported (``locked``) or reopened."""

    __slots__ = ("office", "period", "locked")

    def __init__(self, office: str, period: Period, locked: bool) -> None:
        self.office = office
        self.period = period
        self.locked = locked


class DatabaseReplaced(Event):
    """The whole database changed under the service (another file opened, a backup
    restored): everything shown is to be read again."""

    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path


class AccessChanged(Event):
    """The window may now write, or may no longer (``read_only``: why not, as the
    service says it; None once writable): pages enable or disable their editing."""

    __slots__ = ("read_only",)

    def __init__(self, read_only: object | None) -> None:
        self.read_only = read_only


class Emitter(Generic[E]):
    """One kind of event: callbacks connected to it are called in order with the event.

    A callback that raises does not stop the others from hearing the event; the first
    error is raised again after all have been called, so a fault is never hidden."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[E], object]] = []

    def connect(self, callback: Callable[[E], object]) -> Callable[[E], object]:
        self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable[[E], object]) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, event: E) -> None:
        error: BaseException | None = None
        for callback in list(self._callbacks):
            try:
                callback(event)
            except Exception as exc:  # noqa: BLE001 - raised again below, once all heard it
                error = error or exc
        if error is not None:
            raise error

    def __len__(self) -> int:
        return len(self._callbacks)


class OfficeEvents:
    """Every kind of change the office service announces."""

    def __init__(self) -> None:
        self.values: Emitter[ValuesChanged] = Emitter()
        self.catalogue: Emitter[CatalogueChanged] = Emitter()
        self.goal_card: Emitter[GoalCardChanged] = Emitter()
        self.month_locked: Emitter[MonthLocked] = Emitter()
        self.database: Emitter[DatabaseReplaced] = Emitter()
        # not in connect_all: nothing read changes, only whether it may be changed
        self.access: Emitter[AccessChanged] = Emitter()

    def connect_all(self, callback: Callable[[object], object]) -> None:
        """One callback for every kind (a page that reads a bit of everything)."""
        for emitter in (self.values, self.catalogue, self.goal_card, self.month_locked,
                        self.database):
            emitter.connect(callback)

    def disconnect_all(self, callback: Callable[[object], object]) -> None:
        for emitter in (self.values, self.catalogue, self.goal_card, self.month_locked,
                        self.database):
            emitter.disconnect(callback)
