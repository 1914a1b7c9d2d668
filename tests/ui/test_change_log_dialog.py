"""Edit > Endringslogg in the window: a value typed, a catalogue edit and a month
reported, newest first, with who and what."""

from __future__ import annotations

from dataclasses import replace

from navdesk.ui.change_log import ChangeLogDialog
from tests.conftest import when_modal_opens
from tests.ui.windows import MARCH, shown_window, type_in_line


def test_the_change_log_lists_every_kind_of_change_newest_first(qtbot, demo_store):
    window = shown_window(qtbot, demo_store, MARCH)
    type_in_line(window, "SH_MND", "512")
    renamed = replace(demo_store.catalogue["SH_HIA"], name="Mottakere hittil (nytt navn)")
    window.service.merge_catalogue([renamed])
    lines: list[list[str]] = []

    def read(dialog: ChangeLogDialog) -> None:
        tree = dialog.tree
        lines.extend([tree.topLevelItem(r).text(c) for c in range(3)]
                     for r in range(min(tree.topLevelItemCount(), 3)))
        dialog.reject()

    seen = when_modal_opens(ChangeLogDialog, read)
    window.show_change_log()
    assert seen == ["Endringslogg – navdesk"]
    assert lines[0][2].startswith("katalog: ") and "SH_HIA" in lines[0][2]
    assert lines[1][2] == "tall eller kommentar i månedsskjemaet"
    assert all(line[1] for line in lines)  # who
    assert lines[0][0] >= lines[1][0]  # newest first
    # and from the Edit menu by its keys
    menu = window.menuBar().actions()[1].menu()
    assert any(a.text() == "&Endringslogg …" for a in menu.actions())
