"""Whether a path is a database file this process holds open: such a file is never read
nor replaced by navdesk's file code. On POSIX, closing any handle a process has on a file
drops every lock it holds on it, SQLite's included (``navdesk.store.connection`` says
more, and sets the check). A module of its own, without imports: the store sets the check
at start-up, before the window shows."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path


def _none_open(path: Path) -> bool:
    return False


_checks: list[Callable[[Path], bool]] = [_none_open]


def set_open_database_check(check: Callable[[Path], bool]) -> None:
    _checks[0] = check


def is_open_database(path: str | os.PathLike[str]) -> bool:
    try:
        return _checks[0](Path(path))
    except OSError:
        return False
