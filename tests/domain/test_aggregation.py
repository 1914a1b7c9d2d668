"""Turning monthly figures into year-to-date and yearly figures, each indicator by its rule.

Every expected value is worked out by hand in the test.
"""

from __future__ import annotations

import pytest

from navdesk.domain.aggregation import (
    aggregate_year,
    aggregate_year_to_date,
    latest_month,
    recent_months,
    value_in_month,
)
from navdesk.domain.period import Period

Y = 2024


def months(**by_month) -> dict[Period, float]:
    """{"m1": 10, "m3": 12} -> {Period(Y, 1): 10, Period(Y, 3): 12}."""
    return {Period(Y, int(k[1:])): v for k, v in by_month.items()}


# ---- sum -----------------------------------------------------------------------------

def test_sum_is_the_total_of_the_months_entered(cat):
    figures = {"SH_BRUTTO": months(m1=1000, m2=2500.5, m4=499.5)}
    assert aggregate_year(cat, figures, "SH_BRUTTO", Y) == 4000


def test_sum_through_a_month_ignores_later_months(cat):
    figures = {"SAK_VEDTAK": months(m1=10, m2=20, m3=30, m4=40)}
    assert aggregate_year_to_date(cat, figures, "SAK_VEDTAK", Y, 2) == 30
    assert aggregate_year_to_date(cat, figures, "SAK_VEDTAK", Y, 3) == 60


def test_sum_of_money_has_no_binary_noise(cat):
    figures = {"SH_BRUTTO": months(m1=0.1, m2=0.2)}
    assert aggregate_year(cat, figures, "SH_BRUTTO", Y) == 0.3


def test_sum_ignores_other_years(cat):
    figures = {"SAK_VEDTAK": {Period(Y - 1, 12): 500, Period(Y, 1): 7, Period(Y + 1, 1): 900}}
    assert aggregate_year(cat, figures, "SAK_VEDTAK", Y) == 7


# ---- average -------------------------------------------------------------------------

def test_average_is_the_mean_over_the_months_entered_not_over_twelve(cat):
    # three months entered: (400 + 500 + 600) / 3 = 500; a missing month is not a zero
    figures = {"SH_MND": months(m1=400, m5=500, m9=600)}
    assert aggregate_year(cat, figures, "SH_MND", Y) == 500


def test_average_through_a_month_uses_only_the_months_up_to_it(cat):
    figures = {"KVP_MND": months(m1=40, m2=50, m3=90)}
    assert aggregate_year_to_date(cat, figures, "KVP_MND", Y, 2) == 45


def test_average_of_percentages_may_have_decimals(cat):
    figures = {"SYKEFRAVAER": months(m1=6.5, m2=7.0)}
    assert aggregate_year(cat, figures, "SYKEFRAVAER", Y) == pytest.approx(6.75)


# ---- weighted average ----------------------------------------------------------------

def test_processing_days_are_averaged_weighted_by_decisions(cat):
    # (10*100 + 20*300) / (100 + 300) = 7000 / 400 = 17.5; the plain mean would be 15
    figures = {"SAK_DAGER": months(m1=10, m2=20), "SAK_VEDTAK": months(m1=100, m2=300)}
    assert aggregate_year(cat, figures, "SAK_DAGER", Y) == pytest.approx(17.5)


def test_a_month_without_a_weight_is_left_out_of_the_weighted_average(cat):
    # month 3 has days but no decisions: (10*100 + 20*300) / 400 = 17.5
    figures = {"SAK_DAGER": months(m1=10, m2=20, m3=99),
               "SAK_VEDTAK": months(m1=100, m2=300)}
    assert aggregate_year(cat, figures, "SAK_DAGER", Y) == pytest.approx(17.5)


def test_a_weight_without_days_does_not_count_in_the_weighted_average(cat):
    # month 2 has decisions but no days: only month 1 counts -> 12
    figures = {"SAK_DAGER": months(m1=12), "SAK_VEDTAK": months(m1=50, m2=1000)}
    assert aggregate_year(cat, figures, "SAK_DAGER", Y) == pytest.approx(12)


def test_weighted_average_through_a_month_ignores_later_months(cat):
    # through February: (8*10 + 14*30) / 40 = 500 / 40 = 12.5
    figures = {"SAK_DAGER": months(m1=8, m2=14, m3=40),
               "SAK_VEDTAK": months(m1=10, m2=30, m3=1000)}
    assert aggregate_year_to_date(cat, figures, "SAK_DAGER", Y, 2) == pytest.approx(12.5)


def test_weighted_average_without_any_weight_is_none(cat):
    figures = {"SAK_DAGER": months(m1=10, m2=20)}
    assert aggregate_year(cat, figures, "SAK_DAGER", Y) is None


