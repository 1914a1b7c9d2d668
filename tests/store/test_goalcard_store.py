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
    load_goal_card,
    measure_comments,
    set_measure_comment,
    set_target,
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
        assert store.schema_version == SCHEMA_VERSION
        assert store.value(HOME_CODE, "SAK_DAGER", Period(2025, 1)).value == 12.5
        card = load_goal_card(store)
        assert len(card.perspectives) == 4
        names = [r[0] for r in store.conn.execute("SELECT name FROM migrations ORDER BY version")]
        assert names == ["initial", "goal card", "lock notes", "kept comments",
                         "comparison figures"]


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



def test_a_measure_comment_in_a_reported_month_is_refused_until_it_is_reopened(office_store):
    m = next(m for _, _, m in load_goal_card(office_store).measures())
    november = Period(2025, 11)
    set_measure_comment(office_store, HOME_CODE, m.id, november, "Før rapporteringen")
    office_store.lock_month(HOME_CODE, november)
    before = office_store.conn.execute("SELECT * FROM measure_comment").fetchall()
    for text in ("Etterpå", "", "Før rapporteringen"):  # a new one, emptied, the same again
        with pytest.raises(ValueRejected) as refused:
            set_measure_comment(office_store, HOME_CODE, m.id, november, text)
        assert str(refused.value) == (
            "November 2025 er rapportert og låst; gjenåpne måneden først")
    assert office_store.conn.execute("SELECT * FROM measure_comment").fetchall() == before
    # the month after it is open, and so is November once reopened
    assert set_measure_comment(office_store, HOME_CODE, m.id, Period(2025, 12), "Desember")
    office_store.reopen_month(HOME_CODE, november, why="Rettet et tall")
    assert set_measure_comment(office_store, HOME_CODE, m.id, november, "Etterpå")
    assert measure_comments(office_store, HOME_CODE, november) == {m.id: "Etterpå"}

# ---- editing the card by id ---------------------------------------------------------------
def structure(store):
    return [(p.name, [(g.name, [m.indicator for m in g.measures]) for g in p.goals])
            for p in load_goal_card(store).perspectives]


def test_adding_renaming_and_moving_keep_ids_and_order(office_store):
    from navdesk.store.goalcard import (
        add_goal,
        add_measure,
        add_perspective,
        move_item,
        rename_goal,
        rename_perspective,
    )

    p = add_perspective(office_store, "  Samfunn   og   kommune ")
    g = add_goal(office_store, p, "Færre unge på stønad")
    m = add_measure(office_store, g, "SH_UNG_HOVED", Direction.LOWER, 15)
    set_measure_comment(office_store, HOME_CODE, m, Period(2025, 3), "Forklaring")
    rename_perspective(office_store, p, "Samfunn")
    rename_goal(office_store, g, "Færre unge på sosialhjelp")
    assert move_item(office_store, "perspective", p, -1)
    card = load_goal_card(office_store)
    assert [x.name for x in card.perspectives][-2:] == ["Samfunn", "Økonomi"]
    added = card.perspectives[-2].goals[0]
    assert (added.id, added.name, added.measures[0].id) == (g, "Færre unge på sosialhjelp", m)
    assert added.measures[0].yellow_band == 15
    assert measure_comments(office_store, HOME_CODE, Period(2025, 3)) == {m: "Forklaring"}
    first = card.perspectives[0].id
    assert not move_item(office_store, "perspective", first, -1)  # already first


def test_names_and_measures_that_would_clash_are_refused_and_nothing_changes(office_store):
    from navdesk.store.goalcard import add_goal, add_measure, add_perspective, rename_goal

    before = structure(office_store)
    card = load_goal_card(office_store)
    perspective = card.perspectives[0]
    goal_a, goal_b = perspective.goals[:2]
    with pytest.raises(ValueRejected, match="finnes allerede"):
        add_perspective(office_store, perspective.name)
    with pytest.raises(ValueRejected, match="må ha et navn"):
        add_goal(office_store, perspective.id, " ")
    with pytest.raises(ValueRejected, match="finnes allerede i dette perspektivet"):
        rename_goal(office_store, goal_a.id, goal_b.name)
    with pytest.raises(ValueRejected, match="måles allerede"):
        add_measure(office_store, goal_a.id, goal_a.measures[0].indicator, Direction.HIGHER)
    with pytest.raises(ValueRejected, match="Ukjent indikator"):
        add_measure(office_store, goal_a.id, "FINNES_IKKE", Direction.HIGHER)
    with pytest.raises(ValueRejected, match="mellom 0 og 100"):
        add_measure(office_store, goal_a.id, "SH_BRUTTO", Direction.HIGHER, 150)
    assert structure(office_store) == before


