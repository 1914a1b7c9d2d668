"""What the window remembers between runs: its size and position (only while that
screen still exists), whether it was maximised, the last month and the last tab.

Kept with QSettings in one INI file in the user's *local* configuration folder
(``$XDG_CONFIG_HOME/navdesk/navdesk.ini`` on Linux, ``%LOCALAPPDATA%\\navdesk`` on
Windows), like the data file never in a roaming profile. The file is named explicitly,
because QSettings' default location is fixed the first time it is used in a process and
would ignore a later change of the user's folders (as each test makes)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from navdesk import APP_NAME
from navdesk.domain.period import Period, PeriodError, parse_period

# At least this much of the saved window (in pixels) must lie on a screen that exists
# now, or the window could open where nobody can reach it.
MIN_VISIBLE = QSize(120, 60)
# A first window never covers more than this share of the screen.
MAX_SHARE = 0.9


SETTINGS_ENV = "NAVDESK_SETTINGS"  # another settings file (the self-test uses its own)


def settings_file() -> Path:
    explicit = os.environ.get(SETTINGS_ENV)
    if explicit:
        return Path(explicit)
    folder = platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=False)
    return Path(folder) / "navdesk.ini"


def fit_to_screen(widget, width: int, height: int, width_share: float, height_share: float,
                  screen=None) -> None:
    """Resize ``widget`` to ``width`` x ``height``, or to the given shares of the screen's
    free room where that is smaller."""
    screen = screen or widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, int(room.width() * width_share))
        height = min(height, int(room.height() * height_share))
    widget.resize(width, height)


def open_settings() -> QSettings:
    """navdesk's settings, in the file named by :func:`settings_file`."""
    settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    settings.setFallbacksEnabled(False)
    return settings


def database_key(database: Path | str) -> str:
    """A settings group for one database file, so the demo database and the real one
    each remember their own month."""
    try:  # CPython's own SHA-1: hashlib would load OpenSSL at start-up (about 2 ms)
        from _sha1 import sha1  # type: ignore[import-not-found]  # no stubs for it
    except ImportError:
        from hashlib import sha1
    resolved = str(Path(database).expanduser().resolve())
    return "database-" + sha1(resolved.encode("utf-8")).hexdigest()[:16]


