"""A full disk, made two ways for the tests of issue 13 (point 6).

SQLite's own limit: ``PRAGMA max_page_count`` set to a connection's current page count
makes every write that needs one more page fail with a real SQLITE_FULL, exactly as a
full disk does, without filling a disk. A real small disk: a 1 MiB tmpfs, where the
test may mount one (root on Linux), filled up to a few KiB."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from navdesk.domain.period import Period
from navdesk.store import StoreError

MARCH = Period(2025, 3)


def limit_growth(conn: sqlite3.Connection, pages: int = 0) -> None:
    """The database of ``conn`` may grow by ``pages`` pages at most (through ``conn``)."""
    count = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {count + pages}")
    assert conn.execute("PRAGMA max_page_count").fetchone()[0] == count + pages


def fill_up(store, office: str, code: str = "SH_MND", period: Period = MARCH) -> int:
    """Write ``code`` in ``period`` again and again, as the month form does (the same
    source, user and size of numbers: 300 and 301), until the limit refuses one; returns
    how many were written. Every later write of the same kind needs the page refused."""
    for n in range(10_000):
        try:
            store.set_value(office, code, period, 300 + n % 2, source="form")
        except StoreError:
            return n
    raise AssertionError("the database never filled up")


def dump(conn: sqlite3.Connection) -> list[str]:
    """Every table's rows and the schema, as SQL."""
    return list(conn.iterdump())


def file_dump(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        return dump(conn)
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def mount_small_disk(where: Path) -> Path:
    """A 1 MiB tmpfs at ``where``; skips the test with the reason where none can be had."""
    if not sys.platform.startswith("linux"):
        pytest.skip("a small tmpfs is mounted on Linux only")
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    if shutil.which("mount") is None:
        pytest.skip("no mount command on this machine")
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1M", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip()}")
    return where


def unmount(where: Path) -> None:
    subprocess.run(["umount", str(where)], check=True)


def leave_free(disk: Path, kib: int) -> None:
    """Fill ``disk`` with a file of zeros until about ``kib`` KiB are left."""
    stat = os.statvfs(disk)
    free = stat.f_bavail * stat.f_frsize
    with open(disk / "filler", "ab") as f:
        f.write(b"\0" * max(0, free - kib * 1024))


def copy_database(source: Path, target: Path) -> None:
    """A copy by SQLite's backup API (never by copying a live file)."""
    src, dst = sqlite3.connect(str(source)), sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def small_disk_mounted(tmp_path: Path) -> Iterator[Path]:
    """For a test module's ``small_disk`` fixture (``yield from`` it): a mounted 1 MiB
    tmpfs, unmounted afterwards; the test is skipped with the reason where it cannot be."""
    disk = mount_small_disk(tmp_path / "small-disk")
    try:
        yield disk
    finally:
        unmount(disk)
