"""navdesk's export after a trip through LibreOffice Calc in Norwegian (files made by the
real program: tests/formats/spreadsheet/README.md) imports without changing anything:
the database after importing Calc's file is the database after importing the export."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from navdesk.service.importing import import_exchange_file
from navdesk.store import open_store

FIXTURES = Path(__file__).parent / "spreadsheet"


def outcome(tmp_path: Path, fixture: str, name: str, **options):
    """The report and (values, offices) of a fresh database for office 0301 after
    importing ``fixture`` (copied as ``name``: the history records the file's name)."""
    folder = tmp_path / fixture
    folder.mkdir()
    path = folder / name
    shutil.copy(FIXTURES / fixture, path)
    with open_store(folder / "navdesk.db") as store:
        store.save_office("0301", "NAV Gamle Oslo", "Oslo", home=True)
        report = import_exchange_file(store, path, **options)
        q = store.conn.execute
        return report, (
            q("SELECT office, indicator, period, value, comment FROM value "
              "ORDER BY office, indicator, period").fetchall(),
            q("SELECT code, name FROM office ORDER BY code").fetchall())


def imported(tmp_path: Path, fixture: str, name: str):
    report, tables = outcome(tmp_path, fixture, name)
    assert report.problems == [], report.problems
    return report, tables


def test_calc_s_csv_imports_as_the_export_did(tmp_path):
    original, tables = imported(tmp_path, "navdesk-export.csv", "tall.csv")
    report, calc_tables = imported(tmp_path, "calc-nb-NO.csv", "tall.csv")
    assert original.new == 878 and report.new == 878
    assert report.read_as == {"301": "0301"}
    assert report.notices == ["301 lest som 0301 (878 rader)"]
    assert calc_tables == tables
    assert tables[1] == [("0301", "NAV Gamle Oslo")]  # no office 301 beside 0301


def test_calc_s_workbook_imports_as_the_export_did(tmp_path):
    pytest.importorskip("navdesk.formats.workbook")
    _, tables = imported(tmp_path, "navdesk-export.csv", "tall.csv")
    report, calc_tables = imported(tmp_path, "calc-nb-NO.xlsx", "tall.xlsx")
    assert report.read_as == {"301": "0301"}
    assert calc_tables == tables


def test_navdesk_s_workbook_saved_as_csv_by_calc_imports_unchanged(tmp_path):
    """navdesk's own workbook opened in Calc and saved as CSV: Calc writes the cells as
    shown (kroner grouped with a no-break space, "6 572 913,23"), the office code as the
    text it is; the import stores exactly what the CSV export's import stores."""
    _, tables = imported(tmp_path, "navdesk-export.csv", "tall.csv")
    report, calc_tables = imported(tmp_path, "calc-nb-NO-from-xlsx.csv", "tall.csv")
    assert report.new == 878
    assert report.read_as == {} and report.notices == []
    assert calc_tables == tables
    # the fixture is what it says: grouped kroner, as Calc shows them
    text = (FIXTURES / "calc-nb-NO-from-xlsx.csv").read_text("utf-8")
    assert '"SH_BRUTTO";"Brutto utbetalt sosialhjelp";6\u00a0572\u00a0913,23;"nok"' in text


def test_navdesk_s_own_workbook_imports_as_its_csv_export(tmp_path):
    _, tables = imported(tmp_path, "navdesk-export.csv", "tall.csv")
    report, book_tables = imported(tmp_path, "navdesk-export.xlsx", "tall.xlsx")
    assert report.new == 878 and report.notices == []
    assert book_tables == tables


@pytest.mark.parametrize("fixture", ["calc-nb-NO-wide.csv", "calc-nb-NO-wide.xlsx"])
def test_calc_s_wide_file_imports_as_the_long_export_did(tmp_path, fixture):
    """The wide layout (one column a month) after Calc, for the year chosen: the values
    stored are those of navdesk's long export of the same year (every entered value;
    the computed shares are skipped, said once), and Calc's file changes none of them."""
    if fixture.endswith(".xlsx"):
        pytest.importorskip("navdesk.formats.workbook")
    suffix = Path(fixture).suffix
    _, long_tables = imported(tmp_path, "navdesk-export.csv", "tall.csv")
    own, own_tables = outcome(tmp_path, "navdesk-export-wide.csv", "bred.csv", year=2024)
    calc, calc_tables = outcome(tmp_path, fixture, "bred" + suffix, year=2024)
    for report in (own, calc):
        assert report.problems == [] and report.layout == "wide"
        assert report.new == 878 and report.office == "0301"  # the database's own office
        assert len(report.notices) == 1 and "D_ANDEL_SH_HOVED" in report.notices[0]
    assert own_tables == long_tables and calc_tables == long_tables
