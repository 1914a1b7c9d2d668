"""Keys as a person types them, and the database read before and after: shared by the
typing tests (tests/ui/test_typing*.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

GOAL_CARD_TABLES = ("perspective", "goal", "measure", "measure_target", "measure_comment")


def focused():
    """The widget with the keyboard; a key sent to nothing would abort Qt's test library."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard"
    return widget


def type_keys(text: str) -> None:
    """One key at a time, each to the widget that has the keyboard when it comes."""
    for ch in text:
        QTest.keyClicks(focused(), ch)


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)
    QApplication.processEvents()


def table(store, name: str) -> list[tuple]:
    return store.conn.execute(f"SELECT * FROM {name} ORDER BY 1, 2, 3").fetchall()


def values(store) -> list[tuple]:
    """The whole value table."""
    return table(store, "value")


def everything(store) -> dict[str, list[tuple]]:
    """The value table and the goal card's tables, to compare before and after."""
    return {name: table(store, name) for name in ("value", "audit", *GOAL_CARD_TABLES)}


def changed_values(before: list[tuple], after: list[tuple]) -> dict[str, object]:
    """{code: value} of the rows of the value table that are new or changed."""
    old = set(before)
    return {row[1]: row[3] for row in after if row not in old}
