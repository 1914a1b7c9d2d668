"""Opening only what is navdesk's (issue 14 point 5): only ``init`` makes a database;
an empty file, a file that is not SQLite and another program's SQLite file (with or
without a WAL beside it) are refused with rc 2 before SQLite opens them, and every byte
of them (and of their -wal and -shm files) is left as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from navdesk.store import StoreError, open_store
from navdesk.store.connection import wal_application_id
from navdesk.store.schema import APPLICATION_ID

READ_AND_WRITE_COMMANDS = [
    ("export", "--year", "2025"), ("check",), ("goalcard", "--year", "2025"),
    ("template", "export"), ("catalogue", "export"), ("backup",),
    ("report", "breakdown", "--year", "2025"), ("month", "status", "2025-03"),
    ("demo",), ("plot", "--indicator", "SH_MND"),
]
WITH_A_FILE = [("import",), ("catalogue", "import"), ("template", "import")]


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` and the sha256 of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def some_csv(tmp_path: Path) -> Path:
    path = tmp_path / "inn" / "fil.csv"
    path.parent.mkdir(exist_ok=True)
    path.write_text("kode;navn\n", encoding="utf-8")
    return path


def run_every_command(cli, tmp_path, db: Path):
    """Every command but init on ``db``; yields each run."""
    for args in READ_AND_WRITE_COMMANDS:
        yield args, cli(*args, "--db", db)
    for args in WITH_A_FILE:
        yield args, cli(*args, some_csv(tmp_path), "--db", db)


@pytest.mark.parametrize("args", READ_AND_WRITE_COMMANDS + WITH_A_FILE)
def test_no_command_but_init_makes_a_database_on_a_missing_path(cli, tmp_path, args):
    typo = tmp_path / "kontr.sqlite"
    extra = [some_csv(tmp_path)] if args in WITH_A_FILE else []
    run = cli(*args, *extra, "--db", typo)
    assert run.code == 2, run.err
    assert f"Databasefilen {typo} finnes ikke" in run.err and "Traceback" not in run.err
    assert not typo.exists() and sorted(p.name for p in tmp_path.iterdir()) in ([], ["inn"])


def other_programs_database(folder: Path, *, wal: bool, app_id: int = 0,
                            tables: bool = True) -> Path:
    """Another program's SQLite file in ``folder``; with ``wal`` its last changes are
    still in the -wal file beside it (as a program that was killed leaves them)."""
    live = folder / "live"
    live.mkdir()
    conn = sqlite3.connect(live / "annen.db", isolation_level=None)
    if app_id:
        conn.execute(f"PRAGMA application_id = {app_id}")
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
    if tables:
        conn.execute("CREATE TABLE kunde (navn TEXT)")
        conn.execute("INSERT INTO kunde VALUES ('Kari')")
    else:
        conn.execute("VACUUM")  # the header written, nothing in it
    for p in live.iterdir():  # a copy while it is open: the -wal is not merged yet
        shutil.copy(p, folder / p.name)
    conn.close()
    shutil.rmtree(live)
    path = folder / "annen.db"
    assert (folder / "annen.db-wal").exists() == wal
    return path


@pytest.mark.parametrize("case", ["zero bytes", "text", "empty sqlite", "sqlite",
                                  "sqlite with wal", "sqlite with an id and wal"])
def test_a_file_that_is_not_navdesks_is_refused_and_left_byte_identical(cli, tmp_path, case):
    folder = tmp_path / "filer"
    folder.mkdir()
    if case == "zero bytes":
        db = folder / "tom.sqlite"
        db.write_bytes(b"")
    elif case == "text":
        db = folder / "notat.sqlite"
        db.write_text("ikke en database\n" * 500, encoding="utf-8")
    else:
        db = other_programs_database(
            folder, wal="wal" in case, app_id=0x1234ABCD if "id" in case else 0,
            tables=case != "empty sqlite")
    before = fingerprint(folder)
    for args, run in run_every_command(cli, tmp_path, db):
        assert run.code == 2, (args, run.err)
        assert "Traceback" not in run.err and "uventet feil" not in run.err, (args, run.err)
        assert str(db) in run.err, (args, run.err)
        assert fingerprint(folder) == before, args
    if case != "zero bytes":  # init takes an empty file (nothing in it to lose), no other
        run = cli("init", "--db", db, "--office-code", "0312", "--office-name", "NAV X")
        assert run.code == 2 and "er ikke en navdesk-database" in run.err, run.err
        assert fingerprint(folder) == before


def test_init_makes_a_zero_byte_file_navdesks_database(cli, tmp_path):
    db = tmp_path / "tom.sqlite"
    db.write_bytes(b"")
    run = cli("init", "--db", db, "--office-code", "0312", "--office-name", "NAV X")
    assert run.code == 0, run.err
    assert cli("check", "--db", db).code == 0


def test_the_window_refuses_another_programs_file_too(tmp_path):
    """The window opens with ``create`` (a first start makes the file): another
    program's file is still refused, untouched."""
    folder = tmp_path / "filer"
    folder.mkdir()
    db = other_programs_database(folder, wal=True)
    before = fingerprint(folder)
    with pytest.raises(StoreError, match="er ikke en navdesk-database"):
        open_store(db, create=True)
    assert fingerprint(folder) == before


