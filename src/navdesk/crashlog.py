"""Unexpected errors go to a log file in the user's log folder, never to the screen
as a traceback. The window's own log (start, database, warnings) goes to the same file.

No Qt here: the command line uses this module too."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from datetime import datetime
from pathlib import Path

from navdesk import __version__
from navdesk.paths import log_dir

LOG_NAME = "navdesk.log"
LOG_MAX_BYTES = 1_000_000  # rotated at start once larger
LOG_BACKUPS = 3  # navdesk.log.1 .. navdesk.log.3
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path() -> Path:
    """The log file, in the user's log folder (not created here)."""
    return log_dir() / LOG_NAME


def format_details(exc: BaseException) -> str:
    """The traceback of ``exc`` as text."""
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def crash_report(exc: BaseException) -> str:
    """What someone helping the user needs: version, time, platform and traceback."""
    import platform

    lines = [f"navdesk {__version__}",
             f"Tid: {datetime.now().isoformat(timespec='seconds')}",
             f"Python {platform.python_version()} på {platform.platform()}"]
    qt = sys.modules.get("PySide6")  # only named when the window is running
    if qt is not None:
        lines.append(f"PySide6 {getattr(qt, '__version__', '?')}")
    return "\n".join(lines) + "\n\n" + format_details(exc)


def write_crash_log(exc: BaseException, report: str | None = None) -> Path | None:
    """Append the details of ``exc`` (or the ready ``report``) to the log file; returns
    its path (None if the log cannot be written either).

    Written directly rather than through :mod:`logging`, so that it works when logging
    was never set up (the command line) or is itself what failed."""
    text = report if report is not None else crash_report(exc)
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"--- {datetime.now().isoformat(timespec='seconds')} uventet feil\n")
            f.write(text if text.endswith("\n") else text + "\n")
        return path
    except OSError:
        return None


def _rotate(path: Path, max_bytes: int, backups: int) -> None:
    try:
        if path.stat().st_size <= max_bytes:
            return
    except OSError:
        return  # no log yet
    try:
        for n in range(backups - 1, 0, -1):
            older = path.with_name(f"{path.name}.{n}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        pass  # another navdesk has it open (Windows); rotate next time


class _LogHandler(logging.FileHandler):
    # marks navdesk's own handler: setting the log up again replaces it, and only it
    navdesk_log = True


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the ``navdesk`` logger to the log file in the user's log folder.

    Cheap enough for start-up: the file is rotated only here (kept under about
    ``LOG_MAX_BYTES`` plus ``LOG_BACKUPS`` old files) and opened on the first record.
    Calling it again (another log folder, as in tests) replaces the earlier handler.
    Returns the log file, or None when the folder cannot be made."""
    path = log_path()
    logger = logging.getLogger("navdesk")
    for old in [h for h in logger.handlers if getattr(h, "navdesk_log", False)]:
        logger.removeHandler(old)
        old.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    _rotate(path, LOG_MAX_BYTES, LOG_BACKUPS)
    handler = _LogHandler(path, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    return path
