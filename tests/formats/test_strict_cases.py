"""Issue 14's cases and the ones fuzzing found, one small file each in ``cases/`` (its
README says what each is): refused with the line and the reason, every table of the
database unchanged, or read right."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from navdesk.service.importing import import_exchange_file
from navdesk.store.goalcard import load_goal_card
from tests.cli.runs import run
from tests.formats.tables import all_tables

CASES = Path(__file__).parent / "cases"

# file -> (line, words of the reason); refused through the command line's import
REFUSED = {
    "catalogue_bom_then_cp1252.csv": (3, "ikke kan leses som UTF-8"),
    "catalogue_faktor_nan.csv": (3, "faktor «nan» er ikke et tall"),
    "catalogue_faktor_inf.csv": (3, "faktor «inf» er ikke et tall"),
    "catalogue_faktor_1e309.csv": (3, "faktor «1e309» er ikke et tall"),
    "catalogue_faktor_underscore.csv": (3, "faktor «1_0» er ikke et tall"),
    "catalogue_faktor_negative.csv": (3, "faktor kan ikke være negativ"),
    "catalogue_repeated_column.csv": (1, "Kolonnen «navn» står to ganger"),
    "catalogue_unknown_column.csv": (1, "Ukjent kolonne «ekstra»"),
    "catalogue_quote_swallows_rows.csv": (2, "går over flere linjer (til linje 3)"),
    "catalogue_quote_never_closed.csv": (3, "åpnes, men lukkes aldri"),
    "catalogue_short_row.csv": (3, "Linjen har 7 felt, men overskriften har 14"),
    "catalogue_long_row.csv": (3, "Linjen har 15 felt, men overskriften har 14"),
    "catalogue_gb18030.csv": (2, "verken UTF-8 eller Windows-1252"),
    "catalogue_control_character.csv": (2, "kontrolltegn"),
    "catalogue_quote_in_header.csv": (1, "går over flere linjer (til linje 2)"),
    "template_year_0.csv": (3, "år må være et årstall"),
    "template_year_minus_1.csv": (2, "år må være et årstall"),
    "template_year_99999.csv": (2, "år må være et årstall"),
    "template_year_1989.csv": (2, "året 1989 er utenfor 1990–2100"),
    "template_year_underscore.csv": (2, "år må være et årstall"),
    "template_target_400_digits.csv": (2, "Tallet er urimelig langt (400 tegn; høyst 40)"),
    "template_target_negative.csv": (2, "målverdi kan ikke være negativ"),
    "template_target_nan.csv": (2, "«nan» er ikke et tall"),
    "template_target_twice.csv": (3, "målverdien for SAK_DAGER 2025 står to ganger"),
    "template_unknown_column.csv": (1, "Ukjent kolonne «kommentar»"),
    "template_nel_in_name.csv": (2, "perspektiv: «Bruker?perspektiv» har et kontrolltegn"),
}

# exchange files: (line, words), refused by the import with nothing stored
EXCHANGE_REFUSED = {
    "exchange_repeated_column.csv": (1, "Kolonnen «verdi» står to ganger («verdi» og «verdi»)"),
    "exchange_value_and_verdi.csv": (1, "Kolonnen «verdi» står to ganger («verdi» og «value»)"),
    "exchange_cut_in_last_row.csv": (3, "Linjen har 6 felt, men overskriften har 8"),
    "exchange_gb18030.csv": (2, "verken UTF-8 eller Windows-1252"),
    "exchange_bom_then_cp1252.csv": (2, "ikke kan leses som UTF-8"),
    "exchange_nan.csv": (2, "«nan» er ikke et tall"),
    "exchange_underscore.csv": (2, "«1_0» er ikke et tall"),
}


def _command(name: str) -> list[str]:
    return ["catalogue", "import"] if name.startswith("catalogue") else ["template", "import"]


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_refused_catalogue_or_template_names_its_line_and_changes_nothing(
        name, office_store, tmp_path, capsys):
    path = tmp_path / name
    shutil.copy(CASES / name, path)
    before = all_tables(office_store.path)
    code, _, err = run(capsys, *_command(name), "--db", office_store.path, path)
    line, words = REFUSED[name]
    assert code == 2, err
    assert name in err and f"inje {line}: " in err and words in err
    assert all_tables(office_store.path) == before


@pytest.mark.parametrize("name", sorted(EXCHANGE_REFUSED))
def test_a_refused_exchange_file_names_its_line_and_changes_nothing(name, office_store):
    before = all_tables(office_store.path)
    report = import_exchange_file(office_store, CASES / name)
    line, words = EXCHANGE_REFUSED[name]
    assert [n for n, _ in report.problems] == [line]
    assert words in report.problems[0][1]
    assert all_tables(office_store.path) == before


def test_the_cases_are_all_in_the_readme_and_all_tested():
    readme = (CASES / "README.md").read_text(encoding="utf-8")
    files = sorted(p.name for p in CASES.glob("*.csv"))
    assert all(f"`{name}`" in readme for name in files)
    read_right = {"catalogue_cp1252_read.csv", "template_every_year_read.csv",
                  "exchange_utf16_read.csv"}
    assert set(files) == set(REFUSED) | set(EXCHANGE_REFUSED) | read_right


def test_a_windows_1252_catalogue_is_read_right(office_store, capsys):
    code, _, err = run(capsys, "catalogue", "import", "--db", office_store.path,
                       CASES / "catalogue_cp1252_read.csv")
    assert code == 0, err
    indicator = office_store.catalogue["BY_A"]
    assert (indicator.name, indicator.section) == ("Tromsø", "Søk")


def test_an_empty_year_is_every_year_and_a_template_is_read_right(office_store, capsys):
    # one measure for the whole card: --replace (issue 14, point 3)
    code, _, err = run(capsys, "template", "import", "--db", office_store.path,
                       CASES / "template_every_year_read.csv", "--replace")
    assert code == 0, err
    (measure,) = [m for _, _, m in load_goal_card(office_store).measures()]
    assert measure.targets == {None: 14, 2026: 12.5}


def test_excels_unicode_text_utf16_with_a_bom_is_read(office_store):
    report = import_exchange_file(office_store, CASES / "exchange_utf16_read.csv")
    assert report.problems == [] and report.new == 1


@pytest.mark.parametrize(("digits", "reason"), [(1_000_001, "høyst 10000 er lov"),
                                                (10_000, "urimelig langt"),
                                                (400, "urimelig langt")])
def test_a_value_of_a_million_digits_is_refused_not_an_overflow(office_store, tmp_path, digits,
                                                                 reason):
    # made here, not kept: a megabyte of nines says nothing a reader of cases/ needs
    path = tmp_path / "sifre.csv"
    path.write_text("kontornr;periode;indikator;verdi\r\n0312;2025-01;SH_BRUTTO;"
                    + "9" * digits + "\r\n", encoding="utf-8")
    before = all_tables(office_store.path)
    report = import_exchange_file(office_store, path)
    assert [n for n, _ in report.problems] == [2]
    assert reason in report.problems[0][1]
    assert all_tables(office_store.path) == before


@pytest.mark.parametrize("quoted", [False, True])
@pytest.mark.parametrize("length", [10_001, 200_000])
def test_a_field_over_the_limit_is_refused_with_its_line_never_a_csv_error(
        office_store, tmp_path, capsys, quoted, length):
    name = "x" * length
    cell = f'"{name}"' if quoted else name
    path = tmp_path / "katalog.csv"
    path.write_text("kode;navn;enhet;aggregering\r\nBY_A;Greit;persons;sum\r\n"
                    f"BY_B;{cell};persons;sum\r\n", encoding="utf-8")
    before = all_tables(office_store.path)
    code, _, err = run(capsys, "catalogue", "import", "--db", office_store.path, path)
    assert code == 2 and "inje 3: " in err
    assert ("høyst 10000 er lov" in err) if length < 131_072 or not quoted else (
        "urimelig langt" in err)
    assert all_tables(office_store.path) == before
    exchange = tmp_path / "tall.csv"
    exchange.write_text("kontornr;periode;indikator;verdi;kommentar\r\n"
                        f"0312;2025-01;SH_MND;12;{cell}\r\n", encoding="utf-8")
    report = import_exchange_file(office_store, exchange)
    assert [n for n, _ in report.problems] == [2]
    assert all_tables(office_store.path) == before


@pytest.mark.parametrize(("code", "name", "words"), [
    ("=1+1*cmd|' /C calc'!A0", "Kalk", "er ikke fire sifre"),
    ("@SUM(1+1)", "Sum", "er ikke fire sifre"),
    ("-2+3", "Regn", "er ikke fire sifre"),
    ("03\x1b[2J12", "Escape", "«03?[2J12» er ikke fire sifre"),
    ("312", "NAV Alna", "0312 heter «NAV Frogner»"),  # beside 0312, named otherwise
    ("313", "NAV Tre", "«313» er ikke fire sifre"),
    ("0313", "NAV\x1b[31m Rød", "Kontor 0313: «NAV?[31m Rød» har et kontrolltegn"),
])
def test_add_offices_keeps_the_office_code_rule_of_init(office_store, tmp_path, capsys, code,
                                                         name, words):
    path = tmp_path / "kontorer.csv"
    path.write_text("kontornr;kontor;periode;indikator;verdi\r\n"
                    "0312;NAV Frogner;2025-01;SH_MND;3\r\n"
                    f'"{code}";"{name}";2025-01;SH_MND;12\r\n', encoding="utf-8-sig")
    before = all_tables(office_store.path)
    code_, _, err = run(capsys, "import", "--db", office_store.path, path, "--add-offices")
    assert code_ == 2 and "linje 3" in err and words in err, err
    assert all_tables(office_store.path) == before
