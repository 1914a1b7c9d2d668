"""The network's figure: offices of very different sizes read as one office, each rule,
for a year and for the year so far; the index; an office with a partial period.

Every expected figure is worked out by hand in the comment beside it, never by the
code under test.
"""

from __future__ import annotations

import pytest

from navdesk.domain.network import combine_period, combined_figures, index, network_figure
from navdesk.domain.period import Period

Y = 2024


def months(**by_month) -> dict[Period, float]:
    """{"m1": 10, "m3": 12} -> {Period(Y, 1): 10, Period(Y, 3): 12}."""
    return {Period(Y, int(k[1:])): v for k, v in by_month.items()}


def by_office(result):
    return {o.office: o for o in result.offices}


# ---- sum (a flow: kroner paid) --------------------------------------------------------
SUM_OFFICES = {
    "BIG": {"SH_BRUTTO": months(m1=100_000, m2=120_000, m3=110_000)},
    "SMALL": {"SH_BRUTTO": months(m1=5_000, m2=8_000, m3=6_000)},
}


def test_sum_for_a_year_adds_every_office_and_month(cat):
    r = network_figure(cat, SUM_OFFICES, "SH_BRUTTO", Y)
    # BIG 330 000, SMALL 19 000; network 349 000
    assert r.value == 349_000
    rows = by_office(r)
    assert rows["BIG"].value == 330_000 and rows["SMALL"].value == 19_000
    # 330 000 / 349 000 x 100 = 94.5559; 19 000 / 349 000 x 100 = 5.4441
    assert rows["BIG"].index == pytest.approx(94.5558739)
    assert rows["SMALL"].index == pytest.approx(5.4441261)
    assert not rows["BIG"].partial and not rows["SMALL"].partial


def test_sum_for_the_year_so_far(cat):
    r = network_figure(cat, SUM_OFFICES, "SH_BRUTTO", Y, 2)
    # January and February: BIG 220 000, SMALL 13 000, network 233 000
    assert r.value == 233_000
    # 220 000 / 233 000 x 100 = 94.4206
    assert by_office(r)["BIG"].index == pytest.approx(94.4206009)
    assert by_office(r)["SMALL"].value == 13_000


# ---- average (a stock: people in the month, summed, then the mean per month) ---------
AVERAGE_OFFICES = {
    "BIG": {"SH_MND": months(m1=400, m2=500)},
    "SMALL": {"SH_MND": months(m1=20, m2=40)},
}


def test_average_of_a_stock_is_the_mean_of_the_summed_months(cat):
    r = network_figure(cat, AVERAGE_OFFICES, "SH_MND", Y)
    # network months 420 and 540: mean 480; BIG (400 + 500) / 2 = 450: index 93.75;
    # SMALL (20 + 40) / 2 = 30: index 6.25
    assert r.value == 480
    assert by_office(r)["BIG"].value == 450
    assert by_office(r)["BIG"].index == pytest.approx(93.75)
    assert by_office(r)["SMALL"].index == pytest.approx(6.25)


def test_average_for_the_year_so_far(cat):
    r = network_figure(cat, AVERAGE_OFFICES, "SH_MND", Y, 1)
    # January: network 420, BIG 400: 400 / 420 x 100 = 95.2381
    assert r.value == 420
    assert by_office(r)["BIG"].index == pytest.approx(95.2380952)


# ---- weighted average (processing days weighted by decisions) ------------------------
WEIGHTED_OFFICES = {
    "BIG": {"SAK_DAGER": months(m1=10, m2=14), "SAK_VEDTAK": months(m1=300, m2=100)},
    "SMALL": {"SAK_DAGER": months(m1=30, m2=20), "SAK_VEDTAK": months(m1=10, m2=30)},
}


def test_weighted_average_weighs_by_the_summed_weights(cat):
    r = network_figure(cat, WEIGHTED_OFFICES, "SAK_DAGER", Y)
    # days x decisions: BIG 10x300 + 14x100 = 4 400 over 400 decisions = 11.0;
    # SMALL 30x10 + 20x30 = 900 over 40 = 22.5;
    # network (4 400 + 900) / (400 + 40) = 5 300 / 440 = 12.0455 (the plain mean of
    # the offices, 16.75, would let 40 decisions count as much as 400)
    assert r.value == pytest.approx(12.0454545)
    rows = by_office(r)
    assert rows["BIG"].value == pytest.approx(11.0)
    assert rows["SMALL"].value == pytest.approx(22.5)
    # 11 / (5 300 / 440) x 100 = 4 840 / 53 = 91.3208; 22.5 x 440 / 5 300 x 100 = 186.7925
    assert rows["BIG"].index == pytest.approx(91.3207547)
    assert rows["SMALL"].index == pytest.approx(186.7924528)


