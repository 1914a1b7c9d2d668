"""navdesk-cli on a full disk (issue 13, point 6): one clear message, rc 2, the database
unchanged and sound, and no half-written file. First with SQLite's own page limit on the
command's connection (a real SQLITE_FULL), then on a real 1 MiB tmpfs where the test
can mount one (skipped with the reason otherwise)."""

from __future__ import annotations

import sqlite3

import pytest

import navdesk.store.database as database
from navdesk.store.connection import open_connection
from tests.full_disk import (
    copy_database,
    file_dump,
    integrity,
    leave_free,
    limit_growth,
    small_disk_mounted,
)

FULL = ("navdesk-cli: Disken er full, så ingenting er endret. Frigjør plass på disken og "
        "prøv igjen.\n")


def many_rows(path, db, years=range(2000, 2020)) -> None:
    """An exchange file of new values for every indicator the demo office has values
    of month by month, for 20 earlier years (about 15,000 rows)."""
    conn = sqlite3.connect(str(db))
    try:
        codes = [r[0] for r in conn.execute(
            "SELECT DISTINCT indicator FROM value WHERE length(period) = 7 ORDER BY 1")]
    finally:
        conn.close()
    lines = ["kontornr;periode;indikator;verdi"]
    lines += [f"0312;{y}-{m:02d};{c};{m}" for y in years for m in range(1, 13) for c in codes]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def full(monkeypatch):
    """Every connection the command opens may grow the database by one page at most."""
    def opened(path, **kwargs):
        conn, version = open_connection(path, **kwargs)
        limit_growth(conn, 1)
        return conn, version

    monkeypatch.setattr(database, "open_connection", opened)


def test_an_import_of_many_rows_on_a_full_disk_exits_2_and_changes_nothing(
        demo_db, cli, tmp_path, full):
    source = tmp_path / "mange.csv"
    many_rows(source, demo_db[1])
    before = file_dump(demo_db[1])
    result = cli("import", *demo_db, source)
    assert (result.code, result.err) == (2, FULL)
    assert file_dump(demo_db[1]) == before
    assert integrity(demo_db[1]) == "ok"


def test_demo_figures_on_a_full_disk_exit_2_and_change_nothing(demo_db, cli, full):
    before = file_dump(demo_db[1])
    result = cli("demo", *demo_db, "--years", "6", "--until", "2025-12")
    assert (result.code, result.err) == (2, FULL)
    assert file_dump(demo_db[1]) == before
    assert integrity(demo_db[1]) == "ok"


# ---- a real small disk ----------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path):
    yield from small_disk_mounted(tmp_path)


@pytest.mark.parametrize("free_kib", [64, 0])
def test_an_import_into_a_database_on_a_full_disk_changes_nothing(
        demo_db, cli, tmp_path, small_disk, free_kib):
    """64 KiB left: the write finds no room (SQLITE_FULL); none: not even the -shm index
    the file needs to be opened (SQLITE_IOERR_SHMSIZE), said as a full disk too."""
    db = small_disk / "kontor.sqlite"
    copy_database(demo_db[1], db)
    source = tmp_path / "mange.csv"
    many_rows(source, db)
    before, data = file_dump(db), db.read_bytes()
    leave_free(small_disk, free_kib)
    result = cli("import", "--db", db, source)
    assert result.code == 2
    if free_kib:
        assert result.err == FULL
    else:
        assert result.err == (f"navdesk-cli: Kan ikke åpne {db}: Disken er full, så ingenting "
                              "er endret. Frigjør plass på disken og prøv igjen.\n")
        assert db.read_bytes() == data
    (small_disk / "filler").unlink()
    assert file_dump(db) == before
    assert integrity(db) == "ok"


@pytest.mark.parametrize("older", [True, False])
def test_an_export_to_a_full_disk_is_refused_and_leaves_no_half_written_file(
        demo_db, cli, small_disk, older):
    out = small_disk / "eksport.csv"
    if older:
        out.write_bytes(b"an older export")
    leave_free(small_disk, 16)  # the export is about 60 KiB
    result = cli("export", *demo_db, "--year", "2025", "--out", out)
    assert (result.code, result.err) == (
        2, f"navdesk-cli: Disken er full, så {out} er ikke skrevet. Frigjør plass på disken "
           "og prøv igjen.\n")
    left = sorted(p.name for p in small_disk.iterdir())
    assert left == (["eksport.csv", "filler"] if older else ["filler"])
    if older:
        assert out.read_bytes() == b"an older export"


def test_a_status_report_to_a_full_disk_is_refused_and_leaves_no_file(
        demo_db, cli, small_disk):
    """Qt's PDF writer said nothing on a full disk and left a cut-off file: "Skrev ..."."""
    out = small_disk / "statusrapport.pdf"
    out.write_bytes(b"%PDF an older report")
    leave_free(small_disk, 64)  # the report is about 700 KiB
    result = cli("report", "pdf", *demo_db, "--year", "2025", "--out", out)
    assert (result.code, result.err) == (
        2, f"navdesk-cli: Disken er full, så {out} er ikke skrevet. Frigjør plass på disken "
           "og prøv igjen.\n")
    assert out.read_bytes() == b"%PDF an older report"
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "statusrapport.pdf"]


@pytest.mark.parametrize("name", ["trend.png", "trend.svg"])
def test_a_picture_to_a_full_disk_is_refused_and_leaves_no_file(demo_db, cli, small_disk, name):
    """Qt left a cut-off PNG, and an empty SVG with "Skrev ..." and rc 0."""
    out = small_disk / name
    leave_free(small_disk, 8)  # a picture is 30-60 KiB
    result = cli("plot", *demo_db, "--indicator", "SH_MND", "--out", out)
    assert (result.code, result.err) == (
        2, f"navdesk-cli: Disken er full, så {out} er ikke skrevet. Frigjør plass på disken "
           "og prøv igjen.\n")
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
