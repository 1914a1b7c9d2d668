"""All-or-nothing bulk import: staged rows are checked as a whole and applied together,
or nothing is written and every problem is reported with its line number."""

from __future__ import annotations

import pytest

from navdesk.domain.period import Period
from navdesk.store.importing import ImportOutcome
from tests.conftest import HOME_CODE

SOURCE = "import tall.csv"


def row(line, code="SH_MND", period="2024-03", value=473, comment=None, office=HOME_CODE):
    return (line, office, code, period, value, comment)


def run(store, rows, **kw) -> ImportOutcome:
    batch = store.import_batch()
    batch.add(rows)
    kw.setdefault("source", SOURCE)
    return batch.finish(**kw)


def tables(store) -> dict[str, list[tuple]]:
    return {t: store.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall()
            for t in ("value", "audit_log", "office", "locked_period")}


def count(store, table: str) -> int:
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# ---- applying ------------------------------------------------------------------------

def test_a_clean_batch_is_applied_whole(office_store):
    outcome = run(office_store, [row(2, "SH_MND", "2024-01", 470), row(3, "SH_MND", "2024-02", 480),
                                 row(4, "SH_BRUTTO", "2024-02", 5_500_000.5),
                                 row(5, "BRUKERTILFREDSHET", "2024", 81.5)])
    assert outcome.applied
    assert outcome.problems == []
    assert (outcome.new, outcome.changed, outcome.unchanged) == (4, 0, 0)
    assert office_store.figures(HOME_CODE) == {
        "SH_MND": {Period(2024, 1): 470, Period(2024, 2): 480},
        "SH_BRUTTO": {Period(2024, 2): 5_500_000.5},
        "BRUKERTILFREDSHET": {Period(2024): 81.5},
    }


def test_rows_may_be_added_in_several_chunks(office_store):
    batch = office_store.import_batch()
    batch.add([row(2, "SH_MND", "2024-01", 470)])
    batch.add([row(3, "SH_MND", "2024-02", 480), row(4, "SH_MND", "2024-03", 490)])
    assert batch.rows == 3
    outcome = batch.finish(source=SOURCE)
    assert outcome.applied and outcome.new == 3
    assert count(office_store, "value") == 3


