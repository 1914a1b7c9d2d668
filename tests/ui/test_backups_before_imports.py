"""The window's catalogue and template imports back up the database first, as
navdesk-cli does: the backup holds the catalogue (the goal card) as it was before."""

from __future__ import annotations

from navdesk.store import open_store
from navdesk.store.backup import list_backups
from navdesk.store.goalcard import load_goal_card
from navdesk.ui.goalcard_view import ChangesDialog
from tests.conftest import when_modal_opens
from tests.ui.test_catalogue_dialog import NEW_AND_RENAMED, answer_changes, write
from tests.ui.test_goalcard_view import open_goal_card


def days_target(store):
    return next(m for _, _, m in load_goal_card(store).measures()
                if m.indicator == "SAK_DAGER").targets


def test_a_catalogue_import_in_the_window_backs_up_first(qtbot, window, demo_store, tmp_path):
    answer_changes(True, {})
    window.import_catalogue(str(write(tmp_path, *NEW_AND_RENAMED)))
    assert "BY_INTRO" in demo_store.catalogue
    [backup] = list_backups(demo_store.path)
    assert backup.reason == "før import av katalog"
    with open_store(backup.path, create=False) as before:
        assert "BY_INTRO" not in before.catalogue


def test_a_cancelled_catalogue_import_makes_no_backup(qtbot, window, demo_store, tmp_path):
    answer_changes(False, {})
    window.import_catalogue(str(write(tmp_path, *NEW_AND_RENAMED)))
    assert list_backups(demo_store.path) == []


def test_a_template_import_in_the_window_backs_up_first(qtbot, demo_store, tmp_path):
    _, card = open_goal_card(qtbot, demo_store)
    exported = tmp_path / "mal.csv"
    assert card.export_template(str(exported))
    changed = tmp_path / "ny.csv"
    changed.write_text(exported.read_text(encoding="utf-8-sig").replace(
        "SAK_DAGER;lavere;;14", "SAK_DAGER;lavere;;12"), encoding="utf-8-sig")
    when_modal_opens(ChangesDialog, lambda d: d.accept())
    assert card.import_template(str(changed))
    assert days_target(demo_store) == {None: 12}
    [backup] = list_backups(demo_store.path)
    assert backup.reason == "før import av styringskortmal"
    with open_store(backup.path, create=False) as before:
        assert days_target(before) == {None: 14}


def test_enter_in_the_import_questions_cancels(qtbot, window, demo_store, tmp_path):
    """Found by pressing Enter: the catalogue's and the goal card's "what changes"
    questions said Avbryt was the default, but Enter imported (the button box made its
    accept button the default when shown). Enter where the question opens changes
    nothing now."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from navdesk.ui.catalogue_import import CatalogueChangesDialog
    from navdesk.ui.main_window import GOALCARD_TAB

    def enter(dialog):  # where the question has put the keyboard
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

    when_modal_opens(CatalogueChangesDialog, enter)
    window.import_catalogue(str(write(tmp_path, *NEW_AND_RENAMED)))
    assert "BY_INTRO" not in demo_store.catalogue

    card = window.open_page(GOALCARD_TAB)
    exported = tmp_path / "mal.csv"
    assert card.export_template(str(exported))
    changed = tmp_path / "ny.csv"
    changed.write_text(exported.read_text(encoding="utf-8-sig").replace(
        "SAK_DAGER;lavere;;14", "SAK_DAGER;lavere;;12"), encoding="utf-8-sig")
    when_modal_opens(ChangesDialog, enter)
    assert not card.import_template(str(changed))
    assert days_target(demo_store) == {None: 14}
