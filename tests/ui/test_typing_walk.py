"""A random walk across the demo month form: arrows, Enter, Tab and Shift+Tab, and
numbers typed one key at a time. Each number is stored whole in the line that had the
focus when it was typed, or refused there, or (on a heading or a computed line) nowhere;
nothing else in the value table changes."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from navdesk.domain.period import Period
from navdesk.domain.units import ValueRejected, parse_value
from tests.ui.typing_keys import press, type_keys
from tests.ui.windows import shown_window

Key = Qt.Key
MOVES = [Key.Key_Down, Key.Key_Up, Key.Key_Return, Key.Key_Tab, Key.Key_Backtab]
AFTER_NUMBER = [Key.Key_Return, Key.Key_Tab, Key.Key_Down]

steps = st.lists(st.one_of(
    st.tuples(st.just("move"), st.sampled_from(MOVES), st.integers(1, 4)),
    st.tuples(st.just("type"), st.integers(0, 120_000), st.sampled_from(AFTER_NUMBER)),
), min_size=1, max_size=30)


def stored(store, period: Period) -> dict[str, float]:
    """Every value of the month (yearly ones do not show outside December)."""
    return dict(store.conn.execute(
        "SELECT indicator, value FROM value WHERE period = ?", (str(period),)).fetchall())


def whole_table(store) -> list[tuple]:
    return store.conn.execute("SELECT * FROM value ORDER BY 1, 2, 3").fetchall()


# the demo months (each walk its own; December has yearly lines) and then empty ones
MONTHS = [Period(y, m) for y in (2024, 2025) for m in range(1, 12)] + [
    Period(2026, m) for m in range(1, 12)]


@pytest.fixture
def walk(qtbot, demo_store):
    from PySide6.QtWidgets import QApplication

    window = shown_window(qtbot, demo_store, Period(2026, 1))
    # Qt joins keys typed within this interval into one type-ahead search; a person is
    # slower between lines than a test, so every key is a search of its own here
    interval = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(0)
    yield window, itertools.cycle(MONTHS)  # shrinking a failure walks again
    QApplication.setKeyboardInputInterval(interval)


@settings(max_examples=len(MONTHS), deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=steps, column=st.sampled_from([0, 2]))
def test_every_number_lands_whole_in_the_line_that_had_the_focus(walk, demo_store, steps, column):
    window, months = walk
    form = window.month_form
    period = next(months)
    form.drop_refused()  # what the last walk left refused belongs to it
    assert form.show_month(period)
    form.view.setCurrentIndex(form.model.index(0, column))  # the first heading
    form.view.setFocus()
    for step in steps:
        if step[0] == "move":
            _, key, times = step
            for _ in range(times):
                press(key)
            continue
        _, number, then = step
        node = form.model.node(form.view.currentIndex())
        before, table = stored(demo_store, period), whole_table(demo_store)
        type_keys(str(number))
        press(then)
        after = stored(demo_store, period)
        if node is None or not node.editable:
            assert whole_table(demo_store) == table, f"{number} typed on {node.title!r}"
            continue
        try:
            value = parse_value(node.indicator.unit, str(number))
        except ValueRejected:
            assert whole_table(demo_store) == table
            assert form.model.rejected[node.code][0] == str(number)
            continue
        assert after == {**before, node.code: value}, f"{number} typed on {node.code}"
        assert node.code not in form.model.rejected
