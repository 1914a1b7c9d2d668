"""Closing and reopening a month in the database, as the window and the CLI both do."""

from __future__ import annotations

from datetime import date

import pytest

from navdesk.domain.period import Period
from navdesk.domain.units import ValueRejected
from navdesk.store.closing import MonthNotReady, close_month, reopen_month
from tests.conftest import HOME_CODE

MARCH = Period(2025, 3)
LATER = date(2025, 4, 2)


def notes(store):
    return [(e.action, e.note) for e in store.lock_events(HOME_CODE, MARCH)]


def test_a_whole_month_closes_with_its_summary_as_the_note(demo_store):
    assert close_month(demo_store, HOME_CODE, MARCH, today=LATER, user="kari")
    assert demo_store.is_locked(HOME_CODE, MARCH)
    assert [(e.action, e.by, e.note) for e in demo_store.lock_events(HOME_CODE, MARCH)] == [
        ("locked", "kari", "73 av 73 tall, ingen åpne avvik")]
    assert not close_month(demo_store, HOME_CODE, MARCH, today=LATER)  # already reported
    assert len(notes(demo_store)) == 1


def test_a_month_with_gaps_is_refused_and_nothing_is_written_unless_anyway(demo_store):
    demo_store.delete_value(HOME_CODE, "SH_NODHJELP", MARCH)
    with pytest.raises(MonthNotReady) as refused:
        close_month(demo_store, HOME_CODE, MARCH, today=date(2025, 3, 31))
    assert str(refused.value) == "1 av 73 tall mangler; mars 2025 er ikke over ennå"
    assert refused.value.review.completeness.missing == ("SH_NODHJELP",)
    assert not demo_store.is_locked(HOME_CODE, MARCH) and notes(demo_store) == []
    assert close_month(demo_store, HOME_CODE, MARCH, today=date(2025, 3, 31), anyway=True)
    assert notes(demo_store) == [("locked", "72 av 73 tall, ingen åpne avvik; rapportert med "
                                            "1 tall som mangler; rapportert før måneden var over")]


def test_reopening_needs_a_reason_and_stores_it(demo_store):
    close_month(demo_store, HOME_CODE, MARCH, today=LATER)
    for empty in (None, "", "   "):
        with pytest.raises(ValueRejected, match="Skriv hvorfor"):
            reopen_month(demo_store, HOME_CODE, MARCH, empty)
    assert demo_store.is_locked(HOME_CODE, MARCH)
    assert reopen_month(demo_store, HOME_CODE, MARCH, "  Feil i KVP-tallene ", user="kari")
    assert not demo_store.is_locked(HOME_CODE, MARCH)
    assert notes(demo_store)[0] == ("reopened", "Feil i KVP-tallene")
    assert not reopen_month(demo_store, HOME_CODE, MARCH, "igjen")  # nothing to reopen


def test_a_month_not_begun_is_refused_even_anyway_and_nothing_is_written(demo_store):
    from navdesk.store.closing import MonthNotBegun

    for anyway in (False, True):
        with pytest.raises(MonthNotBegun) as refused:
            close_month(demo_store, HOME_CODE, MARCH, today=date(2025, 2, 28), anyway=anyway)
        assert str(refused.value) == ("mars 2025 har ikke begynt ennå, og en måned som ikke "
                                      "har begynt, kan ikke markeres som rapportert")
    assert isinstance(refused.value, ValueRejected)  # the close-month dialog shows these
    assert not demo_store.is_locked(HOME_CODE, MARCH) and notes(demo_store) == []
    # on its first day it has begun: "anyway" locks it, noted as closed before it was over
    assert close_month(demo_store, HOME_CODE, MARCH, today=date(2025, 3, 1), anyway=True)
    assert notes(demo_store) == [("locked", "73 av 73 tall, ingen åpne avvik; rapportert før "
                                            "måneden var over")]
