"""navdesk-cli import, export and catalogue export: the files in and out."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from navdesk.domain.period import Period
from navdesk.resources_path import read_resource_bytes
from navdesk.store import open_store
from tests.cli.runs import tables
from tests.exchange_files import HEADER, write

CATALOGUE_HEADER = ("kode;navn;navn_en;enhet;aggregering;vekt;periodetype;seksjon;fordeling;"
                    "del_av;teller;nevner;faktor;aktiv")


def value(db, code, period, office="0312"):
    with open_store(db[1]) as store:
        v = store.value(office, code, period)
        return None if v is None else v.value


# ---------------------------------------------------------------------------- import
def test_import_stores_a_good_file_and_reports_the_counts(cli, db, tmp_path):
    path = write(tmp_path, [HEADER, "0312;;2025-01;SH_MND;;5;;", "0312;;2025-02;SH_MND;;6;;",
                            "0312;;2025-03;SH_MND;;;;", "0312;;2025-04;SH_MND;;:;;"])
    result = cli("import", *db, path)
    assert result.code == 0, result.err
    assert "2 nye, 0 endrede og 0 uendrede" in result.err
    assert "1 rader uten verdi" in result.err and "1 skjulte verdier" in result.err
    assert value(db, "SH_MND", Period(2025, 2)) == 6


def test_import_of_a_windows_1252_file_names_the_encoding_and_keeps_aeoeaa(cli, db, tmp_path):
    path = tmp_path / "fra-excel.csv"
    path.write_bytes((HEADER + "\r\n0219;NAV Bærum;2025-01;SH_MND;;5;;Økning på grunn av én sak\r\n"
                      ).encode("cp1252"))
    result = cli("import", *db, "--add-offices", path)
    assert result.code == 0, result.err
    assert "Windows-1252" in result.err
    with open_store(db[1]) as store:
        assert store.office("0219").name == "NAV Bærum"
        assert store.value("0219", "SH_MND", Period(2025, 1)).comment == "Økning på grunn av én sak"


def test_import_of_a_changed_file_reports_new_changed_and_unchanged(cli, db, tmp_path):
    cli("import", *db, write(tmp_path, [HEADER, "0312;;2025-01;SH_MND;;5;;",
                                        "0312;;2025-02;SH_MND;;6;;"]))
    result = cli("import", *db, write(tmp_path, [HEADER, "0312;;2025-01;SH_MND;;5;;",
                                                 "0312;;2025-02;SH_MND;;7;;",
                                                 "0312;;2025-03;SH_MND;;8;;"]))
    assert result.code == 0
    assert "1 nye, 1 endrede og 1 uendrede" in result.err


def test_import_of_a_bad_file_exits_2_lists_every_problem_and_changes_nothing(cli, db, tmp_path):
    cli("import", *db, write(tmp_path, [HEADER, "0312;;2025-01;SH_MND;;5;;"], name="first.csv"))
    before = tables(db)
    path = write(tmp_path, [HEADER, "0312;;2025-01;SH_MND;;50;;", "0312;;2025-02;SH_UKJENT;;5;;",
                            "0312;;2025-13;SH_MND;;5;;"])
    result = cli("import", *db, path)
    assert result.code == 2
    assert "ingenting er endret" in result.err
    assert "linje 3:" in result.err and "linje 4:" in result.err
    assert "Traceback" not in result.err
    assert tables(db) == before


def test_import_of_a_missing_file_exits_2(cli, db, tmp_path):
    result = cli("import", *db, tmp_path / "borte.csv")
    assert result.code == 2
    assert "borte.csv" in result.err


def test_import_dry_run_reports_the_counts_and_writes_nothing(cli, db, tmp_path):
    before = tables(db)
    result = cli("import", *db, "--dry-run", write(tmp_path, [HEADER, "0312;;2025-01;SH_MND;;5;;"]))
    assert result.code == 0
    assert "Prøvekjøring" in result.err and "1 nye" in result.err
    assert tables(db) == before


def test_import_with_office_files_a_sheet_without_office_column_under_that_office(
        cli, db, tmp_path):
    with open_store(db[1]) as store:
        store.save_office("0101", "NAV Alna")
    result = cli("import", *db, "--office", "0101",
                 write(tmp_path, ["periode;indikator;verdi", "2025-01;SH_MND;5"]))
    assert result.code == 0, result.err
    assert value(db, "SH_MND", Period(2025, 1), "0101") == 5
    assert value(db, "SH_MND", Period(2025, 1)) is None


def test_import_with_an_office_not_in_the_database_exits_2(cli, db, tmp_path):
    before = tables(db)
    result = cli("import", *db, "--office", "0999", write(tmp_path, ["periode;indikator;verdi",
                                                                     "2025-01;SH_MND;5"]))
    assert result.code == 2
    assert "0999" in result.err
    assert tables(db) == before


def test_import_with_office_and_add_offices_creates_that_office(cli, db, tmp_path):
    result = cli("import", *db, "--office", "0999", "--add-offices",
                 write(tmp_path, ["periode;indikator;verdi", "2025-01;SH_MND;5"]))
    assert result.code == 0, result.err
    assert value(db, "SH_MND", Period(2025, 1), "0999") == 5


def test_import_with_add_offices_creates_the_offices_named_in_the_file(cli, db, tmp_path):
    path = write(tmp_path, [HEADER, "0101;NAV Alna;2025-01;SH_MND;;5;;",
                            "0219;NAV Bærum;2025-01;SH_MND;;6;;"])
    result = cli("import", *db, "--add-offices", path)
    assert result.code == 0, result.err
    assert "2 kontor(er) opprettet" in result.err
    with open_store(db[1]) as store:
        assert [(o.code, o.name) for o in store.offices()] == [
            ("0101", "NAV Alna"), ("0219", "NAV Bærum"), ("0312", "NAV Frogner")]


def test_import_without_add_offices_refuses_offices_not_in_the_database(cli, db, tmp_path):
    before = tables(db)
    result = cli("import", *db, write(tmp_path, [HEADER, "0101;NAV Alna;2025-01;SH_MND;;5;;"]))
    assert result.code == 2
    assert "linje 2:" in result.err and "--add-offices" in result.err
    assert tables(db) == before


# ---------------------------------------------------------------------------- export
def test_export_without_out_writes_the_long_file_to_stdout(cli, demo_db):
    result = cli("export", *demo_db, "--year", "2025")
    assert result.code == 0
    assert result.out.startswith(codecs.BOM_UTF8 + HEADER.encode() + b"\r\n")
    rows = result.rows
    assert {r[2][:4] for r in rows[1:]} == {"2025"}
    assert len(rows) > 800


def test_export_to_a_file_writes_the_same_bytes_as_to_stdout(cli, demo_db, tmp_path):
    out = tmp_path / "kommunen.csv"
    to_file = cli("export", *demo_db, "--year", "2025", "--out", out)
    assert to_file.code == 0
    assert to_file.out == b""
    assert str(out) in to_file.err
    assert out.read_bytes() == cli("export", *demo_db, "--year", "2025").out


def test_export_to_a_folder_that_does_not_exist_exits_2(cli, demo_db, tmp_path):
    result = cli("export", *demo_db, "--year", "2025", "--out", tmp_path / "borte" / "ut.csv")
    assert result.code == 2
    assert "Kan ikke skrive" in result.err


def test_export_onto_an_existing_folder_exits_2_and_leaves_no_temporary_file(
        cli, demo_db, tmp_path):
    folder = tmp_path / "rapporter"
    folder.mkdir()
    result = cli("export", *demo_db, "--year", "2025", "--out", folder)
    assert result.code == 2
    assert "Kan ikke skrive" in result.err and "Traceback" not in result.err
    assert sorted(p.name for p in tmp_path.iterdir()
                  if p.name.startswith("rapporter")) == ["rapporter"]


def test_export_month_limits_the_long_file_to_that_month(cli, demo_db):
    rows = cli("export", *demo_db, "--year", "2025", "--month", "3").rows
    assert {r[2] for r in rows[1:]} == {"2025-03"}


def test_export_wide_writes_one_row_per_indicator_with_months_and_year(cli, demo_db):
    rows = cli("export", *demo_db, "--year", "2025", "--format", "wide").rows
    assert ";".join(rows[0]) == (
        "indikator;navn;enhet;jan;feb;mar;apr;mai;jun;jul;aug;sep;okt;nov;des;år")
    by_code = {r[0]: r for r in rows[1:]}
    assert len(by_code) == len(rows) - 1
    assert by_code["BRUKERTILFREDSHET"][3:15] == [""] * 12 and by_code["BRUKERTILFREDSHET"][15]
    months = [int(x) for x in by_code["SH_NODHJELP"][3:15]]
    assert int(by_code["SH_NODHJELP"][15]) == sum(months)


def test_export_with_decimal_point_writes_points(cli, demo_db):
    comma = {r[3]: r[5] for r in cli("export", *demo_db, "--year", "2025", "--month", "1").rows[1:]}
    point = {r[3]: r[5] for r in cli("export", *demo_db, "--year", "2025", "--month", "1",
                                      "--decimal", "point").rows[1:]}
    assert "," in comma["SH_BRUTTO"] and "," not in point["SH_BRUTTO"]
    assert point["SH_BRUTTO"] == comma["SH_BRUTTO"].replace(",", ".")


def test_export_suppress_below_hides_small_person_counts(cli, db, tmp_path):
    cli("import", *db, write(tmp_path, [HEADER, "0312;;2025-01;SH_GJELD;;0;;",
                                        "0312;;2025-02;SH_GJELD;;1;;",
                                        "0312;;2025-03;SH_GJELD;;2;;",
                                        "0312;;2025-04;SH_GJELD;;3;;",
                                        "0312;;2025-01;SH_NODHJELP;;2;;",
                                        "0312;;2025-01;SH_BRUTTO;;2;;"]))
    rows = cli("export", *db, "--year", "2025", "--suppress-below", "3").rows[1:]
    assert [(r[3], r[5]) for r in rows] == [
        ("SH_BRUTTO", "2"), ("SH_NODHJELP", "2"), ("SH_GJELD", "0"),
        ("SH_GJELD", ":"), ("SH_GJELD", ":"), ("SH_GJELD", "3")]


def test_export_of_an_office_not_in_the_database_exits_2(cli, demo_db):
    result = cli("export", *demo_db, "--year", "2025", "--office", "0999")
    assert result.code == 2
    assert "0999" in result.err and result.out == b""


def test_export_office_all_writes_every_office_sorted_by_code(cli, demo_db, tmp_path):
    cli("import", *demo_db, "--add-offices", write(tmp_path, [
        HEADER, "0999;NAV Sist;2025-01;SH_MND;;9;;", "0101;NAV Først;2025-01;SH_MND;;1;;"]))
    rows = cli("export", *demo_db, "--year", "2025", "--office", "all").rows[1:]
    order = list(dict.fromkeys(r[0] for r in rows))
    assert order == ["0101", "0312", "0999"]
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)  # each office in one block


def test_export_of_another_office_writes_only_that_office(cli, demo_db, tmp_path):
    cli("import", *demo_db, "--add-offices",
        write(tmp_path, [HEADER, "0101;NAV Alna;2025-01;SH_MND;;1;;"]))
    rows = cli("export", *demo_db, "--year", "2025", "--office", "0101").rows[1:]
    assert rows == [["0101", "NAV Alna", "2025-01", "SH_MND", "Mottakere av sosialhjelp i måneden",
                     "1", "persons", ""]]


def test_export_wide_for_all_offices_at_once_is_refused(cli, demo_db, tmp_path):
    cli("import", *demo_db, "--add-offices",
        write(tmp_path, [HEADER, "0101;NAV Alna;2025-01;SH_MND;;1;;"]))
    result = cli("export", *demo_db, "--year", "2025", "--format", "wide", "--office", "all")
    assert result.code == 2
    assert "ett kontor" in result.err


def test_export_import_export_through_the_cli_is_byte_identical(cli, demo_db, tmp_path):
    first = tmp_path / "first.csv"
    assert cli("export", *demo_db, "--year", "2025", "--out", first).code == 0
    copy = ["--db", str(tmp_path / "copy.sqlite")]
    cli("init", *copy, "--office-code", "0312", "--office-name", "NAV Frogner")
    assert cli("import", *copy, first).code == 0
    assert cli("export", *copy, "--year", "2025").out == first.read_bytes()


# ---------------------------------------------------------------------------- catalogue
def test_catalogue_export_writes_the_catalogue_columns(cli, db):
    result = cli("catalogue", "export", *db)
    assert result.code == 0
    assert ";".join(result.rows[0]) == CATALOGUE_HEADER


def test_catalogue_export_of_the_default_catalogue_equals_the_shipped_file(cli, db):
    shipped = Path(__file__).resolve().parents[2] / "resources" / "catalogue.csv"
    assert cli("catalogue", "export", *db).out == shipped.read_bytes()
    assert shipped.read_bytes() == read_resource_bytes("catalogue.csv")  # the installed copy


def test_catalogue_export_to_a_file_writes_the_same_bytes(cli, db, tmp_path):
    out = tmp_path / "katalog.csv"
    assert cli("catalogue", "export", *db, "--out", out).code == 0
    assert out.read_bytes() == read_resource_bytes("catalogue.csv")


@pytest.mark.parametrize("place", ["before", "after"])
def test_catalogue_export_accepts_db_before_and_after_the_action(cli, db, place):
    args = ["catalogue", *db, "export"] if place == "before" else ["catalogue", "export", *db]
    assert cli(*args).code == 0
