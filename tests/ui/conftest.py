"""Fixtures of the window's tests."""

from __future__ import annotations

import pytest

from tests.ui.answers import Dialogs
from tests.ui.windows import MARCH, shown_window

# one text of each part of the window and of the layers below: all must be in the
# compiled English (resources/navdesk_en.qm, built at install), or the English tests fail
ENGLISH_SAMPLES = {
    "&Marker som rapportert": None,
    "Filen er tom": None,
    "Perspektiv, mål og måling": None,
    "Linje {line}: {reason}": "Line {line}: {reason}",
    "Hold musen over grafen for å lese av tallene.": None,
}


@pytest.fixture
def english(qapp):
    """The window in English for one test (bokmål again after it)."""
    from navdesk.ui import i18n

    assert i18n.install(qapp, "en"), "resources/navdesk_en.qm is missing (compile it)"
    try:
        for source, expected in ENGLISH_SAMPLES.items():
            english = i18n.tr(source)
            assert english != source, f"no English for {source!r} in navdesk_en.qm"
            assert expected is None or english == expected
        yield
    finally:
        i18n.install(qapp, "nb")


@pytest.fixture
def window(qtbot, demo_store):
    """The main window on the demo office in March 2025, the month form in focus (a test
    module that needs another window defines its own ``window``)."""
    return shown_window(qtbot, demo_store, MARCH)


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    """Qt's message boxes and file dialogs answered as the test says, instead of waiting
    for a person (see :class:`tests.ui.answers.Dialogs`)."""
    return Dialogs(monkeypatch)


@pytest.fixture
def warnings(dialogs) -> list[str]:
    """The texts of the warnings the window shows (instead of showing them)."""
    return dialogs.messages("warning")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """pytest-qt closes the test's windows first thing in its teardown. A main window
    with a refused value in its month form or on its goal card asks about it before it
    closes (a modal question nobody would answer here), so the values a test left
    refused are dropped first; the tests of that question ask it themselves."""
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        for name in ("month_form", "goal_card"):
            page = getattr(widget, name, None)
            if page is not None and hasattr(page, "drop_refused"):
                page.drop_refused()
    return (yield)
