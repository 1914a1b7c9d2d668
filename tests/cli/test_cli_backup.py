"""navdesk-cli backup, backups and restore, each run as a real second process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.store.test_backup import dump


def navdesk(*args, input: str | None = None) -> subprocess.CompletedProcess:
    """navdesk-cli in a process of its own (the user folders are the test's: the
    environment is inherited)."""
    return subprocess.run([sys.executable, "-m", "navdesk.cli.main", *map(str, args)],
                          capture_output=True, text=True, input=input, env=os.environ,
                          timeout=120)


def checkpointed(path) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return Path(path).read_bytes()


def sound(path) -> bool:
    """``PRAGMA quick_check`` says ok (a badly damaged file raises instead)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


@pytest.fixture
def demo_file(demo_db):
    return Path(demo_db[1])


def test_backup_prints_its_path_and_backups_lists_it_newest_first(demo_file):
    first = navdesk("--db", demo_file, "backup")
    assert first.returncode == 0, first.stderr
    second = navdesk("--db", demo_file, "backup")
    listed = navdesk("--db", demo_file, "backups")
    assert listed.returncode == 0
    lines = listed.stdout.splitlines()
    assert [line.split("\t")[0] for line in lines] == [second.stdout.strip(),
                                                        first.stdout.strip()]
    when, why, values = lines[0].split("\t")[1:]
    assert why == "manuell" and values == "1\u00a0756 verdier"
    assert when[:4].isdigit() and len(when) == 19


def test_a_backup_opens_with_db(demo_file):
    made = navdesk("--db", demo_file, "backup").stdout.strip()
    checked = navdesk("--db", made, "check", "--year", "2025")
    assert checked.returncode == 0, checked.stderr
    assert "NAV Frogner" in checked.stderr


def test_backups_of_a_database_without_any(db):
    listed = navdesk(*db, "backups")
    assert listed.returncode == 0 and listed.stdout == ""
    assert "Ingen sikkerhetskopier" in listed.stderr


def test_restore_round_trip_gives_every_table_back(demo_file):
    made = navdesk("--db", demo_file, "backup").stdout.strip()
    expected = dump(demo_file)
    assert navdesk("--db", demo_file, "demo", "--years", "1", "--until", "2026-06"
                   ).returncode == 0
    assert dump(demo_file) != expected
    restored = navdesk("--db", demo_file, "restore", made, "--yes")
    assert restored.returncode == 0, restored.stderr
    assert dump(demo_file) == expected
    reasons = [line.split("\t")[2] for line in
               navdesk("--db", demo_file, "backups").stdout.splitlines()]
    assert reasons == ["før gjenoppretting", "manuell"]


def test_restore_without_yes_says_what_changes_and_changes_nothing(demo_file):
    made = navdesk("--db", demo_file, "backup").stdout.strip()
    navdesk("--db", demo_file, "demo", "--years", "1", "--until", "2026-06")
    before = checkpointed(demo_file)
    asked = navdesk("--db", demo_file, "restore", made, input="j\n")  # not a terminal
    assert asked.returncode == 2
    assert "erstattes med" in asked.stderr and "--yes" in asked.stderr
    assert checkpointed(demo_file) == before
    assert len(navdesk("--db", demo_file, "backups").stdout.splitlines()) == 1


def test_restore_of_another_offices_database_is_refused(demo_file, tmp_path):
    other = tmp_path / "annet.sqlite"
    assert navdesk("--db", other, "init", "--office-code", "0401",
                   "--office-name", "NAV Grünerløkka").returncode == 0
    before = checkpointed(demo_file)
    refused = navdesk("--db", demo_file, "restore", other, "--yes")
    assert refused.returncode == 2
    assert "kontor 0401" in refused.stderr and "ingenting er endret" in refused.stderr
    assert checkpointed(demo_file) == before


def test_restore_of_a_damaged_or_foreign_file_is_refused(demo_file, tmp_path):
    made = navdesk("--db", demo_file, "backup").stdout.strip()
    damaged = tmp_path / "skadet.sqlite"
    data = bytearray(Path(made).read_bytes())
    data[16384 * 3:16384 * 3 + 200] = b"\x55" * 200
    damaged.write_bytes(bytes(data))
    foreign = tmp_path / "fremmed.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = checkpointed(demo_file)
    for file, reason in [(damaged, "skadet"), (foreign, "ikke en navdesk-database"),
                         (tmp_path / "finnes-ikke.sqlite", "Finner ikke")]:
        refused = navdesk("--db", demo_file, "restore", file, "--yes")
        assert refused.returncode == 2, file
        assert reason in refused.stderr
        assert checkpointed(demo_file) == before


def test_a_cli_import_backs_up_first(demo_file, tmp_path):
    expected = dump(demo_file)
    file = tmp_path / "fil.csv"
    file.write_text("kontornr;periode;indikator;verdi\n0312;2025-03;SH_MND;777\n",
                    encoding="utf-8")
    assert navdesk("--db", demo_file, "import", file).returncode == 0
    [line] = navdesk("--db", demo_file, "backups").stdout.splitlines()
    path, _, why, _ = line.split("\t")
    assert why == "før import av fil.csv"
    assert dump(path) == expected


def test_catalogue_and_template_imports_back_up_first(demo_file, tmp_path):
    catalogue = tmp_path / "katalog.csv"
    assert navdesk("--db", demo_file, "catalogue", "export", "--out", catalogue).returncode == 0
    text = catalogue.read_text(encoding="utf-8-sig")
    catalogue.write_text(text.replace("Mottakere av sosialhjelp i måneden",
                                      "Mottakere i måneden"), encoding="utf-8-sig")
    template = tmp_path / "mal.csv"
    assert navdesk("--db", demo_file, "template", "export", "--out", template).returncode == 0
    assert navdesk("--db", demo_file, "template", "import", template).returncode == 0
    assert navdesk("--db", demo_file, "backups").stdout == ""  # nothing to change: no backup
    imported = navdesk("--db", demo_file, "catalogue", "import", catalogue)
    assert imported.returncode == 0, imported.stderr
    conn = sqlite3.connect(demo_file)
    conn.execute("DELETE FROM measure_target")
    conn.commit()
    conn.close()
    assert navdesk("--db", demo_file, "template", "import", template).returncode == 0
    reasons = [line.split("\t")[2] for line in
               navdesk("--db", demo_file, "backups").stdout.splitlines()]
    assert reasons == ["før import av styringskortmal", "før import av katalog"]


def test_a_damaged_database_is_restored_from_its_backup(demo_file):
    made = navdesk("--db", demo_file, "backup").stdout.strip()
    expected = dump(demo_file)
    checkpointed(demo_file)
    data = bytearray(demo_file.read_bytes())
    data[16384 * 3:16384 * 3 + 200] = b"\x55" * 200
    demo_file.write_bytes(bytes(data))
    assert not sound(demo_file)
    restored = navdesk("--db", demo_file, "restore", made, "--yes")
    assert restored.returncode == 0, restored.stderr
    assert dump(demo_file) == expected
    assert sound(demo_file)
    # the damaged state is kept too, as it was
    assert len(navdesk("--db", demo_file, "backups").stdout.splitlines()) == 2
