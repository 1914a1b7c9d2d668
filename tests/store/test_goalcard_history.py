"""Undo and redo of the goal card's own changes, on a real database: each kind of step
both ways, exact restoration of what was removed or replaced, and the refusals."""

from __future__ import annotations

import pytest

from navdesk.domain.goalcard import Direction, template_rows
from navdesk.domain.period import Period
from navdesk.domain.units import ValueRejected
from navdesk.formats.template_file import parse_template
from navdesk.store import open_store
from navdesk.store.goalcard import (
    comment_history,
    load_goal_card,
    measure_comments,
    set_measure_comment,
    set_target,
)
from navdesk.store.goalcard_history import GoalCardHistory
from tests.conftest import HOME_CODE

MARCH = Period(2026, 3)
DAYS = "Gjennomsnittlig saksbehandlingstid"


def measure(store, code):
    return next(m for _, _, m in load_goal_card(store).measures() if m.indicator == code)


def dump(store):
    """Every row of the card's tables, ids included, and every comment version."""
    conn = store.conn
    return {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3").fetchall()
            for table in ("perspective", "goal", "measure", "measure_target", "measure_comment")}


def said(history, step) -> str:
    return str(history.what(step))


@pytest.fixture
def history(office_store):
    return GoalCardHistory(office_store, HOME_CODE, user="leder")


def test_a_target_is_undone_and_redone_and_the_menu_names_it(office_store, history):
    days = measure(office_store, "SAK_DAGER")
    assert history.set_target(days.id, 2026, 12)
    assert said(history, history.next_undo()) == f"målverdi for {DAYS} 2026"
    assert measure(office_store, "SAK_DAGER").targets == {None: 14, 2026: 12}
    history.undo()
    assert measure(office_store, "SAK_DAGER").targets == {None: 14}
    assert not history.can_undo and history.can_redo
    assert said(history, history.next_redo()) == f"målverdi for {DAYS} 2026"
    history.redo()
    assert measure(office_store, "SAK_DAGER").targets == {None: 14, 2026: 12}
    assert history.can_undo and not history.can_redo


def test_a_target_set_to_what_it_is_is_no_step(office_store, history):
    days = measure(office_store, "SAK_DAGER")
    assert not history.set_target(days.id, None, 14)
    assert not history.can_undo


def test_a_comment_is_undone_by_a_new_version_with_source_undo(office_store, history):
    days = measure(office_store, "SAK_DAGER")
    history.set_comment(days.id, MARCH, "Første")
    history.set_comment(days.id, MARCH, "Andre")
    assert said(history, history.next_undo()) == (
        "kommentar til Gjennomsnittlig saksbehandlingstid, mars 2026")
    history.undo()
    assert measure_comments(office_store, HOME_CODE, MARCH) == {days.id: "Første"}
    history.undo()
    assert measure_comments(office_store, HOME_CODE, MARCH) == {}
    history.redo()
    assert measure_comments(office_store, HOME_CODE, MARCH) == {days.id: "Første"}
    versions = [text for _, _, text in comment_history(office_store, HOME_CODE, days.id, MARCH)]
    assert versions == ["Første", None, "Første", "Andre", "Første"]  # newest first, all kept
    sources = [r[0] for r in office_store.conn.execute(
        "SELECT c.source FROM measure_comment m JOIN change c ON c.id = m.change"
        " WHERE m.measure = ? ORDER BY m.change", (days.id,))]
    assert sources == ["goal card", "goal card", "undo", "undo", "redo"]


def test_adding_a_perspective_goal_and_measure_is_undone_line_by_line(office_store, history):
    before = dump(office_store)
    p_id = history.add_perspective("Samfunn")
    g_id = history.add_goal(p_id, "Trygge lokalsamfunn")
    m_id = history.add_measure(g_id, "SH_MND", Direction.LOWER, 15, {2026: 400, None: 450})
    assert measure(office_store, "SH_MND").targets == {2026: 400, None: 450}
    assert said(history, history.next_undo()) == "ny måling Mottakere av sosialhjelp i måneden"
    history.undo()
    assert all(m.id != m_id for _, _, m in load_goal_card(office_store).measures())
    assert said(history, history.next_undo()) == "nytt mål «Trygge lokalsamfunn»"
    history.undo()
    assert said(history, history.next_undo()) == "nytt perspektiv «Samfunn»"
    history.undo()
    assert dump(office_store) == before
    for _ in range(3):
        history.redo()
    card = load_goal_card(office_store)
    assert card.perspectives[-1].id == p_id and card.perspectives[-1].goals[0].id == g_id
    assert card.perspectives[-1].goals[0].measures[0].id == m_id
    assert measure(office_store, "SH_MND").targets == {2026: 400, None: 450}