def test_removing_a_perspective_takes_goals_measures_targets_and_comments_but_no_values(
        office_store):
    from navdesk.store.goalcard import removal_counts, remove_item

    office_store.set_value(HOME_CODE, "SAK_DAGER", Period(2025, 3), 12)
    card = load_goal_card(office_store)
    perspective = next(p for p in card.perspectives
                       if any(m.indicator == "SAK_DAGER" for g in p.goals for m in g.measures))
    days = next(m for g in perspective.goals for m in g.measures if m.indicator == "SAK_DAGER")
    set_measure_comment(office_store, HOME_CODE, days.id, Period(2025, 3), "Forklaring")
    counts = removal_counts(office_store, "perspective", perspective.id)
    assert counts == {"goals": len(perspective.goals),
                      "measures": sum(len(g.measures) for g in perspective.goals), "comments": 1}
    remove_item(office_store, "perspective", perspective.id)
    assert perspective.name not in [p.name for p in load_goal_card(office_store).perspectives]
    conn = office_store.conn
    assert conn.execute("SELECT count(*) FROM measure_target WHERE measure = ?",
                        (days.id,)).fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM measure_comment WHERE measure = ?",
                        (days.id,)).fetchone() == (0,)
    assert office_store.value(HOME_CODE, "SAK_DAGER", Period(2025, 3)).value == 12


def test_saving_the_same_comment_again_adds_no_version(office_store):
    from navdesk.store.goalcard import comment_history

    m = next(m for _, _, m in load_goal_card(office_store).measures())
    for text in ("A", "A", "B", "B", ""):
        set_measure_comment(office_store, HOME_CODE, m.id, Period(2025, 3), text, user="leder")
    history = comment_history(office_store, HOME_CODE, m.id, Period(2025, 3))
    assert [(by, text) for _, by, text in history] == [("leder", None), ("leder", "B"),
                                                       ("leder", "A")]


def test_moving_something_removed_meanwhile_is_refused(office_store):
    from navdesk.store.goalcard import move_item, remove_item

    goal = load_goal_card(office_store).perspectives[0].goals[0]
    remove_item(office_store, "goal", goal.id)
    with pytest.raises(ValueRejected, match="finnes ikke lenger"):
        move_item(office_store, "goal", goal.id, 1)


def _perspective_without(card, code: str):
    """``card`` without the measure of indicator ``code`` (and without its goal if that
    goal then has no measures)."""
    from dataclasses import replace

    perspectives = []
    for p in card.perspectives:
        goals = [replace(g, measures=[m for m in g.measures if m.indicator != code])
                 for g in p.goals]
        perspectives.append(replace(p, goals=[g for g in goals if g.measures]))
    return replace(card, perspectives=[p for p in perspectives if p.goals])


def test_a_template_without_a_measure_keeps_its_comments_and_they_come_back_with_it(
        office_store):
    """Issue 14: comments are never deleted; a measure a template removes keeps them
    (every version), and the template that brings the measure back brings them back."""
    from navdesk.store.goalcard import replace_goal_card

    card = load_goal_card(office_store)
    days = next(m for _, _, m in card.measures() if m.indicator == "SAK_DAGER")
    march, april = Period(2025, 3), Period(2025, 4)
    set_measure_comment(office_store, HOME_CODE, days.id, march, "Første forklaring")
    set_measure_comment(office_store, HOME_CODE, days.id, march, "Rettet forklaring")
    set_measure_comment(office_store, HOME_CODE, days.id, april, "April")
    replace_goal_card(office_store, _perspective_without(card, "SAK_DAGER"), why="test")
    assert all(m.indicator != "SAK_DAGER" for _, _, m in load_goal_card(office_store).measures())
    kept = office_store.conn.execute(
        "SELECT period, comment FROM kept_measure_comment WHERE indicator = 'SAK_DAGER'"
        " ORDER BY change").fetchall()
    assert kept == [("2025-03", "Første forklaring"), ("2025-03", "Rettet forklaring"),
                    ("2025-04", "April")]
    replace_goal_card(office_store, card, why="test")  # the measure is back
    back = next(m for _, _, m in load_goal_card(office_store).measures()
                if m.indicator == "SAK_DAGER")
    assert back.id != days.id
    assert measure_comments(office_store, HOME_CODE, march)[back.id] == "Rettet forklaring"
    assert measure_comments(office_store, HOME_CODE, april)[back.id] == "April"
    versions = office_store.conn.execute(
        "SELECT count(*) FROM measure_comment WHERE measure = ?", (back.id,)).fetchone()[0]
    assert versions == 3
    assert office_store.conn.execute(
        "SELECT count(*) FROM kept_measure_comment").fetchone() == (0,)


def test_a_measure_removed_in_the_window_and_added_again_gets_its_comments_back(office_store):
    from navdesk.store.goalcard import add_measure, remove_item

    card = load_goal_card(office_store)
    goal, days = next((g, m) for _, g, m in card.measures() if m.indicator == "SAK_DAGER")
    set_measure_comment(office_store, HOME_CODE, days.id, Period(2025, 3), "Forklaring")
    remove_item(office_store, "measure", days.id)
    again = add_measure(office_store, goal.id, "SAK_DAGER", Direction.LOWER)
    assert measure_comments(office_store, HOME_CODE, Period(2025, 3))[again] == "Forklaring"