# ---- last ----------------------------------------------------------------------------

def test_last_is_the_latest_month_entered(cat):
    figures = {"SH_HIA": months(m1=400, m2=450, m6=700)}
    assert aggregate_year(cat, figures, "SH_HIA", Y) == 700


def test_last_through_a_month_is_the_latest_month_up_to_it(cat):
    figures = {"SH_HIA": months(m1=400, m2=450, m6=700)}
    assert aggregate_year_to_date(cat, figures, "SH_HIA", Y, 5) == 450
    assert aggregate_year_to_date(cat, figures, "SH_HIA", Y, 1) == 400


def test_year_to_date_count_is_not_the_sum_of_months(cat):
    figures = {"KVP_HIA": months(m1=40, m2=44, m3=47)}
    assert aggregate_year(cat, figures, "KVP_HIA", Y) == 47


# ---- ratio ---------------------------------------------------------------------------

def test_ratio_divides_the_aggregated_numerator_by_the_aggregated_denominator(cat):
    # month 1: 90 of 100 granted (90 %); month 2: 1 of 10 granted (10 %).
    # The mean of the monthly shares is 50 %; the right figure is 91 / 110 * 100.
    figures = {"SAK_INNVILGET": months(m1=90, m2=1), "SAK_VEDTAK": months(m1=100, m2=10)}
    result = aggregate_year(cat, figures, "D_ANDEL_INNVILGET", Y)
    assert result == pytest.approx(91 / 110 * 100)
    assert result != pytest.approx(50)


def test_ratio_in_one_month_uses_that_months_parts(cat):
    figures = {"SAK_INNVILGET": months(m1=90, m2=1), "SAK_VEDTAK": months(m1=100, m2=10)}
    assert value_in_month(cat, figures, "D_ANDEL_INNVILGET", Period(Y, 2)) == pytest.approx(10)


def test_gross_per_recipient_divides_a_sum_by_a_last_value(cat):
    # SH_BRUTTO is summed (1 000 000 + 1 500 000), SH_HIA is the latest count (500): 5000 kr
    figures = {"SH_BRUTTO": months(m1=1_000_000, m2=1_500_000), "SH_HIA": months(m1=400, m2=500)}
    assert aggregate_year(cat, figures, "D_BRUTTO_PER_MOTTAKER", Y) == pytest.approx(5000)


def test_gross_per_recipient_through_january_uses_january_only(cat):
    figures = {"SH_BRUTTO": months(m1=1_000_000, m2=1_500_000), "SH_HIA": months(m1=400, m2=500)}
    result = aggregate_year_to_date(cat, figures, "D_BRUTTO_PER_MOTTAKER", Y, 1)
    assert result == pytest.approx(2500)


def test_share_with_assistance_as_main_income_divides_by_the_sum_of_all_income_parts(cat):
    # 60 of (10 + 20 + 60 + 10) = 60 %; SH_HIA (200) is not the denominator
    figures = {"SH_HIA": months(m3=200), "SH_INNTEKT_ANNEN": months(m3=10),
               "SH_INNTEKT_ARBEID": months(m3=20), "SH_INNTEKT_SOSIALHJELP": months(m3=60),
               "SH_INNTEKT_TRYGD": months(m3=10)}
    assert aggregate_year(cat, figures, "D_ANDEL_SH_HOVED", Y) == pytest.approx(60)


def test_ratio_with_a_zero_denominator_is_none(cat):
    figures = {"SAK_OMGJORT": months(m1=0), "SAK_KLAGER": months(m1=0)}
    assert aggregate_year(cat, figures, "D_ANDEL_OMGJORT", Y) is None


def test_ratio_without_a_denominator_is_none(cat):
    figures = {"SAK_OMGJORT": months(m1=2)}
    assert aggregate_year(cat, figures, "D_ANDEL_OMGJORT", Y) is None


def test_ratio_without_a_numerator_is_none(cat):
    figures = {"SAK_KLAGER": months(m1=5)}
    assert aggregate_year(cat, figures, "D_ANDEL_OMGJORT", Y) is None


# ---- yearly indicators, missing data, limits ----------------------------------------

def test_a_yearly_indicator_gives_the_value_of_its_year(cat):
    figures = {"BRUKERTILFREDSHET": {Period(Y - 1): 70.0, Period(Y): 81.5}}
    assert aggregate_year(cat, figures, "BRUKERTILFREDSHET", Y) == 81.5
    assert aggregate_year(cat, figures, "BRUKERTILFREDSHET", Y - 1) == 70.0


