"""The main window: the office's name and one tab per part of the monthly job."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget,
)

from navdesk import __version__
from navdesk.store.database import Store

TABS = [
    ("Månedstall", "Her fører du månedens tall: skjemaet kommer i neste versjon."),
    ("Styringskort", "Her følger du styringskortet: mål, målverdier og trafikklys."),
    ("Trender", "Her ser du utviklingen over tid i grafer."),
    ("Rapport", "Her lager du statusrapporten og filene til kommunen."),
]


class MainWindow(QMainWindow):
    def __init__(self, store: Store, *, demo: bool = False) -> None:
        super().__init__()
        self.store = store
        office = store.home_office()
        self.setObjectName("MainWindow")
        title = "navdesk"
        if office:
            title = f"{office.name} – navdesk" + (" (eksempeldata)" if demo else "")
        self.setWindowTitle(title)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 16, 12)
        self.office_label = QLabel()
        self.office_label.setObjectName("officeName")
        font = self.office_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.office_label.setFont(font)
        if office:
            place = f" · {office.municipality}" if office.municipality else ""
            self.office_label.setText(f"{office.name}  (kontor {office.code}{place})")
        else:
            self.office_label.setText("Ingen kontor er satt opp ennå")
        layout.addWidget(self.office_label)

        self.tabs = QTabWidget()
        for name, text in TABS:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            hint = QLabel(text if office else
                          "Databasen har ikke noe kontor ennå. Prøv programmet med "
                          "«navdesk --demo», eller sett opp ditt kontor med «navdesk-cli init».")
            hint.setWordWrap(True)
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            page_layout.addWidget(hint)
            self.tabs.addTab(page, name)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        file_menu = self.menuBar().addMenu("&Fil")
        quit_action = QAction("&Avslutt", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Hjelp")
        about = QAction("&Om navdesk", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

        self.statusBar().showMessage(f"Datafil: {store.path}")
        self.resize(1000, 680)

    def about_text(self) -> str:
        return (f"<b>navdesk {__version__}</b><br>Månedstall, styringskort og rapportering "
                f"for ett NAV-kontor, uten nett.<br><br>Datafil: {self.store.path}")

    def show_about(self) -> None:
        QMessageBox.about(self, "Om navdesk", self.about_text())
