"""First start: which office this database is for, or a look around with demo data
first. Keyboard first: type, Tab, type, Enter."""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from navdesk.domain.units import ValueRejected
from navdesk.service import Office, StoreError
from navdesk.ui.i18n import message, tr

ERROR_STYLE = "color: #b00020;"  # dark red: readable on light backgrounds, not only by colour
CODE_DIGITS = 4


class SetupChoice(enum.Enum):
    OFFICE = "office"  # set up this office (``dialog.office``)
    DEMO = "demo"  # try navdesk with demo data, in the separate demo database


SaveOffice = Callable[[str, str, str], Office]


def check_office_code(code: str) -> str | None:
    """Why ``code`` is not a NAV office number, or None. NAV office numbers have four
    digits; a missing leading zero (``312`` for ``0312``) is the usual slip."""
    code = code.strip()
    if not code:
        return tr("Skriv inn kontornummeret, f.eks. 0312")
    if not code.isdigit() or not code.isascii():
        return tr("Kontornummeret skal bare ha sifre, f.eks. 0312")
    if len(code) < CODE_DIGITS:
        return tr("Kontornummeret har fire sifre. Mente du {code}?").format(
            code=code.zfill(CODE_DIGITS))
    if len(code) > CODE_DIGITS:
        return tr("Kontornummeret har fire sifre, f.eks. 0312 (du skrev {n})").format(n=len(code))
    return None


def check_office_name(name: str) -> str | None:
    return None if name.strip() else tr("Skriv inn kontorets navn, f.eks. NAV Frogner")


