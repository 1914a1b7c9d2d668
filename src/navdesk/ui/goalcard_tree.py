"""The goal card's tree: typing goes into the cell in focus (a target, a comment, the
name of a perspective or goal) and nowhere else; elsewhere it says which cells take
typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView

from navdesk.ui.goalcard_model import COMMENT, NAME, TARGET_YEAR, KindRole, headers
from navdesk.ui.i18n import tr
from navdesk.ui.typing_view import TypingTreeView


class GoalCardTree(TypingTreeView):
    """A click on a selected cell, or a typed key, edits it; a double click opens the
    measure's trend (the page connects it). A refused target or comment stays in its
    cell with the cursor on it; Esc shows the stored one again."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.SelectedClicked
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        # one cell at a time (a tree selects whole lines by default): Left and Right then
        # reach the target and the comment from the keyboard
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.locked_month = ""  # "November 2025" when the month shown is reported

    def typing_refused(self, index) -> str:
        if not index.isValid():
            return tr("Velg en måling med piltastene før du skriver.")
        title = index.siblingAtColumn(NAME).data(Qt.ItemDataRole.DisplayRole) or ""
        if index.data(KindRole) != "measure":
            return tr("På «{title}» kan bare navnet skrives i. Målverdier og kommentarer "
                      "skrives på målingene under.").format(title=title)
        names = headers()
        if index.column() == NAME:
            return tr("På «{title}» kan bare «{target}» og «{comment}» skrives i – gå dit med "
                      "pil høyre.").format(title=title, target=names[TARGET_YEAR],
                                           comment=names[COMMENT])
        if index.column() == COMMENT:  # the only reason a measure's comment takes no typing
            return tr("{month} er rapportert og låst, så kommentarene kan ikke endres. "
                      "Gjenåpne måneden i «Månedstall» med Ctrl+L først.").format(
                month=self.locked_month)
        return tr("«{column}» regnes ut av navdesk. Skriv i «{target}» eller «{comment}» for "
                  "«{title}».").format(column=names[index.column()], target=names[TARGET_YEAR],
                                      comment=names[COMMENT], title=title)

    def keyPressEvent(self, event) -> None:
        if (event.key() == Qt.Key.Key_Escape and self.state() != self.State.EditingState
                and self.model().clear_rejected(self.currentIndex())):  # type: ignore[attr-defined]  # a GoalCardModel
            return  # the stored target or comment shows again
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint) -> None:
        # a refused target or comment: stay on its cell to correct it (Tab would have
        # gone on to the next cell and left it behind)
        if (hint != QAbstractItemDelegate.EndEditHint.RevertModelCache
                and self.model().is_rejected(self.currentIndex())):  # type: ignore[attr-defined]  # a GoalCardModel
            hint = QAbstractItemDelegate.EndEditHint.NoHint
        super().closeEditor(editor, hint)
