"""The limits of what navdesk accepts from a file (navdesk.domain.limits), in one place."""

from __future__ import annotations

from decimal import Decimal

import pytest

from navdesk.domain.limits import (
    MAX_FIELD_LENGTH,
    check_amount,
    check_year,
    name_problem,
    office_problem,
    shortened,
)
from navdesk.domain.units import MAX_NUMBER_LENGTH, ValueRejected, parse_number


@pytest.mark.parametrize(("text", "year"), [("1990", 1990), (" 2025 ", 2025), ("2100", 2100)])
def test_a_year_is_four_digits_from_1990_to_2100(text, year):
    assert check_year(text) == year


@pytest.mark.parametrize(("text", "words"), [
    ("0", "år må være et årstall"), ("-1", "år må være et årstall"),
    ("99999", "år må være et årstall"), ("2_025", "år må være et årstall"),
    ("+2025", "år må være et årstall"), ("٢٠٢٥", "år må være et årstall"),
    ("1989", "året 1989 er utenfor 1990–2100"), ("2101", "året 2101 er utenfor 1990–2100"),
])
def test_other_years_are_refused_with_the_reason(text, words):
    with pytest.raises(ValueRejected, match=words):
        check_year(text)


@pytest.mark.parametrize(("text", "value"), [("0", 0.0), ("12,5", 12.5), ("1 234", 1234.0),
                                             ("999999999999", 999999999999.0)])
def test_an_amount_is_a_finite_number_from_zero(text, value):
    assert check_amount(text, "faktor") == value


@pytest.mark.parametrize(("text", "words"), [
    ("nan", "ikke et tall"), ("inf", "ikke et tall"), ("1e309", "ikke et tall"),
    ("1_0", "ikke et tall"), ("-1", "faktor kan ikke være negativ"),
    ("1000000000000", "faktor er urimelig stor"), ("9" * 400, "urimelig langt"),
])
def test_other_amounts_are_refused_with_the_reason(text, words):
    with pytest.raises(ValueRejected, match=words):
        check_amount(text, "faktor")


def test_a_number_of_a_million_digits_is_refused_before_any_arithmetic():
    with pytest.raises(ValueRejected, match="urimelig langt"):
        parse_number("9" * 1_000_000)
    assert parse_number("1" * MAX_NUMBER_LENGTH) == Decimal("1" * MAX_NUMBER_LENGTH)


@pytest.mark.parametrize("name", ["NAV Frogner", "Økonomisk sosialhjelp", "A" * MAX_FIELD_LENGTH])
def test_a_name_without_control_characters_is_a_name(name):
    assert name_problem(name) is None


@pytest.mark.parametrize(("name", "words"), [
    ("Linje\nto", "«Linje?to» har et kontrolltegn"), ("Tab\there", "kontrolltegn"),
    ("\x1b[31mRød", "«?[31mRød» har et kontrolltegn"), ("NEL\x85", "kontrolltegn"),
    ("LS\u2028", "kontrolltegn"), ("x" * (MAX_FIELD_LENGTH + 1), "for langt (10001 tegn"),
])
def test_a_name_with_a_control_character_or_too_long_is_refused(name, words):
    assert words in name_problem(name)


@pytest.mark.parametrize("code", ["=1+1", "@SUM(1+1)", "-2+3", "312", "03120", "０３１２",
                                  "03\x1b2"])
def test_an_office_code_is_four_digits_as_init_asks(code):
    assert "er ikke fire sifre" in office_problem(code, "NAV Et sted")
    assert office_problem("0312", "NAV Frogner") is None


def test_a_message_names_a_huge_field_by_its_start():
    assert shortened("x" * 100) == "x" * 39 + "…"
