"""Fixtures shared by all tests: each test gets its own SQLite file and its own user
folders, so no test reads or writes the developer's real data or settings."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests: "ci" (the default) keeps the suite fast; "long" is the fuzzing run of
# issue 14 (HYPOTHESIS_PROFILE=long: 10,000 examples per property that sets no count of
# its own, tests/formats/test_fuzz_readers.py among them). No deadline in either: the
# machines are shared, and a slow example is not a wrong one.
settings.register_profile("ci", max_examples=100, deadline=None)
settings.register_profile("long", max_examples=10_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Qt must never need a display in tests (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from navdesk.domain.period import Period  # noqa: E402
from navdesk.store import open_store  # noqa: E402

HOME_CODE = "0312"
HOME_NAME = "NAV Frogner"


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Point every user folder (data, logs, settings) at a fresh temporary folder."""
    base = tmp_path_factory.mktemp("userdirs")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(base / var.lower()))
    if sys.platform == "win32":
        monkeypatch.setenv("LOCALAPPDATA", str(base / "local"))
        monkeypatch.setenv("APPDATA", str(base / "roaming"))
    monkeypatch.delenv("NAVDESK_DB", raising=False)
    return base


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "navdesk.sqlite"


@pytest.fixture
def store(db_path):
    """A fresh, migrated database with the default catalogue and no office."""
    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture
def office_store(store):
    """A fresh database set up for the home office 0312 NAV Frogner (no values)."""
    store.save_office(HOME_CODE, HOME_NAME, "Oslo", home=True)
    return store


@pytest.fixture
def demo_store(office_store):
    """The home office with deterministic demo figures for 2024-01 .. 2025-12."""
    from navdesk.store.demo import fill_demo

    fill_demo(office_store, HOME_CODE, Period(2024, 1), Period(2025, 12))
    return office_store


@pytest.fixture
def shared_dir():
    """A temporary folder other users can enter (pytest's own is private to its user),
    for tests that drop root rights to check read-only files."""
    base = Path(tempfile.mkdtemp(prefix="navdesk-ro-"))
    base.chmod(0o755)
    yield base
    for p in base.rglob("*"):
        if p.is_dir():
            p.chmod(0o755)
    shutil.rmtree(base)


def when_modal_opens(kind, act):
    """Run ``act(dialog)`` once a modal dialog of class ``kind`` blocks in exec();
    the returned list gets the dialog's title once ``act`` has run."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
            seen.append(dialog.windowTitle())
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen
