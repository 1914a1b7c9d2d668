"""Every change in the change log, not only values: catalogue edits, the goal card's
targets and structure (and their undo), a template imported by the command line,
offices, reported and reopened months — each with when, who and what."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from navdesk.domain.period import Period
from navdesk.service import OfficeService
from navdesk.store.goalcard_history import GoalCardHistory
from tests.conftest import HOME_CODE


def whats(store) -> list[str]:
    return [c.what for c in store.change_log()]


def test_a_catalogue_edit_is_logged_with_what_changed(office_store):
    renamed = replace(office_store.catalogue["SH_MND"], name="Mottakere (nytt navn)")
    office_store.merge_catalogue([renamed])
    latest = office_store.change_log()[0]
    assert latest.what.startswith("katalog: ") and "SH_MND" in latest.what
    assert latest.by and latest.at[:4].isdigit()


def test_an_office_a_reported_month_and_its_reopening_are_logged(demo_store):
    demo_store.save_office("0313", "NAV Sagene", "Oslo")
    assert whats(demo_store)[0] == "kontor 0313: NAV Sagene, Oslo"
    service = OfficeService(demo_store)
    service.close_month(Period(2025, 6), today=date(2026, 1, 5), anyway=True)
    service.reopen_month(Period(2025, 6), "rettet et tall")
    latest, before = whats(demo_store)[:2]
    assert latest == "kontor 0312: 2025-06 gjenåpnet (rettet et tall)"
    assert before.startswith("kontor 0312: 2025-06 rapportert")


def test_goal_card_targets_and_their_undo_are_logged_by_name(demo_store):
    history = GoalCardHistory(demo_store, HOME_CODE, user="leder")
    card = OfficeService(demo_store).load_goal_card()
    measure = card.perspectives[0].goals[0].measures[0]
    name = demo_store.catalogue[measure.indicator].name
    assert history.set_target(measure.id, 2026, 123.0)
    history.undo()
    history.redo()
    assert whats(demo_store)[:3] == [f"styringskort: gjort om målverdi for {name} 2026",
                                     f"styringskort: angret målverdi for {name} 2026",
                                     f"styringskort: målverdi for {name} 2026"]
    assert demo_store.change_log()[0].by == "leder"


def test_a_template_imported_by_the_command_line_is_logged(office_store, tmp_path, capsys):
    from navdesk.cli.main import main

    out = tmp_path / "mal.csv"
    assert main(["template", "export", "--db", str(office_store.path), "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    smaller = tmp_path / "mindre.csv"
    smaller.write_text("\r\n".join(lines[:2]) + "\r\n", encoding="utf-8-sig")
    assert main(["template", "import", "--db", str(office_store.path), str(smaller),
                 "--replace"]) == 0  # one measure left of 18: --replace (issue 14)
    assert whats(office_store)[0].startswith("styringskort: malen mindre.csv importert (")
