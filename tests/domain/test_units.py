"""Units, reading numbers as Norwegians type them, the input checks and number formatting."""

from __future__ import annotations

from decimal import Decimal

import pytest

from navdesk.domain.units import (
    Unit,
    ValueRejected,
    check_value,
    format_display,
    format_number,
    parse_number,
    parse_value,
)

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"


# ---- reading numbers ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("1234", Decimal("1234")),
    ("1 234", Decimal("1234")),
    (f"1{NBSP}234", Decimal("1234")),
    (f"1{NARROW_NBSP}234", Decimal("1234")),
    ("1 234 567", Decimal("1234567")),
    (f"1{NBSP}234{NBSP}567,5", Decimal("1234567.5")),
    ("12,5", Decimal("12.5")),
    ("12.5", Decimal("12.5")),
    ("1.234,5", Decimal("1234.5")),
    ("1,234.5", Decimal("1234.5")),
    ("1.234.567", Decimal("1234567")),
    ("1,234,567", Decimal("1234567")),
    ("1.234.567,89", Decimal("1234567.89")),
    ("1 234,56", Decimal("1234.56")),
    ("0,5", Decimal("0.5")),
    ("12,50", Decimal("12.50")),
    ("1234,567", Decimal("1234.567")),  # four digits before the mark: not a thousands mark
    ("  42  ", Decimal("42")),
    ("+7", Decimal("7")),
])
def test_numbers_written_the_norwegian_or_english_way_are_read(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["1.234", "1,234", "12.345", "123,456", "999.000"])
def test_a_single_mark_before_three_digits_is_ambiguous_and_refused(text):
    with pytest.raises(ValueRejected) as exc:
        parse_number(text)
    assert "tvetydig" in str(exc.value)


def test_zero_before_three_decimals_is_not_ambiguous():
    assert parse_number("0,125") == Decimal("0.125")
    assert parse_number("0.125") == Decimal("0.125")


def test_zero_before_three_decimals_is_still_refused_for_having_three_decimals():
    with pytest.raises(ValueRejected, match="to desimaler"):
        parse_value(Unit.NOK, "0,125")


@pytest.mark.parametrize("text", ["abc", "12a", "1..2", "1,2,3", "1 23", "12 34 5", ",5", "5,",
                                  "1.23.4", "1,234.567,8", "12,5,0", "--5", "1e3"])
def test_text_that_is_not_a_number_is_refused(text):
    with pytest.raises(ValueRejected) as exc:
        parse_number(text)
    assert "ikke et tall" in str(exc.value)


@pytest.mark.parametrize("text", ["", "   "])
def test_an_empty_value_is_refused_as_missing(text):
    with pytest.raises(ValueRejected, match="mangler"):
        parse_number(text)


def test_a_leading_minus_is_read_as_negative():
    assert parse_number("-12,5") == Decimal("-12.5")
    assert parse_number("\u22123") == Decimal("-3")  # the typographic minus sign


def test_value_rejected_is_a_value_error():
    assert issubclass(ValueRejected, ValueError)


# ---- input checks per unit ---------------------------------------------------------

@pytest.mark.parametrize("unit", [Unit.PERSONS, Unit.COUNT, Unit.NIGHTS])
def test_counting_units_accept_whole_numbers_and_zero(unit):
    assert parse_value(unit, "0") == 0
    assert parse_value(unit, "1 234") == 1234
    assert isinstance(parse_value(unit, "1 234"), int)


@pytest.mark.parametrize("unit", [Unit.PERSONS, Unit.COUNT, Unit.NIGHTS])
def test_counting_units_refuse_decimals(unit):
    with pytest.raises(ValueRejected, match="helt tall"):
        parse_value(unit, "12,5")


def test_a_whole_number_written_with_zero_decimals_is_a_whole_number():
    assert parse_value(Unit.PERSONS, "12,00") == 12
    assert isinstance(parse_value(Unit.PERSONS, "12,00"), int)


@pytest.mark.parametrize("unit", list(Unit))
def test_no_unit_accepts_a_negative_value(unit):
    with pytest.raises(ValueRejected, match="negativ"):
        parse_value(unit, "-1")


@pytest.mark.parametrize("unit", [Unit.NOK, Unit.DAYS, Unit.MONTHS, Unit.SCORE, Unit.PERCENT])
def test_measuring_units_accept_two_decimals(unit):
    assert parse_value(unit, "12,25") == 12.25
    assert parse_value(unit, "0") == 0


