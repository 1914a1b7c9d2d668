"""navdesk-cli import of a file that has been through a spreadsheet says what it read
differently and what it skipped (issue 15)."""

from __future__ import annotations

from navdesk.domain.period import Period
from navdesk.store import open_store
from tests.exchange_files import HEADER, write


def test_import_says_which_rows_it_skipped_and_which_codes_it_read(cli, db, tmp_path):
    path = write(tmp_path, ["Tall fra NAV Frogner;;;;;;;", HEADER,
                            "312;NAV Frogner;01.01.2025;SH_MND;;473;;",
                            "312;NAV Frogner;feb.25;SH_MND;;480;;",
                            "Sum;;;;;953;;"])
    result = cli("import", *db, path)
    assert result.code == 0, result.err
    assert "Leser kontor 312 som 0312 NAV Frogner (2 rader)" in result.err
    assert "Hoppet over: linje 1 (tittel), linje 5 (Sum)" in result.err
    with open_store(db[1]) as store:
        assert store.value("0312", "SH_MND", Period(2025, 2)).value == 480
        assert [o.code for o in store.offices()] == ["0312"]
