"""Periods: reading them as people write them, ordering, and stepping through months."""

from __future__ import annotations

import pytest

from navdesk.domain.period import (
    MAX_YEAR,
    MIN_YEAR,
    Period,
    PeriodError,
    month_range,
    parse_period,
)

# ---- reading periods ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["2024-03", "2024M03", "2024m03", "202403", "03.2024", "3.2024",
                                  "3/2024", "2024-3", "  2024-03  "])
def test_every_accepted_month_notation_reads_as_march_2024(text):
    assert parse_period(text) == Period(2024, 3)


def test_a_four_digit_year_reads_as_the_whole_year():
    p = parse_period("2024")
    assert p == Period(2024)
    assert p.is_year
    assert p.month is None


def test_a_month_is_not_a_year():
    assert not parse_period("2024-12").is_year


@pytest.mark.parametrize("text", ["2024-01", "2024-12", "1990-01", "2100-12", "2024"])
def test_a_period_prints_in_the_form_it_is_read_back_from(text):
    assert str(parse_period(text)) == text
    assert parse_period(str(parse_period(text))) == parse_period(text)


def test_a_month_prints_with_two_digits():
    assert str(Period(2024, 3)) == "2024-03"
    assert str(parse_period("3.2024")) == "2024-03"


@pytest.mark.parametrize("text", ["mars 2024", "abc", "2024-03-01", "24-03", "2024-", "-03",
                                  "20240", "2024031", "2024 03", "2024.03.01", "2O24"])
def test_junk_is_refused_with_a_message_saying_it_is_not_a_period(text):
    with pytest.raises(PeriodError) as exc:
        parse_period(text)
    assert "ikke en periode" in str(exc.value)


@pytest.mark.parametrize("text", ["", "   "])
def test_an_empty_period_is_refused_as_missing(text):
    with pytest.raises(PeriodError, match="mangler"):
        parse_period(text)


@pytest.mark.parametrize("text", ["2024-13", "2024M13", "202413", "13.2024", "2024-00", "00.2024"])
def test_a_month_outside_1_to_12_is_refused(text):
    with pytest.raises(PeriodError, match="finnes ikke"):
        parse_period(text)


@pytest.mark.parametrize("text", ["1989", "1989-12", "2101", "2101-01", "0000", "9999-01"])
def test_a_year_outside_the_supported_range_is_refused(text):
    with pytest.raises(PeriodError, match="utenfor"):
        parse_period(text)


def test_the_first_and_last_supported_years_are_accepted():
    assert parse_period(str(MIN_YEAR)) == Period(MIN_YEAR)
    assert parse_period(f"{MAX_YEAR}-12") == Period(MAX_YEAR, 12)


def test_a_period_error_is_a_value_error():
    assert issubclass(PeriodError, ValueError)


@pytest.mark.parametrize("year, month", [(2024, 0), (2024, 13), (1989, 1), (2101, None)])
def test_a_period_cannot_be_built_with_an_impossible_month_or_year(year, month):
    with pytest.raises(PeriodError):
        Period(year, month)


def test_equal_periods_are_equal_and_hash_the_same():
    assert parse_period("2024M03") == parse_period("03.2024")
    assert len({Period(2024, 3), parse_period("202403"), Period(2024)}) == 2


# ---- ordering ----------------------------------------------------------------------

def test_a_year_sorts_after_its_december_and_before_the_next_january():
    assert Period(2024, 12) < Period(2024)
    assert Period(2024) < Period(2025, 1)
    assert Period(2024) > Period(2024, 1)


def test_periods_sort_by_time():
    shuffled = [Period(2025, 1), Period(2024), Period(2024, 2), Period(2023, 12),
                Period(2024, 12), Period(2024, 1), Period(2023)]
    assert sorted(shuffled) == [Period(2023, 12), Period(2023), Period(2024, 1), Period(2024, 2),
                                Period(2024, 12), Period(2024), Period(2025, 1)]


def test_months_compare_by_month_within_a_year():
    assert Period(2024, 2) < Period(2024, 10)
    assert Period(2024, 10) >= Period(2024, 10)
    assert not Period(2024, 10) < Period(2024, 10)


# ---- stepping through months ---------------------------------------------------------

def test_next_month_crosses_the_year_end():
    assert Period(2024, 12).next_month() == Period(2025, 1)
    assert Period(2024, 3).next_month() == Period(2024, 4)


def test_previous_month_crosses_the_year_start():
    assert Period(2025, 1).previous_month() == Period(2024, 12)
    assert Period(2024, 4).previous_month() == Period(2024, 3)


def test_a_year_has_no_next_or_previous_month():
    with pytest.raises(ValueError):
        Period(2024).next_month()
    with pytest.raises(ValueError):
        Period(2024).previous_month()


def test_month_index_counts_months_between_periods():
    assert Period(2025, 2).index() - Period(2024, 11).index() == 3
    assert Period(2024, 1).index() - Period(2023, 12).index() == 1


def test_month_range_includes_both_ends_and_crosses_the_year_end():
    assert month_range(Period(2024, 11), Period(2025, 2)) == [
        Period(2024, 11), Period(2024, 12), Period(2025, 1), Period(2025, 2)]


def test_month_range_of_one_month_is_that_month():
    assert month_range(Period(2024, 5), Period(2024, 5)) == [Period(2024, 5)]


def test_month_range_backwards_is_empty():
    assert month_range(Period(2024, 5), Period(2024, 4)) == []


def test_month_range_covers_a_whole_year_in_twelve_months():
    months = month_range(Period(2023, 1), Period(2023, 12))
    assert len(months) == 12
    assert [p.month for p in months] == list(range(1, 13))


def test_month_range_reaches_the_last_supported_month():
    months = month_range(Period(MAX_YEAR, 11), Period(MAX_YEAR, 12))
    assert months == [Period(MAX_YEAR, 11), Period(MAX_YEAR, 12)]
