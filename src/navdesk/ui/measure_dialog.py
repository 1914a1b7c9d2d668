"""Add a measure to a goal, or change one: which indicator, which direction is better,
the yellow band, and the targets for the year in view and for every year."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from navdesk.domain.catalogue import Catalogue
from navdesk.domain.goalcard import DEFAULT_YELLOW_BAND, Direction, Measure
from navdesk.domain.limits import checked_amount
from navdesk.domain.units import ValueRejected, parse_number
from navdesk.ui import i18n
from navdesk.ui.i18n import format_display, tr


def directions() -> list[tuple[Direction, str]]:
    """The choices of direction, as the window shows them."""
    return [(Direction.HIGHER, tr("Høyere er bedre")), (Direction.LOWER, tr("Lavere er bedre"))]


def _target_text(value: float | None) -> str:
    return "" if value is None else format_display(value)


class MeasureDialog(QDialog):
    """``measure`` None: a new measure (the indicator can be chosen); else that measure
    (its indicator is fixed: measuring something else is a new measure)."""

    def __init__(self, catalogue: Catalogue, year: int, measure: Measure | None = None,
                 goal_name: str = "", parent=None) -> None:
        super().__init__(parent)
        self.year = year
        self.setWindowTitle(tr("Ny måling") if measure is None else tr("Endre måling"))
        self.indicator = QComboBox()
        self.indicator.setEditable(True)
        self.indicator.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for ind in catalogue:
            if ind.active or (measure is not None and ind.code == measure.indicator):
                self.indicator.addItem(f"{ind.code} – {ind.name}", ind.code)
        completer = self.indicator.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # type a code or a word of the name
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.indicator.setAccessibleName(tr("Indikator"))
        self.indicator.setMinimumContentsLength(48)
        self.direction = QComboBox()
        for value, text in directions():
            self.direction.addItem(text, value)
        self.band = QDoubleSpinBox()
        self.band.setRange(0, 100)
        self.band.setDecimals(1)
        self.band.setSuffix(" %")
        self.band.setValue(DEFAULT_YELLOW_BAND)
        self.band.setToolTip(
            tr("Hvor langt fra målet målingen fortsatt er gul, i prosent av målet"))
        self.target_year = QLineEdit()
        self.target_year.setPlaceholderText(tr("ingen egen målverdi"))
        self.target_all = QLineEdit()
        self.target_all.setPlaceholderText(tr("ingen"))
        self.target_all.setToolTip(tr("Gjelder hvert år som ikke har sin egen målverdi"))
        self.other_years = QLabel()
        self.other_years.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00000")

        form = QFormLayout()
        if goal_name:
            form.addRow(tr("Mål:"), QLabel(goal_name))
        form.addRow(tr("&Indikator:"), self.indicator)
        form.addRow(tr("&Retning:"), self.direction)
        form.addRow(tr("&Gul grense:"), self.band)
        form.addRow(tr("Målverdi &{year}:").format(year=year), self.target_year)
        form.addRow(tr("Målverdi &alle år:"), self.target_all)
        form.addRow("", self.other_years)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Lagre"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        if measure is not None:
            self.indicator.setCurrentIndex(self.indicator.findData(measure.indicator))
            self.indicator.setEnabled(False)
            self.direction.setCurrentIndex(self.direction.findData(measure.direction))
            self.band.setValue(measure.yellow_band)
            self.target_year.setText(_target_text(measure.targets.get(year)))
            self.target_all.setText(_target_text(measure.targets.get(None)))
            others = sorted((y, t) for y, t in measure.targets.items() if y not in (None, year))
            if others:
                self.other_years.setText(tr("Andre år:") + " " + ", ".join(
                    f"{y}: {_target_text(t)}" for y, t in others))
        else:
            self.indicator.setCurrentIndex(-1)
            self.indicator.lineEdit().setPlaceholderText(tr("Skriv kode eller navn …"))  # type: ignore[union-attr]  # editable: it has one
        self.result_values: dict | None = None

    def accept(self) -> None:
        """Check every field first; the dialog closes only on values that can be stored."""
        code = self.indicator.currentData()
        typed = self.indicator.currentText().strip()
        if self.indicator.isEnabled() and (code is None or self.indicator.itemText(
                self.indicator.currentIndex()) != typed):
            # the text typed may be a bare code
            found = self.indicator.findData(typed.upper())
            code = typed.upper() if found >= 0 else None
        if code is None:
            self._refuse(tr("Velg en indikator fra listen."), self.indicator)
            return
        targets = {}
        for key, edit in ((self.year, self.target_year), (None, self.target_all)):
            text = edit.text().strip()
            try:
                number = parse_number(text, i18n.current()) if text else None
                if number is not None and number >= 0:  # a template's limits (domain.limits)
                    checked_amount(number, "målverdi")
                targets[key] = float(number) if number is not None else None
            except ValueRejected as exc:
                self._refuse(tr("Målverdien: {reason}").format(reason=i18n.message(exc)), edit)
                return
            if (target := targets[key]) is not None and target < 0:
                self._refuse(tr("En målverdi kan ikke være negativ."), edit)
                return
        self.result_values = {"indicator": code, "direction": self.direction.currentData(),
                              "band": self.band.value(), "targets": targets}
        super().accept()

    def _refuse(self, text: str, widget) -> None:
        self.message.setText(text)
        widget.setFocus()
