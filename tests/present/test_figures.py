"""One rounding rule for every surface (navdesk.present.figures), and the cells the
presenters make of a goal-card row, a breakdown table and a report line."""

from __future__ import annotations

from navdesk.domain.goalcard import Direction, Status, summarize
from navdesk.domain.period import Period
from navdesk.present import figures as fig
from navdesk.present.breakdown import breakdown_cells, office_breakdowns
from navdesk.present.goalcard import goal_card_cells, goal_card_rows
from navdesk.present.report import status_count_line
from tests.conftest import HOME_CODE
from tests.partial_case import WORK, half_enter_december

NBSP = "\u00a0"


def test_halves_round_away_from_zero_on_the_decimal_value():
    # Python's round() gives 2.2 and 31703189.0 here (half to even on a binary float)
    assert fig.rounded(2.25, 1) == 2.3 and fig.rounded(-2.25, 1) == -2.3
    assert fig.for_people(31703189.5) == f"31{NBSP}703{NBSP}190"
    assert fig.in_file(50572.235) == "50572,24"
    assert fig.rounded(7, 1) == 7 and isinstance(fig.rounded(7, 1), int)


def test_people_read_whole_numbers_from_a_thousand_and_one_decimal_below():
    assert fig.for_people(50572.2) == f"50{NBSP}572"
    assert fig.for_people(-1234.5) == f"-1{NBSP}235"
    assert fig.for_people(12.0) == "12" and fig.for_people(91.6666) == "91,7"
    assert fig.for_people(91.6666, "en") == "91.7" and fig.for_people(1234.5, "en") == "1,235"
    assert fig.for_people(None) == "–" and fig.for_people(None, missing="") == ""
    assert fig.for_people(8.125, decimals=2) == "8,13"


def test_a_change_keeps_its_own_sign_and_a_share_its_decimal():
    assert (fig.signed(0.04), fig.signed(-0.04), fig.signed(0)) == ("+0", "-0", "0")
    assert fig.signed(2572.4) == f"+2{NBSP}572" and fig.signed(None) == ""
    assert fig.share(12.0) == f"12,0{NBSP}%" and fig.share(52.65) == f"52,7{NBSP}%"
    assert fig.share(None) == "" and fig.share_in_file(12.0) == "12,0"


def test_a_file_carries_two_decimals_that_round_to_what_people_read():
    for value in (50572.2349, 91.6666, 0.05, 999.95, 14.25):
        in_file = float(fig.in_file(value, "."))
        assert fig.for_people(in_file) == fig.for_people(value)


def test_the_target_carries_the_domains_direction_symbol(demo_store):
    rows = goal_card_rows(demo_store, HOME_CODE, 2025, 6)
    for row in rows:
        cells = goal_card_cells(row)
        if row.result.target_period is not None:
            expected = "≥" if row.result.measure.direction is Direction.HIGHER else "≤"
            assert cells.target.split(" ")[0] == expected == row.result.measure.direction.symbol
        else:
            assert cells.target == ""
        assert cells.status.startswith(row.result.status.symbol + " ")
        assert cells.through == "" and cells.name_with_through() == row.name


def test_a_measure_read_through_an_earlier_month_says_which(demo_store):
    half_enter_december(demo_store)
    rows = goal_card_rows(demo_store, HOME_CODE, 2025, 12)
    work = next(r for r in rows if r.result.measure.indicator == WORK)
    cells = goal_card_cells(work)
    assert cells.through == "til og med november"
    assert cells.name_with_through() == f"{work.name} (til og med november)"
    assert cells.target == "≥ 91,7" and cells.status == "▲ gul"
    # the change says which way it goes, in words the window translates
    assert cells.change.endswith((" bedre", " verre")) and cells.change.args["word"] in (
        "bedre", "verre")


def test_the_status_counts_are_the_domains(demo_store):
    rows = goal_card_rows(demo_store, HOME_CODE, 2025, 6)
    _, counts = summarize(r.result.status for r in rows)
    line = status_count_line(rows)
    assert line == "  ".join(f"{s.symbol} {s.value}: {counts[s]}" for s in Status)
    assert sum(counts.values()) == len(rows)


def test_a_breakdown_table_has_its_cells_once(demo_store):
    tables = office_breakdowns(demo_store, HOME_CODE, 2025, 6, [2024])
    age = next(t for t in tables if t.group == "Alder")
    cells = breakdown_cells(age)
    assert cells.header == ["Kategori", "2024", "Andel", "2025", "Andel", "Endring fra 2024"]
    assert list(cells.figure_columns) == [1, 2, 3, 4, 5]
    total = cells.rows[-1]
    assert total.is_total and total.cells[0] == "Totalt" and total.cells[2] == f"100,0{NBSP}%"
    assert all(len(r.cells) == 6 for r in cells.rows)
    parts = [r for r in age.rows if not r.is_total]
    assert [r.cells[0] for r in cells.rows[:-1]] == [r.name for r in parts]
    first = age.rows[0].cells[2025]
    assert cells.rows[0].cells[3:] == [fig.for_people(first.count), fig.share(first.share),
                                       fig.signed(first.change)]
    assert Period(2025, age.through_month) == Period(2025, 6)