def test_rename_and_move_are_undone(office_store, history):
    card = load_goal_card(office_store)
    first, second = card.perspectives[:2]
    goal = first.goals[0]
    history.rename("goal", goal.id, "Flere i jobb")
    assert said(history, history.next_undo()) == "nytt navn «Flere i jobb»"
    history.move("perspective", first.id, 1)
    assert said(history, history.next_undo()) == "flytting av «Brukerperspektiv»"
    assert [p.id for p in load_goal_card(office_store).perspectives][:2] == [second.id, first.id]
    history.undo()
    assert [p.id for p in load_goal_card(office_store).perspectives][:2] == [first.id, second.id]
    history.undo()
    assert load_goal_card(office_store).perspectives[0].goals[0].name == goal.name
    history.redo()
    assert load_goal_card(office_store).perspectives[0].goals[0].name == "Flere i jobb"


def test_moving_past_the_end_is_no_step(office_store, history):
    first = load_goal_card(office_store).perspectives[0]
    assert not history.move("perspective", first.id, -1)
    assert not history.can_undo


def test_direction_band_and_targets_of_the_dialog_are_one_step(office_store, history):
    days = measure(office_store, "SAK_DAGER")
    history.update_measure(days.id, Direction.HIGHER, 25, {2026: 10, None: None})
    changed = measure(office_store, "SAK_DAGER")
    assert (changed.direction, changed.yellow_band, changed.targets) == (
        Direction.HIGHER, 25, {2026: 10})
    assert said(history, history.next_undo()) == (
        "endring av målingen Gjennomsnittlig saksbehandlingstid")
    history.undo()
    back = measure(office_store, "SAK_DAGER")
    assert (back.direction, back.yellow_band, back.targets) == (Direction.LOWER, 10, {None: 14})


def test_undoing_a_removed_perspective_restores_ids_positions_targets_and_comments(
        office_store, history):
    card = load_goal_card(office_store)
    perspective = card.perspectives[0]
    days = measure(office_store, "SAK_DAGER")  # under the first perspective
    set_target(office_store, days.id, 2025, 13)
    set_measure_comment(office_store, HOME_CODE, days.id, MARCH, "Første")
    set_measure_comment(office_store, HOME_CODE, days.id, MARCH, "Andre", user="leder")
    set_measure_comment(office_store, HOME_CODE, days.id, Period(2026, 2), "Februar")
    before = dump(office_store)
    history.remove("perspective", perspective.id)
    assert said(history, history.next_undo()) == "fjerning av «Brukerperspektiv»"
    assert measure_comments(office_store, HOME_CODE, MARCH) == {}
    history.undo()
    assert dump(office_store) == before  # every row, id, position and comment version
    assert measure_comments(office_store, HOME_CODE, MARCH) == {days.id: "Andre"}
    history.redo()
    assert perspective.id not in [p.id for p in load_goal_card(office_store).perspectives]
    history.undo()
    assert dump(office_store) == before


def test_undoing_a_removed_measure_after_its_comment_was_undone_and_redone(office_store, history):
    days = measure(office_store, "SAK_DAGER")
    history.set_comment(days.id, MARCH, "Forklaring")
    before = dump(office_store)
    history.remove("measure", days.id)
    assert said(history, history.next_undo()) == (
        "fjerning av målingen Gjennomsnittlig saksbehandlingstid")
    history.undo()  # the measure
    history.undo()  # its comment: a new, empty version
    history.redo()
    history.redo()  # removed again, with every version it had by then
    history.undo()
    assert measure_comments(office_store, HOME_CODE, MARCH) == {days.id: "Forklaring"}
    assert len(comment_history(office_store, HOME_CODE, days.id, MARCH)) == 3
    assert dump(office_store)["measure"] == before["measure"]


