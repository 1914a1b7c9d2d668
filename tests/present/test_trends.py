"""What the trends picture shows, from a real database, against values worked out by hand."""

from __future__ import annotations

import pytest

from navdesk.domain.period import Period
from navdesk.present.trends import (
    CALENDAR,
    MONTHLY,
    YEARLY,
    TrendOptions,
    month_x,
    trend_picture,
    x_month,
)
from navdesk.store.goalcard import load_goal_card, set_target
from tests.conftest import HOME_CODE
from tests.partial_case import keep_only


def fill(store, code, values):
    store.put_many(HOME_CODE, [(code, p, v) for p, v in values.items()], source="test")


def lines(picture, kind=None):
    return [ln for p in picture.panels for ln in p.lines if kind is None or ln.kind == kind]


def test_month_x_round_trips():
    assert x_month(month_x(Period(2024, 1))) == Period(2024, 1)
    assert month_x(Period(2024, 12)) + 1 == month_x(Period(2025, 1))


def test_monthly_points_with_gaps_and_comments(office_store):
    fill(office_store, "SH_MND", {Period(2024, 1): 400, Period(2024, 3): 420})
    office_store.set_comment(HOME_CODE, "SH_MND", Period(2024, 3), "Ny rutine")
    pic = trend_picture(office_store, HOME_CODE,
                        TrendOptions(["SH_MND"], Period(2024, 1), Period(2024, 3)))
    (line,) = lines(pic)
    assert pic.axis == MONTHLY and line.ys == [400, None, 420]
    assert line.comments == {month_x(Period(2024, 3)): "Ny rutine"}


def test_two_units_never_share_a_scale_and_kroner_are_in_thousands(office_store):
    fill(office_store, "SH_MND", {Period(2024, 1): 400})
    fill(office_store, "SH_BRUTTO", {Period(2024, 1): 4_500_000})
    fill(office_store, "KVP_MND", {Period(2024, 1): 40})
    pic = trend_picture(office_store, HOME_CODE,
                        TrendOptions(["SH_MND", "SH_BRUTTO", "KVP_MND"], Period(2024, 1),
                                     Period(2024, 1)))
    assert [(p.unit.value, p.axis_label, p.scale, [ln.code for ln in p.lines])
            for p in pic.panels] == [
        ("persons", "personer", 1.0, ["SH_MND", "KVP_MND"]),
        ("nok", "tusen kr", 1000.0, ["SH_BRUTTO"]),
    ]


def test_yearly_points_by_rule_and_the_target_pro_rata_for_the_running_year(office_store):
    fill(office_store, "SH_BRUTTO", {Period(2023, 1): 100, Period(2023, 12): 50,
                                     Period(2024, 1): 30, Period(2024, 2): 30, Period(2024, 3): 30})
    for m in range(1, 13):  # reported: a whole year by the leader's word
        office_store.lock_month(HOME_CODE, Period(2023, m))
    measure = next(m for _, _, m in load_goal_card(office_store).measures()
                   if m.indicator == "SH_BRUTTO")
    set_target(office_store, measure.id, None, 120)
    pic = trend_picture(office_store, HOME_CODE, TrendOptions(
        ["SH_BRUTTO"], Period(2023, 1), Period(2024, 3), yearly=True, target=True, projection=True))
    value, = lines(pic, "value")
    so_far, = lines(pic, "partial")
    target, = lines(pic, "target")
    target_so_far, = lines(pic, "partial_target")
    projection, = lines(pic, "projection")
    assert pic.axis == YEARLY and value.xs == [2023] and value.ys == [150]
    # the running year is a point of its own: January-March, not joined to whole years
    assert (so_far.xs, so_far.ys, so_far.label) == (
        [2024], [90], "Brutto utbetalt sosialhjelp, januar–mars 2024")
    assert target.ys == [120] and target_so_far.ys == [30]  # 120 x 3 / 12 through March
    assert projection.xs == [2023, 2024] and projection.ys == [150, 360]  # 90 / 3 x 12


def test_a_year_with_months_missing_is_a_hollow_point_of_its_own_like_the_running_year(
        demo_store):
    # the demo office's 2024 and 2025 are whole; 2025 loses its December but three figures
    november = dict(demo_store.figures(HOME_CODE, [2025])["SH_BRUTTO"])
    keep_only(demo_store, Period(2025, 12), ["SH_MND", "SH_HIA", "ARB_TIL_ARBEID"])
    assert demo_store.figures(HOME_CODE, [2025])["SH_BRUTTO"].get(Period(2025, 12)) is None
    measure = next(m for _, _, m in load_goal_card(demo_store).measures()
                   if m.indicator == "SH_BRUTTO")
    set_target(demo_store, measure.id, None, 50_000_000)
    pic = trend_picture(demo_store, HOME_CODE, TrendOptions(
        ["SH_BRUTTO"], Period(2024, 1), Period(2025, 12), yearly=True, target=True))
    value, = lines(pic, "value")
    hollow, = lines(pic, "partial")
    target, = lines(pic, "target")
    whole_2024 = sum(v for p, v in demo_store.figures(HOME_CODE, [2024])["SH_BRUTTO"].items()
                     if p.month)
    eleven = sum(v for p, v in november.items() if p.month and p.month < 12)
    # 2024 on the line; 2025 (eleven months) a point of its own, never joined to 2024
    assert value.xs == [2024, 2025] and value.ys == [whole_2024, None]
    assert (hollow.xs, hollow.ys) == ([2025], [eleven])
    assert hollow.label == "Brutto utbetalt sosialhjelp, år med måneder som mangler"
    assert target.ys == [50_000_000, None]  # no whole year's target beside a part of one
    assert not lines(pic, "partial_target")
    assert pic.value_lines() == [value, hollow]


