"""The month a goal card, a report or a page beside the month form runs through, from the
database: the latest whole month by default, a chosen partial month with its count."""

from __future__ import annotations

from navdesk.domain.completeness import MonthState
from navdesk.domain.period import Period
from navdesk.store.months import month_through, whole_month_until
from tests.conftest import HOME_CODE
from tests.partial_case import DECEMBER, half_enter_december


def test_the_default_is_the_latest_whole_month_and_a_chosen_one_keeps_its_count(demo_store):
    half_enter_december(demo_store)
    through = month_through(demo_store, HOME_CODE, 2025)
    assert through.period == Period(2025, 11) and through.state is MonthState.COMPLETE
    chosen = month_through(demo_store, HOME_CODE, 2025, 12)
    assert chosen.period == DECEMBER and (chosen.entered, chosen.expected) == (3, 75)
    assert chosen.state is MonthState.PARTIAL
    assert month_through(demo_store, HOME_CODE, 2019) is None  # no figures, none chosen
    assert month_through(demo_store, HOME_CODE, 2019, 5).state is MonthState.EMPTY


def test_a_page_beside_a_partial_month_runs_through_the_latest_whole_one(demo_store):
    assert whole_month_until(demo_store, HOME_CODE, DECEMBER) == DECEMBER
    assert whole_month_until(demo_store, HOME_CODE, Period(2025, 4)) == Period(2025, 4)
    half_enter_december(demo_store)
    assert whole_month_until(demo_store, HOME_CODE, DECEMBER) == Period(2025, 11)
    # a new year started with three figures: last year's December
    for code, value in (("SH_MND", 470), ("SH_HIA", 520), ("KVP_MND", 40)):
        demo_store.set_value(HOME_CODE, code, Period(2026, 1), value)
    demo_store.lock_month(HOME_CODE, DECEMBER)  # reported as it is: whole by the leader's word
    assert whole_month_until(demo_store, HOME_CODE, Period(2026, 1)) == DECEMBER
    assert whole_month_until(demo_store, HOME_CODE, Period(2026, 3)) == DECEMBER


def test_without_any_whole_month_a_page_runs_through_the_years_latest_figures(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", Period(2025, 2), 400)  # first month: partial
    assert whole_month_until(office_store, HOME_CODE, Period(2025, 5)) == Period(2025, 2)
    assert whole_month_until(office_store, HOME_CODE, Period(2024, 7)) == Period(2024, 7)
