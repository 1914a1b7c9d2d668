"""The editing session: typed text in, audited changes out, undo and redo."""

from __future__ import annotations

import pytest

from navdesk.domain.period import Period
from navdesk.domain.units import ValueRejected
from navdesk.store.session import EntrySession
from tests.conftest import HOME_CODE

P = Period(2025, 3)


def test_typed_text_is_parsed_by_the_indicators_unit(office_store):
    s = EntrySession(office_store, HOME_CODE)
    s.enter("SH_BRUTTO", P, "1.234,50")
    assert office_store.value(HOME_CODE, "SH_BRUTTO", P).value == 1234.5
    with pytest.raises(ValueRejected):
        s.enter("SH_MND", P, "4,5")
    assert office_store.value(HOME_CODE, "SH_MND", P) is None


def test_empty_text_deletes_the_value(office_store):
    s = EntrySession(office_store, HOME_CODE)
    s.enter("SH_MND", P, "10")
    s.enter("SH_MND", P, "  ")
    assert office_store.value(HOME_CODE, "SH_MND", P) is None


def test_undo_and_redo_walk_back_and_forth_through_changes(office_store):
    s = EntrySession(office_store, HOME_CODE)
    s.enter("SH_MND", P, "10")
    s.enter("SH_MND", P, "20")
    s.set_comment("SH_MND", P, "anslått")
    s.undo()
    assert office_store.value(HOME_CODE, "SH_MND", P).comment is None
    s.undo()
    assert office_store.value(HOME_CODE, "SH_MND", P).value == 10
    s.undo()
    assert office_store.value(HOME_CODE, "SH_MND", P) is None
    assert not s.can_undo and s.can_redo
    s.redo()
    s.redo()
    s.redo()
    stored = office_store.value(HOME_CODE, "SH_MND", P)
    assert (stored.value, stored.comment) == (20, "anslått")
    sources = [e.source for e in office_store.history(HOME_CODE, "SH_MND", P)]
    assert sources == ["redo", "redo", "redo", "undo", "undo", "undo", "form", "form", "form"]


def test_a_new_change_clears_what_could_be_redone(office_store):
    s = EntrySession(office_store, HOME_CODE)
    s.enter("SH_MND", P, "10")
    s.undo()
    s.enter("SH_MND", P, "30")
    assert not s.can_redo


def test_undo_into_a_locked_month_is_refused_and_can_be_tried_again(office_store):
    s = EntrySession(office_store, HOME_CODE)
    s.enter("SH_MND", P, "10")
    office_store.lock_month(HOME_CODE, P)
    with pytest.raises(ValueRejected, match="låst"):
        s.undo()
    assert s.can_undo  # nothing was lost from the undo list
    office_store.reopen_month(HOME_CODE, P)
    s.undo()
    assert office_store.value(HOME_CODE, "SH_MND", P) is None


def test_the_month_sheet_follows_the_sessions_own_changes(office_store):
    s = EntrySession(office_store, HOME_CODE)
    s.month_sheet(P)  # loads the figures once
    s.enter("SH_MND", P, "42")
    assert s.month_sheet(P).by_code["SH_MND"].value == 42
    assert s.month_sheet(P.next_month()).by_code["SH_MND"].previous == 42


def test_each_step_says_what_it_is(office_store):
    s = EntrySession(office_store, HOME_CODE)
    s.enter("SH_MND", P, "10")
    assert str(s.what(s.next_undo())) == "verdi for Mottakere av sosialhjelp i måneden, mars 2025"
    s.set_comment("SH_MND", P, "anslått")
    assert str(s.what(s.next_undo())) == (
        "kommentar til Mottakere av sosialhjelp i måneden, mars 2025")
    s.undo()
    assert str(s.what(s.next_redo())).startswith("kommentar til")
    yearly = next(i for i in office_store.catalogue if i.is_yearly and i.is_entered)
    s.enter(yearly.code, Period(2025), "50")
    assert str(s.what(s.next_undo())) == f"verdi for {yearly.name}, 2025"


def test_undo_never_overwrites_a_value_changed_elsewhere_meanwhile(office_store):
    # issue 13: "Ctrl+Z then wrote 230 over the imported 777"
    from navdesk.store import open_store

    s = EntrySession(office_store, HOME_CODE)
    s.month_sheet(P)
    s.enter("SH_MND", P, "200")
    s.enter("SH_MND", P, "230")
    with open_store(office_store.path) as other:  # an import, the command line
        other.set_value(HOME_CODE, "SH_MND", P, 777, source="import")
    audit = office_store.audit_count()
    with pytest.raises(ValueRejected, match="endret et annet sted"):
        s.undo()
    assert office_store.value(HOME_CODE, "SH_MND", P).value == 777
    assert office_store.audit_count() == audit
    assert s.can_undo and not s.can_redo  # the step stays
    assert s.month_sheet(P).by_code["SH_MND"].value == 777  # the form shows what is stored


def test_redo_never_overwrites_a_value_changed_elsewhere_after_the_undo(office_store):
    s = EntrySession(office_store, HOME_CODE)
    s.enter("SH_MND", P, "10")
    s.undo()
    office_store.set_value(HOME_CODE, "SH_MND", P, 15, source="import")
    with pytest.raises(ValueRejected, match="endret et annet sted etter at den ble angret"):
        s.redo()
    assert office_store.value(HOME_CODE, "SH_MND", P).value == 15
    assert s.can_redo


def test_the_month_states_follow_every_save_undo_lock_and_catalogue_change(demo_store):
    from dataclasses import replace

    from navdesk.domain.completeness import MonthState

    s = EntrySession(demo_store, HOME_CODE)
    dec = Period(2025, 12)
    assert s.months_of_year(2025)[12].state is MonthState.COMPLETE
    assert s.months_of_year(2025) is s.months_of_year(2025)  # kept while nothing changes
    s.enter("SH_GJELD", dec, "")  # emptied: December is partial now
    assert (s.months_of_year(2025)[12].state, s.months_of_year(2025)[12].entered) == (
        MonthState.PARTIAL, 74)
    s.undo()
    assert s.months_of_year(2025)[12].state is MonthState.COMPLETE
    s.enter("SH_GJELD", dec, "")
    demo_store.lock_month(HOME_CODE, dec)  # another program, or the close dialog
    assert s.months_of_year(2025)[12].state is MonthState.REPORTED
    demo_store.reopen_month(HOME_CODE, dec, why="feil")
    gjeld = demo_store.catalogue["SH_GJELD"]
    demo_store.merge_catalogue([replace(gjeld, active=False)])  # hidden: not expected
    assert (s.months_of_year(2025)[12].state, s.months_of_year(2025)[12].expected) == (
        MonthState.COMPLETE, 74)