def test_copying_last_years_targets_is_one_step(office_store, history):
    work = measure(office_store, "ARB_TIL_ARBEID")
    kvp = measure(office_store, "KVP_HIA")
    set_target(office_store, work.id, 2025, 100)
    set_target(office_store, kvp.id, 2025, 700)
    assert history.copy_targets(2025, 2026) == 2
    assert said(history, history.next_undo()) == "kopierte målverdier for 2026"
    history.undo()
    assert measure(office_store, "ARB_TIL_ARBEID").targets == {2025: 100}
    assert measure(office_store, "KVP_HIA").targets == {2025: 700}


def test_undoing_a_template_restores_the_previous_card_exactly(office_store, history):
    days = measure(office_store, "SAK_DAGER")
    set_measure_comment(office_store, HOME_CODE, days.id, MARCH, "Forklaring")
    before = dump(office_store)
    text = "perspektiv;mål;indikator;retning;år;målverdi;gul_grense\n" \
           "Økonomi;God økonomistyring;SH_BRUTTO;lavere;;;20\n" \
           "Samfunn;Trygge lokalsamfunn;SH_MND;lavere;2026;400;10\n"
    assert history.replace(parse_template(text, office_store.catalogue), "kommunen.csv")
    assert said(history, history.next_undo()) == "import av malen kommunen.csv"
    assert [p.name for p in load_goal_card(office_store).perspectives] == ["Økonomi", "Samfunn"]
    history.undo()
    assert dump(office_store) == before
    assert measure_comments(office_store, HOME_CODE, MARCH) == {days.id: "Forklaring"}
    history.redo()
    assert template_rows(load_goal_card(office_store)) == template_rows(
        parse_template(text, office_store.catalogue))


def test_a_new_step_clears_what_could_be_redone(office_store, history):
    days = measure(office_store, "SAK_DAGER")
    history.set_target(days.id, 2026, 12)
    history.undo()
    history.set_target(days.id, 2026, 11)
    assert not history.can_redo


# ---- refusals: nothing changes and the step stays ---------------------------------------
def test_a_target_changed_by_another_program_is_not_overwritten(office_store, history):
    days = measure(office_store, "SAK_DAGER")
    history.set_target(days.id, 2026, 12)
    with open_store(office_store.path) as other:  # the command line, another window
        set_target(other, days.id, 2026, 9)
    with pytest.raises(ValueRejected, match="endret et annet sted"):
        history.undo()
    assert measure(office_store, "SAK_DAGER").targets == {None: 14, 2026: 9}
    assert history.can_undo and not history.can_redo



def test_a_comment_in_a_reported_month_is_refused_and_so_are_its_undo_and_redo(
        office_store, history):
    days = measure(office_store, "SAK_DAGER")
    history.set_comment(days.id, MARCH, "Forklaring")
    office_store.lock_month(HOME_CODE, MARCH)
    locked = "Mars 2026 er rapportert og låst; gjenåpne måneden først"
    before = dump(office_store)
    with pytest.raises(ValueRejected, match=locked):
        history.set_comment(days.id, MARCH, "Etter rapporteringen")
    with pytest.raises(ValueRejected, match=locked):
        history.undo()
    assert dump(office_store) == before
    assert history.can_undo and not history.can_redo  # the step stays for after reopening
    office_store.reopen_month(HOME_CODE, MARCH, why="Rettelse")
    history.undo()
    assert measure_comments(office_store, HOME_CODE, MARCH) == {}
    office_store.lock_month(HOME_CODE, MARCH)
    before = dump(office_store)
    with pytest.raises(ValueRejected, match=locked):
        history.redo()
    assert dump(office_store) == before
    assert history.can_redo and not history.can_undo

