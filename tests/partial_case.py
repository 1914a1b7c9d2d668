"""Issue 11's case on the demo office: December 2025 half entered (three figures of the
75 the office fills each December), and a target of at least 100 people from assistance
into work. Through November that measure is yellow (86 against ≥ 91,7); read through
the half-entered December it would be red (86 against ≥ 100)."""

from __future__ import annotations

from navdesk.domain.period import Period
from navdesk.store.goalcard import load_goal_card, set_target
from tests.conftest import HOME_CODE

DECEMBER = Period(2025, 12)
KEPT = ("SH_MND", "SH_HIA", "SH_ALDER_18_24")  # December's three figures
WORK = "ARB_TIL_ARBEID"  # Personer som gikk fra stønad til arbeid (a flow: summed)


def keep_only(store, month: Period, codes) -> None:
    """Month ``month`` half entered: every value of its form removed (in December the
    yearly ones too) but those of ``codes``."""
    own = {month, Period(month.year)} if month.month == 12 else {month}
    for code, series in store.figures(HOME_CODE, [month.year]).items():
        for p in own & set(series):
            if code not in codes:
                store.delete_value(HOME_CODE, code, p, source="test")


def half_enter_december(store) -> None:
    """The demo office (``demo_store``) as issue 11 found it."""
    keep_only(store, DECEMBER, KEPT)
    work = next(m for _, _, m in load_goal_card(store).measures() if m.indicator == WORK)
    set_target(store, work.id, 2025, 100)
