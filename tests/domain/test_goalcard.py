"""The goal card's evaluation rules, pinned against values computed by hand."""

from __future__ import annotations

import pytest

from navdesk.domain.catalogue import build_catalogue
from navdesk.domain.goalcard import (
    Direction,
    Measure,
    Status,
    TemplateError,
    evaluate_measure,
    period_target,
    summarize,
    traffic_light,
)
from navdesk.domain.period import Period
from navdesk.formats.catalogue_file import default_catalogue
from navdesk.formats.template_file import parse_template
from navdesk.resources_path import read_resource_bytes

CAT = build_catalogue(default_catalogue())
H, L = Direction.HIGHER, Direction.LOWER


def figs(**series):
    """code=[(year, month, value), ...] -> figures"""
    out = {}
    for code, points in series.items():
        for y, m, v in points:
            out.setdefault(code, {})[Period(y, m)] = v
    return out


# ---- the pro-rata window for flows -------------------------------------------------

def test_a_sum_indicators_target_is_pro_rata_for_the_months_so_far():
    from navdesk.domain.catalogue import Aggregation

    assert period_target(Aggregation.SUM, 1200, 3) == 300
    assert period_target(Aggregation.SUM, 120, 12) == 120
    assert period_target(Aggregation.AVERAGE, 14, 3) == 14
    assert period_target(Aggregation.LAST, 700, 5) == 700
    assert period_target(Aggregation.RATIO, 80, 2) == 80
    assert period_target(Aggregation.SUM, None, 3) is None


def test_a_flow_is_judged_against_its_share_of_the_yearly_target():
    # 120 people into work a year -> 60 by June; 55 is within 10 % below, 53 is not
    m = Measure("ARB_TIL_ARBEID", H, {2025: 120})
    for june_total, status in [(60, Status.GREEN), (55, Status.YELLOW), (53, Status.RED)]:
        f = figs(ARB_TIL_ARBEID=[(2025, k, 10) for k in range(1, 6)] + [(2025, 6, june_total - 50)])
        r = evaluate_measure(CAT, f, m, 2025, 6)
        assert (r.value, r.target_year, r.target_period, r.status) == (june_total, 120, 60, status)


# ---- yellow bands on both sides ----------------------------------------------------------

@pytest.mark.parametrize("value,status", [(100, Status.GREEN), (120, Status.GREEN),
                                          (90, Status.YELLOW), (89.99, Status.RED)])
def test_higher_is_green_at_the_target_and_yellow_down_to_the_band(value, status):
    assert traffic_light(H, value, 100, 10) == status


@pytest.mark.parametrize("value,status", [(14, Status.GREEN), (10, Status.GREEN),
                                          (15.4, Status.YELLOW), (15.41, Status.RED)])
def test_lower_is_green_at_the_target_and_yellow_up_to_the_band(value, status):
    assert traffic_light(L, value, 14, 10) == status


@pytest.mark.parametrize("target,band,edge", [(14, 10, 15.4), (0.7, 10, 0.77), (3, 10, 3.3),
                                              (33, 30, 42.9)])
def test_a_value_exactly_on_the_band_edge_is_yellow(target, band, edge):
    assert traffic_light(L, edge, target, band) == Status.YELLOW


def test_the_band_is_the_measures_own():
    assert traffic_light(L, 17.5, 14, 10) == Status.RED
    assert traffic_light(L, 17.5, 14, 30) == Status.YELLOW
    assert traffic_light(H, 99, 100, 0) == Status.RED


@pytest.mark.parametrize("value,target", [(None, 14), (12, None), (None, None)])
def test_no_value_or_no_target_is_missing(value, target):
    assert traffic_light(L, value, target) == Status.MISSING


# ---- rules of aggregation inside the evaluation ---------------------------------------

def test_processing_time_is_averaged_weighted_by_the_number_of_decisions():
    # (10 days x 100 + 20 days x 300) / 400 = 17.5, not the plain mean 15
    f = figs(SAK_DAGER=[(2025, 1, 10), (2025, 2, 20)], SAK_VEDTAK=[(2025, 1, 100), (2025, 2, 300)])
    r = evaluate_measure(CAT, f, Measure("SAK_DAGER", L, {None: 14}), 2025, 2)
    assert r.value == pytest.approx(17.5)
    assert r.target_period == 14  # an average is not pro-rated
    assert r.status == Status.RED


def test_a_share_is_the_ratio_of_the_summed_parts_not_the_mean_of_monthly_shares():
    # (50 + 270) / (100 + 300) = 80 %, whereas the mean of 50 % and 90 % would be 70 %
    f = figs(SAK_2UKER=[(2025, 1, 50), (2025, 2, 270)], SAK_VEDTAK=[(2025, 1, 100), (2025, 2, 300)])
    r = evaluate_measure(CAT, f, Measure("D_ANDEL_2UKER", H, {None: 75}), 2025, 2)
    assert r.value == pytest.approx(80.0)
    assert r.status == Status.GREEN


