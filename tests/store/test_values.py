"""Storing, changing and deleting values: every accepted change is audited, every rejected
one changes nothing, and reported (locked) months stay as reported."""

from __future__ import annotations

from datetime import datetime

import pytest

from navdesk.domain.period import Period
from navdesk.domain.units import ValueRejected
from navdesk.store import open_store
from navdesk.store.database import Change
from navdesk.store.demo import fill_demo
from tests.conftest import HOME_CODE

MARCH = Period(2024, 3)


def rows(store, table: str) -> list[tuple]:
    return store.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3").fetchall()


def all_tables(store) -> dict[str, list[tuple]]:
    return {t: rows(store, t)
            for t in ("value", "audit_log", "locked_period", "lock_event", "office")}


def audit_rows(store) -> list[dict]:
    cur = store.conn.execute(
        "SELECT office, indicator, period, old_value, new_value, old_comment, new_comment,"
        " changed_at, changed_by, source FROM audit_log ORDER BY id")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur]


# ---- storing and auditing --------------------------------------------------------------

def test_set_value_stores_the_value(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 473, user="kari")
    stored = office_store.value(HOME_CODE, "SH_MND", MARCH)
    assert (stored.office, stored.code, stored.period, stored.value) == (
        HOME_CODE, "SH_MND", MARCH, 473)
    assert stored.changed_by == "kari"
    assert office_store.figures(HOME_CODE) == {"SH_MND": {MARCH: 473}}


def test_set_value_survives_closing_and_reopening(office_store, db_path):
    office_store.set_value(HOME_CODE, "SH_BRUTTO", MARCH, 1234567.89)
    office_store.close()
    with open_store(db_path) as again:
        assert again.value(HOME_CODE, "SH_BRUTTO", MARCH).value == 1234567.89


def test_set_value_writes_an_audit_row_with_old_and_new_value_time_user_and_source(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 473, user="kari")
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 480, user="ola")
    first, second = audit_rows(office_store)
    assert (first["old_value"], first["new_value"], first["changed_by"], first["source"]) == (
        None, 473, "kari", "form")
    assert (second["old_value"], second["new_value"], second["changed_by"], second["source"]) == (
        473, 480, "ola", "form")
    assert (second["office"], second["indicator"], second["period"]) == (
        HOME_CODE, "SH_MND", "2024-03")
    assert datetime.fromisoformat(second["changed_at"]).tzinfo is not None


def test_set_value_returns_the_change(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 473)
    change = office_store.set_value(HOME_CODE, "SH_MND", MARCH, 480)
    assert change == Change(HOME_CODE, "SH_MND", MARCH, 473, 480, None, None)


def test_set_value_records_the_source_given(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 473, source="lim inn")
    assert audit_rows(office_store)[0]["source"] == "lim inn"


def test_setting_the_same_value_again_writes_no_audit_row(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 473)
    assert office_store.set_value(HOME_CODE, "SH_MND", MARCH, 473) is None
    assert office_store.set_value(HOME_CODE, "SH_MND", MARCH, 473.0) is None
    assert office_store.audit_count() == 1


def test_decimal_amounts_are_stored_exactly(office_store):
    office_store.set_value(HOME_CODE, "SH_BRUTTO", MARCH, 0.1)
    office_store.set_value(HOME_CODE, "SYKEFRAVAER", MARCH, 6.45)
    assert office_store.value(HOME_CODE, "SH_BRUTTO", MARCH).value == 0.1
    assert office_store.value(HOME_CODE, "SYKEFRAVAER", MARCH).value == 6.45
    assert office_store.set_value(HOME_CODE, "SYKEFRAVAER", MARCH, 6.45) is None


def test_a_yearly_indicator_is_stored_for_the_year(office_store):
    office_store.set_value(HOME_CODE, "BRUKERTILFREDSHET", Period(2024), 81.5)
    assert office_store.figures(HOME_CODE) == {"BRUKERTILFREDSHET": {Period(2024): 81.5}}


