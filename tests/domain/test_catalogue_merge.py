"""The catalogue merge's rules, without a database: what may change in a catalogue in
use, what is refused and how each is said."""

from __future__ import annotations

from dataclasses import replace

import pytest

from navdesk.domain.catalogue import Aggregation, Indicator, PeriodType
from navdesk.domain.catalogue_merge import changed_fields, fixed_field_problems, plan_merge
from navdesk.domain.units import Unit, ValueRejected

A = Indicator(code="A", name="Mottakere", name_en="Recipients", unit=Unit.PERSONS,
              aggregation=Aggregation.AVERAGE, section="Sosialhjelp")
B = Indicator(code="B", name="Utbetalt", name_en="Paid", unit=Unit.NOK,
              aggregation=Aggregation.SUM, section="Sosialhjelp")
NEW = Indicator(code="C", name="Nødhjelp", name_en="Emergency aid", unit=Unit.COUNT,
                aggregation=Aggregation.SUM, section="Saksbehandling")


def test_a_new_code_goes_last_and_a_changed_one_keeps_its_place():
    renamed = replace(A, name="Mottakere i måneden", active=False)
    plan = plan_merge([A, B], [NEW, renamed], codes_with_values={"A"})
    assert [i.code for i in plan.indicators] == ["A", "B", "C"]
    assert plan.indicators[0] == renamed
    assert plan.added == {"C"}
    assert plan.changes == ["Ny indikator: C Nødhjelp", "Endret: A (navn, aktiv)"]


def test_an_unchanged_indicator_is_no_change():
    plan = plan_merge([A, B], [A, B], codes_with_values=set())
    assert plan.changes == [] and plan.added == set()
    assert plan.indicators == [A, B]


def test_a_code_with_values_keeps_its_unit_rule_and_period_type_and_every_problem_is_said():
    changed = replace(B, unit=Unit.COUNT, aggregation=Aggregation.LAST,
                      period_type=PeriodType.YEAR)
    assert [str(p) for p in fixed_field_problems(B, changed)] == [
        "B: enhet kan ikke endres fra nok til count når koden har verdier",
        "B: aggregering kan ikke endres fra sum til last når koden har verdier",
        "B: periodetype kan ikke endres fra month til year når koden har verdier",
    ]
    with pytest.raises(ValueRejected) as refused:
        plan_merge([A, B], [changed], codes_with_values={"B"})
    assert str(refused.value).count("\n") == 2
    # without values the same change is allowed
    plan = plan_merge([A, B], [changed], codes_with_values={"A"})
    assert plan.changes == ["Endret: B (enhet, aggregering, periodetype)"]


def test_a_merge_that_leaves_no_valid_catalogue_is_refused_with_the_catalogues_reason():
    dangling = replace(NEW, parent="NOPE")
    with pytest.raises(ValueRejected, match="NOPE"):
        plan_merge([A, B], [dangling], codes_with_values=set())
    with pytest.raises(ValueRejected):
        plan_merge([A, B], [NEW, NEW], codes_with_values=set())  # a new code twice


def test_changed_fields_names_them_in_the_order_a_message_lists_them():
    assert changed_fields(A, replace(A, active=False, name="X", factor=100.0)) == [
        "name", "factor", "active"]