def test_weighted_average_for_the_year_so_far(cat):
    r = network_figure(cat, WEIGHTED_OFFICES, "SAK_DAGER", Y, 1)
    # January: (10x300 + 30x10) / 310 = 3 300 / 310 = 10.6452; BIG 10: 93.9394
    assert r.value == pytest.approx(10.6451613)
    assert by_office(r)["BIG"].index == pytest.approx(93.9393939)


def test_weighted_month_leaves_out_an_office_without_its_weight(cat):
    # SMALL has days but no decisions: the month is BIG's alone
    assert combine_period(cat, "SAK_DAGER", [(10, 300), (30, None)]) == 10


def test_a_figure_without_weight_or_sum_is_the_plain_mean_of_the_offices(cat):
    offices = {"BIG": {"SYKEFRAVAER": months(m1=6, m2=8)},
               "SMALL": {"SYKEFRAVAER": months(m1=10, m2=12)}}
    r = network_figure(cat, offices, "SYKEFRAVAER", Y)
    # months (6 + 10) / 2 = 8 and (8 + 12) / 2 = 10: year 9; BIG 7: 77.78; SMALL 11: 122.22
    assert r.value == 9
    assert by_office(r)["BIG"].index == pytest.approx(77.7777778)
    assert by_office(r)["SMALL"].index == pytest.approx(122.2222222)


def test_a_yearly_figure_is_the_mean_of_the_offices_and_never_partial(cat):
    offices = {"BIG": {"BRUKERTILFREDSHET": {Period(Y): 80}},
               "SMALL": {"BRUKERTILFREDSHET": {Period(Y): 90}},
               "NONE": {}}
    r = network_figure(cat, offices, "BRUKERTILFREDSHET", Y, 5)
    # (80 + 90) / 2 = 85; an office without the value has no row
    assert r.value == 85
    assert set(by_office(r)) == {"BIG", "SMALL"}
    assert not any(o.partial for o in r.offices)


# ---- last (unique persons so far this year) -------------------------------------------
LAST_OFFICES = {
    "BIG": {"SH_HIA": months(m1=1_000, m2=1_200, m3=1_300)},
    "SMALL": {"SH_HIA": months(m1=50, m2=80, m3=65)},
}


def test_last_is_the_latest_summed_month(cat):
    r = network_figure(cat, LAST_OFFICES, "SH_HIA", Y)
    # March: 1 300 + 65 = 1 365 (never the sum of the months); 1 300 / 1 365 x 100 = 95.2381
    assert r.value == 1_365
    assert by_office(r)["BIG"].index == pytest.approx(95.2380952)


def test_last_for_the_year_so_far(cat):
    r = network_figure(cat, LAST_OFFICES, "SH_HIA", Y, 2)
    # February: 1 200 + 80 = 1 280; BIG 1 200 / 1 280 x 100 = 93.75; SMALL 6.25
    assert r.value == 1_280
    assert by_office(r)["BIG"].index == pytest.approx(93.75)
    assert by_office(r)["SMALL"].index == pytest.approx(6.25)


# ---- ratio (kroner per recipient) ----------------------------------------------------
RATIO_OFFICES = {code: {**SUM_OFFICES[code], **LAST_OFFICES[code]} for code in ("BIG", "SMALL")}


def test_ratio_is_the_summed_numerator_over_the_summed_denominator(cat):
    r = network_figure(cat, RATIO_OFFICES, "D_BRUTTO_PER_MOTTAKER", Y)
    # BIG 330 000 / 1 300 = 253.8462; SMALL 19 000 / 65 = 292.3077;
    # network 349 000 / 1 365 = 255.6777 (the mean of the offices' ratios would be 273.08)
    assert r.value == pytest.approx(255.6776557)
    rows = by_office(r)
    assert rows["BIG"].value == pytest.approx(253.8461538)
    assert rows["SMALL"].value == pytest.approx(292.3076923)
    # 253.8462 / 255.6777 x 100 = 99.2837; 292.3077 / 255.6777 x 100 = 114.3266
    assert rows["BIG"].index == pytest.approx(99.2836676)
    assert rows["SMALL"].index == pytest.approx(114.3266476)