def test_a_value_that_breaks_a_consistency_rule_is_still_stored(office_store):
    # rules warn, they never block: more reversed than complaints is kept for a second look
    office_store.set_value(HOME_CODE, "SAK_KLAGER", MARCH, 3)
    office_store.set_value(HOME_CODE, "SAK_OMGJORT", MARCH, 5)
    assert office_store.value(HOME_CODE, "SAK_OMGJORT", MARCH).value == 5


# ---- deleting ------------------------------------------------------------------------

def test_delete_value_removes_the_row_and_is_audited(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 473, comment="fra fagsystemet")
    change = office_store.delete_value(HOME_CODE, "SH_MND", MARCH, user="kari")
    assert change.old_value == 473 and change.new_value is None
    assert office_store.value(HOME_CODE, "SH_MND", MARCH) is None
    last = audit_rows(office_store)[-1]
    assert (last["old_value"], last["new_value"], last["old_comment"], last["new_comment"]) == (
        473, None, "fra fagsystemet", None)
    assert last["changed_by"] == "kari"


def test_deleting_a_missing_value_changes_nothing(office_store):
    assert office_store.delete_value(HOME_CODE, "SH_MND", MARCH) is None
    assert office_store.audit_count() == 0


# ---- comments ------------------------------------------------------------------------

def test_a_comment_is_stored_with_the_value_and_audited(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 473, comment="Tall fra Modia")
    assert office_store.value(HOME_CODE, "SH_MND", MARCH).comment == "Tall fra Modia"
    assert audit_rows(office_store)[0]["new_comment"] == "Tall fra Modia"


def test_changing_only_the_value_keeps_the_comment(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 473, comment="Tall fra Modia")
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 480)
    assert office_store.value(HOME_CODE, "SH_MND", MARCH).comment == "Tall fra Modia"
    last = audit_rows(office_store)[-1]
    assert (last["old_comment"], last["new_comment"]) == ("Tall fra Modia", "Tall fra Modia")


def test_set_comment_changes_only_the_comment_and_is_audited(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 473)
    change = office_store.set_comment(HOME_CODE, "SH_MND", MARCH, "Rettet etter kontroll")
    assert change.old_comment is None and change.new_comment == "Rettet etter kontroll"
    stored = office_store.value(HOME_CODE, "SH_MND", MARCH)
    assert (stored.value, stored.comment) == (473, "Rettet etter kontroll")
    last = audit_rows(office_store)[-1]
    assert (last["old_value"], last["new_value"], last["new_comment"]) == (
        473, 473, "Rettet etter kontroll")


@pytest.mark.parametrize("empty", [None, ""])
def test_an_empty_comment_removes_the_comment_and_is_audited(office_store, empty):
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 473, comment="midlertidig")
    office_store.set_comment(HOME_CODE, "SH_MND", MARCH, empty)
    assert office_store.value(HOME_CODE, "SH_MND", MARCH).comment is None
    last = audit_rows(office_store)[-1]
    assert (last["old_comment"], last["new_comment"]) == ("midlertidig", None)


def test_setting_the_same_comment_again_writes_no_audit_row(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 473, comment="x")
    assert office_store.set_comment(HOME_CODE, "SH_MND", MARCH, "x") is None
    assert office_store.audit_count() == 1


def test_a_comment_needs_a_value_first(office_store):
    with pytest.raises(ValueRejected, match="verdi"):
        office_store.set_comment(HOME_CODE, "SH_MND", MARCH, "ingen verdi ennå")
    assert rows(office_store, "audit") == []


# ---- history ---------------------------------------------------------------------------

