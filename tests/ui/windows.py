"""The main window as the window's tests open it and drive it, and what it stored, read
back: shared by the tests of the month form, the close-month dialog and the goal card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from navdesk.domain.period import Period
from navdesk.service import OfficeService
from navdesk.store import open_store
from navdesk.ui.main_window import MainWindow
from navdesk.ui.month_model import CodeRole
from tests.conftest import HOME_CODE

MARCH = Period(2025, 3)  # a whole month of the demo figures


def shown_window(qtbot, store, period) -> MainWindow:
    """The main window on screen and active, the month form in ``period`` in focus (keys
    sent to the focused widget then reach the form)."""
    return shown_service_window(qtbot, OfficeService(store), period)


def shown_service_window(qtbot, service, period) -> MainWindow:
    """:func:`shown_window` on a service the test opened itself (a second window's)."""
    window = MainWindow(service, period=period)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.month_form.view.setFocus()
    return window


def go(window, code: str) -> None:
    """The month form's line ``code`` current, the form in focus."""
    form = window.month_form
    form.view.go_to(form.model.index_of(code))
    form.view.setFocus()


def type_in_line(window, code: str, text: str) -> None:
    """Go to ``code``'s line, type ``text`` key by key and press Enter."""
    go(window, code)
    for ch in text:
        QTest.keyClicks(QApplication.focusWidget(), ch)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits Enter through a queued call


def current_code(window) -> str:
    """The code of the month form's current line."""
    return window.month_form.view.currentIndex().data(CodeRole)


def note(window) -> str:
    """What the status bar says now."""
    return window.statusBar().currentMessage()


def press(window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key into the window's focused widget. After a dialog the window manager gives
    the main window the keyboard back; the offscreen platform has none, so ask for it."""
    if QApplication.focusWidget() is None:
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
    QTest.keyClick(QApplication.focusWidget(), key, modifier)
    QApplication.processEvents()


def stored(store, code, period=MARCH, office=HOME_CODE):
    """The number stored for ``code`` in ``period``, or None."""
    v = store.value(office, code, period)
    return None if v is None else v.value


def events(store, period=MARCH):
    """The month's locks and reopenings, as (action, note)."""
    return [(e.action, e.note) for e in store.lock_events(HOME_CODE, period)]


def catalogue_dialog(qtbot, store):
    """The indicator catalogue dialog, shown; put away without its question about
    unsaved edits when the test ends (nobody would answer it)."""
    from navdesk.ui.catalogue_dialog import CatalogueDialog

    d = CatalogueDialog(OfficeService(store))
    qtbot.addWidget(d, before_close_func=lambda w: w.done(0))
    d.show()
    return d


def stored_catalogue(path):
    """The indicator table as another connection sees it (not the store's cache)."""
    with open_store(path, create=False) as other:
        return other.conn.execute("SELECT * FROM indicator ORDER BY position").fetchall()
