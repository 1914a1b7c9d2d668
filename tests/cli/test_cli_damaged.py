"""A damaged database is refused by every command that reads or writes it, before
anything is read or changed: rc 2, a message that names the newest backup and the
restore command, and the file's bytes exactly as they were (issue 13, point 2)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from navdesk.cli.main import main
from navdesk.store.backup import make_backup

PAGE = 16384


def damage(path: Path, page: int) -> None:
    """Page ``page`` (1-based) overwritten with bytes that are no b-tree page."""
    with path.open("r+b") as f:
        f.seek((page - 1) * PAGE)
        f.write(bytes((n * 37 + 11) % 251 for n in range(PAGE)))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damaged_copy(store, tmp_path: Path) -> Path:
    """A copy of ``store``'s file (backed up while whole) with a page overwritten that
    SQLite's own check finds damaged."""
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "skadet.sqlite"
    shutil.copyfile(store.path, copy)
    sound = sqlite3.connect(copy)
    try:  # the file's own backup, made while it was whole
        make_backup(sound, copy, "manuell")
    finally:
        sound.close()
    pages = copy.stat().st_size // PAGE
    for page in range(pages - 1, 2, -1):  # a page near the end: the values' table
        trial = tmp_path / "forsok.sqlite"
        shutil.copyfile(copy, trial)
        damage(trial, page)
        conn = sqlite3.connect(trial)
        try:
            found = conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError:
            found = "unreadable"
        finally:
            conn.close()
        if found != "ok":
            trial.replace(copy)
            return copy
    pytest.fail("no page whose damage SQLite sees")


COMMANDS = [
    ["export", "--year", "2025", "--out", "{tmp}/ut.csv"],
    ["check"],
    ["goalcard", "--year", "2025"],
    ["report", "breakdown", "--year", "2025"],
    ["month", "status", "2025-03"],
    ["import", "{tmp}/tall.csv"],
    ["template", "export", "--out", "{tmp}/mal.csv"],
    ["catalogue", "export", "--out", "{tmp}/katalog.csv"],
    ["backup"],
    ["plot", "--indicator", "SH_MND", "--out", "{tmp}/ut.png"],
    ["report", "pdf", "--year", "2025", "--out", "{tmp}/ut.pdf"],
    ["month", "lock", "2025-03", "--anyway"],
    ["month", "reopen", "2025-03", "--why", "rettelse"],
    ["template", "import", "{tmp}/mal-inn.csv"],
    ["catalogue", "import", "{tmp}/katalog-inn.csv"],
    ["demo", "--years", "1"],
    ["init", "--office-code", "0312", "--office-name", "NAV Frogner"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_every_command_refuses_a_damaged_file_and_changes_no_byte(command, demo_store,
                                                                   tmp_path, capsys):
    # the files the imports read, written by navdesk itself from the sound database
    for what, name in (("template", "mal-inn.csv"), ("catalogue", "katalog-inn.csv")):
        assert main([what, "export", "--db", str(demo_store.path),
                     "--out", str(tmp_path / name)]) == 0
    path = damaged_copy(demo_store, tmp_path)
    (tmp_path / "tall.csv").write_text("kontornr;periode;indikator;verdi\r\n"
                                       "0312;2025-03;SH_MND;777\r\n", encoding="utf-8-sig")
    before = digest(path)
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    code = main([*args, "--db", str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert "er skadet" in err and "ingenting er lest eller endret" in err
    assert "navdesk-cli restore " in err  # the newest backup, and how to restore it
    assert digest(path) == before
    assert not any((tmp_path / f"ut.{kind}").exists() for kind in ("csv", "png", "pdf"))


def test_a_sound_file_is_checked_and_used_as_before(demo_store, capsys):
    assert main(["check", "--db", str(demo_store.path)]) in (0, 1)
    assert "skadet" not in capsys.readouterr().err