@pytest.mark.parametrize("unit", [Unit.NOK, Unit.DAYS, Unit.MONTHS, Unit.SCORE, Unit.PERCENT])
def test_measuring_units_refuse_three_decimals(unit):
    with pytest.raises(ValueRejected, match="to desimaler"):
        parse_value(unit, "12,125")


def test_nok_accepts_large_amounts_with_thousands_separators():
    assert parse_value(Unit.NOK, "1 234 567,89") == 1234567.89
    assert parse_value(Unit.NOK, "1.234.567") == 1234567


def test_percent_accepts_0_and_100():
    assert parse_value(Unit.PERCENT, "0") == 0
    assert parse_value(Unit.PERCENT, "100") == 100


@pytest.mark.parametrize("text", ["100,01", "101", "250"])
def test_percent_above_100_is_refused(text):
    with pytest.raises(ValueRejected, match="prosent"):
        parse_value(Unit.PERCENT, text)


def test_percent_may_be_typed_with_a_percent_sign():
    assert parse_value(Unit.PERCENT, "87,5 %") == 87.5
    assert parse_value(Unit.PERCENT, "87,5%") == 87.5


def test_a_percent_sign_is_not_accepted_for_other_units():
    with pytest.raises(ValueRejected):
        parse_value(Unit.NOK, "87,5 %")


def test_an_ambiguous_value_is_refused_for_every_unit():
    for unit in Unit:
        with pytest.raises(ValueRejected, match="tvetydig"):
            parse_value(unit, "1.234")


def test_an_absurdly_large_value_is_refused():
    with pytest.raises(ValueRejected, match="urimelig"):
        parse_value(Unit.NOK, "1000000000000")
    assert parse_value(Unit.NOK, "999999999999") == 999999999999


def test_check_value_returns_int_for_whole_and_float_for_decimals():
    assert check_value(Unit.NOK, Decimal("12.50")) == 12.5
    assert isinstance(check_value(Unit.NOK, Decimal("12.50")), float)
    assert isinstance(check_value(Unit.NOK, Decimal("1E+2")), int)
    assert check_value(Unit.NOK, Decimal("1E+2")) == 100


def test_check_value_refuses_infinity_and_not_a_number():
    for d in (Decimal("Infinity"), Decimal("NaN")):
        with pytest.raises(ValueRejected, match="ikke et tall"):
            check_value(Unit.NOK, d)


def test_only_persons_count_and_nights_are_whole_units():
    assert {u for u in Unit if u.whole} == {Unit.PERSONS, Unit.COUNT, Unit.NIGHTS}


def test_units_have_norwegian_labels():
    assert Unit.PERSONS.label == "personer"
    assert Unit.NOK.label == "kr"
    assert Unit.NIGHTS.label == "døgn"
    assert Unit.NOK.label_en == "NOK"


# ---- formatting --------------------------------------------------------------------

@pytest.mark.parametrize("value, text", [
    (1234567, "1234567"),
    (1234.5, "1234,5"),
    (12.25, "12,25"),
    (12.0, "12"),
    (0, "0"),
    (0.0, "0"),
    (0.1 + 0.2, "0,3"),
    (2 / 3, "0,67"),
    (9.999, "10"),
    (0.001, "0"),
    (100.5, "100,5"),
])
def test_format_number_has_no_thousands_separator_and_at_most_two_decimals(value, text):
    assert format_number(value) == text


def test_format_number_writes_nothing_for_a_missing_value():
    assert format_number(None) == ""


def test_format_number_can_use_a_decimal_point():
    assert format_number(1234.5, ".") == "1234.5"
    assert format_number(1234, ".") == "1234"


def test_format_number_output_reads_back_as_the_same_value():
    for value in (0, 7, 1234567, 12.5, 0.05, 999.99, 1234.56):
        assert parse_value(Unit.NOK, format_number(value)) == value


def test_format_display_groups_thousands_with_a_no_break_space():
    assert format_display(1234567) == f"1{NBSP}234{NBSP}567"
    assert format_display(1234.5) == f"1{NBSP}234,5"
    assert format_display(473.26, 1) == "473,3"
    assert format_display(-1234) == f"-1{NBSP}234"
    assert format_display(None) == ""
