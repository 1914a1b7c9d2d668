"""One writer per database file: the window that writes holds an operating-system lock
on a small file beside the database (``<database>.lock``) for as long as it is open.

Why a file of its own, and not SQLite's locks: SQLite holds its locks only during a
write, so two windows both write, each over what the other showed. Why ``flock`` on
POSIX: its lock belongs to the open file (not to the process), so a second window in the
same process is refused too, and closing some other descriptor of the file (a file
dialog sniffing it) does not drop it, as it would drop a ``lockf``/``fcntl`` lock. On
Windows ``msvcrt.locking`` locks one byte far past the note, so the note stays readable.

The holder writes who holds it (user, machine, process, since when) into the file once
and never reopens it. When the holder dies the operating system releases the lock, and
the next window takes it over (and logs whose it was). The command line never takes it:
it writes in short transactions that SQLite's own locks keep apart from the window's.

A lock file that cannot be made or opened (a lock file left by another user without
write permission for this one, a shared folder that refuses it) is a refusal like a held
lock: the window opens read-only and says why; it never writes without the lock. (A
read-only folder is refused before this, when the database is opened: SQLite could not
write its journal there either.)
"""

from __future__ import annotations

import logging
import os
import sys
from datetime import datetime
from pathlib import Path

from navdesk.store.connection import default_user

log = logging.getLogger("navdesk")

# Windows: the locked byte, far past the note (a locked range cannot be read there)
_WINDOWS_BYTE = 1 << 30
_NOTE_LIMIT = 4096


def lock_path(database: Path) -> Path:
    """The lock file of ``database``: beside it, so every machine that opens the file on
    a shared folder sees the same lock."""
    return database.with_name(database.name + ".lock")


class Holder:
    """Who holds (or held) a database's lock, as its note says; empty fields when the
    note could not be read. (A plain class, and a note of plain lines rather than JSON:
    the lock is taken before the window's first frame, which pays for every import.)"""

    def __init__(self, user: str = "", machine: str = "", pid: int = 0,
                 since: str = "") -> None:
        self.user = user
        self.machine = machine
        self.pid = pid
        self.since = since  # ISO time with offset

    def __repr__(self) -> str:
        return f"Holder({self.user!r}, {self.machine!r}, {self.pid}, {self.since!r})"

    def since_time(self) -> str:
        """The time of day the lock was taken (``14:02``), or "" when unknown."""
        try:
            return datetime.fromisoformat(self.since).strftime("%H:%M")
        except ValueError:
            return ""


def machine_name() -> str:
    """This computer's network name (as ``socket.gethostname()``, without importing
    the socket module on POSIX)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "")


def _note() -> bytes:
    """``user=...``, ``machine=...``, ``pid=...``, ``since=...``, one a line."""
    since = datetime.now().astimezone().isoformat(timespec="seconds")
    fields = {"user": default_user(), "machine": machine_name(), "pid": str(os.getpid()),
              "since": since}
    return "".join(f"{key}={value.replace(chr(10), ' ')}\n"
                   for key, value in fields.items()).encode("utf-8")


def _parse(text: bytes) -> Holder | None:
    fields = dict(line.partition("=")[::2]
                  for line in text.decode("utf-8", "replace").splitlines() if "=" in line)
    if not fields:
        return None
    try:
        pid = int(fields.get("pid", "0"))
    except ValueError:
        pid = 0
    return Holder(fields.get("user", ""), fields.get("machine", ""), pid,
                  fields.get("since", ""))


def read_holder(database: Path) -> Holder:
    """What the lock file's note says (an empty Holder when there is none)."""
    try:
        with lock_path(database).open("rb") as f:  # flock survives this close
            return _parse(f.read(_NOTE_LIMIT)) or Holder()
    except OSError:
        return Holder()


class LockRefused(Exception):
    """The lock is held by another window (``holder``), or the lock file cannot be made
    (``holder`` is None; ``reason`` says what the system said)."""

    def __init__(self, holder: Holder | None, reason: str = "") -> None:
        super().__init__(reason or "held")
        self.holder = holder
        self.reason = reason


class WriterLock:
    """The lock held on one database; :meth:`release` (or closing the process) lets it go."""

    def __init__(self, database: Path, fd: int) -> None:
        self.database = database
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let the lock go. The note is emptied first (while still held), so a note found
        by the next holder means its writer ended without releasing: it died."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)
            if sys.platform == "win32":
                import msvcrt

                os.lseek(fd, _WINDOWS_BYTE, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        finally:
            os.close(fd)  # POSIX: closing the one descriptor drops the flock


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def take_writer_lock(database: str | os.PathLike[str]) -> WriterLock:
    """Take the one-writer lock of ``database`` and write this window's note into it.

    Raises :class:`LockRefused` when another window holds it or the lock file cannot be
    made. A lock left by a process that died is free again (the system released it):
    it is taken over, and the log says whose it was."""
    database = Path(database)
    path = lock_path(database)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        raise LockRefused(None, exc.strerror or str(exc)) from None
    try:
        if not _try_lock(fd):
            os.close(fd)
            raise LockRefused(read_holder(database))
        os.lseek(fd, 0, os.SEEK_SET)
        before = _parse(os.read(fd, _NOTE_LIMIT))
        if before is not None:  # the last holder did not release it: it ended abruptly
            log.info("tok over skrivelåsen til %s etter %s på %s (prosess %s, siden %s)",
                     database, before.user, before.machine, before.pid, before.since)
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, _note())
    except LockRefused:
        raise
    except OSError as exc:
        os.close(fd)
        raise LockRefused(None, exc.strerror or str(exc)) from None
    return WriterLock(database, fd)
