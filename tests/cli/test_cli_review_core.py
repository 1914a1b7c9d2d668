"""navdesk-cli after the review of issue 11 (core), through ``main([...])`` on real SQLite
files: 1990 works, ``month`` commands never create a database and read only ÅÅÅÅ-MM, a
lock says why it was refused (and a month not begun is refused even ``--anyway``),
argparse's reasons are said in bokmål, a reported month with lines missing is labelled,
and a wide file of a partial year says which month it runs through."""

from __future__ import annotations

from datetime import date

import pytest

from navdesk.domain.period import MONTH_NAMES as MONTHS
from navdesk.domain.period import Period
from navdesk.store import open_store
from tests.partial_case import DECEMBER

ENGLISH = ("the following", "required:", "invalid choice", "expected one argument",
           "unrecognized", "argument ", "choose from", "usage:")


@pytest.fixture
def year_1990(db, cli):
    assert cli("demo", *db, "--years", "1", "--until", "1990-12").code == 0
    return db


def locked(db, period) -> bool:
    with open_store(db[1]) as store:
        return store.is_locked("0312", period)


# ------------------------------------------------------------------------------ 1990
@pytest.mark.parametrize("args", [
    ("month", "status", "1990-01"),
    ("goalcard", "--year", "1990"),
    ("goalcard", "--year", "1990", "--month", "1", "--format", "csv"),
    ("report", "breakdown", "--year", "1990", "--compare", "1991"),
    ("check", "--year", "1990"),
    ("export", "--year", "1990", "--format", "wide"),
])
def test_1990_works_without_an_unexpected_error(cli, year_1990, args):
    run = cli(*args, *year_1990)
    assert run.code == 0, run.err
    assert "uventet feil" not in run.err and "1989" not in run.err
    assert run.out or run.err == "Ingen avvik for NAV Frogner i 1990.\n"


def test_the_status_of_january_1990_counts_every_line(cli, year_1990):
    lines = cli("month", "status", "1990-01", *year_1990).out.decode("utf-8").splitlines()
    assert lines[:2] == ["NAV Frogner, januar 1990: komplett", "73 av 73 tall, ingen åpne avvik"]


def test_the_goal_card_of_1990_has_no_last_year(cli, year_1990):
    text = cli("goalcard", "--year", "1990", *year_1990).out.decode("utf-8")
    assert text.startswith("Styringskort til og med 1990-12\n\n")
    measures = [line for line in text.splitlines() if line.startswith("    ") and "mål" in line]
    assert measures and all(line.rstrip().endswith("i fjor          –") for line in measures)


def test_the_report_pdf_and_the_plot_of_1990(cli, year_1990, tmp_path):
    pdf = cli("report", "pdf", "--year", "1990", "--out", tmp_path / "r.pdf", *year_1990)
    assert pdf.code == 0, pdf.err
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    plot = cli("plot", "--indicator", "SH_MND", "--to", "1990-06", "--out", tmp_path / "p.png",
               *year_1990)  # 24 months back would reach into 1988
    assert plot.code == 0, plot.err
    assert "januar 1990 – juni 1990" in plot.err


def test_demo_years_reaching_before_1990_are_refused_clearly(cli, db):
    run = cli("demo", *db, "--years", "3", "--until", "1990-12")
    assert run.code == 2
    assert run.err == "navdesk-cli: --years 3 fra 1990: Året 1988 er utenfor 1990–2100\n"


# --------------------------------------------------------------- the database file
@pytest.mark.parametrize("args", [
    ("month", "status", "2025-03"), ("month", "lock", "2025-03"),
    ("month", "reopen", "2025-03", "--why", "feil"), ("goalcard", "--year", "2025"),
    ("report", "breakdown", "--year", "2025"), ("export", "--year", "2025"),
    ("check",), ("demo",),
])
def test_a_mistyped_database_is_refused_and_never_created(cli, tmp_path, args):
    typo = tmp_path / "kontr.sqlite"
    run = cli(*args, "--db", typo)
    assert run.code == 2
    assert run.err == (f"navdesk-cli: Databasefilen {typo} finnes ikke (er navnet riktig? en "
                       "ny database lages med navdesk-cli init)\n")
    assert not typo.exists() and list(tmp_path.iterdir()) == []


