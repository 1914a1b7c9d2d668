"""The goal card in the database, and the migration that brought it."""

from __future__ import annotations

import sqlite3

import pytest

from navdesk.domain.goalcard import Direction
from navdesk.domain.period import Period
from navdesk.domain.units import ValueRejected
from navdesk.store import open_store
from navdesk.store.database import Store
from navdesk.store.goalcard import (
    load_goal_card, measure_comments, set_measure_comment, set_target,
)
from navdesk.store.schema import SCHEMA_VERSION

from tests.conftest import HOME_CODE


def version_1_database(path) -> None:
    """A database exactly as navdesk with schema 1 left it, with a value in it."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    store = Store(conn, path)
    store._migrate(0, target=1)
    store.save_office(HOME_CODE, "NAV Frogner", home=True)
    store.set_value(HOME_CODE, "SAK_DAGER", Period(2025, 1), 12.5)
    conn.close()


def test_a_version_1_database_gets_the_default_goal_card_and_keeps_its_values(tmp_path):
    path = tmp_path / "gammel.sqlite"
    version_1_database(path)
    with open_store(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 2
        assert store.value(HOME_CODE, "SAK_DAGER", Period(2025, 1)).value == 12.5
        card = load_goal_card(store)
        assert len(card.perspectives) == 4
        names = [r[0] for r in store.conn.execute("SELECT name FROM migrations ORDER BY version")]
        assert names == ["initial", "goal card"]


def test_the_stored_goal_card_is_the_template_in_its_order(store):
    card = load_goal_card(store)
    assert [p.name for p in card.perspectives] == [
        "Brukerperspektiv", "Arbeidsprosesser", "Medarbeidere", "Økonomi"]
    days = next(m for _, _, m in card.measures() if m.indicator == "SAK_DAGER")
    assert (days.direction, days.targets, days.yellow_band) == (Direction.LOWER, {None: 14.0}, 10.0)
    assert all(m.id is not None for _, _, m in card.measures())


def test_targets_are_set_per_year_and_removed(store):
    days = next(m for _, _, m in load_goal_card(store).measures() if m.indicator == "SAK_DAGER")
    set_target(store, days.id, 2025, 12)
    again = next(m for _, _, m in load_goal_card(store).measures() if m.id == days.id)
    assert again.target_for(2025) == 12 and again.target_for(2024) == 14
    set_target(store, days.id, None, None)
    again = next(m for _, _, m in load_goal_card(store).measures() if m.id == days.id)
    assert again.targets == {2025: 12.0}
    with pytest.raises(ValueRejected):
        set_target(store, days.id, 2025, -1)


def test_a_measure_comment_keeps_every_version_and_shows_the_latest(office_store):
    m = next(m for _, _, m in load_goal_card(office_store).measures())
    march = Period(2025, 3)
    set_measure_comment(office_store, HOME_CODE, m.id, march, "Ny rutine")
    set_measure_comment(office_store, HOME_CODE, m.id, march, "Ny rutine fra 1. mars")
    assert measure_comments(office_store, HOME_CODE, march) == {m.id: "Ny rutine fra 1. mars"}
    versions = office_store.conn.execute(
        "SELECT count(*) FROM measure_comment WHERE measure = ?", (m.id,)).fetchone()[0]
    assert versions == 2
    assert measure_comments(office_store, HOME_CODE, Period(2025, 4)) == {}
