"""The main window as the window's tests open it."""

from __future__ import annotations

from navdesk.service import OfficeService
from navdesk.ui.main_window import MainWindow


def shown_window(qtbot, store, period) -> MainWindow:
    """The main window on screen and active, the month form in ``period`` in focus (keys
    sent to the focused widget then reach the form)."""
    window = MainWindow(OfficeService(store), period=period)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.month_form.view.setFocus()
    return window
