"""A page follows the office service's events: it refreshes at once when it is on
screen, and otherwise notes that it is out of date and refreshes when it is next shown
(so typing in the month form never redraws a hidden goal card, and nothing polls on a
tab switch). A change heard while a cell is being typed in waits for its editor to
close: a redraw would otherwise store a half-typed number or throw away what is typed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from navdesk.service.events import Emitter
from navdesk.ui.typing_view import TypingTreeView


class Follower(QObject):
    """Calls ``refresh`` after each event of ``emitters`` that ``wanted`` accepts (all by
    default): now when ``page`` is visible, else at its next show; while ``typing`` (the
    page's table) has a cell's editor open, once that editor has closed. Disconnects
    itself when the page is destroyed."""

    def __init__(self, page: QWidget, refresh: Callable[[], object],
                 emitters: Iterable[Emitter],
                 # each emitter's own kind of event (ValuesChanged, ...)
                 wanted: Callable[[Any], bool] | None = None, *,
                 typing: TypingTreeView | None = None) -> None:
        super().__init__(page)
        self._page = page
        self._refresh = refresh
        self._wanted = wanted
        self.stale = False
        self._typing = typing
        self.waiting = False  # heard while a cell was being typed in
        if typing is not None:
            typing.editor_closed.connect(self._editor_closed)
        self._emitters = list(emitters)
        for emitter in self._emitters:
            emitter.connect(self._heard)
        page.installEventFilter(self)
        page.destroyed.connect(self._forget)

    def _forget(self, *_: object) -> None:
        for emitter in self._emitters:
            emitter.disconnect(self._heard)
        self._emitters = []

    def _heard(self, event: object) -> None:
        if self._wanted is not None and not self._wanted(event):
            return
        if not self._page.isVisible():
            self.stale = True
        elif self._typing is not None and self._typing.editing():
            self.waiting = True
        else:
            self._refresh()

    def _editor_closed(self) -> None:
        if self.waiting:
            # after the closing editor's own work (the value stored, the next line)
            QTimer.singleShot(0, self._after_typing)

    def _after_typing(self) -> None:
        if not self.waiting or self._typing is None or self._typing.editing():
            return  # another editor opened meanwhile: its closing tries again
        self.waiting = False
        if self._page.isVisible():
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False
