"""Qt's own texts (standard buttons, the file dialog, context menus) in the window's
language: bokmål from navdesk's resources/qtbase_nb.ts (Qt ships none), English as Qt
has it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QTimer, QTranslator
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollBar,
    QSpinBox,
    QTextBrowser,
    QToolButton,
)

from navdesk.resources_path import resource_path
from navdesk.ui import i18n
from tests.conftest import when_modal_opens


@pytest.fixture
def bokmal(qapp):
    """The window's language as navdesk starts without a choice."""
    assert i18n.install(qapp, "nb")
    assert resource_path("qtbase_nb.qm").exists(), "resources/qtbase_nb.qm is missing (compile it)"
    yield
    i18n.install(qapp, "nb")


def ask_yes_no() -> tuple[list[str], QMessageBox.StandardButton]:
    """The buttons' texts of a Yes/No question, and the answer of clicking the second."""
    texts = []

    def read_and_answer(box):
        texts.extend(b.text() for b in box.buttons())
        box.button(QMessageBox.StandardButton.No).click()

    when_modal_opens(QMessageBox, read_and_answer)
    answer = QMessageBox.question(None, "navdesk", "Gjenåpne desember 2026?")
    return texts, answer


def test_a_yes_no_question_in_the_bokmal_window_says_ja_and_nei(bokmal):
    texts, answer = ask_yes_no()
    assert sorted(texts) == ["&Ja", "&Nei"]
    assert answer == QMessageBox.StandardButton.No


def test_a_yes_no_question_in_the_english_window_says_yes_and_no(english):
    texts, answer = ask_yes_no()
    assert sorted(texts) == ["&No", "&Yes"]
    assert answer == QMessageBox.StandardButton.No


def test_standard_buttons_and_the_input_dialog_in_bokmal(qtbot, bokmal):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Discard
                           | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["Avbryt", "Forkast", "Lagre", "Lukk", "OK"]
    dialog = QInputDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "Skriv inn en verdi:" in labels
    assert sorted(b.text() for b in dialog.findChildren(QPushButton)) == ["Avbryt", "OK"]


