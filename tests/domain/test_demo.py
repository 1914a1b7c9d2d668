"""Demo figures: deterministic, storable, and passing every consistency rule."""

from __future__ import annotations

from decimal import Decimal

import pytest

from navdesk.domain.demo import demo_values, demo_year
from navdesk.domain.period import Period
from navdesk.domain.rules import check_year
from navdesk.domain.units import check_value

OFFICES = ["0312", "0301", "1103", "4601", "9999"]


def as_figures(values) -> dict:
    figures: dict = {}
    for code, period, value in values:
        figures.setdefault(code, {})[period] = value
    return figures


def test_same_office_and_months_give_identical_values():
    first = list(demo_values("0312", Period(2023, 1), Period(2025, 6)))
    again = list(demo_values("0312", Period(2023, 1), Period(2025, 6)))
    assert first == again
    assert demo_year("0312", 2024) == demo_year("0312", 2024)


def test_different_offices_get_different_values():
    assert demo_year("0312", 2024) != demo_year("0301", 2024)


def test_a_years_values_do_not_depend_on_the_range_asked_for():
    whole = as_figures(demo_values("0312", Period(2023, 1), Period(2025, 12)))
    alone = as_figures(demo_values("0312", Period(2024, 1), Period(2024, 12)))
    for code, series in alone.items():
        for period, value in series.items():
            assert whole[code][period] == value


def test_a_range_gives_exactly_its_months_and_the_yearly_values_of_whole_years():
    periods = {p for _, p, _ in demo_values("0312", Period(2024, 11), Period(2025, 2))}
    assert periods == {Period(2024, 11), Period(2024, 12), Period(2024),
                       Period(2025, 1), Period(2025, 2)}


def test_yearly_values_come_only_with_december():
    assert Period(2024) not in demo_year("0312", 2024, through_month=11)
    assert set(demo_year("0312", 2024)[Period(2024)]) == {"BRUKERTILFREDSHET",
                                                         "MEDARBEIDERTILFREDSHET"}


def test_every_entered_indicator_has_a_value_every_month(cat):
    monthly = {i.code for i in cat if i.is_entered and not i.is_yearly}
    for period, values in demo_year("0312", 2024).items():
        if not period.is_year:
            assert set(values) == monthly


def test_every_demo_value_passes_the_input_checks_of_its_unit(cat):
    for code, period, value in demo_values("4601", Period(2024, 1), Period(2025, 12)):
        ind = cat[code]
        assert ind.is_entered
        assert ind.is_yearly == period.is_year
        assert check_value(ind.unit, Decimal(str(value))) == value


@pytest.mark.parametrize("office", OFFICES)
def test_demo_data_passes_every_rule_for_several_years(cat, office):
    figures = as_figures(demo_values(office, Period(2022, 1), Period(2026, 12)))
    for year in range(2022, 2027):
        assert check_year(cat, figures, year) == [], (office, year)


@pytest.mark.parametrize("office", OFFICES)
def test_demo_breakdowns_add_up_exactly_every_month(cat, office):
    groups = cat.breakdown_groups()
    for period, values in demo_year(office, 2025).items():
        if period.is_year:
            continue
        for group in groups:
            assert sum(values[c] for c in group.parts) == values[group.parent], (period, group.name)


def test_demo_year_to_date_counts_never_fall_within_a_year(cat):
    year = demo_year("0312", 2024)
    ytd = [i.code for i in cat if cat.is_year_to_date(i.code)]
    for m in range(2, 13):
        for code in ytd:
            assert year[Period(2024, m)][code] >= year[Period(2024, m - 1)][code]


def test_demo_year_to_date_recipients_start_afresh_in_january():
    # January's unique recipients so far are just January's recipients
    jan = demo_year("0312", 2024)[Period(2024, 1)]
    assert jan["SH_HIA"] == jan["SH_MND"]
