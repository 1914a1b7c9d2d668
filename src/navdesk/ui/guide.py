"""Help > Guide: a short built-in guide to the monthly routine (enter, check, mark
reported, export) and the keys, from resources/guide_nb.html; no network, no browser."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from navdesk.resources_path import resource_path


class GuideDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Veiledning – navdesk")
        self.resize(640, 620)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)  # nothing in it leaves the program
        self.text.setHtml(resource_path("guide_nb.html").read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("&Lukk")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
