"""Months from the database: completeness, the default month of a goal card or report,
and closing and reopening with their notes (schema 3)."""

from __future__ import annotations

import sqlite3

from navdesk.domain.completeness import MonthState
from navdesk.domain.period import Period
from navdesk.store import open_store
from navdesk.store.database import Store
from navdesk.store.months import completeness, months_of_year, review, through_month
from navdesk.store.schema import SCHEMA_VERSION
from tests.conftest import HOME_CODE

DEC = Period(2025, 12)


def test_the_demo_years_months_are_complete_and_a_started_month_is_partial(demo_store):
    months = months_of_year(demo_store, HOME_CODE, 2025)
    assert {c.state for c in months.values()} == {MonthState.COMPLETE}
    assert through_month(demo_store, HOME_CODE, 2025) == 12
    for code, value in (("SH_MND", 470), ("SH_HIA", 520), ("KVP_MND", 40)):
        demo_store.set_value(HOME_CODE, code, Period(2026, 1), value)
    c = completeness(demo_store, HOME_CODE, Period(2026, 1))
    assert (c.entered, c.expected, c.state) == (3, 73, MonthState.PARTIAL)
    # the year has no whole month: its goal card runs through the partial January
    assert through_month(demo_store, HOME_CODE, 2026) == 1
    assert through_month(demo_store, HOME_CODE, 2027) is None


def test_a_reported_month_is_whole_and_its_state_says_so(demo_store):
    demo_store.set_value(HOME_CODE, "SH_MND", Period(2026, 1), 470)
    demo_store.lock_month(HOME_CODE, Period(2026, 1), note="1 av 73 tall")
    assert completeness(demo_store, HOME_CODE, Period(2026, 1)).state is MonthState.REPORTED
    assert months_of_year(demo_store, HOME_CODE, 2026)[1].is_whole


def test_review_counts_a_commented_warning_as_explained(demo_store):
    demo_store.set_value(HOME_CODE, "SH_MND", DEC, 3000)
    before = review(demo_store, HOME_CODE, DEC)
    mine = [f for f in before.unexplained if f.code == "SH_MND"]
    assert mine and not before.explained
    demo_store.set_comment(HOME_CODE, "SH_MND", DEC, "Ny telling fra desember")
    after = review(demo_store, HOME_CODE, DEC)
    assert list(after.explained) == mine
    assert len(after.unexplained) == len(before.unexplained) - len(mine)


def test_closing_and_reopening_keep_their_notes_newest_first(demo_store):
    demo_store.lock_month(HOME_CODE, DEC, "leder", note="75 av 75 tall, ingen åpne avvik")
    demo_store.reopen_month(HOME_CODE, DEC, "leder", why="Kommunen fant feil i KVP-tallene")
    events = demo_store.lock_events(HOME_CODE, DEC)
    assert [(e.action, e.by, e.note) for e in events] == [
        ("reopened", "leder", "Kommunen fant feil i KVP-tallene"),
        ("locked", "leder", "75 av 75 tall, ingen åpne avvik")]
    assert demo_store.lock_events(HOME_CODE, Period(2025, 11)) == []


def test_a_version_2_database_keeps_its_lock_events_and_gets_notes(tmp_path):
    path = tmp_path / "v2.sqlite"
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    old = Store(conn, path)
    old._migrate(0, target=2)
    old.save_office(HOME_CODE, "NAV Frogner", home=True)
    conn.execute("INSERT INTO locked_period VALUES (?, '2025-03', '2025-04-02T10:00:00', 'leder')",
                 (HOME_CODE,))
    conn.execute("INSERT INTO lock_event (office, period, action, at, by) VALUES"
                 " (?, '2025-03', 'locked', '2025-04-02T10:00:00', 'leder')", (HOME_CODE,))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.close()
    with open_store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        [event] = store.lock_events(HOME_CODE, Period(2025, 3))
        assert (event.action, event.by, event.note) == ("locked", "leder", None)
        assert store.is_locked(HOME_CODE, Period(2025, 3))
        assert store.reopen_month(HOME_CODE, Period(2025, 3), why="feil")
        assert store.lock_events(HOME_CODE, Period(2025, 3))[0].note == "feil"