def test_a_year_whole_by_every_month_is_on_the_line_and_a_reported_month_counts(demo_store):
    pic = trend_picture(demo_store, HOME_CODE, TrendOptions(
        ["SH_MND"], Period(2024, 1), Period(2025, 12), yearly=True))
    assert [ln.kind for ln in lines(pic)] == ["value"]
    demo_store.delete_value(HOME_CODE, "SH_NETTO", Period(2024, 5), source="test")
    pic = trend_picture(demo_store, HOME_CODE, TrendOptions(
        ["SH_MND"], Period(2024, 1), Period(2025, 12), yearly=True))
    assert [(ln.kind, ln.xs) for ln in lines(pic)] == [("value", [2024, 2025]), ("partial", [2024])]
    assert lines(pic, "value")[0].ys[0] is None
    demo_store.lock_month(HOME_CODE, Period(2024, 5))  # reported as it is: whole again
    pic = trend_picture(demo_store, HOME_CODE, TrendOptions(
        ["SH_MND"], Period(2024, 1), Period(2025, 12), yearly=True))
    assert [ln.kind for ln in lines(pic)] == ["value"]


def test_year_to_date_curve_restarts_each_january_with_a_pro_rata_target(office_store):
    fill(office_store, "SH_BRUTTO",
         {Period(2023, 11): 10, Period(2023, 12): 10, Period(2024, 1): 5})
    measure = next(m for _, _, m in load_goal_card(office_store).measures()
                   if m.indicator == "SH_BRUTTO")
    set_target(office_store, measure.id, None, 240)
    pic = trend_picture(office_store, HOME_CODE, TrendOptions(
        ["SH_BRUTTO"], Period(2023, 11), Period(2024, 1), year_to_date=True, target=True))
    value, = lines(pic, "value")
    target, = lines(pic, "target")
    assert value.ys == [10, 20, None, 5]  # the gap keeps December from joining January
    assert value.xs[2] == month_x(Period(2024, 1)) - 0.5
    assert target.ys == [220, 240, None, 20]  # 240 x 11/12, x 12/12, then 240 x 1/12


def test_rolling_mean_reaches_back_before_the_first_month_shown(office_store):
    fill(office_store, "SH_MND",
         {Period(2023, m): 12 for m in range(1, 13)} | {Period(2024, 1): 24})
    pic = trend_picture(office_store, HOME_CODE, TrendOptions(
        ["SH_MND"], Period(2024, 1), Period(2024, 1), rolling=True))
    rolling, = lines(pic, "rolling")
    assert rolling.ys == [pytest.approx((11 * 12 + 24) / 12)]  # February 2023 .. January 2024


def test_year_over_year_has_a_line_a_year_and_this_year_emphasised(office_store):
    fill(office_store, "SH_MND", {Period(2023, 5): 300, Period(2024, 5): 310})
    pic = trend_picture(office_store, HOME_CODE, TrendOptions(
        ["SH_MND"], Period(2023, 1), Period(2024, 6), overlay=True))
    years = lines(pic, "year")
    assert pic.axis == CALENDAR and [ln.label[-4:] for ln in years] == ["2023", "2024"]
    assert [ln.emphasised for ln in years] == [False, True]
    assert years[0].ys[4] == 300 and years[1].ys[4] == 310 and years[1].xs == list(range(1, 13))


def test_a_target_asked_for_without_a_measure_says_so(office_store):
    pic = trend_picture(office_store, HOME_CODE, TrendOptions(
        ["SH_MND"], Period(2024, 1), Period(2024, 3), target=True))
    assert pic.notes == ["SH_MND har ingen måling i styringskortet, og dermed ingen målverdi."]
    assert not lines(pic, "target")


def test_rolling_mean_of_a_year_to_date_count_stays_on_its_months(office_store):
    # SH_HIA is year to date: its line breaks at the new year, and the mean must too
    fill(office_store, "SH_HIA", {Period(2023, m): 10 * m for m in range(1, 13)}
         | {Period(2024, m): 5 * m for m in range(1, 3)})
    pic = trend_picture(office_store, HOME_CODE, TrendOptions(
        ["SH_HIA"], Period(2023, 12), Period(2024, 2), rolling=True))
    value, = lines(pic, "value")
    rolling, = lines(pic, "rolling")
    assert rolling.xs == value.xs  # the same months, the same gap
    by_x = dict(zip(rolling.xs, rolling.ys, strict=True))
    assert by_x[month_x(Period(2023, 12))] == pytest.approx(sum(10 * m for m in range(1, 13)) / 12)
    assert by_x[month_x(Period(2024, 1)) - 0.5] is None
    assert by_x[month_x(Period(2024, 2))] == pytest.approx(
        (sum(10 * m for m in range(3, 13)) + 5 + 10) / 12)
