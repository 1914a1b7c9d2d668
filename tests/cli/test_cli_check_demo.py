"""navdesk-cli check (warnings, one per line) and demo (deterministic example figures)."""

from __future__ import annotations

from navdesk.domain.period import Period
from navdesk.store import open_store


def test_check_finds_nothing_in_the_demo_figures(cli, demo_db):
    for year in ("2024", "2025"):
        result = cli("check", *demo_db, "--year", year)
        assert result.code == 0
        assert result.out == b""
        assert f"Ingen avvik for NAV Frogner i {year}" in result.err


def test_check_without_year_looks_at_the_latest_year_with_figures(cli, demo_db):
    result = cli("check", *demo_db)
    assert result.code == 0
    assert "i 2025" in result.err


def test_check_prints_an_inserted_inconsistency_with_its_period_and_code(cli, demo_db):
    with open_store(demo_db[1]) as store:
        klager = store.value("0312", "SAK_KLAGER", Period(2025, 3)).value
        # more reversed than sent
        store.set_value("0312", "SAK_OMGJORT", Period(2025, 3), klager + 1)
        store.set_value("0312", "SH_HIA", Period(2025, 8), 1)  # year to date that falls
    result = cli("check", *demo_db, "--year", "2025")
    assert result.code == 0
    lines = result.out.decode("utf-8").splitlines()
    assert any(line.startswith("2025-03 SAK_OMGJORT: ") for line in lines), lines
    assert any(line.startswith("2025-08 SH_HIA: ") for line in lines), lines
    assert all(line[:7] in ("2025-03", "2025-08", "2025-09") for line in lines), lines
    assert f"{len(lines)} avvik" in result.err


def test_check_of_a_year_without_figures_finds_nothing(cli, demo_db):
    result = cli("check", *demo_db, "--year", "2019")
    assert result.code == 0 and result.out == b""


def test_demo_fills_the_months_asked_for_and_the_yearly_values(cli, db):
    result = cli("demo", *db, "--years", "2", "--until", "2025-06")
    assert result.code == 0, result.err
    with open_store(db[1]) as store:
        months = {p for s in store.figures("0312").values() for p in s}
    assert min(months) == Period(2024, 1)
    assert max(p for p in months if not p.is_year) == Period(2025, 6)
    assert Period(2024) in months and Period(2025) not in months  # 2025 is not over


def test_demo_until_a_year_fills_through_its_december(cli, db):
    assert cli("demo", *db, "--years", "1", "--until", "2024").code == 0
    with open_store(db[1]) as store:
        assert store.value("0312", "SH_MND", Period(2024, 12)) is not None
        assert store.value("0312", "SH_MND", Period(2023, 12)) is None


def test_demo_gives_identical_exports_in_two_fresh_databases(cli, tmp_path):
    exports = []
    for name in ("a.sqlite", "b.sqlite"):
        db = ["--db", str(tmp_path / name)]
        assert cli("init", *db, "--office-code", "0312", "--office-name", "NAV Frogner").code == 0
        assert cli("demo", *db, "--years", "2", "--until", "2025-12").code == 0
        exports.append([cli("export", *db, "--year", y, *fmt).out
                        for y in ("2024", "2025") for fmt in ([], ["--format", "wide"])])
    assert exports[0] == exports[1]
    assert all(len(e) > 1000 for e in exports[0])


def test_demo_refuses_an_office_with_figures_of_its_own(cli, db, tmp_path):
    own = tmp_path / "egne.csv"
    own.write_text("kontornr;periode;indikator;verdi\n0312;2025-01;SH_MND;5\n", encoding="utf-8")
    assert cli("import", *db, own).code == 0
    result = cli("demo", *db, "--years", "1", "--until", "2025-12")
    assert result.code == 2
    assert "egne tall" in result.err and "Traceback" not in result.err
    with open_store(db[1]) as store:
        assert store.value("0312", "SH_MND", Period(2025, 1)).value == 5
        assert store.value("0312", "SH_MND", Period(2025, 2)) is None


def test_demo_can_run_again_over_its_own_figures(cli, demo_db):
    result = cli("demo", *demo_db, "--years", "2", "--until", "2025-12")
    assert result.code == 0
    assert ": 0 verdier lagret" in result.err


def test_demo_with_a_bad_until_exits_2(cli, db):
    result = cli("demo", *db, "--until", "juni")
    assert result.code == 2
    assert "juni" in result.err
