"""The one-writer lock beside a database (issue 13, point 3): held by one window at a
time, in this process or another, released on close, taken over when its holder died."""

from __future__ import annotations

import getpass
import logging
import os
import socket

import pytest

from navdesk.store.writer_lock import LockRefused, lock_path, read_holder, take_writer_lock
from tests.lock_holder import kill_hard, start_holder


def test_a_held_lock_is_refused_in_the_same_process_and_names_its_holder(db_path):
    first = take_writer_lock(db_path)
    try:
        with pytest.raises(LockRefused) as refused:
            take_writer_lock(db_path)
        holder = refused.value.holder
        assert holder is not None
        assert holder.user == getpass.getuser()
        assert holder.machine == socket.gethostname()
        assert holder.pid == os.getpid()
        assert holder.since_time()  # "HH:MM"
        assert lock_path(db_path) == db_path.with_name("navdesk.sqlite.lock")
    finally:
        first.release()


def test_released_lock_is_free_and_its_note_emptied(db_path, caplog):
    take_writer_lock(db_path).release()
    assert read_holder(db_path).pid == 0
    with caplog.at_level(logging.INFO, logger="navdesk"):
        again = take_writer_lock(db_path)
    again.release()
    assert "tok over" not in caplog.text


def test_reading_the_note_does_not_drop_the_lock(db_path):
    """Another descriptor of the lock file opened and closed (as a file dialog does)
    leaves the lock held: flock belongs to the open file, not to the process."""
    first = take_writer_lock(db_path)
    try:
        with lock_path(db_path).open("rb") as f:
            f.read()
        assert read_holder(db_path).pid == os.getpid()
        with pytest.raises(LockRefused):
            take_writer_lock(db_path)
    finally:
        first.release()


def test_a_lock_held_by_another_process_is_refused_then_taken_over_after_kill_9(
        office_store, caplog):
    path = office_store.path
    holder = start_holder(path)
    try:
        with pytest.raises(LockRefused) as refused:
            take_writer_lock(path)
        assert refused.value.holder is not None
        assert refused.value.holder.pid == holder.pid
    finally:
        kill_hard(holder)
    with caplog.at_level(logging.INFO, logger="navdesk"):
        lock = take_writer_lock(path)
    try:
        assert "tok over skrivelåsen" in caplog.text and str(holder.pid) in caplog.text
        assert read_holder(path).pid == os.getpid()
    finally:
        lock.release()


def test_a_lock_file_that_cannot_be_made_is_a_refusal_without_holder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    os.chmod(folder, 0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who may write anywhere (root)")
        with pytest.raises(LockRefused) as refused:
            take_writer_lock(folder / "navdesk.sqlite")
        assert refused.value.holder is None and refused.value.reason
    finally:
        os.chmod(folder, 0o755)
