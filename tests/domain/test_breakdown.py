"""Breakdown tables: counts year-to-date by each part's rule, shares of the sum of the
parts with the change from the year before; every expected value worked out by hand."""

from __future__ import annotations

import pytest

from navdesk.domain.breakdown import TOTAL, breakdown_tables, years_needed
from navdesk.domain.catalogue import build_catalogue
from navdesk.domain.period import Period


def sex_table(tables):
    return next(t for t in tables if t.group == "Kjønn" and t.parent == "SH_HIA")


def test_shares_are_of_the_sum_of_the_parts_year_to_date_through_the_month(cat):
    # year-to-date counts (rule `last`): July is the value through July, not a sum
    figures = {
        "SH_KJONN_MENN": {Period(2013, 6): 290, Period(2013, 7): 300, Period(2013, 8): 330,
                          Period(2012, 7): 280, Period(2011, 7): 250},
        "SH_KJONN_KVINNER": {Period(2013, 7): 200, Period(2012, 7): 220, Period(2011, 7): 250},
        "SH_HIA": {Period(2013, 7): 505},  # the parent counts 5 without a recorded sex
    }
    table = sex_table(breakdown_tables(cat, figures, 2013, 7, compare=[2012, 2011]))
    assert table.years == (2011, 2012, 2013) and table.through_month == 7
    men, women, total = table.rows
    assert (men.code, men.name, women.name, total.name, total.code) == (
        "SH_KJONN_MENN", "Menn", "Kvinner", TOTAL, None)
    assert men.cells[2013].count == 300  # not August's 330
    assert men.cells[2013].share == pytest.approx(60.0)  # 300 / (300 + 200), not / 505
    assert women.cells[2013].share == pytest.approx(40.0)
    assert men.cells[2012].share == pytest.approx(280 / 500 * 100)  # 56,0
    assert men.cells[2011].share == pytest.approx(50.0)
    assert total.cells[2013].count == 500 and total.cells[2013].share == 100.0
    # change from the same months of the year before
    assert men.cells[2013].change == 20 and women.cells[2013].change == -20
    assert men.cells[2012].change == 30 and total.cells[2012].change == 0
    assert men.cells[2011].change is None  # 2010 has no figures


def test_a_missing_part_is_missing_and_the_shares_use_the_parts_present(cat):
    figures = {"SH_KJONN_MENN": {Period(2024, 12): 120}}
    table = sex_table(breakdown_tables(cat, figures, 2024))
    men, women, total = table.rows
    assert women.cells[2024].count is None and women.cells[2024].share is None
    assert men.cells[2024].share == 100.0 and total.cells[2024].count == 120


def test_a_year_without_figures_gives_empty_cells(cat):
    table = sex_table(breakdown_tables(cat, {}, 2024))
    assert not table.has_figures()
    assert all(c.count is None and c.share is None for r in table.rows for c in r.cells.values())


def test_every_breakdown_group_of_the_catalogue_is_a_table(cat):
    tables = breakdown_tables(cat, {}, 2024)
    assert [(t.group, t.parent) for t in tables] == [
        (g.name, g.parent) for g in cat.breakdown_groups()]
    ages = next(t for t in tables if t.group == "Alder")
    assert [r.name for r in ages.rows] == ["18–24 år", "25–29 år", "30–39 år", "40–49 år",
                                           "50–59 år", "60–66 år", "67 år og over", TOTAL]


def test_a_hidden_part_shows_only_where_it_has_figures(cat):
    from dataclasses import replace

    hidden = build_catalogue(replace(i, active=False) if i.code == "SH_KJONN_KVINNER" else i
                             for i in cat)
    assert [r.name for r in sex_table(breakdown_tables(hidden, {}, 2024)).rows] == ["Menn", TOTAL]
    figures = {"SH_KJONN_KVINNER": {Period(2023, 12): 7}}
    table = sex_table(breakdown_tables(hidden, figures, 2024, compare=[2023]))
    assert [r.name for r in table.rows] == ["Menn", "Kvinner", TOTAL]


def test_the_years_read_include_the_one_before_each_shown_year():
    assert years_needed(2013, [2012, 2010]) == [2009, 2010, 2011, 2012, 2013]


def test_a_table_takes_its_parts_and_its_total_from_its_own_month(cat):
    # issue 11: December half entered (men only). The table through December is December's
    # figures alone; it never adds December's men to November's women.
    figures = {"SH_KJONN_MENN": {Period(2025, 11): 300, Period(2025, 12): 330},
               "SH_KJONN_KVINNER": {Period(2025, 11): 200}}
    men, women, total = sex_table(breakdown_tables(cat, figures, 2025, 12)).rows
    assert men.cells[2025].count == 330 and women.cells[2025].count is None
    assert total.cells[2025].count == 330
    men, women, total = sex_table(breakdown_tables(cat, figures, 2025, 11)).rows
    assert (men.cells[2025].count, women.cells[2025].count, total.cells[2025].count) == (
        300, 200, 500)
    assert men.cells[2025].share == pytest.approx(60.0)


def test_a_compared_year_is_read_in_the_same_month(cat):
    figures = {"SH_KJONN_MENN": {Period(2024, 6): 250, Period(2024, 12): 400,
                                 Period(2025, 6): 280}}
    men = sex_table(breakdown_tables(cat, figures, 2025, 6, compare=[2024])).rows[0]
    assert men.cells[2024].count == 250 and men.cells[2025].change == 30
