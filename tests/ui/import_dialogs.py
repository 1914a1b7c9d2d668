"""The import dialog as its tests open it and read its problem list."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

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


def import_from_menu(window, path) -> None:
    """File > Importer with ``path``, its preview's "Importer" pressed as soon as the
    dialog is shown (the window's own import, worker and all)."""

    def confirm() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ImportDialog) and w.isVisible())
        dialog.import_file()
        dialog.accept()

    QTimer.singleShot(200, confirm)
    window.import_file(str(path))
