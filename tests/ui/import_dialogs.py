"""The import dialog as its tests open it and read its problem list."""

from __future__ import annotations

from navdesk.service import OfficeService
from navdesk.ui.import_dialog import ImportDialog, ProblemModel


def checked(qtbot, store, path) -> ImportDialog:
    """The import dialog for ``path`` shown and its file checked (nothing imported yet)."""
    d = ImportDialog(OfficeService(store), path)
    qtbot.addWidget(d)
    d.show()
    d.check()
    return d


def listed(d) -> list[tuple[str, str]]:
    """The problem list as the dialog shows it: (line, message)."""
    m = d.problem_model
    return [(m.data(m.index(r, ProblemModel.LINE)), m.data(m.index(r, ProblemModel.MESSAGE)))
            for r in range(m.rowCount())]
