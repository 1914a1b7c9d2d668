"""navdesk-cli ssb import / list on real databases: comparison figures are stored apart
from the offices' values, SSB's symbols as missing (never zero), a table imported again
replaces its figures (after a backup), a refused file changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from navdesk.domain.period import Period
from navdesk.store import open_store
from navdesk.store.backup import list_backups
from navdesk.store.comparison_figures import comparison_figures_of
from tests.cli.runs import tables

FILES = Path(__file__).parents[1] / "formats" / "ssb"


def run(cli, *args):
    done = cli(*args)
    return done.code, done.out.decode("utf-8"), done.err


def figures(db) -> list[tuple]:
    conn = sqlite3.connect(db[1])
    try:
        return conn.execute("SELECT source_table, indicator, period, region, region_name, value,"
                            " symbol FROM comparison_figure ORDER BY 1, 2, 3, 4").fetchall()
    finally:
        conn.close()


def test_import_stores_the_figures_apart_with_symbols_as_missing(cli, db):
    before = tables(db)
    code, _, err = run(cli, "ssb", "import", FILES / "kommuner.json", "--mapping",
                       FILES / "kobling.csv", *db)
    assert code == 0, err
    assert "12 tall; 1 mangler («.»); 1 mangler («..»); 1 mangler («:»)" in err
    stored = figures(db)
    assert len(stored) == 12
    assert ("12345", "SH_HIA", "2024", "4601", "Bergen", None, "..") in stored
    assert ("12345", "SH_LANGTID", "2023", "5001", "Trondheim - Tråante", None, ":") in stored
    assert ("12345", "SH_HIA", "2024", "0301", "Oslo", 27650.5, None) in stored
    assert tables(db) == before  # no office value, no audit row, no office
    [backup] = list_backups(Path(db[1]))
    assert backup.reason == "før import av kommuner.json"


def test_importing_the_table_again_replaces_its_figures(cli, db):
    assert run(cli, "ssb", "import", FILES / "kommuner.json", "--mapping",
               FILES / "kobling.csv", *db)[0] == 0
    mapping = Path(db[1]).parent / "bare_mottakere.csv"
    mapping.write_text("innhold;indikator\nSosialhjelpsmottakere;SH_HIA\n", encoding="utf-8")
    code, _, err = run(cli, "ssb", "import", FILES / "kommuner.csv", "--mapping", mapping, *db)
    assert code == 0, err
    assert "erstatter 12 tall fra før" in err
    assert {row[1] for row in figures(db)} == {"SH_HIA"} and len(figures(db)) == 6


def test_a_dry_run_and_a_refused_file_change_nothing(cli, db):
    code, _, err = run(cli, "ssb", "import", FILES / "sparse.json", "--mapping",
                       FILES / "kobling_alder.csv", "--dry-run", *db)
    assert code == 0 and "Ingenting er lagret" in err
    assert "4 celler som koblingsfilen ikke nevner" in err
    assert figures(db) == [] and list_backups(Path(db[1])) == []
    bad = Path(db[1]).parent / "feil.json"
    bad.write_text((FILES / "kommuner.json").read_text(encoding="utf-8")
                   .replace('"status": {"5": ".."', '"status": {"5": "-"'), encoding="utf-8")
    code, _, err = run(cli, "ssb", "import", bad, "--mapping", FILES / "kobling.csv", *db)
    assert code == 2
    assert "feil.json ble ikke lest inn; ingenting er endret" in err
    assert "Celle 5 (4601, KOSmottakere, 2024) har verken tall" in err
    code, _, err = run(cli, "ssb", "import", FILES / "kommuner.json", "--mapping",
                       FILES / "alt_i_rader.csv", *db)  # not a mapping file
    assert code == 2 and "kolonnene innhold, indikator mangler" in err
    assert figures(db) == []


def test_list_says_what_is_stored(cli, db):
    code, out, err = run(cli, "ssb", "list", *db)
    assert code == 0 and out == "" and "Ingen tabeller" in err
    run(cli, "ssb", "import", FILES / "kommuner.json", "--mapping", FILES / "kobling.csv", *db)
    code, out, _ = run(cli, "ssb", "list", *db)
    [line] = out.splitlines()
    fields = line.split("\t")
    assert fields[0] == "12345" and fields[2] == "oppdatert 2025-06-19T06:00:00Z"
    assert fields[4:] == ["3 regioner", "SH_HIA, SH_LANGTID", "perioder 2023–2024 (2)",
                          "12 tall", "mangler: «.» 1, «..» 1, «:» 1"]


def test_the_figures_of_an_indicator_for_a_year_by_region(cli, db):
    run(cli, "ssb", "import", FILES / "kommuner.json", "--mapping", FILES / "kobling.csv", *db)
    with open_store(db[1], create=False) as store:
        got = comparison_figures_of(store.conn, "SH_HIA", Period(2024))
    assert [(f.region, f.region_name, f.value, f.symbol) for f in got] == [
        ("0301", "Oslo", 27650.5, None), ("4601", "Bergen", None, ".."),
        ("5001", "Trondheim - Tråante", 5600, None)]
