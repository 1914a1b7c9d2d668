"""navdesk-cli month status / lock / reopen: the same count, refusal and log note as the
window's close-month dialog, with the CLI's exit codes."""

from __future__ import annotations

from datetime import date

from navdesk.domain.period import Period
from navdesk.store import open_store
from navdesk.store.demo import fill_demo

MARCH = Period(2025, 3)


def lock_events(db, period=MARCH):
    with open_store(db[1]) as store:
        return [(e.action, e.note) for e in store.lock_events("0312", period)]


def is_locked(db, period=MARCH) -> bool:
    with open_store(db[1]) as store:
        return store.is_locked("0312", period)


def test_status_of_a_whole_month(cli, demo_db):
    result = cli("month", "status", "2025-03", *demo_db)
    assert result.code == 0, result.err
    lines = result.out.decode("utf-8").splitlines()
    assert lines[:4] == ["NAV Frogner, mars 2025: komplett", "73 av 73 tall, ingen åpne avvik",
                         "", "Tall per seksjon:"]
    assert "  Økonomisk sosialhjelp: 48 av 48 tall" in lines
    assert lines[-1] == "Ingen avvik."


def test_status_names_missing_lines_and_open_and_explained_warnings(cli, demo_db):
    with open_store(demo_db[1]) as store:
        store.delete_value("0312", "SH_NODHJELP", MARCH)
        hia = store.value("0312", "SH_HIA", MARCH).value
        store.set_value("0312", "SH_MND", MARCH, hia + 1)
        klager = store.value("0312", "SAK_KLAGER", MARCH).value
        store.set_value("0312", "SAK_OMGJORT", MARCH, klager + 1, comment="Omgjort i mars")
    result = cli("month", "status", "2025-03", *demo_db)
    assert result.code == 0, result.err
    text = result.out.decode("utf-8")
    lines = text.splitlines()
    assert lines[0] == "NAV Frogner, mars 2025: delvis"
    assert lines[1].startswith("72 av 73 tall, ") and lines[1].endswith(" avvik uten kommentar")
    assert "  Økonomisk sosialhjelp: 47 av 48 tall" in lines
    assert "    mangler SH_NODHJELP  Vedtak om nødhjelp" in lines
    open_at = lines.index(next(line for line in lines if line.startswith("Avvik uten kommentar (")))
    explained_at = lines.index(next(line for line in lines if line.startswith("Forklarte avvik (")))
    assert open_at < explained_at
    assert all(line.startswith("  SH_MND: ") for line in lines[open_at + 1:explained_at - 1])
    assert lines[explained_at + 1].startswith("  SAK_OMGJORT: ")
    assert lines[explained_at + 2] == "    kommentar: Omgjort i mars"


def test_lock_of_a_whole_month_is_logged_with_the_same_note_as_the_window(cli, demo_db):
    result = cli("month", "lock", "2025-03", *demo_db)
    assert result.code == 0, result.err
    assert "Mars 2025 er markert som rapportert for NAV Frogner" in result.err
    assert lock_events(demo_db) == [("locked", "73 av 73 tall, ingen åpne avvik")]
    assert "NAV Frogner, mars 2025: rapportert" in cli("month", "status", "2025-03",
                                                       *demo_db).out.decode("utf-8")
    again = cli("month", "lock", "2025-03", *demo_db)
    assert again.code == 0 and "allerede rapportert" in again.err
    assert len(lock_events(demo_db)) == 1


def test_lock_with_lines_missing_is_refused_with_the_counts_unless_anyway(cli, demo_db):
    with open_store(demo_db[1]) as store:
        store.delete_value("0312", "SH_NODHJELP", MARCH)
        store.delete_value("0312", "KVP_NYE", MARCH)
    result = cli("month", "lock", "2025-03", *demo_db)
    assert result.code == 2
    assert "Mars 2025 ble ikke markert som rapportert: 2 av 73 tall mangler." in result.err
    assert "  mangler SH_NODHJELP  Vedtak om nødhjelp" in result.err
    assert "--anyway" in result.err
    assert not is_locked(demo_db) and lock_events(demo_db) == []

    result = cli("month", "lock", "2025-03", "--anyway", *demo_db)
    assert result.code == 0, result.err
    assert lock_events(demo_db) == [
        ("locked", "71 av 73 tall, ingen åpne avvik; rapportert med 2 tall som mangler")]


def test_lock_of_a_month_not_over_is_refused_unless_anyway(cli, db):
    today = date.today()
    this_month = Period(today.year, today.month)
    with open_store(db[1]) as store:  # every line filled: only the date stands in the way
        fill_demo(store, "0312", this_month.previous_month(), this_month)
    month = str(this_month)
    result = cli("month", "lock", month, *db)
    assert result.code == 2
    assert "er ikke over ennå" in result.err and "mangler" not in result.err.split(":")[1]
    assert not is_locked(db, this_month)
    result = cli("month", "lock", month, "--anyway", *db)
    assert result.code == 0, result.err
    assert lock_events(db, this_month)[0][1].endswith("; rapportert før måneden var over")


def test_a_long_list_of_missing_lines_is_cut_short_and_points_to_status(cli, demo_db):
    result = cli("month", "lock", "2024-12", *demo_db)  # whole: refused for nothing
    assert result.code == 0
    result = cli("month", "lock", "2019-06", *demo_db)  # no figures at all
    assert result.code == 2
    assert result.err.count("  mangler ") == 12
    assert "… og " in result.err and "navdesk-cli month status 2019-06" in result.err


def test_reopen_needs_a_reason_and_logs_it(cli, demo_db):
    assert cli("month", "lock", "2025-03", *demo_db).code == 0
    missing = cli("month", "reopen", "2025-03", *demo_db)
    assert missing.code == 2 and "--why" in missing.err
    empty = cli("month", "reopen", "2025-03", "--why", "  ", *demo_db)
    assert empty.code == 2
    assert "Skriv hvorfor måneden åpnes igjen" in empty.err
    assert is_locked(demo_db)
    result = cli("month", "reopen", "2025-03", "--why", "Kommunen fant feil i KVP-tallene",
                 *demo_db)
    assert result.code == 0, result.err
    assert not is_locked(demo_db)
    assert lock_events(demo_db)[0] == ("reopened", "Kommunen fant feil i KVP-tallene")
    status = cli("month", "status", "2025-03", *demo_db).out.decode("utf-8")
    assert "  gjenåpnet " in status and ": Kommunen fant feil i KVP-tallene" in status
    again = cli("month", "reopen", "2025-03", "--why", "igjen", *demo_db)
    assert again.code == 0 and "ingenting å gjenåpne" in again.err
    assert len(lock_events(demo_db)) == 2


def test_a_year_or_a_bad_month_is_refused(cli, demo_db):
    for bad in ("2025", "2025-13", "mars"):
        result = cli("month", "status", bad, *demo_db)
        assert result.code == 2, bad
        assert "feil" in result.err


def test_the_month_command_is_documented_in_its_help(cli):
    result = cli("month", "--help")
    assert result.code == 0
    text = result.out.decode("utf-8")
    for words in ("status", "lock", "reopen", "--anyway", "Avslutningskode"):
        assert words in text, words
    assert "--why" in cli("month", "reopen", "--help").out.decode("utf-8")