def test_navdesks_own_file_with_its_mark_still_in_the_wal_opens(cli, office_store, tmp_path):
    """A new database carries its application id in the WAL until the first checkpoint
    (a window can hold it open all day): the main file says 0, and it is navdesk's."""
    copy = tmp_path / "kopi"
    copy.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{office_store.path}{suffix}", copy / f"kontor.sqlite{suffix}")
    db = copy / "kontor.sqlite"
    with open(db, "rb") as f:
        assert int.from_bytes(f.read(100)[68:72], "big") == 0  # the case itself
    assert wal_application_id(db) == APPLICATION_ID
    run = cli("check", "--db", db)
    assert run.code == 0, run.err


@pytest.mark.parametrize("name", ["schema_v1.sqlite", "schema_v2.sqlite", "schema_v3.sqlite"])
def test_files_of_older_versions_carry_the_mark(name):
    fixture = Path(__file__).parents[1] / "store" / "fixtures" / name
    assert int.from_bytes(fixture.read_bytes()[68:72], "big") == APPLICATION_ID


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs")
def test_a_fifo_as_the_database_is_refused_without_reading_it(cli, tmp_path):
    fifo = tmp_path / "rør.sqlite"
    os.mkfifo(fifo)
    run = cli("check", "--db", fifo)  # reading a FIFO would wait for a writer for ever
    assert run.code == 2 and "er ikke en navdesk-database" in run.err, run.err
    assert stat.S_ISFIFO(fifo.stat().st_mode)


# ------------------------------------------------------------------ output files
@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and symbolic links")
def test_out_into_a_fifo_a_symlink_and_beside_a_users_tmp_file(cli, demo_db, tmp_path):
    out = tmp_path / "ut"
    out.mkdir()
    fifo = out / "rør.csv"
    os.mkfifo(fifo)
    run = cli("export", *demo_db, "--year", "2025", "--out", fifo)
    assert run.code == 2 and "det er en FIFO (navngitt rør), ikke en vanlig fil" in run.err
    assert stat.S_ISFIFO(fifo.stat().st_mode)

    target = out / "ekte.csv"
    target.write_bytes(b"old")
    link = out / "lenke.csv"
    link.symlink_to(target)
    own = out / "ekte.csv.tmp"
    own.write_bytes(b"mine")
    assert cli("goalcard", *demo_db, "--year", "2025", "--format", "csv",
               "--out", link).code == 0
    assert link.is_symlink() and target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert own.read_bytes() == b"mine"
    assert sorted(p.name for p in out.iterdir()) == ["ekte.csv", "ekte.csv.tmp", "lenke.csv",
                                                     "rør.csv"]
