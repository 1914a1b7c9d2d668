"""Issue 11's case in the files and the report's content: December 2025 half entered (three
figures of 75). Everything runs through November by default; December chosen all the same
is labelled as partial with its count, and no table mixes months."""

from __future__ import annotations

from navdesk.domain.goalcard import Status
from navdesk.domain.period import Period
from navdesk.present.breakdown import (
    BREAKDOWN_COLUMNS,
    breakdown_csv_rows,
    breakdown_text,
    office_breakdowns,
    table_months,
)
from navdesk.present.goalcard import (
    GOALCARD_COLUMNS,
    goal_card_csv_rows,
    goal_card_rows,
    goal_card_text,
)
from navdesk.present.report import report_content
from navdesk.store.months import left_out_months
from tests.conftest import HOME_CODE
from tests.partial_case import WORK, half_enter_december

LABEL = "desember 2025: 3 av 75 tall (delvis måned)"


def work_row(rows):
    return next(r for r in rows if r.result.measure.indicator == WORK)


def test_the_goal_card_runs_through_the_latest_whole_month_by_default(demo_store):
    half_enter_december(demo_store)
    rows = goal_card_rows(demo_store, HOME_CODE, 2025)
    work = work_row(rows)
    # the reported case: through November, 86 people against >= 91,7 (100 x 11 / 12): yellow
    assert work.result.through == Period(2025, 11) and work.month.is_whole
    assert (work.result.value, round(work.result.target_period, 1)) == (86, 91.7)
    assert work.result.status is Status.YELLOW and work.result.better is True
    text = goal_card_text(rows)
    assert "delvis" not in goal_card_text(rows)
    # December's figures are not silently dropped: the text says they are left out
    text = goal_card_text(rows, left_out_months(demo_store, HOME_CODE, 2025, 11))
    assert text.startswith("Styringskort til og med 2025-11\n"
                           "Desember 2025 er delvis (3 av 75 tall) og ikke med\n\n")


def test_a_chosen_partial_month_is_labelled_in_the_text_and_every_csv_row(demo_store):
    half_enter_december(demo_store)
    rows = goal_card_rows(demo_store, HOME_CODE, 2025, 12)
    work = work_row(rows)
    assert work.month.period == Period(2025, 12) and not work.month.is_whole
    # like with like: the flow has no December figure, so it is read through November,
    # against 100 x 11 / 12 (86 against >= 100, red, was the trap); its row says so
    assert work.result.through == Period(2025, 11) and work.result.status is Status.YELLOW
    lines = goal_card_text(rows).splitlines()
    assert lines[:3] == ["Styringskort til og med 2025-12", LABEL, ""]
    assert next(line for line in lines if "stønad til arbeid" in line).endswith(
        "(til og med november)")
    csv = goal_card_csv_rows(rows)
    status = GOALCARD_COLUMNS.index("måned_status")
    assert GOALCARD_COLUMNS[-1] == "måned_status"
    assert {r[status] for r in csv} == {"delvis: 3 av 75 tall"}
    assert all(len(r) == len(GOALCARD_COLUMNS) for r in csv)
    whole = goal_card_csv_rows(goal_card_rows(demo_store, HOME_CODE, 2025, 11))
    assert {r[status] for r in whole} == {"komplett"}
    demo_store.lock_month(HOME_CODE, Period(2025, 11))
    locked = goal_card_csv_rows(goal_card_rows(demo_store, HOME_CODE, 2025, 11))
    assert {r[status] for r in locked} == {"rapportert"}


def test_the_report_runs_through_the_latest_whole_month_and_names_a_chosen_partial_one(
        demo_store):
    half_enter_december(demo_store)
    office = demo_store.home_office()
    content = report_content(demo_store, office, 2025)
    assert content.through_month == 11 and not content.is_partial
    assert content.period_marked == content.period_words == "januar–november 2025"
    assert content.month_label == ""
    assert all(t.through_month == 11 for t in content.breakdowns)
    assert work_row(content.goal_card).result.status is Status.YELLOW
    partial = report_content(demo_store, office, 2025, 12)
    assert partial.is_partial and partial.month_label == LABEL
    assert partial.period_marked == "året 2025 (desember delvis: 3 av 75 tall)"
    assert all(t.through_month == 12 for t in partial.breakdowns)


def test_a_breakdown_for_the_year_never_mixes_december_with_november(demo_store):
    half_enter_december(demo_store)  # SH_ALDER_18_24 is among December's three figures
    figures = demo_store.figures(HOME_CODE, [2025])
    ages = next(t for t in office_breakdowns(demo_store, HOME_CODE, 2025, 12)
                if t.group == "Alder")
    counts = {r.code: r.cells[2025].count for r in ages.rows}
    assert counts["SH_ALDER_18_24"] == figures["SH_ALDER_18_24"][Period(2025, 12)]
    assert counts["SH_ALDER_25_29"] is None  # not November's figure
    assert counts[None] == counts["SH_ALDER_18_24"]
    # by default the tables run through November: every part and the total from November
    ages = next(t for t in office_breakdowns(demo_store, HOME_CODE, 2025) if t.group == "Alder")
    assert ages.through_month == 11
    parts = [r for r in ages.rows if not r.is_total]
    assert [r.cells[2025].count for r in parts] == [
        figures[r.code][Period(2025, 11)] for r in parts]
    assert ages.rows[-1].cells[2025].count == sum(r.cells[2025].count for r in parts)


def test_breakdown_files_say_how_whole_each_rows_month_is(demo_store):
    half_enter_december(demo_store)
    tables = office_breakdowns(demo_store, HOME_CODE, 2025, 12, compare=[2024])
    months = table_months(demo_store, HOME_CODE, tables)
    assert {p: str(c.status_text()) for p, c in months.items()} == {
        Period(2024, 12): "komplett", Period(2025, 12): "delvis: 3 av 75 tall"}
    rows = breakdown_csv_rows(tables, months)
    status = BREAKDOWN_COLUMNS.index("måned_status")
    assert {(r[3], r[status]) for r in rows} == {("2024", "komplett"),
                                                 ("2025", "delvis: 3 av 75 tall")}
    names = {i.code: i.name for i in demo_store.catalogue}
    text = breakdown_text(tables, names, months[Period(2025, 12)])
    assert text.splitlines()[0] == LABEL
    whole = office_breakdowns(demo_store, HOME_CODE, 2025)
    assert not breakdown_text(whole, names, table_months(demo_store, HOME_CODE, whole)[
        Period(2025, 11)]).startswith("desember")
