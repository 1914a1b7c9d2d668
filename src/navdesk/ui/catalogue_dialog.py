"""The office's own indicator catalogue in the window (Rediger → Indikatorkatalog).

Every indicator is listed with its code, name, unit, rule, section and breakdown; hidden
ones are greyed and marked "skjult". A form beside the list adds indicators of the
office's own and edits names, sections, breakdowns and ratios. Every save goes through
:meth:`Store.merge_catalogue`, the call ``navdesk-cli catalogue import`` makes, so the
window and the command line refuse the same things: a code is never changed or deleted
(an indicator is hidden instead, and its values and history stay), and a code with
values keeps its unit, rule and period type.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from navdesk.domain.catalogue import (
    Aggregation,
    CatalogueError,
    Indicator,
    PeriodType,
    indicator_fields,
    indicator_from_fields,
)
from navdesk.domain.units import Unit, ValueRejected
from navdesk.service import OfficeService, StoreError
from navdesk.ui import i18n
from navdesk.ui.catalogue_model import (
    AGGREGATION,
    CODE,
    GROUP,
    NAME,
    SECTION,
    SHOWN,
    UNIT,
    CatalogueModel,
    CodeRole,
    aggregation_long,
    period_long,
    unit_label,
)
from navdesk.ui.i18n import tr
from navdesk.ui.typing_view import is_typed

ERROR_COLOR = "#a1000e"
OK_COLOR = "#1d6b2c"
NEW_SECTION = "Egne indikatorer"  # stored in the catalogue as a section name: not translated


def title() -> str:
    return tr("Indikatorkatalog")


def fixed_note() -> str:
    return tr("Enhet, aggregering og periodetype ligger fast fordi koden har lagrede "
              "verdier: en endring ville feiltolke dem.")


def code_tip() -> str:
    return tr("Koden kan aldri endres eller slettes: den binder sammen verdier, styringskort "
              "og filer. Skjul indikatoren hvis den ikke skal brukes lenger.")


def _refs(text: str) -> str:
    """Codes typed with spaces, commas or plus signs between them, as the file has them."""
    return " ".join(text.replace(",", " ").replace("+", " ").split())


class CatalogueDialog(QDialog):
    """Browse, add, edit, hide and show indicators. ``catalogue_changed`` is emitted
    after every stored change, so the window can show it at once."""

    catalogue_changed = Signal()

    def __init__(self, service: OfficeService, parent: QWidget | None = None,
                 select: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CatalogueDialog")
        self.setWindowTitle(title())
        self.service = service
        self._code: str | None = None  # the indicator in the form (None: a new one)
        self._active = True
        self._loaded: dict[str, str] = {}  # the form's fields as last loaded or saved
        self._loading = False  # the table's selection is being set by the dialog itself

        # ---- left: filter and list
        self.model = CatalogueModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("Kode, navn, seksjon – eller «skjult»"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(tr("Søk i katalogen"))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(tr("Indikatorer"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col in (CODE, UNIT, AGGREGATION, GROUP, SHOWN):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SECTION, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(
            SECTION, self.fontMetrics().horizontalAdvance("Økonomisk sosialhjelp") + 16)
        self.count_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search = QHBoxLayout()
        search.addWidget(QLabel(tr("Sø&k"), buddy=self.filter_edit))  # type: ignore[call-overload]  # a Qt property as keyword: PySide6 takes it, its stubs do not
        search.addWidget(self.filter_edit, 1)
        left_layout.addLayout(search)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        # ---- right: the form of one indicator
        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName(tr("Kode"))
        self.code_edit.setPlaceholderText(tr("f.eks. BY_INTRO"))
        self.code_edit.setMaxLength(40)
        self.name_edit = QLineEdit()
        self.name_en_edit = QLineEdit()
        self.name_en_edit.setPlaceholderText(tr("som navnet hvis tomt"))
        self.unit_combo = QComboBox()
        for unit in Unit:
            # the enum's text as item data: Qt turns a str-based enum into a plain str
            self.unit_combo.addItem(tr("kroner") if unit is Unit.NOK else unit_label(unit),
                                    unit.value)
        self.aggregation_combo = QComboBox()
        for agg in Aggregation:
            self.aggregation_combo.addItem(aggregation_long(agg), agg.value)
        self.period_combo = QComboBox()
        for ptype in PeriodType:
            self.period_combo.addItem(period_long(ptype), ptype.value)
        self.fixed_note = QLabel(fixed_note())
        self.fixed_note.setWordWrap(True)
        self.fixed_note.setStyleSheet("color: #555555;")
        self.weight_edit = QLineEdit()
        self.weight_edit.setPlaceholderText(tr("kode som vekter snittet (valgfritt)"))
        self.section_combo = self._editable_combo(tr("Seksjon"))
        self.group_combo = self._editable_combo(tr("Fordeling"))
        self.group_combo.lineEdit().setPlaceholderText(tr("f.eks. Alder (tom: ingen fordeling)"))  # type: ignore[union-attr]  # editable
        self.parent_combo = self._editable_combo(tr("Del av"))
        self.parent_combo.lineEdit().setPlaceholderText(tr("koden den er en del av"))  # type: ignore[union-attr]  # editable
        self.numerator_edit = QLineEdit()
        self.numerator_edit.setPlaceholderText(tr("koder skilt med mellomrom"))
        self.denominator_edit = QLineEdit()
        self.denominator_edit.setPlaceholderText(tr("koder skilt med mellomrom"))
        self.factor_edit = QLineEdit()
        self.factor_edit.setPlaceholderText(tr("100 for prosent"))
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("Kode"), self.code_edit)
        form.addRow(tr("&Navn"), self.name_edit)
        form.addRow(tr("&Engelsk navn"), self.name_en_edit)
        form.addRow(tr("En&het"), self.unit_combo)
        form.addRow(tr("&Aggregering"), self.aggregation_combo)
        form.addRow(tr("&Periodetype"), self.period_combo)
        form.addRow("", self.fixed_note)
        form.addRow(tr("Vek&t"), self.weight_edit)
        form.addRow(tr("Seks&jon"), self.section_combo)
        form.addRow(tr("&Fordeling"), self.group_combo)
        form.addRow(tr("&Del av"), self.parent_combo)
        form.addRow(tr("Telle&r"), self.numerator_edit)
        form.addRow(tr("Ne&vner"), self.denominator_edit)
        form.addRow(tr("Fakt&or"), self.factor_edit)
        form.addRow(tr("Status"), self.state_label)
        self.form_box = QGroupBox()
        self.form_box.setLayout(form)

        self.save_button = QPushButton(tr("&Lagre"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(tr("Lagre endringene i indikatoren (Enter)"))
        self.hide_button = QPushButton(tr("&Skjul"))
        self.new_button = QPushButton(tr("Ny &indikator"))
        self.new_button.setToolTip(tr("Legg til en indikator kontoret teller selv"))
        for button in (self.hide_button, self.new_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.hide_button)
        buttons.addWidget(self.save_button)
        self.message = QLabel()
        self.message.setObjectName("catalogueMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.form_box)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.message)
        right_layout.addStretch(1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        # the list gets the room: names are long, the form's fields are short
        right.setMinimumWidth(360)
        right.setMaximumWidth(460)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setChildrenCollapsible(False)
        split.setSizes([900, 420])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(tr("Lukk"))
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(close)

        # ---- wiring
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.aggregation_combo.currentIndexChanged.connect(lambda *_: self._update_enabled())
        self.save_button.clicked.connect(self.save)
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.new_button.clicked.connect(self.new_indicator)

        self._fit_size()
        codes = self.service.catalogue.codes()
        self._reload(select if select in codes else (codes[0] if codes else None))

    def _editable_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName(name)
        return combo

    def _fit_size(self) -> None:
        from navdesk.ui.window_state import fit_to_screen

        parent = self.parentWidget()
        fit_to_screen(self, 1320, 700, 0.96, 0.92,
                      parent.screen() if parent is not None else None)

    # ---- the list ----------------------------------------------------------------
    def _reload(self, select: str | None) -> None:
        """Read the catalogue again and show ``select`` in the form."""
        catalogue = self.service.catalogue
        self._loading = True
        self.model.set_rows(list(catalogue), self.service.codes_with_values())
        self._loading = False
        for combo, items in ((self.section_combo, catalogue.sections()),
                             (self.group_combo, sorted({i.group for i in catalogue if i.group})),
                             (self.parent_combo, catalogue.codes())):
            text = combo.currentText()
            combo.clear()
            combo.addItems(items)
            combo.setEditText(text)
        self._count()
        ind = catalogue.get(select) if select else None
        if ind is not None:
            self._show(ind)
        elif self._code is None:
            self._select(None)

    def _count(self) -> None:
        rows = self.model.rowCount()
        hidden = sum(1 for n in range(rows) if not self.model.indicator(n).active)  # type: ignore[union-attr,misc]  # rows that exist
        text = tr("{rows} indikatorer, {hidden} skjult").format(rows=rows, hidden=hidden)
        if self.proxy.rowCount() != rows:
            text = tr("Viser {shown} av {total}").format(shown=self.proxy.rowCount(), total=text)
        self.count_label.setText(text)

    def _select(self, code: str | None) -> None:
        """Make ``code`` the table's current row without reacting to it."""
        self._loading = True
        try:
            selection = self.table.selectionModel()
            row = self.model.row_of(code) if code else -1
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            if index is None or not index.isValid():
                selection.clearSelection()
                selection.setCurrentIndex(self.proxy.index(-1, 0),
                                          QItemSelectionModel.SelectionFlag.NoUpdate)
                return
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        finally:
            self._loading = False

    def _filter(self, text: str) -> None:
        self._loading = True
        self.proxy.setFilterFixedString(text.strip())
        self._loading = False
        self._select(self._code)  # the form keeps its indicator, shown or filtered away
        self._count()

    def _row_changed(self, current, _previous) -> None:
        if self._loading or not current.isValid():
            return
        code = current.data(CodeRole)
        if code == self._code:
            return
        if not self.may_leave():
            self._select(self._code)
            return
        ind = self.service.catalogue.get(code)
        if ind is not None:
            self._show(ind)

    def eventFilter(self, watched, event) -> bool:
        """Enter or Down in the search field goes to the first match; Enter in the list
        goes to the indicator's name (Enter there saves); typing in the list searches."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and is_typed(event):
            # into the search field, where it is seen: Qt's type-ahead would instead
            # jump to another indicator and open it in the form
            self.filter_edit.setFocus()
            self.filter_edit.end(False)
            self.filter_edit.insert(event.text())
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            if watched is self.filter_edit and self.proxy.rowCount():
                current = self.table.currentIndex()
                if not current.isValid():
                    self.table.setCurrentIndex(self.proxy.index(0, 0))
                self.table.setFocus()
                return True
            if watched is self.table and event.key() != Qt.Key.Key_Down:
                self.name_edit.setFocus()
                self.name_edit.selectAll()
                return True
        return super().eventFilter(watched, event)

    # ---- the form ----------------------------------------------------------------
    def _show(self, ind: Indicator) -> None:
        self._code, self._active = ind.code, ind.active
        self._fill(indicator_fields(ind))
        self.code_edit.setReadOnly(True)
        self.code_edit.setToolTip(code_tip())
        self.form_box.setTitle(ind.name)
        self._select(ind.code)
        self._update_enabled()

    def _fill(self, f: dict[str, str]) -> None:
        self.code_edit.setText(f["kode"])
        self.name_edit.setText(f["navn"])
        self.name_en_edit.setText(f["navn_en"] if f["navn_en"] != f["navn"] else "")
        for combo, key in ((self.unit_combo, "enhet"), (self.aggregation_combo, "aggregering"),
                           (self.period_combo, "periodetype")):
            combo.setCurrentIndex(combo.findData(f[key]))
        self.weight_edit.setText(f["vekt"])
        self.section_combo.setEditText(f["seksjon"])
        self.group_combo.setEditText(f["fordeling"])
        self.parent_combo.setEditText(f["del_av"])
        self.numerator_edit.setText(f["teller"])
        self.denominator_edit.setText(f["nevner"])
        self.factor_edit.setText(f["faktor"])
        self._loaded = self.fields()

    def fields(self) -> dict[str, str]:
        """What the form says, as the text fields of a catalogue file row. Fields the
        chosen rule does not use are left out (a ratio's numerator when it is a sum)."""
        agg = Aggregation(self.aggregation_combo.currentData())
        ratio, average = agg is Aggregation.RATIO, agg is Aggregation.AVERAGE
        return {
            "kode": self.code_edit.text().strip(), "navn": self.name_edit.text().strip(),
            "navn_en": self.name_en_edit.text().strip(),
            "enhet": self.unit_combo.currentData(), "aggregering": agg.value,
            "vekt": _refs(self.weight_edit.text()) if average else "",
            "periodetype": self.period_combo.currentData(),
            "seksjon": self.section_combo.currentText().strip(),
            "fordeling": self.group_combo.currentText().strip(),
            "del_av": _refs(self.parent_combo.currentText()),
            "teller": _refs(self.numerator_edit.text()) if ratio else "",
            "nevner": _refs(self.denominator_edit.text()) if ratio else "",
            "faktor": self.factor_edit.text().strip() if ratio else "",
            "aktiv": "1" if self._active else "0",
        }

    @property
    def is_new(self) -> bool:
        return self._code is None

    @property
    def dirty(self) -> bool:
        """True when the form holds something that is not stored."""
        return self.fields() != self._loaded

    def _update_enabled(self) -> None:
        new = self.is_new
        fixed = not new and self._code in self.model.used
        for combo in (self.unit_combo, self.aggregation_combo, self.period_combo):
            combo.setEnabled(not fixed)
            combo.setToolTip(fixed_note() if fixed else "")
        self.fixed_note.setVisible(fixed)
        agg = Aggregation(self.aggregation_combo.currentData())
        self.weight_edit.setEnabled(agg is Aggregation.AVERAGE)
        for w in (self.numerator_edit, self.denominator_edit, self.factor_edit):
            w.setEnabled(agg is Aggregation.RATIO)
        self.hide_button.setEnabled(not new)
        self.hide_button.setText(tr("&Skjul") if self._active else tr("Vi&s"))
        self.hide_button.setToolTip(
            tr("Ta indikatoren ut av månedsskjemaet; verdiene og historikken blir tatt vare på")
            if self._active else tr("Vis indikatoren i månedsskjemaet igjen"))
        if new:
            self.state_label.setText(tr("Ny – vises i månedsskjemaet når den er lagret"))
        elif self._active:
            self.state_label.setText(tr("Vises i månedsskjemaet"))
        else:
            self.state_label.setText(tr("<b>Skjult</b>: vises ikke i månedsskjemaet; verdiene og "
                                        "historikken er tatt vare på"))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOR if error else OK_COLOR};")

    # ---- actions -----------------------------------------------------------------
    def new_indicator(self) -> bool:
        """Empty the form for an indicator of the office's own. False if the user kept
        unsaved changes instead."""
        if not self.may_leave():
            return False
        section = self.section_combo.currentText().strip() or NEW_SECTION
        self._code, self._active = None, True
        self._select(None)
        self._fill({"kode": "", "navn": "", "navn_en": "", "enhet": Unit.PERSONS.value,
                    "aggregering": Aggregation.SUM.value, "vekt": "",
                    "periodetype": PeriodType.MONTH.value, "seksjon": section, "fordeling": "",
                    "del_av": "", "teller": "", "nevner": "", "faktor": "", "aktiv": "1"})
        self._loaded = {}  # a new indicator is unsaved until it is saved
        self.code_edit.setReadOnly(False)
        self.code_edit.setToolTip(tr("Store bokstaver A–Z, sifre og _, 2–40 tegn. Kan ikke "
                                     "endres etterpå."))
        self.form_box.setTitle(tr("Ny indikator"))
        self._update_enabled()
        self._say("")
        self.code_edit.setFocus()
        return True

    def save(self) -> bool:
        """Store the form through the catalogue merge; a refusal is shown and changes
        nothing. Returns True when the form is stored (or had nothing to store)."""
        f = self.fields()
        if self.is_new and f["kode"] in self.service.catalogue:
            self._say(tr("Koden {code} finnes allerede. Velg den i listen for å endre den, "
                         "eller bruk en annen kode.").format(code=f["kode"]), error=True)
            return False
        try:
            ind = indicator_from_fields(f)
            changes = self.service.merge_catalogue([ind])
        except (CatalogueError, ValueRejected, StoreError) as exc:
            reason = i18n.message(exc).replace("\n", "; ")
            self._say(tr("Ikke lagret: {reason}").format(reason=reason), error=True)
            return False
        if not changes:
            self._say(tr("Ingen endringer å lagre."))
            return True
        self._code = ind.code
        self._reload(ind.code)
        self._say(tr("Lagret.") + " " + "; ".join(i18n.text(change) for change in changes))
        self.catalogue_changed.emit()
        return True

    def toggle_hidden(self) -> bool:
        """Hide the indicator in the form (its values and history stay) or show it again.
        Edits not yet saved stay in the form."""
        ind = self.service.catalogue.get(self._code) if self._code else None
        if ind is None:
            return False
        try:
            self.service.merge_catalogue([replace(ind, active=not ind.active)])
        except (CatalogueError, ValueRejected, StoreError) as exc:
            reason = i18n.message(exc).replace("\n", "; ")
            self._say(tr("Ikke endret: {reason}").format(reason=reason), error=True)
            return False
        self._active = not ind.active
        self._loaded["aktiv"] = "1" if self._active else "0"
        self._loading = True
        self.model.set_rows(list(self.service.catalogue), self.service.codes_with_values())
        self._loading = False
        self._select(ind.code)
        self._count()
        self._update_enabled()
        self._say((tr("{code} vises igjen i månedsskjemaet.") if self._active else
                   tr("{code} er skjult: den vises ikke i månedsskjemaet, og verdiene og "
                      "historikken er tatt vare på.")).format(code=ind.code))
        self.catalogue_changed.emit()
        return True

    def may_leave(self) -> bool:
        """Ask what to do with unsaved edits: True when the form may show something else."""
        if not self.dirty or (self.is_new and not any(
                v for k, v in self.fields().items() if k in ("kode", "navn"))):
            return True
        what = self.fields()["kode"] or tr("den nye indikatoren")
        box = QMessageBox(QMessageBox.Icon.Question, title(),
                          tr("Du har endret {what} uten å lagre. Vil du lagre endringene?").format(
                              what=what),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Save).setText(tr("&Lagre"))
        box.button(QMessageBox.StandardButton.Discard).setText(tr("&Forkast"))
        box.button(QMessageBox.StandardButton.Cancel).setText(tr("&Avbryt"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        """Esc and Lukk close the dialog; unsaved edits are asked about first."""
        if self.may_leave():
            super().reject()


def open_catalogue(parent: QWidget | None, service: OfficeService,
                   select: str | None = None) -> CatalogueDialog:
    """Show the catalogue dialog (modal) and return it once it is closed; every stored
    change is announced by the office service, so the pages follow it at once."""
    dialog = CatalogueDialog(service, parent, select)
    dialog.exec()
    return dialog
