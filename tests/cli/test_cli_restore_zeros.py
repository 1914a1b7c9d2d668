"""navdesk-cli import --restore-zeros: office numbers that lost their leading zeros in
Excel are read as the one known office they are with the zeros back (now also without
the option), and --add-offices never creates them."""

from __future__ import annotations

from navdesk.domain.period import Period
from navdesk.store import open_store
from tests.cli.runs import tables
from tests.exchange_files import HEADER, write


def test_restore_zeros_reads_312_as_0312_and_says_so(cli, db, tmp_path):
    path = write(tmp_path, [HEADER, "312;NAV Frogner;2025-01;SH_MND;;473;;",
                            "312;NAV Frogner;2025-02;SH_MND;;480;;"])
    result = cli("import", *db, "--restore-zeros", path)
    assert result.code == 0, result.err
    assert "Leser kontor 312 som 0312 NAV Frogner" in result.err
    with open_store(db[1]) as store:
        assert store.value("0312", "SH_MND", Period(2025, 2)).value == 480
        assert [o.code for o in store.offices()] == ["0312"]


def test_without_restore_zeros_the_code_is_read_as_the_office_and_never_created(
        cli, db, tmp_path):
    # issue 15: the reading is automatic; before, it was refused ("mente du 0312?")
    path = write(tmp_path, [HEADER, "312;NAV Frogner;2025-01;SH_MND;;473;;"])
    for options in ([], ["--add-offices"]):  # never created as a new office either
        result = cli("import", *db, *options, path)
        assert result.code == 0, result.err
        assert "Leser kontor 312 som 0312 NAV Frogner (1 rad)" in result.err
        with open_store(db[1]) as store:
            assert store.value("0312", "SH_MND", Period(2025, 1)).value == 473
            assert [o.code for o in store.offices()] == ["0312"]


def test_restore_zeros_leaves_a_code_the_file_names_as_another_office_refused(cli, db, tmp_path):
    before = tables(db)
    path = write(tmp_path, [HEADER, "312;NAV Alna;2025-01;SH_MND;;7;;"])
    result = cli("import", *db, "--restore-zeros", path)
    assert result.code == 2
    assert "Leser kontor" not in result.err
    assert "0312 heter «NAV Frogner», men filen kaller kontoret «NAV Alna»" in result.err
    assert tables(db) == before