def test_year_to_date_counts_take_the_latest_month_of_the_window():
    f = figs(KVP_HIA=[(2025, 1, 300), (2025, 2, 420), (2025, 3, 500)])
    r = evaluate_measure(CAT, f, Measure("KVP_HIA", H, {2025: 700}), 2025, 2)
    assert (r.value, r.target_period, r.status) == (420, 700, Status.RED)


def test_a_target_for_the_year_wins_over_the_every_year_target():
    m = Measure("SAK_DAGER", L, {None: 14, 2025: 12})
    assert m.target_for(2025) == 12
    assert m.target_for(2024) == 14
    assert Measure("SAK_DAGER", L).target_for(2025) is None


# ---- last year and the change ---------------------------------------------------------------

def test_last_year_uses_the_same_months_and_the_change_is_marked_by_direction():
    f = figs(SAK_DAGER=[(2024, 1, 16), (2024, 2, 16), (2024, 3, 30), (2025, 1, 12), (2025, 2, 12)],
             SAK_VEDTAK=[(2024, 1, 10), (2024, 2, 10), (2024, 3, 10), (2025, 1, 10), (2025, 2, 10)])
    r = evaluate_measure(CAT, f, Measure("SAK_DAGER", L, {None: 14}), 2025, 2)
    assert (r.value, r.last_year) == (12, 16)  # March 2024 is outside the window
    assert r.change == -4 and r.better is True
    up = evaluate_measure(CAT, f, Measure("SAK_DAGER", H, {None: 14}), 2025, 2)
    assert up.better is False


def test_an_unchanged_or_unknown_last_year_is_neither_better_nor_worse():
    same = figs(SH_MND=[(2024, 1, 10), (2025, 1, 10)])
    r = evaluate_measure(CAT, same, Measure("SH_MND", L), 2025, 1)
    assert (r.change, r.better, r.status) == (0, None, Status.MISSING)
    r = evaluate_measure(CAT, figs(SH_MND=[(2025, 1, 10)]), Measure("SH_MND", L), 2025, 1)
    assert (r.last_year, r.change, r.better) == (None, None, None)


# ---- a goal's status ---------------------------------------------------------------------------

def test_a_goal_shows_its_worst_measure_with_counts():
    worst, counts = summarize([Status.GREEN, Status.YELLOW, Status.MISSING, Status.GREEN])
    assert worst == Status.YELLOW
    assert counts == {Status.GREEN: 2, Status.YELLOW: 1, Status.MISSING: 1}
    assert summarize([Status.GREEN, Status.RED])[0] == Status.RED
    assert summarize([Status.MISSING, Status.MISSING])[0] == Status.MISSING
    assert summarize([])[0] == Status.MISSING


def test_each_status_has_a_symbol_for_black_and_white_print():
    assert len({s.symbol for s in Status}) == 4


# ---- the template -----------------------------------------------------------------------------

def test_the_default_template_has_the_four_perspectives_and_eleven_goals():
    card = parse_template(read_resource_bytes("goalcard_template.csv").decode("utf-8-sig"), CAT)
    assert [p.name for p in card.perspectives] == [
        "Brukerperspektiv", "Arbeidsprosesser", "Medarbeidere", "Økonomi"]
    assert sum(len(p.goals) for p in card.perspectives) == 11
    targets = {m.indicator: m.targets for _, _, m in card.measures() if m.targets}
    assert targets == {"SAK_DAGER": {None: 14.0}, "D_LAR_IP": {None: 100.0}}
    assert all(m.indicator in CAT for _, _, m in card.measures())


def test_a_template_gives_targets_per_year_and_keeps_the_files_order():
    text = ("perspektiv;mål;indikator;retning;år;målverdi;gul_grense\r\n"
            "Bruker;Raskt;SAK_DAGER;lavere;;14;10\r\n"
            "Bruker;Raskt;SAK_DAGER;lavere;2025;12;10\r\n"
            "Bruker;Arbeid;ARB_TIL_ARBEID;høyere;2025;120,5;15\r\n")
    card = parse_template(text, CAT)
    assert [g.name for g in card.perspectives[0].goals] == ["Raskt", "Arbeid"]
    m = card.perspectives[0].goals[0].measures[0]
    assert (m.targets, m.yellow_band) == ({None: 14.0, 2025: 12.0}, 10.0)
    assert card.perspectives[0].goals[1].measures[0].targets == {2025: 120.5}


def test_a_bad_template_names_every_bad_line():
    text = ("perspektiv;mål;indikator;retning;år;målverdi;gul_grense\r\n"
            "Bruker;Raskt;SAK_DAGER;lavere;;14;10\r\n"
            "Bruker;Raskt;FINNES_IKKE;lavere;;14;10\r\n"
            "Bruker;Raskt;SH_MND;oppover;;;\r\n"
            "Bruker;Raskt;SAK_DAGER;lavere;;15;10\r\n"
            "Bruker;Raskt;SH_MND;lavere;tjue;;\r\n")
    with pytest.raises(TemplateError) as err:
        parse_template(text, CAT)
    lines = str(err.value).splitlines()
    assert [ln.split(":")[0] for ln in lines] == ["Linje 3", "Linje 4", "Linje 5", "Linje 6"]
    assert "ukjent indikator" in lines[0] and "retning" in lines[1] and "to ganger" in lines[2]