class WindowState:
    """The remembered state of the main window. ``database`` (the open file) keeps
    ``last_month`` per database; geometry and ``last_tab`` are the same for all."""

    def __init__(self, database: Path | str | None = None,
                 settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else open_settings()
        self._database = database
        self._prefix = "" if database is None else database_key(database) + "/"

    # ---- geometry ------------------------------------------------------------------
    def save(self, window: QMainWindow) -> None:
        """Remember the window's normal (not maximised) geometry and its toolbars and
        docks; written to disk at once."""
        rect = window.normalGeometry() if window.isMaximized() else window.geometry()
        if not rect.isValid():
            rect = window.geometry()
        self.settings.setValue("window/geometry", [rect.x(), rect.y(), rect.width(), rect.height()])
        self.settings.setValue("window/maximized", window.isMaximized())
        self.settings.setValue("window/state", window.saveState())
        self.settings.sync()

    def saved_geometry(self) -> QRect | None:
        raw = self.settings.value("window/geometry")
        if raw is None:
            return None
        try:
            x, y, w, h = (int(v) for v in raw)
        except (TypeError, ValueError):
            _ignored("window/geometry", raw)
            return None
        if not all(-PIXELS <= v <= PIXELS for v in (x, y, w, h)):  # QRect holds 32 bits
            _ignored("window/geometry", raw)
            return None
        rect = QRect(x, y, w, h)
        return rect if rect.isValid() else None

    def restore(self, window: QMainWindow) -> bool:
        """Put the window where it was, if that place is on a screen that exists now;
        otherwise centre it on the primary screen at its own size (at most 90% of the
        screen). Call before ``show()``. Returns whether the saved geometry was used."""
        rect = self.saved_geometry()
        screen = _screen_showing(rect) if rect is not None else None
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            window.restoreState(state)
        if screen is None or rect is None:  # (no screen without a saved rect)
            center_on_primary_screen(window)
            return False
        available = screen.availableGeometry()
        # the screen may have become smaller since (another resolution, a docking station)
        rect.setWidth(min(rect.width(), available.width()))
        rect.setHeight(min(rect.height(), available.height()))
        # and keep all of it on that screen, so no edge (or status bar) hangs off it
        rect.moveLeft(max(available.left(), min(rect.left(), available.right() - rect.width() + 1)))
        rect.moveTop(max(available.top(), min(rect.top(), available.bottom() - rect.height() + 1)))
        window.setGeometry(rect)
        if _as_bool(self.settings.value("window/maximized")):
            from PySide6.QtCore import Qt  # not at every start: see main_window.ALIGN_CENTER

            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return True

    # ---- where the user was --------------------------------------------------------
    @property
    def last_month(self) -> Period | None:
        """The month the form showed last (for this database), or None."""
        text = self.settings.value(self._prefix + "last_month")
        if not isinstance(text, str):
            return None
        try:
            period = parse_period(text)
        except PeriodError:
            return None
        return None if period.is_year else period

    @last_month.setter
    def last_month(self, period: Period | None) -> None:
        if period is None:
            self.settings.remove(self._prefix + "last_month")
        else:
            if period.is_year:
                raise ValueError("last_month must be a month, not a year")
            self.settings.setValue(self._prefix + "last_month", str(period))
            if self._database is not None:  # for a person reading the file
                self.settings.setValue(self._prefix + "path", str(self._database))
        self.settings.sync()

    @property
    def last_tab(self) -> int:
        """The index of the tab shown last (0 when unknown)."""
        raw = self.settings.value("window/last_tab", 0)
        try:
            index = int(raw)  # type: ignore[call-overload]  # bad values: caught
        except (TypeError, ValueError):
            index = -1
        if not 0 <= index <= PIXELS:
            _ignored("window/last_tab", raw)
            return 0
        return index

    @last_tab.setter
    def last_tab(self, index: int) -> None:
        self.settings.setValue("window/last_tab", int(index))
        self.settings.sync()


# no screen, window or tab count comes near this; beyond it a saved number is damage
PIXELS = 1_000_000


def _ignored(key: str, raw: object) -> None:
    """A line in the log for a setting that cannot be used (its default is used)."""
    logging.getLogger("navdesk").warning(
        "innstillingen %s=%r i %s kan ikke brukes; bruker standard", key, raw, settings_file())


def saved_language(settings: QSettings | None = None) -> str | None:
    """The language chosen in Help > Language, or None (bokmål) when none is saved or
    the saved value is not one navdesk knows."""
    from navdesk.ui.i18n import LANGUAGES

    raw = (settings or open_settings()).value("language")
    if raw is None:
        return None
    if not isinstance(raw, str) or raw not in LANGUAGES:
        _ignored("language", raw)
        return None
    return raw


def _screen_showing(rect: QRect):
    """The screen that shows enough of ``rect`` to reach the window, or None."""
    need_w = min(MIN_VISIBLE.width(), rect.width())
    need_h = min(MIN_VISIBLE.height(), rect.height())
    best, best_area = None, 0
    for screen in QGuiApplication.screens():
        part = rect.intersected(screen.availableGeometry())
        if part.width() >= need_w and part.height() >= need_h:
            area = part.width() * part.height()
            if area > best_area:
                best, best_area = screen, area
    return best


def center_on_primary_screen(window: QMainWindow) -> None:
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    size = window.size().boundedTo(QSize(int(available.width() * MAX_SHARE),
                                         int(available.height() * MAX_SHARE)))
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    window.setGeometry(rect)


def _as_bool(value) -> bool:
    if isinstance(value, str):
        return value.lower() == "true"
    return bool(value)
