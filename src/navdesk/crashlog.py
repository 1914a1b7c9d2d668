"""Unexpected errors go to a log file in the user's log folder, never to the screen
as a traceback."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from navdesk import __version__
from navdesk.paths import log_dir


def write_crash_log(exc: BaseException) -> Path | None:
    """Append the details of ``exc`` to ``navdesk.log``; returns its path (None if the
    log cannot be written either)."""
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "navdesk.log"
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"--- {datetime.now().isoformat(timespec='seconds')} navdesk {__version__}\n")
            f.write(details)
        return path
    except OSError:
        return None


def format_details(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
