"""What the user sees of an unexpected error: a short message, where the details were
written, and a button that copies them for whoever helps. Never a bare traceback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from navdesk.crashlog import crash_report, write_crash_log
from navdesk.ui.i18n import tr

HEADLINE = "Noe gikk galt. Tallene du har lagret er trygge."  # the bokmål source


def headline() -> str:
    """:data:`HEADLINE` in the window's language."""
    return tr("Noe gikk galt. Tallene du har lagret er trygge.")


class ErrorDialog(QDialog):
    """The message for one unexpected error; ``details`` is the full report."""

    def __init__(self, details: str, log: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ErrorDialog")
        self.setWindowTitle(tr("navdesk – uventet feil"))
        self.details = details

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning, None, self).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.headline = QLabel(headline())
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)

        if log is not None:
            where = tr("Detaljene er skrevet i loggfilen<br><b>{log}</b><br><br>Du kan arbeide "
                       "videre. Kommer feilen igjen, trykk «Kopier detaljer» og send dem til "
                       "den som hjelper deg med navdesk.").format(log=_html(str(log)))
        else:
            where = tr("Detaljene kunne ikke skrives til loggfilen. Trykk «Kopier detaljer» "
                       "og send dem til den som hjelper deg med navdesk.")
        self.message = QLabel(where)
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.copied = QLabel(tr("Detaljene er kopiert. Lim dem inn i en e-post med Ctrl+V."))
        self.copied.setObjectName("copiedNote")
        self.copied.setWordWrap(True)
        self.copied.setVisible(False)

        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_view.setMinimumHeight(220)
        self.details_view.setVisible(False)

        self.copy_button = QPushButton(tr("&Kopier detaljer"))
        self.copy_button.setToolTip(tr("Legger versjon, system og feilmeldingen på utklippstavlen"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_details)
        self.toggle_button = QPushButton(tr("&Vis detaljer"))
        self.toggle_button.setCheckable(True)
        self.toggle_button.setAutoDefault(False)
        self.toggle_button.toggled.connect(self.show_details)
        buttons = QDialogButtonBox()
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.toggle_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(tr("&Lukk"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setDefault(True)
        buttons.accepted.connect(self.accept)

        text = QVBoxLayout()
        text.setSpacing(10)
        text.addWidget(self.headline)
        text.addWidget(self.message)
        text.addWidget(self.copied)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.addLayout(top)
        layout.addSpacing(10)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)
        self._narrow = self.fontMetrics().averageCharWidth() * 88
        self.setMinimumWidth(self._narrow)
        self.close_button.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # as tall as the wrapped text needs at the real width (Qt guesses a narrower one)
        layout = self.layout()
        assert layout is not None  # set in __init__
        self.resize(self.width(), max(layout.totalHeightForWidth(self.width()),
                                      self.minimumSizeHint().height()))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copied.setVisible(True)

    def show_details(self, shown: bool) -> None:
        self.details_view.setVisible(shown)
        self.toggle_button.setText(tr("Skjul &detaljer") if shown else tr("&Vis detaljer"))
        # a traceback needs width; give it room, and give it back when hidden
        self.setMinimumWidth(int(self._narrow * 1.4) if shown else self._narrow)
        self.adjustSize()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def show_unexpected_error(parent: QWidget | None, exc: BaseException) -> Path | None:
    """Write ``exc`` to the log file and show the short message (modal, returns when
    the user closes it). Returns the log file, None if it could not be written."""
    report = crash_report(exc)
    log = write_crash_log(exc, report)
    dialog = ErrorDialog(report, log, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
    return log
