"""The goal card's tree: typing goes into the cell in focus (a target, a comment, the
name of a perspective or goal) and nowhere else; elsewhere it says which cells take
typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from navdesk.ui.goalcard_model import COMMENT, NAME, TARGET_YEAR, KindRole, headers
from navdesk.ui.i18n import tr
from navdesk.ui.typing_view import TypingTreeView


class GoalCardTree(TypingTreeView):
    """A click on a selected cell, or a typed key, edits it; a double click opens the
    measure's trend (the page connects it)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.SelectedClicked
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        # one cell at a time (a tree selects whole lines by default): Left and Right then
        # reach the target and the comment from the keyboard
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)

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
        return tr("«{column}» regnes ut av navdesk. Skriv i «{target}» eller «{comment}» for "
                  "«{title}».").format(column=names[index.column()], target=names[TARGET_YEAR],
                                      comment=names[COMMENT], title=title)
