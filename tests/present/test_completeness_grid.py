"""The completeness grid of many offices: hand-counted months, and the same counts as
each office's own month form."""

from __future__ import annotations

from navdesk.domain.completeness import MonthState
from navdesk.domain.period import Period
from navdesk.present.completeness_grid import completeness_csv_rows, completeness_grid
from navdesk.store.demo import fill_demo
from navdesk.store.months import months_of_year
from tests.offices_case import ALNA, BJERKE, three_offices


def counts(row) -> list[tuple[int, int]]:
    return [(c.entered, c.expected) for c in row.months]


def test_every_office_has_its_hand_counted_months(office_store):
    three_offices(office_store)
    grid = completeness_grid(office_store, 2025)
    alna, bjerke, frogner = grid.rows
    assert [r.office.code for r in grid.rows] == [ALNA, BJERKE, "0312"]
    assert counts(alna) == [(3, 73), (2, 3)] + [(0, 3)] * 10
    assert [c.state for c in alna.months[:3]] == [MonthState.REPORTED, MonthState.PARTIAL,
                                                 MonthState.EMPTY]
    assert alna.latest_reported() == Period(2025, 1)
    assert (alna.reported_count(), alna.latest_month) == (1, Period(2025, 2))
    assert (bjerke.reported_count(), bjerke.latest_month) == (0, None)
    assert counts(bjerke) == [(0, 73)] * 11 + [(0, 75)]
    assert bjerke.latest_reported() is None
    assert counts(frogner) == [(73, 73)] * 2 + [(0, 73)] * 9 + [(0, 74)]
    assert frogner.months[0].state is MonthState.COMPLETE


def test_the_grid_counts_as_each_offices_month_form(office_store):
    three_offices(office_store)
    fill_demo(office_store, BJERKE, Period(2024, 3), Period(2025, 7))
    office_store.lock_month(BJERKE, Period(2025, 5))
    grid = completeness_grid(office_store, 2025)
    for row in grid.rows:
        form = months_of_year(office_store, row.office.code, 2025)
        assert [(c.entered, c.expected, c.state) for c in row.months] == \
            [(form[m].entered, form[m].expected, form[m].state) for m in range(1, 13)]


def test_the_file_has_a_row_per_office_and_month(office_store):
    three_offices(office_store)
    rows = completeness_csv_rows(completeness_grid(office_store, 2025))
    assert len(rows) == 36
    assert rows[:3] == [["0101", "NAV Alna", "2025-01", "3", "73", "ja"],
                        ["0101", "NAV Alna", "2025-02", "2", "3", "nei"],
                        ["0101", "NAV Alna", "2025-03", "0", "3", "nei"]]
    assert rows[-1] == ["0312", "NAV Frogner", "2025-12", "0", "74", "nei"]


def test_a_database_without_offices_has_an_empty_grid(store):
    assert completeness_grid(store, 2025).rows == ()
