"""``navdesk-cli import FILE --year Y`` reads the wide exchange file (issue 15): the file
names neither office nor year, so the year is given and the office is the database's
own unless ``--office`` names another."""

from __future__ import annotations

import pytest


@pytest.fixture
def empty_db(tmp_path, cli):
    """A second database for 0312 NAV Frogner, without values; ``--db`` args."""
    path = tmp_path / "tom.sqlite"
    result = cli("init", "--db", path, "--office-code", "0312", "--office-name", "NAV Frogner")
    assert result.code == 0, result.err
    return ["--db", str(path)]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_wide_export_imports_for_the_year_given_and_exports_the_same(
        cli, demo_db, empty_db, tmp_path, suffix):
    wide = tmp_path / f"bred{suffix}"
    assert cli("export", *demo_db, "--year", "2025", "--format", "wide", "--out", wide).code == 0

    result = cli("import", *empty_db, wide, "--year", "2025")
    assert result.code == 0, result.err
    assert "Beregnede indikatorer er hoppet over" in result.err
    assert " nye, 0 endrede og 0 uendrede verdier" in result.err

    for name, db in (("a", demo_db), ("b", empty_db)):
        for layout in ("wide", "long"):
            out = tmp_path / f"{name}-{layout}.csv"
            assert cli("export", *db, "--year", "2025", "--format", layout, "--out", out).code == 0
    assert (tmp_path / "a-wide.csv").read_bytes() == (tmp_path / "b-wide.csv").read_bytes()
    assert (tmp_path / "a-long.csv").read_bytes() == (tmp_path / "b-long.csv").read_bytes()


def test_without_the_year_the_wide_file_is_refused_with_the_way_out(cli, demo_db, empty_db,
                                                                   tmp_path):
    wide = tmp_path / "bred.csv"
    assert cli("export", *demo_db, "--year", "2025", "--format", "wide", "--out", wide).code == 0
    result = cli("import", *empty_db, wide)
    assert result.code == 2
    assert "bred fil" in result.err and "--year" in result.err
    assert "ingenting er endret" in result.err


def test_office_names_another_office_for_the_wide_rows(cli, demo_db, tmp_path):
    wide = tmp_path / "bred.csv"
    assert cli("export", *demo_db, "--year", "2024", "--format", "wide", "--out", wide).code == 0
    result = cli("import", *demo_db, wide, "--year", "2024", "--office", "0301",
                 "--add-offices", "--dry-run")
    assert result.code == 0, result.err
    assert "1 kontor(er) ville blitt opprettet" in result.err
    assert "0 endrede og 0 uendrede" in result.err