def test_history_lists_every_change_of_one_value_newest_first(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 470)
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 471)
    office_store.set_value(HOME_CODE, "SH_MND", Period(2024, 4), 999)  # another value
    office_store.set_comment(HOME_CODE, "SH_MND", MARCH, "sjekket")
    office_store.delete_value(HOME_CODE, "SH_MND", MARCH)
    history = office_store.history(HOME_CODE, "SH_MND", MARCH)
    assert [(h.old_value, h.new_value, h.new_comment) for h in history] == [
        (471, None, None), (471, 471, "sjekket"), (470, 471, None), (None, 470, None)]
    assert {h.period for h in history} == {"2024-03"}


# ---- rejected values change nothing ----------------------------------------------------

@pytest.mark.parametrize("code, period, value, word", [
    ("SH_MND", MARCH, 12.5, "helt tall"),
    ("SH_MND", MARCH, -1, "negativ"),
    ("SH_BRUTTO", MARCH, 10.125, "desimaler"),
    ("SYKEFRAVAER", MARCH, 100.5, "prosent"),
    ("D_ANDEL_UNG", MARCH, 12, "beregnes"),
    ("BRUKERTILFREDSHET", MARCH, 80, "per år"),
    ("SH_MND", Period(2024), 473, "per måned"),
    ("NO_SUCH_CODE", MARCH, 1, "Ukjent indikator"),
])
def test_a_rejected_value_raises_and_changes_nothing(office_store, code, period, value, word):
    office_store.set_value(HOME_CODE, "SH_HIA", MARCH, 600)
    before = all_tables(office_store)
    with pytest.raises(ValueRejected) as exc:
        office_store.set_value(HOME_CODE, code, period, value)
    assert word in str(exc.value)
    assert all_tables(office_store) == before


def test_a_value_for_an_unknown_office_is_rejected_and_changes_nothing(office_store):
    before = all_tables(office_store)
    with pytest.raises(ValueRejected, match="Kontor 9998 finnes ikke"):
        office_store.set_value("9998", "SH_MND", MARCH, 473)
    assert all_tables(office_store) == before


def test_a_value_in_a_locked_month_is_rejected_and_changes_nothing(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 473, comment="rapportert")
    office_store.lock_month(HOME_CODE, MARCH)
    before = all_tables(office_store)
    with pytest.raises(ValueRejected, match="låst"):
        office_store.set_value(HOME_CODE, "SH_MND", MARCH, 480)
    with pytest.raises(ValueRejected, match="låst"):
        office_store.set_value(HOME_CODE, "SH_HIA", MARCH, 600)
    with pytest.raises(ValueRejected, match="låst"):
        office_store.delete_value(HOME_CODE, "SH_MND", MARCH)
    with pytest.raises(ValueRejected, match="låst"):
        office_store.set_comment(HOME_CODE, "SH_MND", MARCH, "endret")
    assert all_tables(office_store) == before


# ---- locked months -------------------------------------------------------------------

def test_lock_month_locks_only_that_month_of_that_office(office_store):
    office_store.save_office("0301", "NAV Gamle Oslo")
    assert office_store.lock_month(HOME_CODE, MARCH, user="leder") is True
    assert office_store.is_locked(HOME_CODE, MARCH)
    assert not office_store.is_locked(HOME_CODE, Period(2024, 4))
    assert not office_store.is_locked("0301", MARCH)
    assert office_store.locked_months(HOME_CODE) == [MARCH]
    office_store.set_value(HOME_CODE, "SH_MND", Period(2024, 4), 480)  # the next month is open
    office_store.set_value("0301", "SH_MND", MARCH, 300)  # another office is open


def test_locking_a_locked_month_again_changes_nothing(office_store):
    office_store.lock_month(HOME_CODE, MARCH)
    assert office_store.lock_month(HOME_CODE, MARCH) is False
    assert len(rows(office_store, "lock_event")) == 1


def test_reopen_month_allows_changes_again(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 473)
    office_store.lock_month(HOME_CODE, MARCH)
    assert office_store.reopen_month(HOME_CODE, MARCH) is True
    assert not office_store.is_locked(HOME_CODE, MARCH)
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 480)
    assert office_store.value(HOME_CODE, "SH_MND", MARCH).value == 480