class SetupDialog(QDialog):
    """Asks for office number, office name and municipality, or offers demo data.

    After ``exec()``: ``choice`` is a :class:`SetupChoice` (None when cancelled) and
    ``office`` the saved office when the choice is ``OFFICE``. With ``save_office`` (for
    instance ``lambda c, n, m: store.save_office(c, n, m, home=True)``) the dialog saves
    when the user confirms and stays open, showing the reason, if the store refuses."""

    def __init__(self, parent: QWidget | None = None, *, save_office: SaveOffice | None = None,
                 database: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SetupDialog")
        self.setWindowTitle(tr("Sett opp navdesk"))
        self.choice: SetupChoice | None = None
        self.office: Office | None = None
        self._save_office = save_office
        self._checked = False  # once the user tried to confirm, errors follow each key

        title = QLabel(tr("Velkommen til navdesk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(tr("navdesk tar vare på månedstallene for ett NAV-kontor, i en fil på "
                          "denne maskinen. Skriv inn kontoret du fører tall for."))
        intro.setWordWrap(True)

        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("officeCode")
        self.code_edit.setPlaceholderText(tr("f.eks. 0312"))
        self.code_edit.setMaxLength(12)
        self.code_edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.code_edit.setToolTip(tr("Kontorets fire sifre, med null først om det har det"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("officeName")
        self.name_edit.setPlaceholderText(tr("f.eks. NAV Frogner"))
        self.name_edit.setMaxLength(200)
        self.municipality_edit = QLineEdit()
        self.municipality_edit.setObjectName("municipality")
        self.municipality_edit.setPlaceholderText(tr("f.eks. Oslo (kan stå tom)"))
        self.municipality_edit.setMaxLength(200)
        self.code_error = _error_label("codeError")
        self.name_error = _error_label("nameError")
        self.save_error = _error_label("saveError")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        form.addRow(_buddy(tr("&Kontornummer"), self.code_edit),
                    _with_error(self.code_edit, self.code_error))
        form.addRow(_buddy(tr("Kontor&navn"), self.name_edit),
                    _with_error(self.name_edit, self.name_error))
        form.addRow(_buddy(tr("K&ommune"), self.municipality_edit), self.municipality_edit)

        buttons = QDialogButtonBox()
        self.setup_button = buttons.addButton(tr("&Sett opp kontoret"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.setup_button.setDefault(True)
        self.cancel_button = buttons.addButton(tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setToolTip(tr("Avslutter navdesk uten å sette opp noe") + " (Esc)")
        self.setup_button.clicked.connect(self.confirm_office)
        buttons.rejected.connect(self.reject)

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        demo_text = QLabel(tr("Vil du se deg rundt først? Eksempeldata åpnes i en egen "
                              "eksempeldatabase, så dine egne tall aldri blandes med dem."))
        demo_text.setWordWrap(True)
        demo_buttons = QDialogButtonBox()
        self.demo_button = demo_buttons.addButton(tr("&Prøv med eksempeldata"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.setAutoDefault(False)
        self.demo_button.clicked.connect(self.choose_demo)
        demo_buttons.setCenterButtons(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.save_error)
        layout.addWidget(buttons)
        layout.addSpacing(4)
        layout.addWidget(rule)
        layout.addWidget(demo_text)
        layout.addWidget(demo_buttons)
        if database is not None:
            layout.addSpacing(4)
            where = QLabel(tr("Datafil: {path}").format(path=database))
            where.setObjectName("databasePath")
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setStyleSheet("color: palette(placeholder-text);")
            layout.addWidget(where)

        for edit in (self.code_edit, self.name_edit, self.municipality_edit):
            edit.textChanged.connect(self._recheck)
        self.setTabOrder(self.code_edit, self.name_edit)
        self.setTabOrder(self.name_edit, self.municipality_edit)
        self.setTabOrder(self.municipality_edit, self.setup_button)
        self.setTabOrder(self.setup_button, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.demo_button)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 88)
        self.code_edit.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        fit_height(self)

    # ---- checking ------------------------------------------------------------------
    def _recheck(self) -> None:
        if self.save_error.isVisible():
            self.save_error.setVisible(False)
            fit_height(self)
        if self._checked:
            self._show_errors()

    def _show_errors(self) -> QLineEdit | None:
        """Show each field's problem under it; returns the first field with one."""
        first = None
        for edit, label, check in ((self.code_edit, self.code_error, check_office_code),
                                   (self.name_edit, self.name_error, check_office_name)):
            problem = check(edit.text())
            label.setText(problem or "")
            label.setVisible(problem is not None)
            edit.setAccessibleDescription(problem or "")
            if problem and first is None:
                first = edit
        if self.isVisible():
            fit_height(self)
        return first

    def confirm_office(self) -> None:
        """The user chose to set up the office: check, save (when the dialog saves) and
        close, or show what to fix and put the cursor there."""
        self._checked = True
        wrong = self._show_errors()
        if wrong is not None:
            wrong.setFocus()
            wrong.selectAll()
            return
        code = self.code_edit.text().strip()
        name = self.name_edit.text().strip()
        municipality = self.municipality_edit.text().strip()
        if self._save_office is not None:
            try:
                self.office = self._save_office(code, name, municipality)
            except (ValueRejected, StoreError) as exc:  # refused, or a read-only file
                self.save_error.setText(message(exc))
                self.save_error.setVisible(True)
                fit_height(self)
                return
        else:
            self.office = Office(code, name, municipality)
        self.choice = SetupChoice.OFFICE
        self.accept()

    def choose_demo(self) -> None:
        self.choice = SetupChoice.DEMO
        self.office = None
        self.accept()


def fit_height(dialog: QDialog) -> None:
    """Make ``dialog`` as tall as its wrapped text needs at its actual width; Qt sizes
    a new window for a narrower guess and leaves the difference as empty space."""
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        height = layout.totalHeightForWidth(dialog.width())
        if height > 0:
            dialog.resize(dialog.width(), max(height, dialog.minimumSizeHint().height()))


def _buddy(text: str, edit: QLineEdit) -> QLabel:
    label = QLabel(text)
    label.setBuddy(edit)
    return label


def _with_error(edit: QLineEdit, error: QLabel) -> QWidget:
    """The field with its message right under it (hidden until there is one)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(3)
    column.addWidget(edit)
    column.addWidget(error)
    return box


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label
