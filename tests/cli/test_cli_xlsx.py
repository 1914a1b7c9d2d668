"""``navdesk-cli export --out F.xlsx`` writes a real workbook, and ``navdesk-cli import
F.xlsx`` reads it through the same checks as CSV: the round trip through a workbook
changes nothing (issue 15)."""

from __future__ import annotations

import openpyxl
import pytest
import xlsxwriter

from navdesk.domain.period import Period
from navdesk.formats.csvfile import CsvRows, unguard
from navdesk.formats.workbook import WorkbookRows
from navdesk.store import open_store

# comments a leader writes that a spreadsheet could take for a formula, or that need
# quoting in CSV
COMMENTS = {("SH_MND", Period(2025, 3)): "-5 % etter omlegging",
            ("SH_MND", Period(2025, 4)): '=SUM(A1) og "sitat"; med semikolon',
            ("SH_MND", Period(2025, 5)): "'=ikke en formel"}


@pytest.fixture
def commented(demo_db):
    store = open_store(demo_db[1], create=False)
    try:
        for (code, period), text in COMMENTS.items():
            store.set_comment("0312", code, period, text)
    finally:
        store.close()
    return demo_db


def test_export_xlsx_writes_a_workbook_with_numbers_text_and_the_catalogue(cli, commented,
                                                                           tmp_path):
    out = tmp_path / "tall.xlsx"
    result = cli("export", *commented, "--year", "2025", "--out", out)
    assert result.code == 0, result.err
    assert out.read_bytes()[:4] == b"PK\x03\x04"  # a workbook, never CSV named .xlsx
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Tall", "Indikatorer"]
    ws = book["Tall"]
    header = [c.value for c in ws[1]]
    assert header == ["kontornr", "kontor", "periode", "indikator", "navn", "verdi", "enhet",
                      "kommentar"]
    rows = list(ws.iter_rows(min_row=2))
    units = {row[6].value: row[5] for row in rows}
    assert units["nok"].number_format == "#,##0.00"
    assert isinstance(units["nok"].value, float | int)
    assert units["percent"].number_format == "0.0"
    assert units["persons"].number_format == "#,##0"
    assert all(row[0].value == "0312" and row[0].data_type == "s" for row in rows)
    assert all(isinstance(row[2].value, str) for row in rows)  # periods stay text
    comments = {row[7].value for row in rows if row[7].value}
    assert set(COMMENTS.values()) <= comments  # as typed: no apostrophe, no formula
    assert all(row[7].data_type == "s" for row in rows if row[7].value)
    assert ws.freeze_panes == "A2"
    catalogue = book["Indikatorer"]
    assert [c.value for c in catalogue[1]] == ["kode", "navn", "enhet", "regel"]
    assert ("SH_MND", "persons") in {(r[0].value, r[2].value) for r in catalogue.iter_rows()}
    assert "0312 NAV Frogner" in book.properties.title
    assert "2025" in book.properties.title
    assert "navdesk" in book.properties.description


@pytest.mark.parametrize("options", [[], ["--month", "6"], ["--suppress-below", "400"]])
def test_export_xlsx_import_export_csv_is_byte_identical(cli, commented, tmp_path, options):
    """Through a workbook as through the CSV file: a suppressed figure («:») is not
    imported either way, so with ``--suppress-below`` the two imports are compared."""
    original_csv = tmp_path / "original.csv"
    workbook = tmp_path / "tall.xlsx"
    for out in (original_csv, workbook):
        result = cli("export", *commented, "--year", "2025", *options, "--out", out)
        assert result.code == 0, result.err

    def exported_after_import(path):
        fresh = tmp_path / f"fresh-{path.stem}.sqlite"
        assert cli("init", "--db", fresh, "--office-code", "0312",
                   "--office-name", "NAV Frogner").code == 0
        result = cli("import", "--db", fresh, path)
        assert result.code == 0, result.err
        again = tmp_path / f"again-{path.stem}.csv"
        assert cli("export", "--db", fresh, "--year", "2025", *options,
                   "--out", again).code == 0
        return result.err, again.read_bytes()

    said, through_workbook = exported_after_import(workbook)
    assert "ark «Tall»" in said
    if "--suppress-below" in options:
        assert b";:;" in original_csv.read_bytes()
        assert through_workbook == exported_after_import(original_csv)[1]
    else:
        assert through_workbook == original_csv.read_bytes()


def test_the_wide_workbook_reads_as_the_wide_csv_file(cli, commented, tmp_path):
    """The wide workbook holds the very cells of the wide CSV file; the CSV file does not
    say its year and is refused without one, the workbook says it in its title."""
    csv_file, workbook = tmp_path / "bred.csv", tmp_path / "bred.xlsx"
    for out in (csv_file, workbook):
        result = cli("export", *commented, "--year", "2025", "--format", "wide",
                     "--suppress-below", "400", "--out", out)
        assert result.code == 0, result.err
    with CsvRows(csv_file) as text, WorkbookRows(workbook) as book:
        assert book.header == text.header
        assert list(book) == [(line, [unguard(c) for c in row]) for line, row in text]
    ws = openpyxl.load_workbook(workbook)["Tall"]
    assert ws["D1"].value == "jan"
    assert any(isinstance(c.value, float | int) for c in ws["D"][1:])
    # navdesk's own workbook names its office and year in its title: no --year needed
    result = cli("import", *commented, workbook, "--dry-run")
    assert result.code == 0, result.err
    assert "Kontor og år er lest av arbeidsbokens tittel: 0312, 2025" in result.err
    assert " 0 nye, 0 endrede" in result.err
    # the CSV file says neither: refused with the way out
    result = cli("import", *commented, csv_file, "--dry-run")
    assert result.code != 0
    assert "bred fil" in result.err and "--year" in result.err


def test_import_names_the_sheet_and_its_rows_and_changes_nothing(cli, demo_db, tmp_path):
    path = tmp_path / "tall.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Forside").write_string(0, 0, "Tall fra kommunen")
    ws = book.add_worksheet("Tall")
    ws.write_row(0, 0, ["kontornr", "periode", "indikator", "verdi"])
    ws.write_row(1, 0, ["0312", "2025-03", "SH_MND", 370])
    ws.write_row(2, 0, ["0312", "2025-04", "SH_MND", 12.5])  # persons are whole
    book.close()
    before = open_store(demo_db[1], create=False)
    try:
        value = before.value("0312", "SH_MND", Period(2025, 3))
    finally:
        before.close()

    result = cli("import", *demo_db, path, "--sheet", "Tall")
    assert result.code != 0
    assert "Ark «Tall», rad 3:" in result.err
    assert "ingenting er endret" in result.err

    result = cli("import", *demo_db, path)  # the first sheet: no exchange columns
    assert result.code != 0 and "mangler" in result.err

    result = cli("import", *demo_db, path, "--sheet", "Mars")
    assert result.code != 0
    assert "Arbeidsboken har ikke noe ark «Mars» (arkene heter «Forside», «Tall»)" in result.err

    after = open_store(demo_db[1], create=False)
    try:
        assert after.value("0312", "SH_MND", Period(2025, 3)) == value
    finally:
        after.close()


def test_a_csv_file_has_no_sheet_to_name(cli, demo_db, tmp_path):
    path = tmp_path / "tall.csv"
    assert cli("export", *demo_db, "--year", "2025", "--out", path).code == 0
    result = cli("import", *demo_db, path, "--sheet", "Tall")
    assert result.code != 0
    assert "ikke en arbeidsbok" in result.err