def test_audit_rows_get_the_source_user_and_old_and_new_values(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", Period(2024, 3), 400)
    run(office_store, [row(2, value=473), row(3, "SH_HIA", value=600)], user="kari")
    audit = office_store.conn.execute(
        "SELECT indicator, old_value, new_value, changed_by, source FROM audit_log"
        " WHERE source <> 'form' ORDER BY id").fetchall()
    # one change for the whole file: its rows share when, who and source
    assert sorted(audit, key=str) == sorted(
        [("SH_MND", 400, 473, "kari", SOURCE), ("SH_HIA", None, 600, "kari", SOURCE)], key=str)
    stored = office_store.value(HOME_CODE, "SH_MND", Period(2024, 3))
    assert (stored.value, stored.changed_by) == (473, "kari")


def test_new_changed_and_unchanged_rows_are_counted(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", Period(2024, 1), 470)
    office_store.set_value(HOME_CODE, "SH_MND", Period(2024, 2), 480)
    outcome = run(office_store, [row(2, period="2024-01", value=470),   # unchanged
                                 row(3, period="2024-02", value=481),   # changed
                                 row(4, period="2024-03", value=490),   # new
                                 row(5, period="2024-04", value=500)])  # new
    assert (outcome.new, outcome.changed, outcome.unchanged) == (2, 1, 1)
    assert count(office_store, "audit") == 2 + 3  # two typed, three imported changes


def test_an_unchanged_row_writes_no_audit_row_and_keeps_who_changed_it(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", Period(2024, 3), 473, user="kari")
    before = tables(office_store)
    outcome = run(office_store, [row(2, value=473)], user="ola")
    assert outcome.applied and outcome.unchanged == 1
    assert tables(office_store) == before


def test_importing_the_same_file_twice_changes_nothing_the_second_time(office_store):
    rows = [row(n, period=f"2024-{n:02d}", value=400 + n) for n in range(1, 13)]
    run(office_store, rows)
    before = tables(office_store)
    outcome = run(office_store, rows)
    assert (outcome.new, outcome.changed, outcome.unchanged) == (0, 0, 12)
    assert tables(office_store) == before


# ---- comments ------------------------------------------------------------------------

def test_a_row_without_comment_keeps_the_stored_comment(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", Period(2024, 3), 400, comment="Fra Modia")
    run(office_store, [row(2, value=473, comment=None)])
    stored = office_store.value(HOME_CODE, "SH_MND", Period(2024, 3))
    assert (stored.value, stored.comment) == (473, "Fra Modia")
    last = office_store.history(HOME_CODE, "SH_MND", Period(2024, 3))[0]
    assert (last.old_comment, last.new_comment) == ("Fra Modia", "Fra Modia")


def test_a_row_with_a_comment_replaces_the_stored_comment(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", Period(2024, 3), 473, comment="gammel")
    outcome = run(office_store, [row(2, value=473, comment="ny")])
    assert outcome.changed == 1 and outcome.unchanged == 0
    assert office_store.value(HOME_CODE, "SH_MND", Period(2024, 3)).comment == "ny"
    last = office_store.history(HOME_CODE, "SH_MND", Period(2024, 3))[0]
    assert (last.old_value, last.new_value, last.old_comment, last.new_comment, last.source) == (
        473, 473, "gammel", "ny", SOURCE)


def test_a_new_value_gets_the_rows_comment(office_store):
    run(office_store, [row(2, comment="anslag")])
    assert office_store.value(HOME_CODE, "SH_MND", Period(2024, 3)).comment == "anslag"


# ---- problems: nothing is written --------------------------------------------------------

def test_a_duplicate_row_is_reported_with_both_lines_and_nothing_is_written(office_store):
    before = tables(office_store)
    outcome = run(office_store, [row(2, value=470), row(3, "SH_HIA", value=600),
                                 row(7, value=471)])
    assert not outcome.applied
    assert [line for line, _ in outcome.problems] == [7]
    assert "linje 2" in outcome.problems[0][1]
    assert tables(office_store) == before


def test_a_row_in_a_locked_month_is_reported_and_nothing_is_written(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", Period(2024, 2), 450)
    office_store.lock_month(HOME_CODE, Period(2024, 2))
    before = tables(office_store)
    outcome = run(office_store, [row(2, period="2024-01", value=440),
                                 row(3, period="2024-02", value=451),
                                 row(4, period="2024-03", value=460)])
    assert not outcome.applied
    assert len(outcome.problems) == 1
    line, message = outcome.problems[0]
    assert line == 3 and "låst" in message
    assert tables(office_store) == before


def test_unchanged_rows_of_a_locked_month_are_accepted(office_store):
    # re-importing the office's own export must work although a month is reported
    office_store.set_value(HOME_CODE, "SH_MND", Period(2024, 2), 450, comment="ferie")
    office_store.lock_month(HOME_CODE, Period(2024, 2))
    outcome = run(office_store, [row(2, period="2024-02", value=450, comment="ferie"),
                                 row(3, period="2024-03", value=460)])
    assert outcome.problems == []
    assert outcome.applied and outcome.unchanged == 1 and outcome.new == 1
    assert office_store.value(HOME_CODE, "SH_MND", Period(2024, 2)).value == 450


def test_a_changed_comment_in_a_locked_month_is_refused(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", Period(2024, 2), 450, comment="ferie")
    office_store.lock_month(HOME_CODE, Period(2024, 2))
    outcome = run(office_store, [row(2, period="2024-02", value=450, comment="annen grunn")])
    assert not outcome.applied
    assert [line for line, _ in outcome.problems] == [2]
    assert office_store.value(HOME_CODE, "SH_MND", Period(2024, 2)).comment == "ferie"


def test_a_years_value_is_refused_once_its_december_is_locked(office_store):
    office_store.lock_month(HOME_CODE, Period(2024, 12))
    outcome = run(office_store, [row(5, "BRUKERTILFREDSHET", "2024", 80)])
    assert not outcome.applied
    assert [line for line, _ in outcome.problems] == [5]
    assert count(office_store, "value") == 0


def test_a_row_for_an_unknown_office_is_reported_with_its_lines_and_nothing_is_written(
        office_store):
    before = tables(office_store)
    outcome = run(office_store, [row(2), row(3, office="0301"), row(4, "SH_HIA", office="0301")])
    assert not outcome.applied
    assert len(outcome.problems) == 1
    line, message = outcome.problems[0]
    assert line == 3
    assert "0301" in message and "finnes ikke" in message and "3, 4" in message
    assert tables(office_store) == before


def test_unknown_offices_may_be_added_by_the_import(office_store):
    outcome = run(office_store, [row(2), row(3, office="0301")],
                  add_offices={"0301": "NAV Gamle Oslo", "0302": "NAV Grünerløkka"})
    assert outcome.applied
    assert outcome.offices_added == ["0301"]  # 0302 has no rows: not created
    assert office_store.office("0301").name == "NAV Gamle Oslo"
    assert office_store.office("0302") is None
    assert office_store.value("0301", "SH_MND", Period(2024, 3)).value == 473


def test_problems_are_reported_in_line_order(office_store):
    office_store.lock_month(HOME_CODE, Period(2024, 5))
    outcome = run(office_store, [row(2, period="2024-05"), row(3, office="0301"),
                                 row(4), row(5, period="2024-03")])
    assert [line for line, _ in outcome.problems] == [2, 3, 5]
    assert count(office_store, "value") == 0


# ---- dry run ---------------------------------------------------------------------------

def test_a_dry_run_reports_the_counts_and_writes_nothing(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", Period(2024, 1), 470)
    office_store.set_value(HOME_CODE, "SH_MND", Period(2024, 2), 480)
    before = tables(office_store)
    outcome = run(office_store, [row(2, period="2024-01", value=470),
                                 row(3, period="2024-02", value=481),
                                 row(4, period="2024-03", value=490)], dry_run=True)
    assert not outcome.applied
    assert outcome.problems == []
    assert (outcome.new, outcome.changed, outcome.unchanged) == (1, 1, 1)
    assert tables(office_store) == before


def test_a_dry_run_names_the_offices_it_would_add_but_adds_none(office_store):
    before = tables(office_store)
    outcome = run(office_store, [row(2, office="0301")], dry_run=True,
                  add_offices={"0301": "NAV Gamle Oslo"})
    assert not outcome.applied
    assert outcome.offices_added == ["0301"]
    assert tables(office_store) == before


def test_a_refused_batch_still_reports_what_it_would_have_done(office_store):
    outcome = run(office_store, [row(2, period="2024-01"), row(3, period="2024-02"),
                                 row(4, period="2024-02")])
    assert not outcome.applied
    assert outcome.new == 2  # values, not rows: the duplicate row names the same value
    assert [line for line, _ in outcome.problems] == [4]


def test_the_store_can_import_again_after_a_refused_batch(office_store):
    run(office_store, [row(2), row(3)])
    outcome = run(office_store, [row(2, value=500)])
    assert outcome.applied
    assert office_store.value(HOME_CODE, "SH_MND", Period(2024, 3)).value == 500


@pytest.mark.parametrize("dry_run", [False, True])
def test_an_empty_batch_writes_nothing(office_store, dry_run):
    outcome = run(office_store, [], dry_run=dry_run)
    assert (outcome.new, outcome.changed, outcome.unchanged, outcome.problems) == (0, 0, 0, [])
    assert count(office_store, "audit") == 0


# ---- preview and steps -----------------------------------------------------------------

def test_a_preview_lists_the_changed_values_in_file_order_with_old_and_new(office_store):
    from navdesk.store.importing import ChangedValue

    office_store.set_value(HOME_CODE, "SH_MND", Period(2024, 1), 470, comment="anslag")
    office_store.set_value(HOME_CODE, "SH_MND", Period(2024, 2), 480)
    office_store.set_value(HOME_CODE, "SH_BRUTTO", Period(2024, 2), 1000.5)
    office_store.set_value(HOME_CODE, "SH_HIA", Period(2024, 2), 900)
    before = tables(office_store)
    outcome = run(office_store, [row(2, "SH_MND", "2024-01", 470, "rettet"),  # comment only
                                 row(3, "SH_MND", "2024-02", 480),             # unchanged
                                 row(4, "SH_MND", "2024-03", 490),             # new
                                 row(5, "SH_BRUTTO", "2024-02", 1000.75),
                                 row(6, "SH_HIA", "2024-02", 901)],
                  dry_run=True, preview=10)
    assert (outcome.new, outcome.changed, outcome.unchanged) == (1, 3, 1)
    assert outcome.preview == [
        ChangedValue(2, HOME_CODE, "SH_MND", Period(2024, 1), 470, 470, "anslag", "rettet"),
        ChangedValue(5, HOME_CODE, "SH_BRUTTO", Period(2024, 2), 1000.5, 1000.75, None, None),
        ChangedValue(6, HOME_CODE, "SH_HIA", Period(2024, 2), 900, 901, None, None),
    ]
    assert tables(office_store) == before


def test_a_preview_stops_at_its_limit_and_is_empty_unless_asked(office_store):
    office_store.put_many(HOME_CODE, [("SH_MND", Period(2024, m), m) for m in range(1, 13)],
                          source="test")
    rows = [row(m + 1, "SH_MND", f"2024-{m:02d}", 100 + m) for m in range(1, 13)]
    limited = run(office_store, rows, dry_run=True, preview=5)
    assert limited.changed == 12
    assert [c.line for c in limited.preview] == [2, 3, 4, 5, 6]
    assert run(office_store, rows, dry_run=True).preview == []


def test_step_is_called_between_the_passes_and_stopping_there_rolls_everything_back(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", Period(2024, 1), 470)
    before = tables(office_store)
    calls = []

    class Stop(Exception):
        pass

    def step():
        calls.append(count(office_store, "audit"))
        if len(calls) == 4:  # after the audit rows are written, before the values
            raise Stop

    with pytest.raises(Stop):
        run(office_store, [row(2, "SH_MND", "2024-01", 471), row(3, "SH_MND", "2024-02", 480)],
            step=step)
    assert calls == [1, 1, 1, 3]  # the audit rows were written in the transaction ...
    assert tables(office_store) == before  # ... and rolled back with it
    outcome = run(office_store, [row(2, "SH_MND", "2024-01", 471)], step=lambda: None)
    assert outcome.applied and count(office_store, "audit") == 2