def test_a_yearly_indicator_shows_in_december_only(cat):
    figures = {"MEDARBEIDERTILFREDSHET": {Period(Y): 4.5}}
    assert value_in_month(cat, figures, "MEDARBEIDERTILFREDSHET", Period(Y, 12)) == 4.5
    assert value_in_month(cat, figures, "MEDARBEIDERTILFREDSHET", Period(Y, 11)) is None


@pytest.mark.parametrize("code", ["SH_BRUTTO", "SH_MND", "SH_HIA", "SAK_DAGER",
                                  "D_ANDEL_INNVILGET", "BRUKERTILFREDSHET"])
def test_nothing_entered_gives_none_for_every_rule(cat, code):
    assert aggregate_year(cat, {}, code, Y) is None
    assert aggregate_year_to_date(cat, {code: {}}, code, Y, 6) is None


@pytest.mark.parametrize("code", ["SH_BRUTTO", "SH_MND", "SH_HIA"])
def test_months_only_after_the_cut_off_give_none(cat, code):
    figures = {code: months(m7=100)}
    assert aggregate_year_to_date(cat, figures, code, Y, 6) is None


def test_value_in_month_of_a_missing_month_is_none(cat):
    figures = {"SH_MND": months(m1=100)}
    assert value_in_month(cat, figures, "SH_MND", Period(Y, 2)) is None
    assert value_in_month(cat, figures, "SH_MND", Period(Y, 1)) == 100


@pytest.mark.parametrize("month", [0, 13])
def test_year_to_date_through_an_impossible_month_is_an_error(cat, month):
    with pytest.raises(ValueError):
        aggregate_year_to_date(cat, {}, "SH_MND", Y, month)


def test_latest_month_finds_the_latest_month_with_any_value(cat):
    figures = {"SH_MND": months(m1=1, m4=1), "SAK_VEDTAK": months(m7=1),
               "BRUKERTILFREDSHET": {Period(Y): 80}, "SH_HIA": {Period(Y + 1, 9): 1}}
    assert latest_month(figures, Y) == 7
    assert latest_month(figures, Y, ["SH_MND"]) == 4
    assert latest_month(figures, Y - 1) is None


# ---- the last months, for a sparkline --------------------------------------------------
def test_recent_months_run_oldest_first_across_the_new_year_with_gaps(cat):
    figures = {"SAK_DAGER": {Period(2023, 11): 10, Period(2024, 1): 12, Period(2024, 2): 9}}
    assert recent_months(cat, figures, "SAK_DAGER", Period(2024, 2), 4) == [10, None, 12, 9]


def test_recent_months_of_a_ratio_divide_each_months_parts(cat):
    figures = {"SAK_2UKER": {Period(2024, 1): 30, Period(2024, 2): 45},
               "SAK_VEDTAK": {Period(2024, 1): 40, Period(2024, 2): 50}}
    assert recent_months(cat, figures, "D_ANDEL_2UKER", Period(2024, 2), 2) == [75.0, 90.0]


# ---- one month for a ratio's point-in-time parts (issue 11) ----------------------------
def test_a_ratio_takes_its_point_in_time_parts_from_one_month(cat):
    # December half entered: the recipients (SH_HIA) are in, the youth are not. The share of
    # youth must be November's 100 / 500, never November's youth over December's recipients.
    figures = {"SH_ALDER_18_24": months(m11=100), "SH_HIA": months(m11=500, m12=800)}
    assert aggregate_year_to_date(cat, figures, "D_ANDEL_UNG", Y, 12) == pytest.approx(20)
    assert aggregate_year_to_date(cat, figures, "D_ANDEL_UNG", Y, 11) == pytest.approx(20)
    figures["SH_ALDER_18_24"][Period(Y, 12)] = 120
    assert aggregate_year_to_date(cat, figures, "D_ANDEL_UNG", Y, 12) == pytest.approx(15)


def test_a_ratio_of_a_sum_over_a_point_in_time_count_keeps_the_sum_of_every_month(cat):
    # gross paid is a flow (all months through the window); the recipients its latest month
    figures = {"SH_BRUTTO": months(m1=1_000, m2=2_000, m3=3_000), "SH_HIA": months(m1=10, m2=20)}
    assert aggregate_year_to_date(cat, figures, "D_BRUTTO_PER_MOTTAKER", Y, 3) == pytest.approx(300)


def test_a_ratio_whose_sides_share_no_month_has_no_figure(cat):
    figures = {"SH_LANGTID": months(m3=50), "SH_HIA": months(m5=400)}
    assert aggregate_year_to_date(cat, figures, "D_ANDEL_LANGTID", Y, 12) is None