def test_ratio_for_the_year_so_far(cat):
    r = network_figure(cat, RATIO_OFFICES, "D_BRUTTO_PER_MOTTAKER", Y, 2)
    # through February: (220 000 + 13 000) / (1 200 + 80) = 233 000 / 1 280 = 182.03125
    assert r.value == pytest.approx(182.03125)


def test_a_ratio_is_never_combined_itself(cat):
    combined = combined_figures(cat, RATIO_OFFICES)
    assert "D_BRUTTO_PER_MOTTAKER" not in combined
    assert combined["SH_BRUTTO"][Period(Y, 1)] == 105_000


# ---- partial offices and the index ---------------------------------------------------
def test_an_office_that_lacks_months_the_network_has_is_partial(cat):
    offices = {**SUM_OFFICES, "TINY": {"SH_BRUTTO": months(m1=1_000)}}
    r = network_figure(cat, offices, "SH_BRUTTO", Y)
    # 330 000 + 19 000 + 1 000 = 350 000; TINY 1 000 / 350 000 x 100 = 0.2857
    assert r.value == 350_000
    tiny = by_office(r)["TINY"]
    assert tiny.partial and tiny.missing_months == (2, 3)
    assert tiny.index == pytest.approx(0.2857143)
    assert not by_office(r)["BIG"].partial
    # through January TINY lacks nothing
    assert not by_office(network_figure(cat, offices, "SH_BRUTTO", Y, 1))["TINY"].partial


def test_a_ratio_office_is_partial_when_a_side_lacks_a_month(cat):
    offices = {**RATIO_OFFICES,
               "TINY": {"SH_BRUTTO": months(m1=1_000, m2=1_000, m3=1_000),
                        "SH_HIA": months(m1=10, m2=12)}}
    r = network_figure(cat, offices, "D_BRUTTO_PER_MOTTAKER", Y)
    assert by_office(r)["TINY"].missing_months == (3,)


def test_index_is_none_without_a_network_figure():
    assert index(5, 0) is None
    assert index(5, None) is None
    assert index(None, 10) is None
    assert index(5, 10) == 50


def test_no_network_figure_gives_no_index(cat):
    offices = {"A": {"SH_BRUTTO": months(m1=0)}, "B": {"SH_BRUTTO": months(m1=0)}}
    r = network_figure(cat, offices, "SH_BRUTTO", Y)
    assert r.value == 0
    assert [o.index for o in r.offices] == [None, None]


# ---- an office that lacks the latest month (the review's case) -------------------------
LATE_OFFICES = {
    # unique recipients so far this year (last), kroner paid (sum), recipients in the
    # month (average): A has every month, B lacks March for all three
    "A": {"SH_HIA": months(m1=900, m2=950, m3=1_000),
          "SH_BRUTTO": months(m1=10_000, m2=10_000, m3=10_000),
          "SH_MND": months(m1=500, m2=500, m3=500)},
    "B": {"SH_HIA": months(m1=700, m2=800),
          "SH_BRUTTO": months(m1=5_000, m2=5_000),
          "SH_MND": months(m1=300, m2=300)},
}


def test_an_office_lacking_the_latest_month_still_counts_in_the_network(cat):
    # unique persons so far: A 1 000 (March), B 800 (its latest, February): 1 800, never
    # A's March alone (1 000)
    r = network_figure(cat, LATE_OFFICES, "SH_HIA", Y, 3)
    assert r.value == 1_800
    rows = by_office(r)
    assert rows["B"].partial and rows["B"].missing_months == (3,)
    # shares of the sum: 1 000 / 1 800 = 55.56; 800 / 1 800 = 44.44 (they add up to 100)
    assert rows["A"].index == pytest.approx(55.5555556)
    assert rows["B"].index == pytest.approx(44.4444444)
    # recipients in the month, averaged over each office's months: 500 + 300 = 800
    assert network_figure(cat, LATE_OFFICES, "SH_MND", Y, 3).value == 800


def test_a_ratio_of_the_network_lies_between_its_offices(cat):
    # kroner per recipient: A 30 000 / 1 000 = 30; B 10 000 / 800 = 12.5; the network
    # (30 000 + 10 000) / (1 000 + 800) = 40 000 / 1 800 = 22.22 (never 40 000 / 1 000)
    r = network_figure(cat, LATE_OFFICES, "D_BRUTTO_PER_MOTTAKER", Y, 3)
    assert r.value == pytest.approx(22.2222222)
    rows = by_office(r)
    assert rows["A"].value == 30 and rows["B"].value == 12.5
