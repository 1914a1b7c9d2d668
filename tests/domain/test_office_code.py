"""Office numbers that lost their leading zeros in Excel, matched to known offices only
when there is exactly one and the file does not name it otherwise."""

from __future__ import annotations

from navdesk.domain.office_code import restored_office, same_office_name, with_zeros_restored

KNOWN = {"0312": "NAV Frogner", "0301": "NAV Gamle Oslo", "1201": "NAV Bergenhus"}


def test_zeros_put_back_give_the_known_codes():
    assert with_zeros_restored("312", KNOWN) == ["0312"]
    assert with_zeros_restored("12", {"0012": "a", "00012": "b"}) == ["00012", "0012"]


def test_a_known_code_or_one_that_is_not_all_digits_is_not_restored():
    assert with_zeros_restored("0312", KNOWN) == []
    assert with_zeros_restored("1201", KNOWN) == []
    assert with_zeros_restored("31a", KNOWN) == []
    assert with_zeros_restored("", KNOWN) == []


def test_only_zeros_may_be_put_back():
    assert with_zeros_restored("201", KNOWN) == []  # 1201 is not 201 with a zero


def test_names_of_an_office_match_across_case_spacing_and_nav():
    assert same_office_name("NAV Frogner", " nav  FROGNER ")
    assert same_office_name("Frogner", "NAV Frogner")
    assert not same_office_name("NAV Alna", "NAV Frogner")


def test_the_one_known_office_is_restored_unless_the_file_names_another():
    assert restored_office("312", "", KNOWN) == "0312"
    assert restored_office("312", "NAV Frogner", KNOWN) == "0312"
    assert restored_office("312", "NAV Alna", KNOWN) is None
    assert restored_office("999", "", KNOWN) is None
    assert restored_office("12", "", {"0012": "a", "00012": "a"}) is None  # two offices
