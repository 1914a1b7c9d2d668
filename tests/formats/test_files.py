"""write_atomically: what is replaced and how (issue 14 point 4): a regular file through
a uniquely named temporary file, a symbolic link written through, and anything else
refused and left as it was."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from navdesk.formats.files import NotAFile, cannot_write, write_atomically

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and symlinks")


def test_a_new_file_is_written_whole_with_the_usual_permissions(tmp_path):
    target = tmp_path / "eksport.csv"
    write_atomically(target, lambda f: f.write(b"a;b\n"))
    assert target.read_bytes() == b"a;b\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["eksport.csv"]
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "eksport.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomically(target, lambda f: f.write(b"new"))
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_users_own_tmp_file_beside_the_target_is_never_touched(tmp_path):
    target = tmp_path / "out.csv"
    own = tmp_path / "out.csv.tmp"
    own.write_bytes(b"mine")
    write_atomically(target, lambda f: f.write(b"export"))
    assert own.read_bytes() == b"mine"
    assert target.read_bytes() == b"export"

    def fail(f):
        f.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_atomically(target, fail)
    assert own.read_bytes() == b"mine"
    assert target.read_bytes() == b"export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "out.csv.tmp"]


@posix_only
def test_a_symbolic_link_is_written_through_and_stays_a_link(tmp_path):
    real_folder = tmp_path / "ekte"
    real_folder.mkdir()
    real = real_folder / "rapport.csv"
    real.write_bytes(b"old")
    link = tmp_path / "lenke.csv"
    link.symlink_to(real)
    write_atomically(link, lambda f: f.write(b"new"))
    assert link.is_symlink()
    assert os.readlink(link) == str(real)
    assert real.read_bytes() == b"new"
    assert sorted(p.name for p in real_folder.iterdir()) == ["rapport.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ekte", "lenke.csv"]


@posix_only
def test_a_dangling_symbolic_link_makes_its_target(tmp_path):
    link = tmp_path / "lenke.csv"
    link.symlink_to(tmp_path / "ny.csv")
    write_atomically(link, lambda f: f.write(b"new"))
    assert link.is_symlink()
    assert (tmp_path / "ny.csv").read_bytes() == b"new"


@posix_only
def test_a_fifo_is_refused_and_left_a_fifo(tmp_path):
    fifo = tmp_path / "rør.csv"
    os.mkfifo(fifo)
    with pytest.raises(NotAFile) as refused:
        write_atomically(fifo, lambda f: f.write(b"x"))
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rør.csv"]
    assert cannot_write(fifo, refused.value) == (
        f"Kan ikke skrive {fifo}: det er en FIFO (navngitt rør), ikke en vanlig fil "
        "(navdesk erstatter bare vanlige filer); velg et annet filnavn.")


@posix_only
def test_a_device_is_refused_and_left_as_it_is():
    before = os.stat("/dev/null")
    with pytest.raises(NotAFile) as refused:
        write_atomically("/dev/null", lambda f: f.write(b"x"))
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino
    assert ": det er en enhet, ikke en vanlig fil" in str(cannot_write("/dev/null", refused.value))


def test_a_folder_is_refused(tmp_path):
    folder = tmp_path / "mappe"
    folder.mkdir()
    with pytest.raises(NotAFile) as refused:
        write_atomically(folder, lambda f: f.write(b"x"))
    assert folder.is_dir() and not list(folder.iterdir())
    assert str(cannot_write(folder, refused.value)).startswith(
        f"Kan ikke skrive {folder}: det er en mappe, ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mappe"]


@posix_only
def test_a_symbolic_link_to_a_fifo_is_refused(tmp_path):
    fifo = tmp_path / "rør"
    os.mkfifo(fifo)
    link = tmp_path / "lenke.csv"
    link.symlink_to(fifo)
    with pytest.raises(NotAFile):
        write_atomically(link, lambda f: f.write(b"x"))
    assert link.is_symlink() and stat.S_ISFIFO(fifo.stat().st_mode)
