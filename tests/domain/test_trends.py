"""The trends view's series, each against values worked out by hand."""

from __future__ import annotations

import pytest

from navdesk.domain.period import Period
from navdesk.domain.trends import (
    monthly_series,
    months_between,
    project_year_end,
    rolling_mean,
    target_line,
    year_over_year,
    year_to_date_series,
    yearly_series,
)


def values(points):
    return [p.value for p in points]


def test_months_between_cross_the_new_year():
    assert months_between(Period(2023, 11), Period(2024, 2)) == [
        Period(2023, 11), Period(2023, 12), Period(2024, 1), Period(2024, 2)]


def test_monthly_points_of_a_ratio_are_each_months_parts_divided(cat):
    figures = {"SAK_2UKER": {Period(2024, 1): 30, Period(2024, 3): 45},
               "SAK_VEDTAK": {Period(2024, 1): 40, Period(2024, 2): 10, Period(2024, 3): 50}}
    series = monthly_series(cat, figures, "D_ANDEL_2UKER", Period(2024, 1), Period(2024, 3))
    assert values(series) == [75.0, None, 90.0]


def test_yearly_points_follow_each_rule_and_the_running_year_is_year_to_date(cat):
    figures = {
        "SH_BRUTTO": {Period(2023, 1): 100, Period(2023, 2): 150, Period(2024, 1): 70},  # sum
        "SH_MND": {Period(2023, 1): 10, Period(2023, 2): 20, Period(2024, 1): 12},  # average
        "SH_HIA": {Period(2023, 1): 10, Period(2023, 12): 40, Period(2024, 1): 11},  # last
    }
    assert values(yearly_series(cat, figures, "SH_BRUTTO", 2023, 2024, 1)) == [250, 70]
    assert values(yearly_series(cat, figures, "SH_MND", 2023, 2024, 1)) == [15, 12]
    assert values(yearly_series(cat, figures, "SH_HIA", 2023, 2024, 1)) == [40, 11]
    assert [p.period for p in yearly_series(cat, figures, "SH_HIA", 2023, 2024)] == [
        Period(2023), Period(2024)]


def test_year_to_date_curve_of_a_flow_adds_up(cat):
    figures = {"SH_BRUTTO": {Period(2024, 1): 100, Period(2024, 2): 50, Period(2024, 4): 25}}
    assert values(year_to_date_series(cat, figures, "SH_BRUTTO", 2024, 4)) == [100, 150, 150, 175]


def test_rolling_mean_needs_a_whole_window_and_never_takes_a_gap_as_zero():
    months = [12.0] * 11 + [24.0, 36.0, None, 12.0]
    assert rolling_mean(months)[:11] == [None] * 11
    assert rolling_mean(months)[11] == pytest.approx((11 * 12 + 24) / 12)  # 13
    assert rolling_mean(months)[12] == pytest.approx((10 * 12 + 24 + 36) / 12)  # 15
    assert rolling_mean(months)[13:] == [None, None]
    assert rolling_mean([1, 2, 3], window=2) == [None, 1.5, 2.5]


def test_year_over_year_gives_january_to_december_per_year(cat):
    figures = {"SH_MND": {Period(2023, 1): 5, Period(2024, 12): 9}}
    lines = year_over_year(cat, figures, "SH_MND", [2023, 2024])
    assert lines[2023] == [5] + [None] * 11 and lines[2024] == [None] * 11 + [9]


def test_target_line_is_pro_rata_for_a_flow_on_the_year_to_date_curve(cat):
    assert values(target_line(cat, "SH_BRUTTO", 1200, 2024, year_to_date=True))[:3] == [
        100, 200, 300]
    assert values(target_line(cat, "SH_BRUTTO", 1200, 2024, year_to_date=False)) == [100] * 12
    assert values(target_line(cat, "SAK_DAGER", 14, 2024, year_to_date=True)) == [14] * 12
    assert values(target_line(cat, "SAK_DAGER", None, 2024, year_to_date=False)) == [None] * 12


def test_projection_of_the_year_end_by_rule(cat):
    figures = {
        "SH_BRUTTO": {Period(2024, m): 100 for m in range(1, 4)},  # 300 in three months
        "SH_MND": {Period(2024, 1): 10, Period(2024, 2): 14, Period(2024, 3): 12},
        # unique persons: last year grew from 50 (March) to 80 (December)
        "SH_HIA": {Period(2023, 3): 50, Period(2023, 12): 80, Period(2024, 3): 60},
        "SAK_2UKER": {Period(2024, 1): 30, Period(2024, 2): 30, Period(2024, 3): 30},
        "SAK_VEDTAK": {Period(2024, 1): 40, Period(2024, 2): 40, Period(2024, 3): 40},
    }
    assert project_year_end(cat, figures, "SH_BRUTTO", 2024, 3) == 1200
    assert project_year_end(cat, figures, "SH_MND", 2024, 3) == 12
    assert project_year_end(cat, figures, "SH_HIA", 2024, 3) == pytest.approx(60 * 80 / 50)  # 96
    assert project_year_end(cat, figures, "D_ANDEL_2UKER", 2024, 3) == pytest.approx(75.0)
    assert project_year_end(cat, {"SH_HIA": {Period(2024, 3): 60}}, "SH_HIA", 2024, 3) is None
    assert project_year_end(cat, figures, "SH_BRUTTO", 2025, 3) is None
