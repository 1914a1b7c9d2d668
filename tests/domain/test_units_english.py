"""Numbers typed in the English window: what it shows is read back (``1,234.5``); what
a Norwegian or an English reader could read differently is refused, never guessed. The
bokmål window (and files) keep their rules (test_units.py)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from navdesk.domain.units import (
    MAX_VALUE,
    Unit,
    ValueRejected,
    format_display,
    parse_number,
    parse_value,
)


@pytest.mark.parametrize("text, expected", [
    ("1,234", Decimal("1234")),
    ("1,234.5", Decimal("1234.5")),
    ("1234.5", Decimal("1234.5")),
    ("12.5", Decimal("12.5")),
    ("0.75", Decimal("0.75")),
    ("1,234,567.89", Decimal("1234567.89")),
    ("999,000", Decimal("999000")),
    ("1 234", Decimal("1234")),
    ("1\u00a0234.5", Decimal("1234.5")),
    ("-1,234", Decimal("-1234")),
    ("+12.5", Decimal("12.5")),
    ("1234", Decimal("1234")),
])
def test_the_english_window_reads_numbers_the_english_way(text, expected):
    assert parse_number(text, "en") == expected


@pytest.mark.parametrize("text", ["1.234", "12.345", "999.000"])
def test_a_point_before_three_digits_is_ambiguous_in_english_too(text):
    # a Norwegian means a thousand and more, an English reader three decimals
    with pytest.raises(ValueRejected) as exc:
        parse_number(text, "en")
    assert "tvetydig" in str(exc.value)


@pytest.mark.parametrize("text", ["12,5", "1,23", "0,5", "0,125", "12,50", "1.234,5",
                                  "1 234,5", "1.234.567"])
def test_a_comma_that_does_not_group_thousands_is_refused_in_english(text):
    # 1,23 and 1,234 would be a thousand times apart: say how to write it instead
    with pytest.raises(ValueRejected) as exc:
        parse_number(text, "en")
    assert str(exc.value) == (f"«{text}»: i det engelske vinduet er punktum desimaltegn "
                              "(12.5) og komma tusenskille (1,234)")


@pytest.mark.parametrize("text", ["abc", "1,2,3", "1,234 567", "1,23.5", "1..2", ",5"])
def test_what_is_no_number_either_way_is_refused_as_not_a_number_in_english(text):
    with pytest.raises(ValueRejected, match="ikke et tall"):
        parse_number(text, "en")


@pytest.mark.parametrize("text", ["1,234", "123,456"])
def test_the_bokmal_window_still_refuses_a_comma_before_three_digits(text):
    for lang in (None, "nb"):
        with pytest.raises(ValueRejected, match="tvetydig"):
            parse_number(text, lang)


def test_the_bokmal_window_keeps_its_rules():
    assert parse_number("1 234", "nb") == Decimal("1234")
    assert parse_number("12,5", "nb") == Decimal("12.5")
    with pytest.raises(ValueRejected, match="tvetydig"):
        parse_number("1.234", "nb")


def test_a_value_typed_in_english_is_checked_against_its_unit():
    assert parse_value(Unit.PERSONS, "1,234", "en") == 1234
    assert parse_value(Unit.NOK, "1,234.56", "en") == 1234.56
    assert parse_value(Unit.PERCENT, "12.5 %", "en") == 12.5
    with pytest.raises(ValueRejected, match="helt tall"):
        parse_value(Unit.PERSONS, "12.5", "en")
    with pytest.raises(ValueRejected, match="to desimaler"):
        parse_value(Unit.NOK, "1234.567", "en")


# every figure navdesk can hold: at most two decimals, up to MAX_VALUE, ints when whole
FIGURES = st.one_of(
    st.integers(min_value=-int(MAX_VALUE), max_value=int(MAX_VALUE)),
    st.decimals(min_value=-MAX_VALUE, max_value=MAX_VALUE, places=2,
                allow_nan=False, allow_infinity=False).map(float),
)


@given(value=FIGURES, lang=st.sampled_from(["nb", "en"]))
def test_every_figure_shown_in_a_language_is_read_back_the_same_in_it(value, lang):
    shown = format_display(value, lang=lang)
    assert parse_number(shown, lang) == Decimal(str(value))


@given(value=FIGURES, decimals=st.integers(min_value=0, max_value=2),
       lang=st.sampled_from(["nb", "en"]))
def test_a_rounded_figure_shown_in_a_language_is_read_back_as_shown(value, decimals, lang):
    shown = format_display(value, decimals, lang=lang)
    # navdesk's one rounding rule: half away from zero of the figure as written
    # (Python's "%.0f" would write 0.5 as 0, and 52.65 with one decimal as 52.6)
    exact = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    assert parse_number(shown, lang) == exact
