"""Where navdesk keeps its files. Data stays on this machine: on Windows in the *local*
AppData folder, never a roaming or synced one."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from navdesk import APP_NAME

DB_ENV = "NAVDESK_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def database_path(explicit: str | None = None, *, demo: bool = False) -> Path:
    """The database to open: ``--db`` if given, else ``$NAVDESK_DB``, else one file in
    the user's data folder. The demo database is always a separate file there."""
    if demo:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return folder / "navdesk-demo.sqlite"
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "navdesk.sqlite"
