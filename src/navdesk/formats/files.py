"""Writing a file so that a full or failing disk never leaves a half-written one: every
file navdesk writes (CSV exports, the status report, text reports) goes through
:func:`write_atomically`, and :func:`cannot_write` says why one was not written.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, said

# the disk (or the user's quota on it) is full
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), getattr(errno, "EFBIG", -1)}


def write_atomically(path: str | os.PathLike[str], write: Callable[[BinaryIO], object]) -> None:
    """Write ``path`` through ``write(file)``: first into a temporary file beside it,
    synced, then put in its place. On any error (a full disk included) the temporary
    file is removed and an older file at ``path`` is left as it was; the error
    propagates (an ``OSError`` for the disk: :func:`cannot_write` says it)."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())  # on disk before it replaces the old file
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # never leave a half-written file behind
        raise


def disk_is_full(exc: OSError) -> bool:
    return exc.errno in _FULL


def cannot_write(path: str | os.PathLike[str], exc: OSError) -> Said:
    """Why ``path`` was not written, for the user: a full disk and a disk's I/O error
    in words of their own, anything else with the system's reason."""
    if disk_is_full(exc):
        return said(QT_TRANSLATE_NOOP(
            "", "Disken er full, så {path} er ikke skrevet. Frigjør plass på disken og prøv "
                "igjen."), path=str(path))
    if exc.errno == errno.EIO:
        return said(QT_TRANSLATE_NOOP(
            "", "Disken svarte med en lese- eller skrivefeil, så {path} er ikke skrevet. "
                "Sjekk disken (eller nettverket, for en delt mappe) og prøv igjen."),
            path=str(path))
    return said(QT_TRANSLATE_NOOP("", "Kan ikke skrive {path}: {reason}"),
                path=str(path), reason=str(exc.strerror or exc))
