"""Store.merge_catalogue: the one way the catalogue of a database changes (the command
line's catalogue import and the window's catalogue dialog both call it)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from navdesk.domain.catalogue import Aggregation, Indicator
from navdesk.domain.period import Period
from navdesk.domain.units import Unit, ValueRejected
from navdesk.store import open_store
from tests.conftest import HOME_CODE

OWN = Indicator(code="BY_INTRO", name="Deltakere i introduksjonsprogram",
                name_en="Introduction programme participants", unit=Unit.PERSONS,
                aggregation=Aggregation.AVERAGE, section="Bydelens egne")


def stored_rows(path):
    """The indicator table as another connection sees it (not the store's cache)."""
    with open_store(path, create=False) as other:
        return other.conn.execute("SELECT * FROM indicator ORDER BY position").fetchall()


def test_a_dry_run_says_what_would_change_and_writes_nothing(office_store):
    renamed = replace(office_store.catalogue["SH_NODHJELP"], name="Nødhjelpsvedtak")
    before = stored_rows(office_store.path)
    lines = office_store.merge_catalogue([OWN, renamed], dry_run=True)
    assert lines == ["Ny indikator: BY_INTRO Deltakere i introduksjonsprogram",
                     "Endret: SH_NODHJELP (navn)"]
    assert stored_rows(office_store.path) == before
    assert "BY_INTRO" not in office_store.catalogue
    assert office_store.catalogue["SH_NODHJELP"].name != "Nødhjelpsvedtak"
    # and the merge itself does what the dry run said
    assert office_store.merge_catalogue([OWN, renamed]) == lines
    assert office_store.catalogue["BY_INTRO"].section == "Bydelens egne"
    assert office_store.catalogue["SH_NODHJELP"].name == "Nødhjelpsvedtak"
    assert len(stored_rows(office_store.path)) == len(before) + 1


def test_a_dry_run_refuses_a_unit_change_of_a_code_with_values(office_store):
    office_store.set_value(HOME_CODE, "SH_NODHJELP", Period(2025, 1), 5)
    assert office_store.codes_with_values() == {"SH_NODHJELP"}
    in_kroner = replace(office_store.catalogue["SH_NODHJELP"], unit=Unit.NOK)
    for dry_run in (True, False):
        with pytest.raises(ValueRejected, match="enhet kan ikke endres fra count til nok"):
            office_store.merge_catalogue([in_kroner], dry_run=dry_run)
    assert office_store.catalogue["SH_NODHJELP"].unit is Unit.COUNT


def test_a_code_without_values_may_change_its_unit(office_store):
    assert office_store.codes_with_values() == set()
    in_kroner = replace(office_store.catalogue["SH_NODHJELP"], unit=Unit.NOK)
    assert office_store.merge_catalogue([in_kroner]) == ["Endret: SH_NODHJELP (enhet)"]
    assert office_store.catalogue["SH_NODHJELP"].unit is Unit.NOK


def test_hiding_keeps_the_values_and_their_history(office_store):
    office_store.set_value(HOME_CODE, "SH_NODHJELP", Period(2025, 1), 5)
    hidden = replace(office_store.catalogue["SH_NODHJELP"], active=False)
    assert office_store.merge_catalogue([hidden]) == ["Endret: SH_NODHJELP (aktiv)"]
    assert not office_store.catalogue["SH_NODHJELP"].active
    assert office_store.value(HOME_CODE, "SH_NODHJELP", Period(2025, 1)).value == 5
    assert len(office_store.history(HOME_CODE, "SH_NODHJELP", Period(2025, 1))) == 1
