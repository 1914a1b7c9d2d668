"""Like with like in a chosen partial month (review of issue 11): a measure whose indicator
has no figure in the last month of the window is read through the month its figure comes
from, and last year and a flow's pro-rata target through that same month. Every expected
value is worked out by hand."""

from __future__ import annotations

import pytest

from navdesk.domain.aggregation import value_month
from navdesk.domain.catalogue import build_catalogue
from navdesk.domain.goalcard import Direction, Measure, Status, evaluate_measure
from navdesk.domain.period import Period
from navdesk.domain.trends import project_year_end
from navdesk.formats.catalogue_file import default_catalogue

CAT = build_catalogue(default_catalogue())
H = Direction.HIGHER


def series(year: int, values: list) -> dict[Period, float]:
    """January first; None where a month has no figure."""
    return {Period(year, m): v for m, v in enumerate(values, 1) if v is not None}


def test_a_year_to_date_count_without_a_december_figure_is_set_against_last_november():
    # "Deltakere i KVP hittil i år": 88 by November this year, no December figure yet;
    # last year 84 by November and 88 by December. 88 against 88 (change 0) was the trap.
    figures = {"KVP_HIA": {**series(2025, [40, 50, 55, 60, 64, 68, 71, 74, 78, 81, 84, 88]),
                           **series(2026, [42, 52, 58, 63, 67, 71, 75, 78, 82, 85, 88, None])}}
    r = evaluate_measure(CAT, figures, Measure("KVP_HIA", H, {2026: 90}), 2026, 12)
    assert r.through == Period(2026, 11)
    assert (r.value, r.last_year, r.change, r.better) == (88, 84, 4, True)
    assert r.target_period == 90  # a count so far: its yearly target, never pro rata
    assert r == evaluate_measure(CAT, figures, Measure("KVP_HIA", H, {2026: 90}), 2026, 11)


def test_a_flow_without_a_december_figure_is_eleven_months_against_eleven_and_their_target():
    # 8 a month last year (96 in 12 months, 88 in 11); 8 a month this year through November
    figures = {"ARB_TIL_ARBEID": {**series(2025, [8] * 12), **series(2026, [8] * 11)}}
    r = evaluate_measure(CAT, figures, Measure("ARB_TIL_ARBEID", H, {2026: 96}), 2026, 12)
    assert r.through == Period(2026, 11)
    assert (r.value, r.last_year, r.change) == (88, 88, 0)  # not 88 against 96
    assert r.target_period == pytest.approx(88)  # 96 x 11 / 12, not the whole 96
    assert r.status is Status.GREEN  # on track, not "8 short"


def test_a_ratio_is_read_through_the_month_in_which_each_side_has_a_figure():
    # gross paid per recipient: December has the recipients (SH_HIA) but no payments yet
    figures = {"SH_BRUTTO": {**series(2025, [100] * 12), **series(2026, [100] * 11)},
               "SH_HIA": {**series(2025, [10] * 11 + [20]), **series(2026, [10] * 11 + [20])}}
    r = evaluate_measure(CAT, figures, Measure("D_BRUTTO_PER_MOTTAKER", H), 2026, 12)
    assert r.through == Period(2026, 11)
    assert r.value == pytest.approx(1100 / 10)  # January–November paid / November's count
    assert r.last_year == pytest.approx(1100 / 10)  # the same months last year
    assert value_month(CAT, figures, "D_BRUTTO_PER_MOTTAKER", 2026, 12) == 11


def test_in_a_whole_month_nothing_changes():
    figures = {"ARB_TIL_ARBEID": {**series(2025, [8] * 12), **series(2026, [9] * 12)},
               "KVP_HIA": {**series(2025, [10 * m for m in range(1, 13)]),
                           **series(2026, [11 * m for m in range(1, 13)])}}
    flow = evaluate_measure(CAT, figures, Measure("ARB_TIL_ARBEID", H, {2026: 96}), 2026, 12)
    assert (flow.through, flow.value, flow.last_year, flow.target_period) == (
        Period(2026, 12), 108, 96, 96)
    count = evaluate_measure(CAT, figures, Measure("KVP_HIA", H), 2026, 12)
    assert (count.through, count.value, count.last_year) == (Period(2026, 12), 132, 120)


def test_a_measure_without_any_figure_or_a_yearly_one_keeps_the_windows_month():
    nothing = evaluate_measure(CAT, {}, Measure("KVP_HIA", H, {2026: 90}), 2026, 12)
    assert (nothing.through, nothing.value, nothing.status) == (
        Period(2026, 12), None, Status.MISSING)
    yearly = {"BRUKERTILFREDSHET": {Period(2026): 81, Period(2025): 77}}
    r = evaluate_measure(CAT, yearly, Measure("BRUKERTILFREDSHET", H, {2026: 80}), 2026, 12)
    assert (r.through, r.value, r.last_year) == (Period(2026, 12), 81, 77)
    assert value_month(CAT, yearly, "BRUKERTILFREDSHET", 2026, 12) is None


def test_the_projection_of_a_flow_counts_the_months_its_figure_reaches():
    # 10 a month through October, November not yet entered: 100 / 10 x 12, not / 11 x 12
    figures = {"ARB_TIL_ARBEID": series(2026, [10] * 10)}
    assert project_year_end(CAT, figures, "ARB_TIL_ARBEID", 2026, 11) == pytest.approx(120)