def test_init_still_creates_the_database(cli, tmp_path):
    path = tmp_path / "ny.sqlite"
    assert cli("init", "--db", path, "--office-code", "0312", "--office-name", "NAV X").code == 0
    assert path.exists()


# ------------------------------------------------------------------ months as ÅÅÅÅ-MM
@pytest.mark.parametrize("command", ["status", "lock", "reopen"])
@pytest.mark.parametrize("month", ["2025-3", "2025M03", "202503", "03.2025", " 2025-3"])
def test_a_month_not_written_yyyy_mm_is_refused_and_nothing_changes(cli, demo_db, command,
                                                                    month):
    extra = ["--why", "feil"] if command == "reopen" else []
    run = cli("month", command, month, *extra, *demo_db)
    assert run.code == 2
    assert (f"navdesk-cli month {command}: feil: ÅÅÅÅ-MM: «{month}» er ikke en måned på formen "
            "ÅÅÅÅ-MM (skriv f.eks. 2026-01 for januar 2026, med to sifre for måneden)") in run.err
    assert run.out == b"" and not locked(demo_db, Period(2025, 3))


def test_a_month_written_yyyy_mm_is_read(cli, demo_db):
    assert cli("month", "lock", "2025-03", *demo_db).code == 0
    assert locked(demo_db, Period(2025, 3))


# ---------------------------------------------------------------------- refused locks
def test_a_month_not_begun_is_refused_even_anyway(cli, db):
    today = date.today()
    later = Period(today.year, today.month).next_month()
    for extra in ([], ["--anyway"]):
        run = cli("month", "lock", str(later), *extra, *db)
        assert run.code == 2
        assert run.err.endswith(
            f"{later.year} ble ikke markert som rapportert: {MONTHS[later.month - 1]} "
            f"{later.year} har ikke begynt ennå, og en måned som ikke har begynt, kan ikke "
            "markeres som rapportert (heller ikke med --anyway).\n")
        assert "Skriv tallene inn" not in run.err
    assert not locked(db, later)
    with open_store(db[1]) as store:
        assert store.lock_events("0312", later) == []


def test_a_lock_refused_only_because_the_month_is_not_over_says_so(cli, db):
    from navdesk.store.demo import fill_demo

    today = date.today()
    this_month = Period(today.year, today.month)
    with open_store(db[1]) as store:  # every line filled: only the date stands in the way
        fill_demo(store, "0312", this_month.previous_month(), this_month)
    run = cli("month", "lock", str(this_month), *db)
    assert run.code == 2
    lines = run.err.splitlines()
    assert lines[0].endswith("er ikke over ennå.") and "mangler" not in run.err
    assert lines[1:] == ["Vent til måneden er over, eller bruk --anyway for å låse likevel "
                         "(det står i loggen)."]
    assert not locked(db, this_month)


def test_a_lock_refused_for_lines_missing_still_asks_for_them(cli, demo_db):
    with open_store(demo_db[1]) as store:
        store.delete_value("0312", "SH_NODHJELP", Period(2025, 3))
    run = cli("month", "lock", "2025-03", *demo_db)
    assert run.code == 2
    assert run.err.splitlines()[-1] == ("Skriv tallene inn, eller bruk --anyway for å låse "
                                        "likevel (det står i loggen).")


# --------------------------------------------------------------- argparse in bokmål
def test_a_missing_reason_is_said_in_bokmal(cli, demo_db):
    assert cli("month", "lock", "2025-03", *demo_db).code == 0
    run = cli("month", "reopen", "2025-03", *demo_db)
    assert run.code == 2
    assert run.err == ("navdesk-cli month reopen: feil: --why TEKST mangler (påkrevd) "
                       "(se navdesk-cli month reopen --help)\n")
    assert locked(demo_db, Period(2025, 3))