def test_a_comment_changed_elsewhere_is_not_overwritten(office_store, history):
    days = measure(office_store, "SAK_DAGER")
    history.set_comment(days.id, MARCH, "Min forklaring")
    set_measure_comment(office_store, HOME_CODE, days.id, MARCH, "Kollegaens forklaring")
    versions = len(comment_history(office_store, HOME_CODE, days.id, MARCH))
    with pytest.raises(ValueRejected, match="endret et annet sted"):
        history.undo()
    assert measure_comments(office_store, HOME_CODE, MARCH) == {days.id: "Kollegaens forklaring"}
    assert len(comment_history(office_store, HOME_CODE, days.id, MARCH)) == versions
    assert history.can_undo


def test_undoing_the_target_of_a_measure_removed_meanwhile_says_so(office_store, history):
    from navdesk.store.goalcard import remove_item

    days = measure(office_store, "SAK_DAGER")
    history.set_target(days.id, 2026, 12)
    history.set_comment(days.id, MARCH, "Forklaring")
    remove_item(office_store, "measure", days.id)  # not through the history
    before = dump(office_store)
    with pytest.raises(ValueRejected, match="fjernet fra styringskortet"):
        history.undo()
    history._undo.pop()  # past the comment: the target's step is refused the same way
    with pytest.raises(ValueRejected, match="fjernet fra styringskortet"):
        history.undo()
    assert dump(office_store) == before


def test_undoing_an_added_goal_that_got_a_measure_elsewhere_is_refused(office_store, history):
    from navdesk.store.goalcard import add_measure

    p = load_goal_card(office_store).perspectives[0]
    g_id = history.add_goal(p.id, "Nytt mål")
    add_measure(office_store, g_id, "SH_MND", Direction.LOWER)  # the command line, say
    before = dump(office_store)
    with pytest.raises(ValueRejected, match="endret et annet sted"):
        history.undo()
    assert dump(office_store) == before
    assert history.can_undo


def test_undoing_a_move_after_a_template_replaced_the_card_is_refused(office_store, history):
    first = load_goal_card(office_store).perspectives[0]
    history.move("perspective", first.id, 1)
    text = "perspektiv;mål;indikator;retning;år;målverdi;gul_grense\n" \
           "Økonomi;God økonomistyring;SH_BRUTTO;lavere;;;20\n"
    from navdesk.store.goalcard import replace_goal_card

    replace_goal_card(office_store, parse_template(text, office_store.catalogue))
    before = dump(office_store)
    with pytest.raises(ValueRejected):
        history.undo()
    assert dump(office_store) == before


def test_a_busy_database_refuses_undo_and_keeps_the_step(office_store, history):
    from navdesk.store import StoreError

    days = measure(office_store, "SAK_DAGER")
    history.set_target(days.id, 2026, 12)
    other = open_store(office_store.path)
    office_store.conn.execute("PRAGMA busy_timeout = 50")
    try:
        other.conn.execute("BEGIN IMMEDIATE")  # another program is writing
        with pytest.raises(StoreError, match="i bruk"):
            history.undo()
        other.conn.execute("ROLLBACK")
    finally:
        other.close()
    assert measure(office_store, "SAK_DAGER").targets == {None: 14, 2026: 12}
    history.undo()
    assert measure(office_store, "SAK_DAGER").targets == {None: 14}


def test_a_refused_edit_is_no_step_and_changes_nothing(office_store, history):
    before = dump(office_store)
    with pytest.raises(ValueRejected):
        history.add_perspective("Økonomi")  # exists already
    with pytest.raises(ValueRejected):
        history.set_target(measure(office_store, "SAK_DAGER").id, 2026, -1)
    assert dump(office_store) == before and not history.can_undo


def test_the_step_says_where_it_is_seen(office_store, history):
    days = measure(office_store, "SAK_DAGER")
    history.set_target(days.id, 2026, 12)
    step = history.next_undo()
    assert (step.year, step.place(True)) == (2026, ("measure", days.id))
    p = load_goal_card(office_store).perspectives[0]
    g_id = history.add_goal(p.id, "Nytt mål")
    step = history.next_undo()
    assert step.place(True) == ("goal", g_id)  # undoing: the new goal is on the card
    history.undo()
    assert step.place(False) == ("perspective", p.id)  # redoing: where it comes back
    history.set_comment(days.id, MARCH, "Forklaring")
    assert history.next_undo().period == MARCH
