"""The office service announces every change, whoever makes it, on real databases and
without Qt: a page that subscribes hears of values typed, the goal card edited, a month
closed or reopened, the catalogue changed and files imported — and nothing when nothing
changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from navdesk.domain.period import Period
from navdesk.service import (
    CatalogueChanged,
    GoalCardChanged,
    MonthLocked,
    OfficeService,
    ValueRejected,
    ValuesChanged,
)
from navdesk.service.events import Emitter
from tests.conftest import HOME_CODE

MARCH = Period(2025, 3)


def heard(service: OfficeService) -> list[object]:
    """Every event the service announces from now on, in order."""
    events: list[object] = []
    service.events.connect_all(events.append)
    return events


def test_an_emitter_calls_every_callback_in_order_and_forgets_one_disconnected():
    emitter: Emitter[int] = Emitter()
    calls: list[tuple[str, int]] = []
    first = emitter.connect(lambda n: calls.append(("first", n)))
    emitter.connect(lambda n: calls.append(("second", n)))
    emitter.emit(1)
    emitter.disconnect(first)
    emitter.emit(2)
    assert calls == [("first", 1), ("second", 1), ("second", 2)]
    assert len(emitter) == 1


def test_a_failing_callback_does_not_keep_the_others_from_hearing_and_is_raised():
    emitter: Emitter[str] = Emitter()
    calls: list[str] = []

    def broken(event: str) -> None:
        raise RuntimeError("page broke")

    emitter.connect(broken)
    emitter.connect(calls.append)
    with pytest.raises(RuntimeError, match="page broke"):
        emitter.emit("x")
    assert calls == ["x"]


def test_a_value_typed_is_announced_with_its_key(office_store):
    service = OfficeService(office_store)
    events = heard(service)
    service.session.enter("SH_MND", MARCH, "480")
    assert events == [ValuesChanged(HOME_CODE, frozenset({("SH_MND", MARCH)}))]
    assert office_store.value(HOME_CODE, "SH_MND", MARCH).value == 480


def test_undo_and_redo_are_announced_too_and_a_refused_value_is_not(office_store):
    service = OfficeService(office_store)
    service.session.enter("SH_MND", MARCH, "480")
    events = heard(service)
    with pytest.raises(ValueRejected):
        service.session.enter("SH_MND", MARCH, "mange")
    assert events == []  # nothing stored, nothing said
    service.session.undo()
    service.session.redo()
    key = frozenset({("SH_MND", MARCH)})
    assert events == [ValuesChanged(HOME_CODE, key), ValuesChanged(HOME_CODE, key)]
    assert office_store.value(HOME_CODE, "SH_MND", MARCH).value == 480


def test_the_same_value_again_changes_nothing_and_says_nothing(office_store):
    service = OfficeService(office_store)
    service.session.enter("SH_MND", MARCH, "480")
    events = heard(service)
    service.session.enter("SH_MND", MARCH, "480")
    assert events == []


def test_goal_card_edits_and_their_undo_are_announced(demo_store):
    service = OfficeService(demo_store)
    card = service.load_goal_card()
    measure = card.perspectives[0].goals[0].measures[0]
    events = heard(service)
    assert service.goal_card.set_target(measure.id, 2025, 123.0)
    service.goal_card.undo()
    assert events == [GoalCardChanged(HOME_CODE), GoalCardChanged(HOME_CODE)]


def test_closing_and_reopening_a_month_are_announced(demo_store):
    service = OfficeService(demo_store)
    events = heard(service)
    month = Period(2025, 6)
    assert service.close_month(month, today=date(2026, 1, 15), anyway=True)
    assert service.reopen_month(month, "rettet et tall")
    assert events == [MonthLocked(HOME_CODE, month, True), MonthLocked(HOME_CODE, month, False)]
    assert not demo_store.is_locked(HOME_CODE, month)


def test_a_month_that_cannot_close_says_nothing(demo_store):
    service = OfficeService(demo_store)
    events = heard(service)
    with pytest.raises(ValueRejected):
        service.reopen_month(Period(2025, 6), "  ")  # a reason is required
    assert events == []


def test_a_catalogue_change_is_announced_but_its_dry_run_is_not(office_store):
    service = OfficeService(office_store)
    events = heard(service)
    renamed = replace(office_store.catalogue["SH_MND"], name="Mottakere i måneden (nytt navn)")
    assert service.merge_catalogue([renamed], dry_run=True)
    assert events == []
    assert service.merge_catalogue([renamed])
    assert events == [CatalogueChanged(frozenset({"SH_MND"}))]
    assert service.catalogue["SH_MND"].name == "Mottakere i måneden (nytt navn)"


def test_an_import_is_announced_once_for_all_its_values_and_a_check_not_at_all(
        office_store, tmp_path):
    path = tmp_path / "mars.csv"
    path.write_text("kontornr;periode;indikator;verdi\r\n0312;2025-03;SH_MND;777\r\n"
                    "0312;2025-03;SH_HIA;900\r\n", encoding="utf-8-sig")
    service = OfficeService(office_store)
    service.session.month_sheet(MARCH)  # the form has read the month
    events = heard(service)
    assert service.import_file(path, dry_run=True).new == 2
    assert events == []
    report = service.import_file(path)
    assert report.new == 2
    assert events == [ValuesChanged(HOME_CODE, None, "import")]
    # the session forgot what it had read: the form shows the imported figures
    assert service.session.month_sheet(MARCH).by_code["SH_MND"].value == 777


def test_a_refused_import_stores_nothing_and_says_nothing(office_store, tmp_path):
    path = tmp_path / "feil.csv"
    path.write_text("kontornr;periode;indikator;verdi\r\n0312;2025-03;SH_MND;mange\r\n",
                    encoding="utf-8-sig")
    service = OfficeService(office_store)
    events = heard(service)
    assert not service.import_file(path).ok
    assert events == []
    assert office_store.value(HOME_CODE, "SH_MND", MARCH) is None


def test_a_copy_for_a_worker_has_its_own_connection_and_its_own_events(office_store):
    service = OfficeService(office_store)
    events = heard(service)
    with service.worker_copy() as copy:
        assert copy.office == service.office
        copy.session.enter("SH_MND", MARCH, "12")
    assert events == []  # the window announces the work's result itself
    assert office_store.value(HOME_CODE, "SH_MND", MARCH).value == 12
    service.values_imported("worker")
    assert events == [ValuesChanged(HOME_CODE, None, "worker")]


def test_a_file_changed_by_another_program_is_read_again_catalogue_and_all(office_store):
    # another program (here a second connection, as navdesk-cli would be) renames an
    # indicator and stores a value; the window's service reads both after replaced()
    from navdesk.store import open_store

    service = OfficeService(office_store)
    assert service.catalogue["SH_MND"].name != "Omdøpt av et annet program"
    service.session.month_sheet(MARCH)  # read once, kept
    events = heard(service)
    with open_store(office_store.path, create=False) as other:
        other.merge_catalogue([replace(other.catalogue["SH_MND"],
                                       name="Omdøpt av et annet program")])
        other.set_value(HOME_CODE, "SH_MND", MARCH, 321)
    service.replaced()
    assert service.catalogue["SH_MND"].name == "Omdøpt av et annet program"
    assert service.session.month_sheet(MARCH).by_code["SH_MND"].value == 321
    assert len(events) == 1 and type(events[0]).__name__ == "DatabaseReplaced"


def test_another_programs_write_is_seen_once_and_the_services_own_never(office_store):
    from navdesk.store import open_store

    service = OfficeService(office_store)
    events = heard(service)
    assert not service.outside_changes()  # the first look notes where the file is
    service.session.enter("SH_MND", MARCH, "480")  # the window's own write
    assert not service.outside_changes()
    with open_store(office_store.path, create=False) as other:
        other.set_value(HOME_CODE, "SH_HIA", MARCH, 900)
    assert service.outside_changes()
    assert not service.outside_changes()  # seen once
    assert [type(e).__name__ for e in events] == ["ValuesChanged", "DatabaseReplaced"]
    assert service.session.month_sheet(MARCH).by_code["SH_HIA"].value == 900
