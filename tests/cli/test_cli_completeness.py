"""navdesk-cli completeness: every office's months of a year, as a grid or a file."""

from __future__ import annotations

from tests.offices_case import three_offices


def test_the_text_is_a_grid_of_offices_and_months(office_store, cli):
    three_offices(office_store)
    run = cli("completeness", "--db", office_store.path, "--year", 2025)
    assert run.code == 0, run.err
    assert run.out.decode("utf-8") == (
        "Fullstendighet 2025 (✓ rapportert, ● komplett, ◐ delvis, · tom)\n"
        "\n"
        "Kontor            jan feb mar apr mai jun jul aug sep okt nov des\n"
        "0101 NAV Alna       ✓   ◐   ·   ·   ·   ·   ·   ·   ·   ·   ·   ·\n"
        "0202 NAV Bjerke     ·   ·   ·   ·   ·   ·   ·   ·   ·   ·   ·   ·\n"
        "0312 NAV Frogner    ●   ●   ·   ·   ·   ·   ·   ·   ·   ·   ·   ·\n")


def test_the_csv_file_has_the_issues_columns(office_store, cli, tmp_path):
    three_offices(office_store)
    out = tmp_path / "komplett.csv"
    run = cli("completeness", "--db", office_store.path, "--year", 2025, "--format", "csv",
              "--out", out)
    assert run.code == 0, run.err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data[3:].decode("utf-8").split("\r\n")
    assert lines[:4] == ["kontornr;kontor;periode;registrert;forventet;rapportert",
                         "0101;NAV Alna;2025-01;3;73;ja",
                         "0101;NAV Alna;2025-02;2;3;nei",
                         "0101;NAV Alna;2025-03;0;3;nei"]
    assert lines[12:14] == ["0101;NAV Alna;2025-12;0;3;nei",
                            "0202;NAV Bjerke;2025-01;0;73;nei"]
    assert lines[-2:] == ["0312;NAV Frogner;2025-12;0;74;nei", ""]


def test_csv_to_the_screen_is_the_same_file(office_store, cli):
    three_offices(office_store)
    run = cli("completeness", "--db", office_store.path, "--year", 2025, "--format", "csv")
    assert run.code == 0
    assert len(run.rows) == 1 + 36
    assert run.rows[0][:3] == ["kontornr", "kontor", "periode"]
    assert run.rows[25] == ["0312", "NAV Frogner", "2025-01", "73", "73", "nei"]


def test_an_office_name_a_spreadsheet_would_run_is_guarded(office_store, cli):
    """An office named "=1+1" (from an imported file) is written as text a spreadsheet
    shows, never as a formula it runs: the same guard as every other file navdesk writes."""
    office_store.save_office("0399", "=1+1", "")
    run = cli("completeness", "--db", office_store.path, "--year", 2025, "--format", "csv")
    assert run.code == 0, run.err
    lines = run.out.decode("utf-8-sig").splitlines()
    assert "0399;'=1+1;2025-01;0;" in "\n".join(lines)
    assert not any(";=1+1;" in line for line in lines)
