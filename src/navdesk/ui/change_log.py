"""Edit > Endringslogg: every change the database holds, newest first: values typed and
imported, catalogue edits, the goal card, offices, reported and reopened months — when,
who, and what (as the store logged it, in bokmål)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from navdesk.service import OfficeService
from navdesk.ui.i18n import tr

SHOWN = 1000  # the latest changes shown


class ChangeLogDialog(QDialog):
    def __init__(self, service: OfficeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Endringslogg – navdesk"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Alle endringer i databasen, nyeste først: tall, katalogen, "
                          "styringskortet, kontorer og rapporterte måneder."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Tid"), tr("Hvem"), tr("Hva")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        # the store's short words for where a change came from, said in full
        said = {"form": tr("tall eller kommentar i månedsskjemaet"),
                "undo": tr("angret"), "redo": tr("gjort om"),
                "goal card": tr("kommentar på styringskortet"),
                "demo": tr("eksempeldata")}
        for change in service.change_log(SHOWN):
            what = said.get(change.what, change.what)
            item = QTreeWidgetItem([change.at.replace("T", " ")[:16], change.by, what])
            item.setToolTip(2, what)
            self.tree.addTopLevelItem(item)
        for column, width in ((0, 130), (1, 120)):
            self.tree.setColumnWidth(column, width)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_change_log(parent: QWidget | None, service: OfficeService) -> None:
    dialog = ChangeLogDialog(service, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
