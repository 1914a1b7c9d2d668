"""Qt's modal dialogs answered in tests: the static message boxes and file dialogs
replaced for one test (the ``dialogs`` fixture), and keys typed and buttons clicked in
a real dialog once it is open."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from navdesk.ui import file_dialogs
from tests.conftest import when_modal_opens


class FileAsked(NamedTuple):
    """One call of ``QFileDialog.getOpenFileName`` or ``getSaveFileName``."""

    parent: Any
    caption: str
    start: str  # the folder or file the dialog opens at
    filter: str = ""


class Dialogs:
    """Qt's static dialogs (``QMessageBox.warning``, ``question``, ...,
    ``QFileDialog.getOpenFileName``, ``getSaveFileName``) as a test sets them: each
    method replaces one kind for the rest of the test and returns the list in which what
    the window said or asked is kept. A kind the test did not set stays Qt's own."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._monkeypatch = monkeypatch

    def messages(self, kind: str = "warning") -> list[str]:
        """``QMessageBox.<kind>`` ("warning", "information" or "critical") shows nothing;
        the texts it was given, in order."""
        said: list[str] = []

        def show(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
            said.append(text)
            return QMessageBox.StandardButton.Ok

        self._monkeypatch.setattr(QMessageBox, kind, staticmethod(show))
        return said

    def answer(self, *buttons: QMessageBox.StandardButton) -> list[str]:
        """``QMessageBox.question`` answered with ``buttons`` in turn; a question after
        the last answer fails the test. The questions' texts, in order."""
        asked: list[str] = []
        left = list(buttons)

        def ask(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
            asked.append(text)
            assert left, f"a question the test did not expect: {text}"
            return left.pop(0)

        self._monkeypatch.setattr(QMessageBox, "question", staticmethod(ask))
        return asked

    def open_file(self, path: object) -> list[FileAsked]:
        """``QFileDialog.getOpenFileName`` chooses ``path`` ("" as if cancelled)."""
        return self._choose("getOpenFileName", path)

    def save_file(self, path: object) -> list[FileAsked]:
        """``QFileDialog.getSaveFileName`` chooses ``path`` ("" as if cancelled)."""
        return self._choose("getSaveFileName", path)

    def _choose(self, kind: str, path: object) -> list[FileAsked]:
        asked: list[FileAsked] = []

        def choose(*args: Any) -> tuple[str, str]:
            asked.append(FileAsked(*args))
            return str(path), ""

        self._monkeypatch.setattr(QFileDialog, kind, staticmethod(choose))
        # the window asks through navdesk.ui.file_dialogs (a dialog that reads no file)
        helper = {"getOpenFileName": "open_file_name", "getSaveFileName": "save_file_name"}
        self._monkeypatch.setattr(file_dialogs, helper[kind], choose)
        return asked


def answer(button_text: str, seen: list[str]) -> Callable[[QMessageBox], None]:
    """For :func:`tests.conftest.when_modal_opens`: click the real box's button called
    ``button_text``; its text and informative text go into ``seen``."""
    def act(box: QMessageBox) -> None:
        seen.append(box.text() + "\n" + box.informativeText())
        next(b for b in box.buttons() if b.text() == button_text).click()
    return act


def in_dialog(kind, *steps):
    """When a ``kind`` dialog has opened and has the keyboard: look at it and type into
    it (``steps`` take the dialog); returns what each step returned."""
    seen = []

    def act(dialog):
        for step in steps:
            seen.append(step(dialog))

    def when_active(dialog):
        if QApplication.activeWindow() is dialog:
            act(dialog)
        else:  # shown, but the window system has not given it the keyboard yet
            QTimer.singleShot(10, lambda: when_active(dialog))

    when_modal_opens(kind, when_active)
    return seen


def keys(*presses):
    """A step that types ``presses`` ((key, modifier) or key) into the focused widget."""
    def step(dialog):
        for p in presses:
            key, mod = p if isinstance(p, tuple) else (p, Qt.KeyboardModifier.NoModifier)
            QTest.keyClick(QApplication.focusWidget() or dialog, key, mod)
            QApplication.processEvents()
    return step