def test_reopening_an_open_month_changes_nothing(office_store):
    assert office_store.reopen_month(HOME_CODE, MARCH) is False
    assert rows(office_store, "lock_event") == []


def test_locking_and_reopening_are_recorded_as_lock_events(office_store):
    office_store.lock_month(HOME_CODE, MARCH, user="leder")
    office_store.reopen_month(HOME_CODE, MARCH, user="controller")
    office_store.lock_month(HOME_CODE, MARCH, user="leder")
    events = office_store.conn.execute(
        "SELECT office, period, action, by FROM lock_event ORDER BY id").fetchall()
    assert events == [(HOME_CODE, "2024-03", "locked", "leder"),
                      (HOME_CODE, "2024-03", "reopened", "controller"),
                      (HOME_CODE, "2024-03", "locked", "leder")]


def test_a_years_own_values_lock_with_its_december(office_store):
    office_store.lock_month(HOME_CODE, Period(2024, 11))
    assert not office_store.is_locked(HOME_CODE, Period(2024))
    office_store.set_value(HOME_CODE, "BRUKERTILFREDSHET", Period(2024), 80)
    office_store.lock_month(HOME_CODE, Period(2024, 12))
    assert office_store.is_locked(HOME_CODE, Period(2024))
    assert not office_store.is_locked(HOME_CODE, Period(2025))
    with pytest.raises(ValueRejected, match="låst"):
        office_store.set_value(HOME_CODE, "BRUKERTILFREDSHET", Period(2024), 85)
    assert office_store.value(HOME_CODE, "BRUKERTILFREDSHET", Period(2024)).value == 80


def test_a_year_itself_cannot_be_locked(office_store):
    with pytest.raises(ValueError):
        office_store.lock_month(HOME_CODE, Period(2024))
    assert rows(office_store, "locked_period") == []


# ---- many values at once ------------------------------------------------------------

def test_put_many_stores_every_value_in_one_go_and_audits_them(office_store):
    items = [("SH_MND", MARCH, 473), ("SH_HIA", MARCH, 620), ("SH_BRUTTO", MARCH, 5_500_000.5)]
    assert office_store.put_many(HOME_CODE, items, source="verktøy", user="kari") == 3
    assert office_store.figures(HOME_CODE) == {
        "SH_MND": {MARCH: 473}, "SH_HIA": {MARCH: 620}, "SH_BRUTTO": {MARCH: 5_500_000.5}}
    assert {(a["indicator"], a["old_value"], a["new_value"], a["source"], a["changed_by"])
            for a in audit_rows(office_store)} == {
        ("SH_MND", None, 473, "verktøy", "kari"), ("SH_HIA", None, 620, "verktøy", "kari"),
        ("SH_BRUTTO", None, 5_500_000.5, "verktøy", "kari")}


def test_put_many_counts_and_audits_only_changed_values(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 473, comment="behold")
    changed = office_store.put_many(
        HOME_CODE, [("SH_MND", MARCH, 473), ("SH_HIA", MARCH, 620)], source="verktøy")
    assert changed == 1
    assert office_store.audit_count() == 2
    changed = office_store.put_many(HOME_CODE, [("SH_MND", MARCH, 480)], source="verktøy")
    assert changed == 1
    stored = office_store.value(HOME_CODE, "SH_MND", MARCH)
    assert (stored.value, stored.comment) == (480, "behold")
    last = audit_rows(office_store)[-1]
    assert (last["old_value"], last["new_value"]) == (473, 480)


def test_put_many_with_one_bad_value_stores_nothing(office_store):
    before = all_tables(office_store)
    with pytest.raises(ValueRejected):
        office_store.put_many(HOME_CODE, [("SH_MND", MARCH, 473), ("SH_HIA", MARCH, 1.5)],
                              source="verktøy")
    assert all_tables(office_store) == before


