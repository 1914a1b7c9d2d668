"""Every argument of every command range-checked (issue 14 point 6): a bad value ends
in rc 2 and a message in bokmål, never in "uventet feil" or a traceback, and the
database (every table) is as it was."""

from __future__ import annotations

import sqlite3

import pytest

BAD = [
    ("export", "--year", "2101"), ("export", "--year", "1989"), ("export", "--year", "abc"),
    ("export", "--year", "2025", "--month", "0"), ("export", "--year", "2025", "--month", "13"),
    ("export", "--year", "2025", "--month", "-1"),
    ("export", "--year", "2025", "--suppress-below", "0"),
    ("export", "--year", "2025", "--suppress-below", "-3"),
    ("export", "--year", "2025", "--format", "xls"), ("export", "--year", "2025", "--out", ""),
    ("export", "--year", "2025", "--office", "9999"),
    ("goalcard", "--year", "0"), ("goalcard", "--year", "2025", "--month", "13"),
    ("goalcard", "--year", "2025", "--out", " "),
    ("catalogue", "export", "--out", ""), ("catalogue", "import", ""),
    ("template", "export", "--out", ""), ("template", "import", ""),
    ("import", ""), ("import", "finnes-ikke.csv"),
    ("plot", "--indicator", "SH_MND", "--to", "2101-01"),
    ("plot", "--indicator", "SH_MND", "--from", "1989-12"),
    ("plot", "--indicator", "SH_MND", "--to", "2025-13"),
    ("plot", "--indicator", "SH_MND", "--to", "2025-1"),
    ("plot", "--indicator", "SH_MND", "--from", "2025-06", "--to", "2025-01"),
    ("plot", "--indicator", ""), ("plot", "--indicator", "FINNES_IKKE"),
    ("plot", "--indicator", "SH_MND", "--out", "bilde.txt"),
    ("plot", "--indicator", "SH_MND", "--out", ""),
    ("report", "breakdown", "--year", "2025", "--compare", "1800"),
    ("report", "breakdown", "--year", "2025", "--month", "0"),
    ("report", "pdf", "--year", "2025", "--month", "13", "--out", "r.pdf"),
    ("report", "pdf", "--year", "2101", "--out", "r.pdf"),
    ("report", "pdf", "--year", "2025", "--out", ""),
    ("month", "status", "2025-13"), ("month", "lock", "0000-01"),
    ("month", "reopen", "2101-01", "--why", "x"), ("month", "reopen", "2025-03", "--why", ""),
    ("check", "--year", "2200"), ("check", "--year", "-5"),
    ("demo", "--years", "0"), ("demo", "--years", "-1"), ("demo", "--years", "112"),
    ("demo", "--years", "99999999999999999999"), ("demo", "--years", "50"),
    ("demo", "--until", "2101-01"), ("demo", "--until", "1989"), ("demo", "--until", "2025-00"),
    ("demo", "--until", "juni"), ("demo", "--years", "3", "--until", "1990-12"),
    ("init", "--office-code", "0312", "--office-name", ""),
    ("init", "--office-code", "0312", "--office-name", "X", "--db", ""),
]


def every_table(path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.mark.parametrize("args", BAD, ids=" ".join)
def test_a_bad_argument_is_refused_with_a_message_and_changes_nothing(
        cli, demo_db, tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)  # where a picture or report would land
    before = every_table(demo_db[1])
    files = sorted(p.name for p in tmp_path.iterdir())
    run = cli(*args, *demo_db) if "--db" not in args else cli(*args)
    assert run.code == 2, run.err
    assert run.err.strip() and "Traceback" not in run.err and "uventet feil" not in run.err
    assert every_table(demo_db[1]) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files


def test_demo_figures_reach_every_year_navdesk_knows(cli, db):
    """``demo --until 2100-12`` used to end in "Verdien kan ikke være negativ": the demo's
    falling trend went below zero after 2080."""
    run = cli("demo", *db, "--years", "3", "--until", "2100-12")
    assert run.code == 0, run.err
    assert "2098-01–2100-12" in run.err


def test_demo_until_a_year_means_its_december(cli, db):
    run = cli("demo", *db, "--years", "1", "--until", "2024")
    assert run.code == 0, run.err
    assert "2024-01–2024-12" in run.err


@pytest.mark.parametrize("code, name", [("abc", "NAV X"), ("12345", "NAV X"), ("312", "NAV X"),
                                        ("=1+1", "NAV X"), ("0312", "NAV\x1b[31mX"),
                                        ("0312", "N" * 100_000)])
def test_init_keeps_the_one_office_rule(tmp_path, capsys, code, name):
    """Found by the edges review: init accepted codes that are not four digits and names
    with control characters or of 100,000 characters (the rule of domain.limits)."""
    from navdesk.cli.main import main

    db = tmp_path / "ny.sqlite"
    assert main(["init", "--db", str(db), "--office-code", code, "--office-name", name]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "uventet" not in err
    assert not db.exists()
