"""Help > Guide: a short built-in guide to the monthly routine (enter, check, mark
reported, export) and the keys, from resources/guide_<language>.html (guide_nb.html when
there is none for the window's language); no network, no browser."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from navdesk.resources_path import resource_path
from navdesk.ui import i18n
from navdesk.ui.i18n import tr


def guide_html() -> str:
    """The guide in the window's language, else in bokmål."""
    path = resource_path(f"guide_{i18n.current()}.html")
    if not path.is_file():
        path = resource_path(f"guide_{i18n.DEFAULT}.html")
    return path.read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Veiledning – navdesk"))
        self.resize(640, 620)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)  # nothing in it leaves the program
        self.text.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("&Lukk"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