@pytest.mark.parametrize("args, reason", [
    (("month", "status"), "ÅÅÅÅ-MM mangler (påkrevd)"),
    (("month",), "HANDLING mangler (påkrevd)"),
    (("init",), "--office-code NR og --office-name NAVN mangler (påkrevd)"),
    (("init", "--office-code", "0312"), "--office-name NAVN mangler (påkrevd)"),
    (("export",), "--year ÅR mangler (påkrevd)"),
    (("goalcard",), "--year ÅR mangler (påkrevd)"),
    (("report", "pdf", "--year", "2025"), "--out FIL mangler (påkrevd)"),
    (("report", "breakdown"), "--year ÅR mangler (påkrevd)"),
    (("plot",), "--indicator KODE mangler (påkrevd)"),
    (("import",), "FIL mangler (påkrevd)"),
    (("catalogue", "import"), "FIL mangler (påkrevd)"),
    (("template", "import"), "FIL mangler (påkrevd)"),
    (("export", "--year"), "--year ÅR: verdien mangler"),
    (("export", "--year", "2025", "--format", "bred"),
     "--format: «bred» er ikke et av valgene (long eller wide)"),
    (("rapport",), "KOMMANDO: «rapport» er ikke et av valgene (init, import, export, catalogue, "
                   "goalcard, compare, template, plot, report, month, backup, backups, restore, "
                   "selftest, check, ssb, completeness eller demo)"),
    (("check", "--fra", "2025"), "ukjent argument: --fra 2025"),
    (("compare", "--indicator", "SH_MND", "--year", "99999"),
     "--year: skriv året som ÅÅÅÅ (1990–2100)"),
    (("compare", "--indicator", "SH_MND", "--year", "2025", "--month", "0"),
     "--month: måneden må være 1–12"),
    (("month", "lock", "2025-13"), "ÅÅÅÅ-MM: Måned 13 finnes ikke (1–12)"),
])
def test_argument_errors_are_said_in_bokmal(cli, tmp_path, args, reason):
    run = cli(*args)
    assert run.code == 2 and run.out == b""
    assert f": feil: {reason} (se navdesk-cli" in run.err
    assert not any(word in run.err for word in ENGLISH), run.err
    assert list(tmp_path.iterdir()) == []


# -------------------------------------------------- labels: reported, left out, wide
def test_a_reported_month_with_lines_missing_is_labelled_in_the_goal_card(cli, partial):
    assert cli("month", "lock", "2025-12", "--anyway", *partial).code == 0
    text = cli("goalcard", "--year", 2025, *partial).out.decode("utf-8").splitlines()
    assert text[:2] == ["Styringskort til og med 2025-12",
                        "desember 2025: rapportert med 3 av 75 tall"]
    run = cli("goalcard", "--year", 2025, "--format", "csv", *partial)
    assert {r[-1] for r in run.rows[1:]} == {"rapportert: 3 av 75 tall"}
    assert run.err == "Merk: desember 2025: rapportert med 3 av 75 tall\n"


def test_a_goal_card_file_through_november_says_december_is_left_out(cli, partial, tmp_path):
    out = tmp_path / "kort.csv"
    run = cli("goalcard", "--year", 2025, "--format", "csv", "--out", out, *partial)
    assert run.code == 0
    assert run.err == "Merk: Desember 2025 er delvis (3 av 75 tall) og ikke med\n"


def test_the_wide_file_of_a_partial_year_says_which_month_it_runs_through(cli, partial):
    run = cli("export", "--year", 2025, "--format", "wide", *partial)
    assert run.code == 0
    assert run.err == "Merk: Desember 2025 er delvis (3 av 75 tall) og ikke med\n"
    header, *rows = run.rows
    assert {r[header.index("des")] for r in rows} == {""}
    chosen = cli("export", "--year", 2025, "--month", 12, "--format", "wide", *partial)
    assert chosen.err == "Merk: desember 2025: 3 av 75 tall (delvis måned)\n"
    long = cli("export", "--year", 2025, *partial)
    assert long.err == "" and any(r[2] == str(DECEMBER) for r in long.rows[1:])
