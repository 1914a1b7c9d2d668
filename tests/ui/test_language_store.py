"""The store's refusals and the period errors in the window's English: a month reported
and locked, a database that cannot be opened, a wrong period. The same refusals in
bokmål are byte for byte what they were (checked here next to the English, and by the
store's and the command line's own tests)."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from navdesk.domain.period import Period, PeriodError, parse_period
from navdesk.domain.units import ValueRejected
from navdesk.service import OfficeService
from navdesk.store import StoreError, open_store
from navdesk.store.schema import SCHEMA_VERSION
from navdesk.ui import i18n
from navdesk.ui.month_model import NOTE, RejectedRole, SymbolsRole
from tests.conftest import HOME_CODE
from tests.test_app import run_main
from tests.ui.windows import shown_window, type_in_line

MARCH = Period(2025, 3)
LOCKED = {"nb": "Mars 2025 er rapportert og låst; gjenåpne måneden først",
          "en": "March 2025 has been reported and is locked; reopen the month first"}


@pytest.fixture(params=["nb", "en"])
def lang(request, qapp):
    """Each test once in bokmål and once in English."""
    assert i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "nb")


# ---- a month reported and locked --------------------------------------------------------

def test_typing_into_a_month_locked_meanwhile_is_refused_in_the_windows_language(
        qtbot, demo_store, lang):
    window = shown_window(qtbot, demo_store, MARCH)
    before = demo_store.value(HOME_CODE, "SH_MND", MARCH).value
    # reported from the command line (or another window) while this form was open
    with open_store(demo_store.path) as other:
        other.lock_month(HOME_CODE, MARCH, "test")
    type_in_line(window, "SH_MND", "1")
    index = window.month_form.model.index_of("SH_MND")
    assert index.data(RejectedRole) == LOCKED[lang]
    assert index.siblingAtColumn(NOTE).data() == LOCKED[lang]
    assert index.siblingAtColumn(NOTE).data(SymbolsRole) == ("refused",)
    assert LOCKED[lang] in index.data(Qt.ItemDataRole.ToolTipRole)
    assert demo_store.value(HOME_CODE, "SH_MND", MARCH).value == before


def test_undoing_into_a_locked_month_says_why_in_the_windows_language(
        qtbot, demo_store, lang, warnings):
    window = shown_window(qtbot, demo_store, MARCH)
    type_in_line(window, "SH_MND", "512")
    assert demo_store.value(HOME_CODE, "SH_MND", MARCH).value == 512
    demo_store.lock_month(HOME_CODE, MARCH, "test")
    window.undo_action.trigger()
    assert warnings == [LOCKED[lang]]
    assert demo_store.value(HOME_CODE, "SH_MND", MARCH).value == 512


def test_a_comment_without_a_value_and_a_yearly_value_of_a_locked_year_in_english(
        office_store, english):
    # the store's other refusals of the month form, as the form's warning shows them
    with pytest.raises(ValueRejected) as no_value:
        office_store.set_comment(HOME_CODE, "SH_MND", MARCH, "forklaring")
    assert i18n.message(no_value.value) == "Enter a value before you add a comment"
    assert str(no_value.value) == "Skriv inn en verdi før du legger til en kommentar"
    office_store.lock_month(HOME_CODE, Period(2025, 12))
    yearly = next(i for i in office_store.catalogue if i.is_yearly and not i.is_ratio)
    with pytest.raises(ValueRejected) as locked:
        office_store.set_value(HOME_CODE, yearly.code, Period(2025), 3)
    assert i18n.message(locked.value) == (
        "The year 2025 has been reported and is locked; reopen the month first")
    assert str(locked.value) == "Året 2025 er rapportert og låst; gjenåpne måneden først"
    ratio = next(i for i in office_store.catalogue if i.is_ratio)
    with pytest.raises(ValueRejected) as computed:
        office_store.set_value(HOME_CODE, ratio.code, MARCH, 3)
    assert i18n.message(computed.value) == (
        f"{ratio.code} is calculated by navdesk and cannot be typed in")
    with pytest.raises(ValueRejected) as unknown:
        office_store.set_value("9999", "SH_MND", MARCH, 3)
    assert i18n.message(unknown.value) == "Office 9999 is not in the database"


# ---- a database that cannot be opened -----------------------------------------------------

def _not_sqlite(path):
    path.write_text("ikke en database", encoding="utf-8")


def _truncated(path):
    with open_store(path) as s:
        s.save_office("0301", "NAV Gamle Oslo", home=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 100])


def _newer(path):
    with open_store(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


@pytest.mark.parametrize("make, nb, en", [
    (_not_sqlite, "{path} er ikke en navdesk-database (ikke en SQLite-fil)",
     "{path} is not a navdesk database (not an SQLite file)"),
    (_truncated, "{path} er skadet (filen er avkortet)",
     "{path} is damaged (the file is truncated)"),
    (_newer, "{path} er laget av en nyere navdesk (skjema {newer}, dette programmet kan {ours}); "
             "oppdater navdesk",
     "{path} was made by a newer navdesk (schema {newer}; this program handles {ours}); "
     "update navdesk"),
    (None, "Databasefilen {path} finnes ikke", "The database file {path} does not exist"),
], ids=["not-sqlite", "truncated", "newer", "missing"])
def test_file_open_another_database_says_why_it_cannot_in_the_windows_language(
        qtbot, office_store, tmp_path, dialogs, warnings, lang, make, nb, en):
    path = tmp_path / "annen.sqlite"
    if make is not None:
        make(path)
    before = path.read_bytes() if path.exists() else None
    dialogs.open_file(path)
    window = shown_window(qtbot, office_store, MARCH)
    window.open_action.trigger()  # File > Open another database …
    expected = (en if lang == "en" else nb).format(path=path, newer=SCHEMA_VERSION + 1,
                                                    ours=SCHEMA_VERSION)
    assert warnings == [expected]
    assert window.isVisible()
    assert (path.read_bytes() if path.exists() else None) == before  # left as it was


def test_a_busy_database_is_named_inside_the_message_in_english(tmp_path, english):
    from navdesk.store.connection import describe_error as _describe

    reason = _describe(sqlite3.OperationalError("database is locked"))
    assert i18n.text(reason) == ("The database is in use by another navdesk window or a "
                                 "command; try again in a moment")
    failed = StoreError(reason)
    assert i18n.message(failed) == i18n.text(reason)
    assert str(failed) == ("Databasen er i bruk av et annet navdesk-vindu eller en kommando; "
                           "prøv igjen om litt")


def test_a_database_that_cannot_be_opened_at_start_is_refused_in_english(
        qtbot, tmp_path, monkeypatch, dialogs):
    import logging
    import threading

    from navdesk.app import main

    # main() as the user starts it, with the process-wide hooks and log handlers put back
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    logger = logging.getLogger("navdesk")
    handlers, level = list(logger.handlers), logger.level
    notes = tmp_path / "notater.sqlite"
    notes.write_text("ikke en database", encoding="utf-8")
    said = dialogs.messages("critical")
    try:
        assert run_main(main, ["--db", str(notes), "--lang", "en"]) != 0
    finally:
        i18n.install(QApplication.instance(), "nb")
        for handler in [h for h in logger.handlers if h not in handlers]:
            logger.removeHandler(handler)
            handler.close()
        logger.setLevel(level)
    assert said == [f"{notes} is not a navdesk database (not an SQLite file)"]


# ---- a wrong period --------------------------------------------------------------------------

def test_wrong_periods_in_an_imported_file_are_named_in_the_windows_language(
        qtbot, office_store, tmp_path, lang):
    from navdesk.ui.import_dialog import ImportDialog, ProblemModel

    path = tmp_path / "tall.csv"
    path.write_text("kontornr;kontor;periode;indikator;navn;verdi;enhet;kommentar\r\n"
                    "0312;NAV Frogner;2025-13;SH_MND;;473;;\r\n"
                    "0312;NAV Frogner;mars;SH_MND;;473;;\r\n"
                    "0312;NAV Frogner;1985-03;SH_MND;;473;;\r\n", encoding="utf-8")
    d = ImportDialog(OfficeService(office_store), path)
    qtbot.addWidget(d)
    d.show()
    d.check()
    m = d.problem_model
    messages = [m.data(m.index(r, ProblemModel.MESSAGE)) for r in range(m.rowCount())]
    expected = {
        "nb": ["Måned 13 finnes ikke (1–12)",
               "«mars» er ikke en periode (skriv f.eks. 2024-03 eller 2024)",
               "Året 1985 er utenfor 1990–2100"],
        "en": ["Month 13 does not exist (1–12)",
               "“mars” is not a period (write e.g. 2024-03 or 2024)",
               "The year 1985 is outside 1990–2100"]}[lang]
    assert len(messages) == 3
    for message, want in zip(messages, expected, strict=True):
        assert want in message


def test_period_errors_keep_their_bokmal_text_and_say_it_in_english(english):
    for text, nb, en in [("", "Perioden mangler", "The period is missing"),
                         ("2024-00", "Måned 0 finnes ikke (1–12)",
                          "Month 0 does not exist (1–12)")]:
        with pytest.raises(PeriodError) as caught:
            parse_period(text)
        assert str(caught.value) == nb
        assert i18n.message(caught.value) == en


# ---- the catalogue's changes and problems ------------------------------------------------------

def test_applying_a_catalogue_says_its_changes_and_problems_in_english(demo_store, english):
    from dataclasses import replace

    from navdesk.domain.units import Unit

    old = demo_store.catalogue["SH_NODHJELP"]
    renamed = replace(old, name="Nødhjelp (nytt navn)", name_en="Emergency aid (new name)")
    changes = demo_store.merge_catalogue([renamed], dry_run=True)
    assert changes == ["Endret: SH_NODHJELP (navn, engelsk navn)"]
    assert [i18n.text(c) for c in changes] == ["Changed: SH_NODHJELP (name, English name)"]

    from navdesk.domain.catalogue import Aggregation

    wrong = replace(old, unit=Unit.NOK, aggregation=Aggregation.LAST)
    with pytest.raises(ValueRejected) as refused:
        demo_store.merge_catalogue([wrong])
    assert str(refused.value) == (
        f"SH_NODHJELP: enhet kan ikke endres fra {old.unit.value} til nok når koden har verdier\n"
        f"SH_NODHJELP: aggregering kan ikke endres fra {old.aggregation.value} til last når "
        "koden har verdier")
    assert i18n.message(refused.value) == (
        f"SH_NODHJELP: the unit cannot be changed from {old.unit.value} to NOK while the code "
        "has values\n"
        f"SH_NODHJELP: the aggregation cannot be changed from {old.aggregation.value} to last "
        "while the code has values")
