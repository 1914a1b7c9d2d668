"""A page follows the office service's events: it refreshes at once when it is on
screen, and otherwise notes that it is out of date and refreshes when it is next shown
(so typing in the month form never redraws a hidden goal card, and nothing polls on a
tab switch)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from navdesk.service.events import Emitter


class Follower(QObject):
    """Calls ``refresh`` after each event of ``emitters`` that ``wanted`` accepts (all by
    default): now when ``page`` is visible, else at its next show. Disconnects itself
    when the page is destroyed."""

    def __init__(self, page: QWidget, refresh: Callable[[], object],
                 emitters: Iterable[Emitter],
                 # each emitter's own kind of event (ValuesChanged, ...)
                 wanted: Callable[[Any], bool] | None = None) -> None:
        super().__init__(page)
        self._page = page
        self._refresh = refresh
        self._wanted = wanted
        self.stale = False
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
        if self._page.isVisible():
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False
