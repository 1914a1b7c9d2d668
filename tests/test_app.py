"""The composition root: which database the window opens, and the demo office."""

from __future__ import annotations

import logging
import os
import sys
import threading

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from navdesk.app import main, open_database, open_for_window, parse_args
from navdesk.crashlog import log_path
from navdesk.paths import database_path
from navdesk.service import OfficeService
from navdesk.store import StoreError, open_store
from navdesk.store.database import Office
from navdesk.ui.main_window import MainWindow
from navdesk.ui.setup_dialog import SetupDialog
from tests.conftest import when_modal_opens


def test_demo_opens_a_separate_demo_database_with_an_example_office(qtbot, tmp_path, monkeypatch):
    real = tmp_path / "real.sqlite"
    monkeypatch.setenv("NAVDESK_DB", str(real))
    store = open_database(parse_args(["--demo"]))
    try:
        assert store.path == database_path(demo=True)
        assert store.path != real and not real.exists()
        office = store.home_office()
        assert office is not None and office.name == "NAV Eksempelby"
        assert store.years_with_values(office.code)  # filled with figures
        window = MainWindow(OfficeService(store), demo=True)
        qtbot.addWidget(window)
        assert "eksempeldata" in window.windowTitle()
    finally:
        store.close()


def test_demo_database_is_filled_only_once(tmp_path):
    first = open_database(parse_args(["--demo"]))
    count = first.audit_count()
    first.close()
    again = open_database(parse_args(["--demo"]))
    try:
        assert again.audit_count() == count
    finally:
        again.close()


def test_db_argument_wins_over_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("NAVDESK_DB", str(tmp_path / "env.sqlite"))
    store = open_database(parse_args(["--db", str(tmp_path / "arg.sqlite")]))
    store.close()
    assert (tmp_path / "arg.sqlite").exists() and not (tmp_path / "env.sqlite").exists()


def test_environment_variable_names_the_database(tmp_path, monkeypatch):
    monkeypatch.setenv("NAVDESK_DB", str(tmp_path / "env.sqlite"))
    open_database(parse_args([])).close()
    assert (tmp_path / "env.sqlite").exists()


def test_default_database_lives_in_the_user_data_folder(isolated_user_dirs):
    store = open_database(parse_args([]))
    store.close()
    assert store.path.name == "navdesk.sqlite"
    assert str(store.path).startswith(str(isolated_user_dirs))


def test_unusable_database_is_refused_with_a_message(tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("handleliste: melk, brød\n", encoding="utf-8")
    with pytest.raises(StoreError, match="ikke en navdesk-database"):
        open_database(parse_args(["--db", str(bad)]))
    assert bad.read_text(encoding="utf-8") == "handleliste: melk, brød\n"


def test_missing_x11_libraries_are_named_by_their_debian_package():
    from navdesk.app import missing_x11_packages

    found = missing_x11_packages({"libc.so.6": "libc6",
                                  "libnavdesk-nowhere.so.9": "navdesk-nowhere"})
    assert found == ["navdesk-nowhere"]


# ---- first start: a database without an office asks which office it is for ----------

def when_setup_opens(act):
    """Run ``act(dialog)`` once the setup dialog blocks in exec()."""
    return when_modal_opens(SetupDialog, act)


def fill_in_frogner(dialog):
    dialog.code_edit.setText("0312")
    dialog.name_edit.setText("NAV Frogner")
    dialog.municipality_edit.setText("Oslo")
    dialog.setup_button.click()


def test_first_start_sets_up_the_office_in_the_users_database(qtbot, tmp_path):
    real = tmp_path / "real.sqlite"
    shown = when_setup_opens(fill_in_frogner)
    store, demo = open_for_window(parse_args(["--db", str(real)]))
    try:
        assert shown and demo is False
        assert store.path == real
        assert store.home_office() == Office("0312", "NAV Frogner", "Oslo")
    finally:
        store.close()
    with open_store(real) as again:  # saved, not only in memory
        assert again.home_office() == Office("0312", "NAV Frogner", "Oslo")


def test_first_start_demo_choice_opens_the_demo_database_and_leaves_the_real_file_empty(
        qtbot, tmp_path):
    real = tmp_path / "real.sqlite"
    shown = when_setup_opens(lambda d: d.demo_button.click())
    store, demo = open_for_window(parse_args(["--db", str(real)]))
    try:
        assert shown and demo is True
        assert store.path == database_path(demo=True) != real
        assert store.home_office().name == "NAV Eksempelby"
        assert store.audit_count() > 0
    finally:
        store.close()
    with open_store(real) as untouched:
        assert untouched.offices() == [] and untouched.home_office() is None
        assert untouched.audit_count() == 0
        assert untouched.conn.execute("SELECT count(*) FROM value").fetchone()[0] == 0


def test_an_office_in_the_database_opens_without_asking(qtbot, office_store):
    path = office_store.path
    office_store.close()
    store, demo = open_for_window(parse_args(["--db", str(path)]))
    store.close()
    assert demo is False and store.path == path


def test_demo_argument_never_asks(qtbot):
    store, demo = open_for_window(parse_args(["--demo"]))
    store.close()
    assert demo is True and store.path == database_path(demo=True)


@pytest.fixture
def app_main(monkeypatch):
    """main() as the user starts it, with the process-wide hook and log handler put back."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    logger = logging.getLogger("navdesk")
    handlers, level = list(logger.handlers), logger.level
    yield main
    for handler in [h for h in logger.handlers if h not in handlers]:
        logger.removeHandler(handler)
        handler.close()
    logger.setLevel(level)


def test_cancelling_the_first_start_exits_cleanly(qtbot, tmp_path, app_main):
    real = tmp_path / "real.sqlite"
    shown = when_setup_opens(lambda d: d.reject())
    assert run_main(app_main, ["--db", str(real)]) == 0
    assert shown
    with open_store(real) as untouched:
        assert untouched.offices() == []
    assert "oppsett avbrutt" in log_path().read_text(encoding="utf-8")


def close_main_window_once_shown(titles):
    """Close the main window once main() shows it, and stop main()'s event loop."""
    def poll():
        found = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()]
        if found:
            titles.append(found[0].windowTitle())
            found[0].close()
            QApplication.quit()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def run_main(app_main, argv):
    try:
        return app_main(argv)
    finally:
        # closing the last window also posts a Quit event; left in the queue it would
        # end the next test's dialog at once
        QApplication.removePostedEvents(QApplication.instance(), QEvent.Type.Quit)


