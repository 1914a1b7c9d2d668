"""A tree view where a typed key goes into the editor of the cell in focus, or nowhere.

Qt's item views have "type-ahead": a key that does not open an editor moves the cursor
to the next line whose text starts with it (``keyboardSearch``). In a form where the
leader types figures that is a trap: on a heading the first digit jumped to another
line and the rest was stored there. Qt also refuses to open an editor by typing during
the double-click interval after a click that will open one itself (``SelectedClicked``),
and falls back to the same search. This view never searches: a typed key opens the
editor of the cell in focus with that key, or, where the cell takes no typing, changes
nothing and says why through :attr:`note`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QTreeView,
)

_MODIFIED = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
             | Qt.KeyboardModifier.MetaModifier)


def is_typed(event: QKeyEvent) -> bool:
    """True for a key that types a character (a digit, a letter, a space, a comma), as
    Qt decides whether a key may start editing; Enter, Tab, Delete and Escape type
    control characters and keep their own meaning."""
    text = event.text()
    return bool(text) and text.isprintable() and not event.modifiers() & _MODIFIED


class EnterStoresDelegate(QStyledItemDelegate):
    """Enter stores a line editor's text at once. Qt does it through a queued call, so
    a key typed quickly after Enter reached the old editor first and was stored with
    it ("38", Enter, "612" stored 38612); Tab is stored at once by Qt already."""

    def eventFilter(self, editor, event) -> bool:
        if (event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and isinstance(editor, QLineEdit)):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
            return True
        return super().eventFilter(editor, event)


class TypingTreeView(QTreeView):
    """A QTreeView without type-ahead. Subclasses say in :meth:`typing_refused` why a
    cell takes no typing; the page shows :attr:`note` in the window's status line."""

    note = Signal(str)  # a short sentence for the status line
    editor_closed = Signal()  # a cell's editor closed, whatever closed it

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(EnterStoresDelegate(self))

    def editing(self) -> bool:
        """True while a cell's editor is open (something is being typed)."""
        return self.state() == QAbstractItemView.State.EditingState

    def closeEditor(self, editor, hint) -> None:
        super().closeEditor(editor, hint)
        self.editor_closed.emit()

    def keyboardSearch(self, search: str) -> None:
        # never move the cursor because of a typed key (see the module's docstring);
        # Qt calls this for key presses and input-method text alike
        return

    def typing_refused(self, index) -> str:
        """Why ``index`` takes no typing, in the window's language ("" to say nothing)."""
        return ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState and is_typed(event):
            self.type_into(self.currentIndex(), event)
            event.accept()
            return
        super().keyPressEvent(event)

    def type_into(self, index, event: QKeyEvent) -> bool:
        """Open ``index``'s editor with the key of ``event`` in it; where it takes no
        typing, say why instead. True when the editor took the key."""
        if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
            Trigger = QAbstractItemView.EditTrigger
            if self.edit(index, Trigger.AnyKeyPressed, event):
                return True
            # Qt refuses while a click's delayed edit is waiting. Asking for a
            # double-click edit is the one public way to stop that timer; with no edit
            # triggers it opens nothing, and the key then opens the editor itself.
            triggers = self.editTriggers()
            self.setEditTriggers(Trigger.NoEditTriggers)
            self.edit(index, Trigger.DoubleClicked, None)  # type: ignore[call-overload]  # Qt takes no event; its stubs want one
            self.setEditTriggers(triggers | Trigger.AnyKeyPressed)
            opened = self.edit(index, Trigger.AnyKeyPressed, event)
            self.setEditTriggers(triggers)
            if opened:
                return True
        reason = self.typing_refused(index)
        if reason:
            self.note.emit(reason)
        return False
