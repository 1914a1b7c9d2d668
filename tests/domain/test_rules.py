"""The checks that warn (never block): breakdowns that do not add up, subsets larger than
their totals, year-to-date counts that fall, and values far outside recent history.

Each test builds the smallest set of figures that triggers (or must not trigger) one rule,
so removing that rule makes the test fail.
"""

from __future__ import annotations

import pytest

from navdesk.domain.catalogue import build_catalogue
from navdesk.domain.period import Period, month_range
from navdesk.domain.rules import Finding, check_month, check_year
from navdesk.formats.catalogue_file import default_catalogue

Y = 2024
MARCH = Period(Y, 3)


def found(cat, figures, period, kind=None, code=None) -> list[Finding]:
    return [f for f in check_month(cat, figures, period)
            if (kind is None or f.kind == kind) and (code is None or f.code == code)]


def split(total: int, n: int) -> list[int]:
    """``total`` split into ``n`` whole parts that add up exactly."""
    base = [total // n] * n
    base[0] += total - sum(base)
    return base


GROUPS = build_catalogue(default_catalogue()).breakdown_groups()


# ---- breakdowns add up -----------------------------------------------------------------

@pytest.mark.parametrize("group", GROUPS, ids=[g.name for g in GROUPS])
def test_complete_breakdown_that_adds_up_gives_no_warning(cat, group):
    figures = {group.parent: {MARCH: 100}}
    for code, v in zip(group.parts, split(100, len(group.parts)), strict=True):
        figures[code] = {MARCH: v}
    assert check_month(cat, figures, MARCH) == []


@pytest.mark.parametrize("group", GROUPS, ids=[g.name for g in GROUPS])
def test_complete_breakdown_summing_below_its_total_is_warned(cat, group):
    figures = {group.parent: {MARCH: 100}}
    for code, v in zip(group.parts, split(99, len(group.parts)), strict=True):
        figures[code] = {MARCH: v}
    warnings = found(cat, figures, MARCH, "consistency", group.parent)
    assert len(warnings) == 1
    assert warnings[0].related == group.parts
    assert group.name in warnings[0].message
    assert "summerer til 99" in warnings[0].message


@pytest.mark.parametrize("group", GROUPS, ids=[g.name for g in GROUPS])
def test_complete_breakdown_summing_above_its_total_is_warned(cat, group):
    figures = {group.parent: {MARCH: 100}}
    for code, v in zip(group.parts, split(101, len(group.parts)), strict=True):
        figures[code] = {MARCH: v}
    assert len(found(cat, figures, MARCH, "consistency", group.parent)) == 1


def test_incomplete_breakdown_below_its_total_gives_no_warning(cat):
    figures = {"SH_HIA": {MARCH: 100}, "SH_KJONN_MENN": {MARCH: 60}}
    assert check_month(cat, figures, MARCH) == []


def test_incomplete_breakdown_whose_parts_exceed_the_total_is_warned(cat):
    figures = {"SH_HIA": {MARCH: 100}, "SH_ALDER_18_24": {MARCH: 70},
               "SH_ALDER_25_29": {MARCH: 40}}
    warnings = found(cat, figures, MARCH, "consistency", "SH_HIA")
    assert len(warnings) == 1
    assert "fylt ut" in warnings[0].message
    assert "110" in warnings[0].message


def test_breakdown_without_its_total_is_not_checked(cat):
    figures = {"SH_KJONN_MENN": {MARCH: 60}, "SH_KJONN_KVINNER": {MARCH: 50}}
    assert check_month(cat, figures, MARCH) == []


def test_breakdowns_of_other_months_do_not_count(cat):
    figures = {"SH_HIA": {MARCH: 100}, "SH_KJONN_MENN": {Period(Y, 4): 60},
               "SH_KJONN_KVINNER": {Period(Y, 4): 50}}
    assert found(cat, figures, MARCH, "consistency") == []


# ---- subsets stay within their totals ------------------------------------------------

SUBSETS = [
    ("SH_MND", "SH_HIA"),
    ("KVP_MND", "KVP_HIA"),
    ("SAK_1UKE", "SAK_2UKER"),
    ("SAK_2UKER", "SAK_VEDTAK"),
    ("SAK_INNVILGET", "SAK_VEDTAK"),
    ("SAK_DELVIS", "SAK_VEDTAK"),
    ("SAK_AVSLATT", "SAK_VEDTAK"),
    ("KVP_TIL_ARBEID", "KVP_AVSLUTTET"),
    ("LAR_IP", "LAR_BRUKERE"),
    ("SAK_OMGJORT", "SAK_KLAGER"),
    ("BO_MIDL_UNG", "BO_MIDL_HIA"),
]


@pytest.mark.parametrize("part, total", SUBSETS)
def test_a_subset_larger_than_its_total_is_warned(cat, part, total):
    figures = {part: {MARCH: 11}, total: {MARCH: 10}}
    warnings = found(cat, figures, MARCH, "consistency")
    assert len(warnings) == 1
    assert warnings[0].code == part
    assert warnings[0].related == (total,)
    assert "større enn" in warnings[0].message


@pytest.mark.parametrize("part, total", SUBSETS)
def test_a_subset_equal_to_its_total_is_fine(cat, part, total):
    figures = {part: {MARCH: 10}, total: {MARCH: 10}}
    assert check_month(cat, figures, MARCH) == []


def test_decided_within_one_week_may_not_exceed_two_weeks_even_below_all_decisions(cat):
    figures = {"SAK_1UKE": {MARCH: 50}, "SAK_2UKER": {MARCH: 40}, "SAK_VEDTAK": {MARCH: 100}}
    assert [f.code for f in found(cat, figures, MARCH, "consistency")] == ["SAK_1UKE"]


def test_a_subset_without_its_total_is_not_checked(cat):
    assert check_month(cat, {"SAK_OMGJORT": {MARCH: 3}}, MARCH) == []


# ---- year-to-date counts do not fall -------------------------------------------------

@pytest.mark.parametrize("code", ["SH_HIA", "KVP_HIA", "BO_MIDL_HIA", "SH_ALDER_18_24",
                                  "SH_TRYGD_AAP", "BO_MIDL_UNG"])
def test_a_year_to_date_count_that_falls_within_the_year_is_warned(cat, code):
    figures = {code: {Period(Y, 1): 100, Period(Y, 2): 90}}
    warnings = found(cat, figures, Period(Y, 2), "consistency", code)
    assert len(warnings) == 1
    assert "falt" in warnings[0].message
    assert found(cat, figures, Period(Y, 1), "consistency") == []


def test_a_fall_is_measured_against_the_latest_earlier_month_entered(cat):
    figures = {"SH_HIA": {Period(Y, 1): 100, Period(Y, 4): 95}}
    warnings = found(cat, figures, Period(Y, 4), "consistency", "SH_HIA")
    assert len(warnings) == 1
    assert f"{Period(Y, 1)}" in warnings[0].message


def test_a_year_to_date_count_that_stays_or_grows_is_fine(cat):
    figures = {"SH_HIA": {Period(Y, 1): 100, Period(Y, 2): 100, Period(Y, 3): 120}}
    assert check_year(cat, figures, Y) == []


def test_a_year_to_date_count_may_drop_from_december_to_january(cat):
    figures = {"SH_HIA": {Period(Y - 1, 12): 900, Period(Y, 1): 400}}
    assert check_month(cat, figures, Period(Y, 1)) == []


@pytest.mark.parametrize("code", ["SH_MND", "SH_LANGTID", "LAR_BRUKERE", "SAK_VEDTAK"])
def test_stocks_and_flows_may_fall(cat, code):
    figures = {code: {Period(Y, 1): 100, Period(Y, 2): 50}}
    assert found(cat, figures, Period(Y, 2), "consistency") == []


# ---- outliers ------------------------------------------------------------------------

STEADY = [100, 102, 98, 101, 99, 100, 103, 97, 100, 101, 99, 100]


def history(code: str, values: list[int], before: Period = MARCH) -> dict:
    """``values`` for the months just before ``before``, oldest first."""
    months = month_range(Period(before.year - 3, 1), before.previous_month())[-len(values):]
    return {code: dict(zip(months, values, strict=True))}


def test_a_clear_spike_after_twelve_months_of_history_is_flagged(cat):
    figures = history("UNG_JOBBKLUBB", STEADY)
    figures["UNG_JOBBKLUBB"][MARCH] = 300
    flags = found(cat, figures, MARCH, "outlier")
    assert [f.code for f in flags] == ["UNG_JOBBKLUBB"]
    assert "utenfor" in flags[0].message


def test_a_clear_drop_after_twelve_months_of_history_is_flagged(cat):
    figures = history("UNG_JOBBKLUBB", STEADY)
    figures["UNG_JOBBKLUBB"][MARCH] = 5
    assert [f.code for f in found(cat, figures, MARCH, "outlier")] == ["UNG_JOBBKLUBB"]


def test_a_normal_value_after_twelve_months_of_history_is_not_flagged(cat):
    figures = history("UNG_JOBBKLUBB", STEADY)
    figures["UNG_JOBBKLUBB"][MARCH] = 104
    assert check_month(cat, figures, MARCH) == []


def test_five_months_of_history_are_too_few_to_flag_anything(cat):
    figures = history("UNG_JOBBKLUBB", STEADY[:5])
    figures["UNG_JOBBKLUBB"][MARCH] = 1000
    assert found(cat, figures, MARCH, "outlier") == []


def test_six_months_of_history_are_enough_to_flag_a_spike(cat):
    figures = history("UNG_JOBBKLUBB", STEADY[:6])
    figures["UNG_JOBBKLUBB"][MARCH] = 1000
    assert [f.code for f in found(cat, figures, MARCH, "outlier")] == ["UNG_JOBBKLUBB"]


def test_only_the_previous_twelve_months_count_as_history(cat):
    # twelve steady months, but all of them 13..24 months back: no usable history
    old = history("UNG_JOBBKLUBB", STEADY, before=Period(Y - 1, 3))
    old["UNG_JOBBKLUBB"][MARCH] = 1000
    assert found(cat, old, MARCH, "outlier") == []


def test_a_small_change_after_a_perfectly_quiet_history_is_not_flagged(cat):
    # standard deviation 0; the band never shrinks below the natural spread of counts
    figures = history("UNG_JOBBKLUBB", [100] * 12)
    figures["UNG_JOBBKLUBB"][MARCH] = 110
    assert check_month(cat, figures, MARCH) == []


def test_an_amount_far_outside_its_history_is_flagged(cat):
    amounts = [1_000_000 + 5_000 * (i % 3) for i in range(12)]
    figures = history("SH_BRUTTO", amounts)
    figures["SH_BRUTTO"][MARCH] = 3_000_000
    assert [f.code for f in found(cat, figures, MARCH, "outlier")] == ["SH_BRUTTO"]


def test_a_year_to_date_count_starting_afresh_in_january_is_not_an_outlier(cat):
    january = Period(Y, 1)
    figures = history("SH_HIA", [1000] * 12, before=january)
    figures["SH_HIA"][january] = 100
    assert check_month(cat, figures, january) == []


def test_a_year_to_date_count_can_be_an_outlier_later_in_the_year(cat):
    # the same count in February against eleven months of about 100: flagged
    feb = Period(Y, 2)
    figures = history("KVP_HIA", STEADY[:11] + [100], before=feb)
    figures["KVP_HIA"][feb] = 5000
    assert [f.code for f in found(cat, figures, feb, "outlier")] == ["KVP_HIA"]


# ---- whole years -----------------------------------------------------------------------

def test_check_year_reports_every_month_in_time_order(cat):
    figures = {"SAK_OMGJORT": {Period(Y, 6): 5}, "SAK_KLAGER": {Period(Y, 6): 4},
               "SH_MND": {Period(Y, 3): 50}, "SH_HIA": {Period(Y, 3): 40}}
    findings = check_year(cat, figures, Y)
    assert [(f.period, f.code) for f in findings] == [(Period(Y, 3), "SH_MND"),
                                                      (Period(Y, 6), "SAK_OMGJORT")]


def test_check_year_ignores_other_years(cat):
    figures = {"SAK_OMGJORT": {Period(Y - 1, 6): 5}, "SAK_KLAGER": {Period(Y - 1, 6): 4}}
    assert check_year(cat, figures, Y) == []
    assert len(check_year(cat, figures, Y - 1)) == 1


def test_findings_of_one_month_come_in_catalogue_order(cat):
    figures = {"SAK_OMGJORT": {MARCH: 5}, "SAK_KLAGER": {MARCH: 4},
               "LAR_IP": {MARCH: 9}, "LAR_BRUKERE": {MARCH: 8},
               "SH_MND": {MARCH: 50}, "SH_HIA": {MARCH: 40}}
    assert [f.code for f in check_month(cat, figures, MARCH)] == ["SH_MND", "SAK_OMGJORT", "LAR_IP"]


def test_a_finding_reads_as_period_code_and_message(cat):
    figures = {"SAK_OMGJORT": {MARCH: 5}, "SAK_KLAGER": {MARCH: 4}}
    (finding,) = check_month(cat, figures, MARCH)
    assert str(finding).startswith("2024-03 SAK_OMGJORT: ")