def test_start_logs_to_the_log_folder_and_opens_the_window(qtbot, office_store, app_main):
    path = office_store.path
    office_store.close()
    titles = []
    close_main_window_once_shown(titles)
    assert run_main(app_main, ["--db", str(path)]) == 0
    assert len(titles) == 1 and "NAV Frogner" in titles[0]
    assert f"startet med {path}" in log_path().read_text(encoding="utf-8")


def test_first_start_from_setup_to_the_window(qtbot, tmp_path, app_main):
    real = tmp_path / "real.sqlite"
    titles = []
    when_setup_opens(lambda d: (fill_in_frogner(d), close_main_window_once_shown(titles)))
    assert run_main(app_main, ["--db", str(real)]) == 0  # the window stays open after the dialog
    assert len(titles) == 1 and "NAV Frogner" in titles[0]
    with open_store(real) as store:
        assert store.home_office() == Office("0312", "NAV Frogner", "Oslo")


def test_the_demo_office_has_targets_so_its_goal_card_shows_lights(tmp_path):
    from navdesk.present.goalcard import goal_card_rows

    store = open_database(parse_args(["--demo"]))
    try:
        office = store.home_office()
        year = store.latest_month(office.code).year
        statuses = {r.result.status.value for r in goal_card_rows(store, office.code, year)}
        assert {"grønn", "rød"} <= statuses or {"grønn", "gul"} <= statuses
    finally:
        store.close()


def test_the_demo_office_shows_a_few_of_the_leaders_comments_for_its_latest_month(tmp_path):
    from navdesk.present.goalcard import goal_card_rows
    from navdesk.store.demo import DEMO_COMMENTS

    store = open_database(parse_args(["--demo"]))
    try:
        office = store.home_office()
        latest = store.latest_month(office.code)
        rows = goal_card_rows(store, office.code, latest.year)
        assert {r.result.measure.indicator: r.comment for r in rows if r.comment} == DEMO_COMMENTS
    finally:
        store.close()


def test_with_quit_when_shown_the_window_says_so_at_its_first_frame_and_ends(tmp_path):
    """The hook the bundle's start-up benchmark times."""
    import subprocess

    from navdesk.store import open_store

    db = tmp_path / "start.sqlite"
    with open_store(db) as store:
        store.save_office("0312", "NAV Frogner", home=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NAVDESK_QUIT_WHEN_SHOWN="1",
               NAVDESK_SETTINGS=str(tmp_path / "navdesk.ini"))
    run = subprocess.run([sys.executable, "-c", "import sys; from navdesk.app import main; "
                          f"sys.exit(main(['--db', {str(db)!r}]))"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0 and run.stdout.splitlines() == ["navdesk: shown"]
