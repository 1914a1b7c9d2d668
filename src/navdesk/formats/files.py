"""Writing a file so that a full or failing disk never leaves a half-written one: every
file navdesk writes (CSV exports, the status report, pictures, text reports) goes through
:func:`write_atomically`, and :func:`cannot_write` says why one was not written.

What is replaced, and how:

- a regular file (or a new name) is written into a temporary file with a unique name
  in the same folder (``.NAME.xxxxxx.tmp``; a user's own ``NAME.tmp`` is never touched),
  synced, renamed over the target, and the folder synced after the rename (where the
  system can: Windows cannot sync a folder). The new file keeps the old one's
  permissions (a new one gets the usual ones, as ``open()`` would give it);
- a symbolic link is written *through*: its final target is replaced the same way in
  the target's own folder, and the link stays a link;
- anything else at the path (a folder, a FIFO, a device such as ``/dev/null``, a
  socket) is refused with :class:`NotAFile`, and left as it is. Writing into a FIFO
  or a device as a stream was the other choice; it is refused because such a write
  cannot be made whole-or-nothing, which is what every caller counts on.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, said
from navdesk.formats.open_database import is_open_database

# the disk (or the user's quota on it) is full
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), getattr(errno, "EFBIG", -1)}


def open_database_refusal(path: str | os.PathLike[str]) -> Said:
    """Why navdesk will not read or write ``path``: it is the database open here."""
    return said(QT_TRANSLATE_NOOP(
        "", "{path} er databasen navdesk har åpen, ikke en fil å lese eller skrive; velg "
            "en annen fil"), path=str(path))


class DatabaseFile(OSError):
    """The path names the database this program holds open: never replaced."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EBUSY, "open database", str(path))


class NotAFile(OSError):
    """The path names something that is not a regular file (a folder, a FIFO, a
    device, a socket): navdesk does not replace it. ``kind`` says what it is, in bokmål."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(errno.EEXIST, kind, str(path))
        self.kind = kind


# what a path is when it is not a regular file, in the user's words
_KINDS = [(stat.S_ISDIR, QT_TRANSLATE_NOOP("", "en mappe")),
          (stat.S_ISFIFO, QT_TRANSLATE_NOOP("", "en FIFO (navngitt rør)")),
          (stat.S_ISCHR, QT_TRANSLATE_NOOP("", "en enhet")),
          (stat.S_ISBLK, QT_TRANSLATE_NOOP("", "en enhet")),
          (stat.S_ISSOCK, QT_TRANSLATE_NOOP("", "en sokkel"))]


def write_atomically(path: str | os.PathLike[str], write: Callable[[BinaryIO], object]) -> None:
    """Write ``path`` through ``write(file)``: first into a temporary file beside it,
    synced, then put in its place (through a symbolic link: in its target's place). On
    any error (a full disk included) the temporary file is removed and an older file at
    ``path`` is left as it was; the error propagates (an ``OSError`` for the disk,
    :class:`NotAFile` for a path that is not a file: :func:`cannot_write` says both)."""
    target = Path(os.path.realpath(path))  # the file a symbolic link (or a chain) ends in
    if is_open_database(target):
        raise DatabaseFile(target)
    mode = _mode_for(target)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())  # on disk before it replaces the old file
        os.chmod(tmp, mode)
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)  # never leave a half-written file behind
        raise
    _sync_folder(target.parent)


def _mode_for(target: Path) -> int:
    """The permissions the written file gets: the old file's, or for a new one what
    ``open()`` would give (mkstemp's are for the owner alone). Refuses what is not a
    regular file."""
    try:
        st = target.stat()
    except FileNotFoundError:
        return 0o666 & ~_umask()
    for test, kind in _KINDS:
        if test(st.st_mode):
            raise NotAFile(target, kind)
    return stat.S_IMODE(st.st_mode)


def _umask() -> int:
    """The process's umask, read without changing it where the system allows (setting
    it to read it would race with other threads creating files)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    """Sync the folder's entry for the renamed file, so the rename survives a power cut.
    Windows cannot open a folder to sync it (and its rename is durable by itself);
    some file systems refuse the sync: the file is written either way."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def disk_is_full(exc: OSError) -> bool:
    return exc.errno in _FULL


def cannot_write(path: str | os.PathLike[str], exc: OSError) -> Said:
    """Why ``path`` was not written, for the user: a full disk and a disk's I/O error
    in words of their own, anything else with the system's reason."""
    if isinstance(exc, DatabaseFile):
        return open_database_refusal(path)
    if isinstance(exc, NotAFile):
        return said(QT_TRANSLATE_NOOP(
            "", "Kan ikke skrive {path}: det er {kind}, ikke en vanlig fil (navdesk "
                "erstatter bare vanlige filer); velg et annet filnavn."),
            path=str(path), kind=said(exc.kind))
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