def test_put_many_refuses_a_locked_month_and_stores_nothing(office_store):
    office_store.lock_month(HOME_CODE, Period(2024, 4))
    before = all_tables(office_store)
    with pytest.raises(ValueRejected, match="låst"):
        office_store.put_many(HOME_CODE, [("SH_MND", MARCH, 473), ("SH_MND", Period(2024, 4), 480)],
                              source="verktøy")
    assert all_tables(office_store) == before


def test_fill_demo_stores_demo_figures_audited_as_demo(office_store):
    changed = fill_demo(office_store, HOME_CODE, Period(2024, 1), Period(2024, 12))
    count = office_store.conn.execute("SELECT count(*) FROM value").fetchone()[0]
    assert changed == count > 0
    assert {a["source"] for a in audit_rows(office_store)} == {"demo"}


def test_fill_demo_refuses_an_office_with_its_own_figures(office_store):
    office_store.set_value(HOME_CODE, "SH_MND", MARCH, 473)
    before = all_tables(office_store)
    with pytest.raises(ValueRejected, match="egne tall"):
        fill_demo(office_store, HOME_CODE, Period(2024, 1), Period(2024, 12))
    assert all_tables(office_store) == before


# ---- reading -------------------------------------------------------------------------

def test_stored_values_are_ordered_by_month_then_catalogue_with_the_years_values_last(office_store):
    office_store.set_value(HOME_CODE, "BRUKERTILFREDSHET", Period(2024), 80)
    office_store.set_value(HOME_CODE, "SH_HIA", Period(2024, 2), 500)
    office_store.set_value(HOME_CODE, "SH_MND", Period(2024, 2), 450)
    office_store.set_value(HOME_CODE, "SAK_VEDTAK", Period(2024, 1), 400)
    office_store.set_value(HOME_CODE, "SAK_VEDTAK", Period(2025, 1), 410)
    got = [(v.period, v.code) for v in office_store.stored_values(HOME_CODE, 2024)]
    assert got == [(Period(2024, 1), "SAK_VEDTAK"), (Period(2024, 2), "SH_MND"),
                   (Period(2024, 2), "SH_HIA"), (Period(2024), "BRUKERTILFREDSHET")]
    assert [v.code for v in office_store.stored_values(HOME_CODE, 2024, 2)] == ["SH_MND", "SH_HIA"]
    assert office_store.years_with_values(HOME_CODE) == [2024, 2025]


def test_figures_can_be_limited_to_some_years(demo_store):
    figures = demo_store.figures(HOME_CODE, years=[2025])
    assert {p.year for series in figures.values() for p in series} == {2025}
    assert demo_store.figures(HOME_CODE, years=[]) == {}


def test_locking_a_month_of_an_unknown_office_is_refused_in_norwegian(office_store):
    with pytest.raises(ValueRejected, match="finnes ikke"):
        office_store.lock_month("4444", Period(2025, 3))
    assert office_store.locked_months("4444") == []


def test_a_comment_up_to_the_limit_is_kept_and_a_longer_one_is_refused(office_store):
    from navdesk.domain.units import MAX_COMMENT_LENGTH

    p = Period(2025, 3)
    office_store.set_value(HOME_CODE, "SH_MND", p, 473, comment="x" * MAX_COMMENT_LENGTH)
    assert len(office_store.value(HOME_CODE, "SH_MND", p).comment) == MAX_COMMENT_LENGTH
    before = all_tables(office_store)
    with pytest.raises(ValueRejected, match="for lang"):
        office_store.set_value(HOME_CODE, "SH_MND", p, 474, comment="x" * (MAX_COMMENT_LENGTH + 1))
    with pytest.raises(ValueRejected, match="for lang"):
        office_store.set_comment(HOME_CODE, "SH_MND", p, "y" * (MAX_COMMENT_LENGTH + 1))
    assert all_tables(office_store) == before
