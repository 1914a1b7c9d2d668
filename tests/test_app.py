"""The composition root: which database the window opens, and the demo office."""

from __future__ import annotations

import pytest

from navdesk.app import open_database, parse_args
from navdesk.paths import database_path
from navdesk.store import StoreError
from navdesk.ui.main_window import MainWindow


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
        window = MainWindow(store, demo=True)
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

    found = missing_x11_packages({"libc.so.6": "libc6", "libnavdesk-nowhere.so.9": "navdesk-nowhere"})
    assert found == ["navdesk-nowhere"]
