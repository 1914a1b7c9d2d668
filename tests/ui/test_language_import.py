"""The refusals of an imported exchange file (and of an export) in the English window:
the layers below make them with ``said``, the import and export dialogs show them through
``i18n.text``/``i18n.message``. In bokmål they stay exactly what the command line prints
(checked here for the import dialog, and by the io/store tests)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtGui import QGuiApplication

from navdesk.domain.period import Period, PeriodError, parse_period
from navdesk.domain.said import Said
from navdesk.service import OfficeService
from navdesk.store.connection import describe_error as _describe
from navdesk.ui import i18n
from navdesk.ui.export_dialog import ExportDialog
from navdesk.ui.import_dialog import ImportDialog
from tests.conftest import HOME_CODE
from tests.exchange_files import HEADER, write
from tests.ui.import_dialogs import checked, listed


def period_error(text: str) -> str:
    with pytest.raises(PeriodError) as caught:
        parse_period(text)
    return caught.value.args[0]


ROWS = [
    HEADER,
    "0312;;2025-04;NOPE;;1;;",                   # 2 unknown indicator
    "0312;;2025-04;;;1;;",                       # 3 no code
    "0312;;2025-13;SH_MND;;1;;",                 # 4 a month that does not exist
    "0312;;2025;SH_MND;;1;;",                    # 5 a year for a monthly indicator
    "0312;;2025-04;BRUKERTILFREDSHET;;2;;",      # 6 a month for a yearly indicator
    "0312;;2025-04;D_ANDEL_UNG;;2;;",            # 7 a ratio
    "0312;;2025-04;SH_HIA;;1;kr;",               # 8 the wrong unit
    "0312;;2025-04;SH_BRUTTO;;1.234;;",          # 9 ambiguous
    "0312;;2025-04;SH_BRUTTO;;abc;;",            # 10 not a number
    "0312;;2025-04;SH_MND;;1;;;;;x",             # 11 too many fields
    ";;2025-05;SH_MND;;1;;",                     # 12 no office
    "0312;;2025-06;SH_MND;;1;;" + "k" * 2001,    # 13 comment too long
    "0312;;2025-07;SH_MND;;1;;",
    "0312;;2025-07;SH_MND;;2;;",                 # 15 the same value twice
    "0312;;2025-01;SH_MND;;9;;",                 # 16 a locked month
    '0312;;"2025-08;SH_MND;;1;;',                # 17 a quote never closed
]


@pytest.fixture
def locked(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", Period(2025, 1), 5)
    office_store.lock_month(HOME_CODE, Period(2025, 1), "test")
    return office_store


def test_in_english_every_refusal_of_a_row_is_listed_in_english(qtbot, locked, tmp_path, english):
    d = checked(qtbot, locked, write(tmp_path, ROWS))
    shown = dict(listed(d))
    assert list(shown) == [str(n) for n in range(2, 18) if n != 14]
    assert shown["2"] == "Unknown indicator “NOPE”"
    assert shown["3"] == "The indicator code is missing"
    # the period's own refusal is passed on as it is (translated where period.py says it)
    assert shown["4"] == i18n.text(period_error("2025-13"))
    assert shown["5"] == "SH_MND is recorded monthly: write the period as YYYY-MM"
    assert shown["6"] == "BRUKERTILFREDSHET is recorded once a year: write the period as 2025"
    assert shown["7"] == "D_ANDEL_UNG is calculated by navdesk and cannot be imported"
    # the file's own text stays as typed ("kr" is not made "NOK")
    assert shown["8"] == "SH_HIA: the unit “kr” does not match the catalogue (persons)"
    assert shown["9"] == ("SH_BRUTTO 2025-04: “1.234” is ambiguous: is “.” a thousands separator "
                          "or a decimal mark? Write 1234 for a whole number, or use at most two "
                          "decimals")
    assert shown["10"] == "SH_BRUTTO 2025-04: “abc” is not a number"
    assert shown["11"] == ("The line has 11 fields, but the header has 8 (wrong separator, or a "
                           "comma in a number without quotation marks?)")
    assert shown["12"] == "The office number is missing"
    assert shown["13"] == "SH_MND 2025-06: The comment is too long (2001 characters; at most 2000)"
    assert shown["15"] == "SH_MND 2025-07 for office 0312 is also on line 14"
    assert shown["16"] == "2025-01 has been reported and is locked for office 0312"
    assert shown["17"] == ("A quotation mark (“\"”) is opened but never closed; the rest of the "
                           "file would be read as one field")
    assert not any("kontor" in m or "mangler" in m or "linje" in m for m in shown.values())
    assert d.tabs.tabText(0) == "&Problems (15)"
    assert not d.import_button.isEnabled()


def test_in_bokmal_the_dialog_lists_what_the_command_line_prints(qtbot, locked, tmp_path):
    d = checked(qtbot, locked, write(tmp_path, ROWS))
    shown = dict(listed(d))
    assert shown["2"] == "Ukjent indikator «NOPE»"
    assert shown["3"] == "Indikatorkoden mangler"
    assert shown["4"] == "Måned 13 finnes ikke (1–12)"
    assert shown["5"] == "SH_MND registreres per måned: skriv perioden som ÅÅÅÅ-MM"
    assert shown["6"] == "BRUKERTILFREDSHET registreres én gang per år: skriv perioden som 2025"
    assert shown["8"] == "SH_HIA: enheten «kr» stemmer ikke med katalogen (persons)"
    assert shown["11"] == ("Linjen har 11 felt, men overskriften har 8 (feil skilletegn, eller "
                           "komma i et tall uten anførselstegn?)")
    assert shown["13"] == "SH_MND 2025-06: Kommentaren er for lang (2001 tegn; høyst 2000)"
    assert shown["15"] == "SH_MND 2025-07 for kontor 0312 står også på linje 14"
    assert shown["16"] == "2025-01 er rapportert og låst for kontor 0312"
    # the import's own messages keep their templates for the English window (line 4 is
    # the period's, passed on as domain.period made it)
    assert all(isinstance(m, Said) for line, m in d.report.problems if line != 4)


def test_in_english_offices_not_in_the_database_point_at_the_check_box(
        qtbot, office_store, tmp_path, english):
    # 312 is read as 0312 without asking (issue 15); 0101 is not in the database
    rows = [HEADER] + [f"312;;2025-0{m};SH_MND;;1;;" for m in range(1, 8)] + [
        "0101;NAV Alna;2025-01;SH_MND;;7;;"]
    d = checked(qtbot, office_store, write(tmp_path, rows))
    hint = 'tick “Create the offices in the file …” at the top of the window to create them'
    assert listed(d) == [("9", "Office 0101 is not in the database (line 9); " + hint)]
    # copied for whoever made the file: the command line's advice, in English
    d.copy_button.click()
    assert QGuiApplication.clipboard().text().splitlines() == [
        "line 9: Office 0101 is not in the database (line 9); use --add-offices to create the "
        "offices in the file",
    ]


def test_in_bokmal_offices_not_in_the_database_read_as_before(qtbot, office_store, tmp_path):
    rows = [HEADER, "0312;;2025-01;SH_MND;;1;;", "0101;NAV Alna;2025-01;SH_MND;;7;;"]
    d = checked(qtbot, office_store, write(tmp_path, rows))
    assert listed(d) == [("3", "Kontor 0101 finnes ikke i databasen (linje 3); kryss av for "
                               "«Opprett kontorene i filen …» øverst i vinduet for å opprette dem")]
    d.copy_button.click()
    assert QGuiApplication.clipboard().text() == (
        "linje 3: Kontor 0101 finnes ikke i databasen (linje 3); bruk --add-offices for å "
        "opprette kontorene i filen")


def test_in_english_the_copied_list_is_english(qtbot, office_store, tmp_path, english):
    path = write(tmp_path, [HEADER, "0312;;2025-01;NOPE;;1;;", "0312;;2025-01;SH_MND;;x;;"])
    d = checked(qtbot, office_store, path)
    d.copy_button.click()
    assert QGuiApplication.clipboard().text().splitlines() == [
        "line 2: Unknown indicator “NOPE”", "line 3: SH_MND 2025-01: “x” is not a number"]


@pytest.mark.parametrize("lines, raw, expected", [
    (None, b"", "The file is empty"),
    (["a;b;c"], None, "Column “periode”, “indikator”, “verdi”, “kontornr” is missing from the "
                      "header (found: a; b; c)"),
    (["indikator;navn;enhet;jan;feb;merknad", "SH_MND;;;1;2;"], None,  # a wide file
     "Unknown column “merknad”"),
    (None, b"\xef\xbb\xbf" + HEADER.encode() + b"\r\n0312;\xf8;2025-01;SH_MND;;1;;\r\n",
     "The file has characters that cannot be read as UTF-8 with BOM; save it again in Excel as "
     "“CSV UTF-8 (Comma delimited)”"),
    (['"kontornr";"a"b'], None,
     "Text straight after a closing quotation mark (“\"”); put the whole field in quotation "
     "marks and write a quotation mark inside the field as “\"\"”"),
])
def test_in_english_a_file_refused_as_a_whole_says_why_in_english(
        qtbot, office_store, tmp_path, english, lines, raw, expected):
    d = checked(qtbot, office_store, write(tmp_path, lines, raw=raw))
    assert [message for _, message in listed(d)] == [expected]
    assert not d.import_button.isEnabled()


def test_in_english_a_missing_file_and_the_encoding_are_english(
        qtbot, office_store, tmp_path, english):
    d = checked(qtbot, office_store, tmp_path / "borte.csv")
    assert listed(d) == [("–", f"Cannot find the file {tmp_path / 'borte.csv'}")]

    d = checked(qtbot, office_store, write(tmp_path, [HEADER, "0312;;2025-01;SH_MND;;1;;"]))
    assert "UTF-8 with BOM, semicolon between fields" in d.file_label.text()
    assert "med BOM" not in d.file_label.text()


def test_in_english_a_busy_database_says_so_in_the_status(qtbot, office_store, tmp_path, english):
    path = write(tmp_path, [HEADER, "0312;;2025-01;SH_MND;;1;;"])
    office_store.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(office_store.path, isolation_level=None)
    d = ImportDialog(OfficeService(office_store), path)
    qtbot.addWidget(d)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert d.check() is None
    finally:
        other.execute("ROLLBACK")
        other.close()
    # the database's own words come from store.database, passed on for the window to say
    reason = i18n.text(_describe(sqlite3.OperationalError("database is locked")))
    assert d.status_label.text() == f"Could not check the file: {reason}. Nothing is saved."


def export_dialog_for_a_vanished_office(qtbot, office_store, tmp_path):
    """The export dialog with an office chosen that is no longer in the database (another
    window or a command removed it meanwhile)."""
    office_store.save_office("0301", "NAV Gamle Oslo", "Oslo")
    d = ExportDialog(OfficeService(office_store), 2025, path=tmp_path / "ut.csv")
    qtbot.addWidget(d)
    d.show()
    d.office_combo.setCurrentIndex(d.office_combo.findData("0301"))
    with office_store.conn:
        office_store.conn.execute("DELETE FROM office WHERE code = '0301'")
    return d


def test_in_english_an_export_refused_by_the_database_says_why_in_english(
        qtbot, office_store, tmp_path, english):
    d = export_dialog_for_a_vanished_office(qtbot, office_store, tmp_path)
    assert d.export() is None
    assert d.status_label.text() == ("Cannot export: Office 0301 is not in the database. "
                                     "No file was written.")
    assert not (tmp_path / "ut.csv").exists()


def test_in_bokmal_an_export_refused_by_the_database_reads_as_before(
        qtbot, office_store, tmp_path):
    d = export_dialog_for_a_vanished_office(qtbot, office_store, tmp_path)
    assert d.export() is None
    assert d.status_label.text() == ("Kan ikke eksportere: Kontor 0301 finnes ikke i databasen. "
                                     "Ingen fil er skrevet.")