def open_file_dialog(qtbot, folder, accept=QFileDialog.AcceptMode.AcceptOpen) -> QFileDialog:
    dialog = QFileDialog(None, "Velg fil", str(folder), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(accept)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def file_dialog_texts(dialog: QFileDialog) -> dict[str, str]:
    label = {name: dialog.findChild(QLabel, name).text()
             for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")}
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    header = dialog.findChild(QHeaderView)
    model = header.model()
    return {**label,
            "accept": buttons.button(QDialogButtonBox.StandardButton.Open).text()
            if buttons.button(QDialogButtonBox.StandardButton.Open)
            else buttons.button(QDialogButtonBox.StandardButton.Save).text(),
            "cancel": buttons.button(QDialogButtonBox.StandardButton.Cancel).text(),
            "columns": " | ".join(str(model.headerData(c, header.orientation()))
                                  for c in range(model.columnCount())),
            "back": dialog.findChild(QToolButton, "backButton").toolTip()}


def test_the_file_dialog_in_bokmal(qtbot, bokmal, tmp_path):
    opening = file_dialog_texts(open_file_dialog(qtbot, tmp_path))
    assert opening == {"lookInLabel": "&Se i:", "fileNameLabel": "Fil&navn:",
                       "fileTypeLabel": "Fil&type:", "accept": "&Åpne", "cancel": "Avbryt",
                       "columns": "Navn | Størrelse | Type | Endret", "back": "Tilbake"}
    saving = file_dialog_texts(open_file_dialog(qtbot, tmp_path, QFileDialog.AcceptMode.AcceptSave))
    assert saving["accept"] == "&Lagre"


def test_the_file_dialog_in_english(qtbot, english, tmp_path):
    opening = file_dialog_texts(open_file_dialog(qtbot, tmp_path))
    assert opening == {"lookInLabel": "&Look in:", "fileNameLabel": "File &name:",
                       "fileTypeLabel": "Files of &type:", "accept": "&Open", "cancel": "Cancel",
                       "columns": "Name | Size | Type | Date Modified", "back": "Back"}


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]


def test_the_context_menus_of_text_fields_in_bokmal(qtbot, bokmal):
    line = QLineEdit("1 234")
    text = QPlainTextEdit("Merknad")
    qtbot.addWidget(line)
    qtbot.addWidget(text)
    expected = ["&Angre", "&Gjør om", "Klipp &ut", "&Kopier", "&Lim inn", "Slett", "Merk alt"]
    assert menu_texts(line.createStandardContextMenu()) == expected
    assert menu_texts(text.createStandardContextMenu()) == expected


def test_the_context_menus_of_text_fields_in_english(qtbot, english):
    line = QLineEdit("1,234")
    qtbot.addWidget(line)
    assert menu_texts(line.createStandardContextMenu()) == [
        "&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"]


class Recorder(QTranslator):
    """Installed last, so Qt asks it first: notes every text Qt looks up and answers
    nothing, so the translators installed before it still answer."""

    def __init__(self, parent):
        super().__init__(parent)
        self.asked: set[tuple[str, str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        if context:
            self.asked.add((context, source, disambiguation or ""))
        return None

    def isEmpty(self):
        return False


# Texts Qt looks up that must stay as they are: key names of shortcuts (Ctrl, Shift, ...,
# as Norwegian keyboards and Windows menus print them) and the file dialog's shortcuts.
LEFT_AS_QT_HAS_THEM = {"QShortcut"}
KEYS = {"Alt+Left", "Alt+Right", "Alt+Up"}


def show_qt_dialogs_and_menus(qtbot, folder) -> None:
    """Everything of Qt's own that navdesk shows: message boxes with every standard
    button, the input and progress dialogs, the file dialog for opening and saving with
    its menus, and the context menus of text fields, spin boxes and scroll bars."""
    # menus that open with exec() block until closed: close each as soon as it shows
    closer = QTimer()
    closer.timeout.connect(lambda: [m.close() for m in QApplication.topLevelWidgets()
                                    if isinstance(m, QMenu) and m.isVisible()])
    closer.start(20)
    every = QMessageBox.StandardButton.NoButton
    for button in QMessageBox.StandardButton:
        if button not in (QMessageBox.StandardButton.NoButton,
                          QMessageBox.StandardButton.FlagMask,
                          QMessageBox.StandardButton.ButtonMask,
                          QMessageBox.StandardButton.FirstButton,
                          QMessageBox.StandardButton.LastButton,
                          QMessageBox.StandardButton.Default, QMessageBox.StandardButton.Escape):
            every |= button
    box = QMessageBox(QMessageBox.Icon.Question, "navdesk", "?", every)
    box.setDetailedText("detaljer")
    qtbot.addWidget(box)
    box.show()
    for widget in (QInputDialog(), QProgressDialog()):
        qtbot.addWidget(widget)
        widget.show()
    for accept in QFileDialog.AcceptMode:
        dialog = open_file_dialog(qtbot, folder, accept)
        qtbot.waitUntil(lambda d=dialog: d.findChild(QHeaderView).model().rowCount(
            d.findChild(QAbstractItemView, "treeView").rootIndex()) > 0)
        for view in dialog.findChildren(QAbstractItemView) + dialog.findChildren(QHeaderView):
            view.customContextMenuRequested.emit(QPoint(2, 2))
        dialog.close()
    for field in (QLineEdit("1"), QPlainTextEdit("x"), QTextBrowser()):
        qtbot.addWidget(field)
        field.createStandardContextMenu()
    for widget in (QSpinBox(), QDoubleSpinBox(), QScrollBar()):
        qtbot.addWidget(widget)
        widget.show()
        QApplication.sendEvent(widget, QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(2, 2), widget.mapToGlobal(QPoint(2, 2))))
    closer.stop()


def test_every_text_of_qt_that_navdesk_shows_has_bokmal(qtbot, qapp, bokmal, tmp_path):
    (tmp_path / "utveksling.csv").write_text("x", encoding="utf-8")
    (tmp_path / "mappe").mkdir()
    ours = QTranslator()
    assert ours.load(str(resource_path("qtbase_nb.qm")))
    recorder = Recorder(qapp)
    qapp.installTranslator(recorder)
    try:
        show_qt_dialogs_and_menus(qtbot, tmp_path)
    finally:
        qapp.removeTranslator(recorder)
    asked = {a for a in recorder.asked if a[0] not in LEFT_AS_QT_HAS_THEM and a[1] not in KEYS}
    assert len(asked) > 60  # the dialogs and menus did show
    missing = sorted(a for a in asked if not ours.translate(*a))
    assert missing == [], "add these to resources/qtbase_nb.ts"
