"""The counts of a grid of many offices (``year_counts``, set arithmetic on the codes
with a value) are the month form's counts (``year_completeness``): one rule."""

from __future__ import annotations

import pytest

from navdesk.domain.catalogue import build_catalogue
from navdesk.domain.completeness import FormLines, MonthState, year_completeness, year_counts
from navdesk.domain.demo import demo_values
from navdesk.domain.period import Period
from navdesk.formats.catalogue_file import default_catalogue

CAT = build_catalogue(default_catalogue())
LINES = FormLines.of(CAT)


def filled_of(figures: dict) -> dict:
    filled: dict = {}
    for code, periods in figures.items():
        for period in periods:
            filled.setdefault(period, set()).add(code)
    return filled


def demo(first: Period, last: Period) -> dict:
    figures: dict = {}
    for code, period, value in demo_values("0312", first, last):
        figures.setdefault(code, {})[period] = value
    return figures


def thinned(figures: dict) -> dict:
    """The demo's figures with holes: SH_MND stops after March 2025, KVP_NYE is left
    out of every even month, the staff survey of 2025 is missing, and June is empty."""
    out = {c: dict(p) for c, p in figures.items()}
    out["SH_MND"] = {p: v for p, v in out["SH_MND"].items()
                     if p.is_year or p <= Period(2025, 3) or p.year < 2025}
    out["KVP_NYE"] = {p: v for p, v in out["KVP_NYE"].items()
                      if p.month is None or p.month % 2}
    out["MEDARBEIDERTILFREDSHET"].pop(Period(2025), None)
    for periods in out.values():
        periods.pop(Period(2025, 6), None)
    return out


@pytest.mark.parametrize("figures", [
    {},
    {"SH_MND": {Period(2025, 3): 480}},
    demo(Period(2024, 1), Period(2025, 12)),
    demo(Period(2025, 1), Period(2025, 8)),
    thinned(demo(Period(2024, 1), Period(2025, 12))),
], ids=["nothing", "one value", "two whole years", "through August", "with holes"])
def test_the_grids_counts_are_the_month_forms(figures):
    reported = {Period(2025, 2), Period(2025, 6)}
    whole = year_completeness(CAT, figures, 2025, reported)
    counts = year_counts(LINES, filled_of(figures), 2025, reported)
    assert [(c.entered, c.expected, c.state) for c in counts.values()] == \
        [(c.entered, c.expected, c.state) for c in whole.values()]


def test_hand_counted_months_of_an_office_filling_three_lines():
    filled = {Period(2025, 1): {"KVP_MND", "KVP_NYE", "BO_MIDL_DOGN"},
              Period(2025, 2): {"KVP_MND", "KVP_NYE"},
              Period(2024): {"BRUKERTILFREDSHET"}}
    counts = year_counts(LINES, filled, 2025, {Period(2025, 1)})
    # January: nothing the year before, so every one of the 73 monthly lines
    assert (counts[1].entered, counts[1].expected, counts[1].state) == \
        (3, 73, MonthState.REPORTED)
    assert (counts[2].entered, counts[2].expected, counts[2].state) == \
        (2, 3, MonthState.PARTIAL)
    assert (counts[3].entered, counts[3].expected, counts[3].state) == \
        (0, 3, MonthState.EMPTY)
    # December: the three lines, and the survey filled the year before
    assert (counts[12].entered, counts[12].expected) == (0, 4)
    assert str(counts[2].count_text()) == "2 av 3 tall"
