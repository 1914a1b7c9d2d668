"""What the window remembers between runs, in a settings file inside the test's own
user folders (never the developer's)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QTabWidget

from navdesk.domain.period import Period
from navdesk.ui.window_state import WindowState, open_settings, settings_file


def new_window(qtbot, width=700, height=500) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(QTabWidget())
    window.resize(width, height)
    qtbot.addWidget(window)
    return window


def available() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def test_settings_live_in_the_isolated_config_folder(isolated_user_dirs):
    WindowState().last_tab = 2
    path = settings_file()
    assert path == isolated_user_dirs / "xdg_config_home" / "navdesk" / "navdesk.ini"
    assert path.exists()
    assert open_settings().fileName() == str(path)
    assert "last_tab=2" in path.read_text(encoding="utf-8")


def test_qsettings_default_location_is_fixed_once_per_process(isolated_user_dirs, tmp_path,
                                                               monkeypatch):
    # Why settings_file() names the file: QSettings' own location ignores a later
    # change of XDG_CONFIG_HOME, so tests (and a changed profile) would share it.
    QSettings("navdesk", "navdesk").fileName()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    assert str(tmp_path / "elsewhere") not in QSettings("navdesk", "navdesk").fileName()
    assert str(settings_file()).startswith(str(tmp_path / "elsewhere"))


def test_geometry_is_restored_on_the_same_screen(qtbot):
    assert available().contains(QRect(40, 30, 520, 380))
    first = new_window(qtbot)
    first.setGeometry(QRect(40, 30, 520, 380))
    WindowState().save(first)

    second = new_window(qtbot)
    assert WindowState().restore(second) is True
    assert second.geometry() == QRect(40, 30, 520, 380)
    second.show()
    qtbot.waitExposed(second)
    assert second.geometry() == QRect(40, 30, 520, 380)


@pytest.mark.parametrize("where", [
    QRect(10000, 100, 520, 380),  # a second monitor that is gone
    QRect(-3000, -2000, 520, 380),
    "sliver",  # only 20 pixels would show at the right edge
])
def test_geometry_off_every_screen_is_not_used(qtbot, where):
    if where == "sliver":
        where = QRect(available().right() - 20, 100, 520, 380)
    first = new_window(qtbot)
    first.setGeometry(where)
    WindowState().save(first)
    assert WindowState().saved_geometry() == where

    second = new_window(qtbot, 600, 400)
    assert WindowState().restore(second) is False
    g = second.geometry()
    assert available().contains(g)
    assert g.size() == second.size()
    assert abs(g.center().x() - available().center().x()) <= 1
    assert abs(g.center().y() - available().center().y()) <= 1


def test_without_saved_geometry_the_window_is_centred_and_fits_the_screen(qtbot):
    window = new_window(qtbot, 5000, 4000)  # larger than the screen
    assert WindowState().restore(window) is False
    g = window.geometry()
    assert available().contains(g)
    assert g.width() <= available().width() * 0.9 + 1
    assert g.height() <= available().height() * 0.9 + 1


def test_a_saved_window_larger_than_the_screen_now_is_shrunk_to_fit(qtbot):
    first = new_window(qtbot)
    first.setGeometry(QRect(0, 0, available().width() * 2, available().height() * 2))
    WindowState().save(first)
    second = new_window(qtbot)
    assert WindowState().restore(second) is True
    assert second.geometry().size() == available().size()


def test_maximised_is_remembered_with_the_normal_geometry(qtbot):
    first = new_window(qtbot)
    first.setGeometry(QRect(40, 30, 520, 380))
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    WindowState().save(first)
    assert WindowState().saved_geometry() == QRect(40, 30, 520, 380)

    second = new_window(qtbot)
    WindowState().restore(second)
    assert second.isMaximized()


def test_damaged_geometry_falls_back_to_the_centre(qtbot):
    settings = open_settings()
    settings.setValue("window/geometry", "nonsense")
    settings.sync()
    window = new_window(qtbot, 600, 400)
    assert WindowState().restore(window) is False
    assert available().contains(window.geometry())


def test_last_month_round_trips_per_database(tmp_path):
    real, demo = tmp_path / "navdesk.sqlite", tmp_path / "navdesk-demo.sqlite"
    assert WindowState(real).last_month is None
    WindowState(real).last_month = Period(2025, 3)
    WindowState(demo).last_month = Period(2024, 11)
    assert WindowState(real).last_month == Period(2025, 3)
    assert WindowState(demo).last_month == Period(2024, 11)
    assert WindowState().last_month is None  # no database: its own key
    text = settings_file().read_text(encoding="utf-8")
    assert "last_month=2025-03" in text and str(real) in text

    WindowState(real).last_month = None
    assert WindowState(real).last_month is None
    assert WindowState(demo).last_month == Period(2024, 11)


def test_last_month_is_never_a_year_and_ignores_damaged_text(tmp_path):
    state = WindowState(tmp_path / "a.sqlite")
    with pytest.raises(ValueError):
        state.last_month = Period(2025)
    for text in ("2025", "mars", "2025-13"):
        state.settings.setValue(state._prefix + "last_month", text)
        assert state.last_month is None


def test_last_tab_round_trips_and_defaults_to_the_first(tmp_path):
    assert WindowState().last_tab == 0
    WindowState(tmp_path / "a.sqlite").last_tab = 3
    assert WindowState(tmp_path / "b.sqlite").last_tab == 3  # the same for every database
    state = WindowState()
    state.settings.setValue("window/last_tab", "tre")
    assert state.last_tab == 0


def test_a_window_partly_below_the_screen_is_moved_fully_onto_it(qtbot, tmp_path):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMainWindow

    from navdesk.ui.window_state import WindowState

    room = QGuiApplication.primaryScreen().availableGeometry()
    first = QMainWindow()
    qtbot.addWidget(first)
    first.setGeometry(QRect(room.left() + 10, room.bottom() - 100, 400, 300))  # mostly below
    WindowState(tmp_path / "a.sqlite").save(first)
    again = QMainWindow()
    qtbot.addWidget(again)
    assert WindowState(tmp_path / "a.sqlite").restore(again)
    assert room.contains(again.geometry())
    assert (again.width(), again.height()) == (400, 300)
