"""Changes made by another program are seen: with the window open, navdesk-cli (a real
second process) imports figures or replaces the goal card; within the window's look
(every 2 seconds, and when it gets the focus) the pages show them, and undo never writes
over them without a word."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from navdesk.domain.period import Period
from tests.ui.windows import MARCH, go, press, shown_window, stored, type_in_line

DECEMBER = Period(2025, 12)


def cli(*args: object) -> subprocess.CompletedProcess[str]:
    """navdesk-cli in a process of its own, as a leader would run it beside the window."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "navdesk.cli.main", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120)


def exchange_file(tmp_path: Path, period: str, code: str, value: str, comment: str = "") -> Path:
    path = tmp_path / "fra-kommunen.csv"
    path.write_text("kontornr;periode;indikator;verdi;kommentar\r\n"
                    f"0312;{period};{code};{value};{comment}\r\n", encoding="utf-8-sig")
    return path


def test_a_cli_import_shows_in_the_open_window_and_is_not_undone_silently(
        qtbot, demo_store, tmp_path, dialogs):
    window = shown_window(qtbot, demo_store, MARCH)
    type_in_line(window, "SH_MND", "500")
    assert stored(demo_store, "SH_MND") == 500
    done = cli("import", "--db", demo_store.path,
               exchange_file(tmp_path, "2025-03", "SH_MND", "777", "rettet av kommunen"))
    assert done.returncode == 0, done.stderr
    # the window's own look, every 2 seconds: no key, no click
    qtbot.waitUntil(lambda: window.month_form.model.index_of("SH_MND").data() == "777",
                    timeout=6000)
    # Ctrl+Z would put back the value before 500; the import's 777 came after: refused
    warned = dialogs.messages("warning")
    window.month_form.view.setFocus()
    press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert warned and "endret et annet sted" in warned[0]
    assert stored(demo_store, "SH_MND") == 777
    assert demo_store.value("0312", "SH_MND", MARCH).comment == "rettet av kommunen"


def test_a_goal_card_replaced_by_the_cli_is_reloaded_never_an_error(
        qtbot, demo_store, tmp_path, dialogs):
    from navdesk.ui.main_window import GOALCARD_TAB

    window = shown_window(qtbot, demo_store, DECEMBER)
    card = window.open_page(GOALCARD_TAB)
    before = card.model.rowCount()
    exported = tmp_path / "mal.csv"
    assert cli("template", "export", "--db", demo_store.path, "--out", exported).returncode == 0
    lines = exported.read_text(encoding="utf-8-sig").splitlines()
    header, rows = lines[0], lines[1:]
    # a card with one perspective only: the first perspective's rows
    first = rows[0].split(";")[0]
    kept = [r for r in rows if r.split(";")[0] == first]
    smaller = tmp_path / "mindre.csv"
    smaller.write_text("\r\n".join([header, *kept]) + "\r\n", encoding="utf-8-sig")
    done = cli("template", "import", "--db", demo_store.path, smaller, "--replace")
    assert done.returncode == 0, done.stderr + done.stdout
    errors = dialogs.messages("critical")
    assert window.look_for_outside_changes()  # as the timer or the focus would
    assert card.model.rowCount() == 1 < before  # the card as the file holds it now
    assert errors == []


def test_a_target_being_typed_survives_a_cli_import_and_the_card_catches_up_after(
        qtbot, demo_store, tmp_path, dialogs):
    """Found in a real window: the goal card redrawn by an outside change threw away the
    target the leader was typing. The redraw now waits for the cell's editor to close."""
    from navdesk.store.goalcard import load_goal_card
    from navdesk.ui.goalcard_model import TARGET_YEAR, VALUE
    from navdesk.ui.main_window import GOALCARD_TAB
    from tests.ui.typing_keys import focused, type_keys

    june = Period(2025, 6)
    window = shown_window(qtbot, demo_store, june)
    card = window.open_page(GOALCARD_TAB)
    qtbot.waitUntil(lambda: focused() is card.view)
    card.view.setCurrentIndex(card.model.measure_index("SAK_DAGER", TARGET_YEAR))
    card.view.setFocus()
    type_keys("12")  # the editor is open and holds "12"
    assert card.view.state() == card.view.State.EditingState
    shown_before = card.model.measure_index("SH_BRUTTO", VALUE).data()
    brutto = demo_store.value("0312", "SH_BRUTTO", june).value
    done = cli("import", "--db", demo_store.path,
               exchange_file(tmp_path, "2025-06", "SH_BRUTTO", str(int(brutto) + 250_000)))
    assert done.returncode == 0, done.stderr
    assert window.look_for_outside_changes()  # as the 2-second timer would
    assert card.view.state() == card.view.State.EditingState  # still typing, text kept
    press(window, Qt.Key.Key_Return)
    days = next(m.id for _, _, m in load_goal_card(demo_store).measures()
                if m.indicator == "SAK_DAGER")
    qtbot.waitUntil(lambda: card.model.measure_index("SH_BRUTTO", VALUE).data() != shown_before)
    assert (days, 2025, 12.0) in demo_store.conn.execute(
        "SELECT measure, year, target FROM measure_target").fetchall()
    assert card.model.measure_index("SAK_DAGER", TARGET_YEAR).data() == "12"
    assert dialogs.messages("critical") == []


def test_a_number_half_typed_in_the_month_form_is_neither_stored_early_nor_lost(
        qtbot, demo_store, tmp_path, dialogs):
    """An import by another program while "12" of "1234" is typed: the form waits for
    the editor to close, so 1234 is stored whole on its own line and the imported value
    shows after (before, the redraw stored 12 and the next digits went astray)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window = shown_window(qtbot, demo_store, MARCH)
    go(window, "SH_MND")
    for ch in "12":  # key by key to the widget with the keyboard, as a person types
        QTest.keyClicks(QApplication.focusWidget(), ch)
    assert window.month_form.view.state() == window.month_form.view.State.EditingState
    done = cli("import", "--db", demo_store.path,
               exchange_file(tmp_path, "2025-03", "SH_LANGTID", "77"))
    assert done.returncode == 0, done.stderr
    assert window.look_for_outside_changes()
    assert stored(demo_store, "SH_MND") != 12  # nothing half-typed was stored
    for ch in "34":
        QTest.keyClicks(QApplication.focusWidget(), ch)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.month_form.model.index_of("SH_LANGTID").data() == "77")
    assert stored(demo_store, "SH_MND") == 1234
    assert stored(demo_store, "SH_LANGTID") == 77
