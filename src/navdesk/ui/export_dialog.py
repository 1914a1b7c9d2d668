"""Exporting the file for the municipality from the File menu: the year or one month,
long or wide, decimal comma or point, small counts hidden if asked. The file is written
by :func:`navdesk.formats.exchange.export_file`, the same function ``navdesk-cli export``
uses, so the window and the command line always write the same bytes.

Call :func:`run_export` from a menu action, or build an :class:`ExportDialog` with a
``path`` (tests do: no native file dialog).
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from navdesk.domain.said import first_upper
from navdesk.domain.units import ValueRejected
from navdesk.present.exchange import YearSpan
from navdesk.service import OfficeService, StoreError
from navdesk.ui import i18n
from navdesk.ui.i18n import format_display, month_name, tr
from navdesk.ui.month_combo import PARTIAL_STYLE

ALL_OFFICES = "*"  # the office combo's entry for every office in the database
DEFAULT_SUPPRESS_BELOW = 5
ERROR_COLOR = "#a1000e"
OK_COLOR = "#1d6b2c"

_FOLDS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "é": "e", "ü": "u"})


def file_slug(name: str) -> str:
    """``NAV Bærum`` -> ``nav-baerum``: an office name as part of a file name."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower().translate(_FOLDS)).strip("-")
    return slug or "navdesk"


def default_file_name(office_name: str, year: int, month: int | None = None, *,
                      wide: bool = False, suffix: str = ".csv") -> str:
    """``nav-frogner-2025.csv``, ``nav-frogner-2025-03.csv``, ``nav-frogner-2025-bred.csv``
    (``nav-frogner-2025.xlsx`` with ``suffix=".xlsx"``)."""
    name = f"{file_slug(office_name)}-{year}"
    if month:
        name += f"-{month:02d}"
    return name + ("-bred" if wide else "") + suffix


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


class ExportDialog(QDialog):
    """Options and file of one export; "Eksporter" (:meth:`export`) writes it and says
    how many rows it wrote (``rows_written``, ``written_path``). The dialog stays open
    afterwards, so the same figures can be written in another shape too."""

    exported = Signal(str, int)  # path, rows written

    def __init__(self, service: OfficeService, year: int, month: int | None = None,
                 parent: QWidget | None = None, *, path: str | os.PathLike | None = None) -> None:
        super().__init__(parent)
        self.service = service
        office_code = service.code
        self.rows_written: int | None = None
        self.written_path: Path | None = None
        self._auto_path = path is None  # the file name follows the options until chosen
        self._confirmed: Path | None = None  # the save dialog already asked to replace it
        self.setWindowTitle(tr("Eksporter fil til kommunen – navdesk"))
        self.setObjectName("ExportDialog")

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(tr("Skriv tallene til en fil som kommunen kan åpne i Excel: en "
                          "CSV-fil eller en Excel-arbeidsbok."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(8)
        layout.addLayout(form)

        # office: the window's own; every office only when the database has several
        self.office_combo = QComboBox()
        offices = service.offices()
        for office in offices:
            self.office_combo.addItem(f"{office.code} {office.name}", office.code)
        if len(offices) > 1:
            self.office_combo.addItem(tr("Alle kontorer (lang fil)"), ALL_OFFICES)
        index = self.office_combo.findData(office_code)
        self.office_combo.setCurrentIndex(max(index, 0))
        if len(offices) > 1:
            form.addRow(tr("&Kontor:"), self.office_combo)
            form.labelForField(self.office_combo).setBuddy(self.office_combo)  # type: ignore[attr-defined]  # a QLabel
        else:  # nothing to choose: say which office, without a dead control
            self.office_combo.hide()
            form.addRow(tr("Kontor:"), QLabel(self.office_combo.currentText()))

        self.year_spin = QSpinBox()
        years = service.years_with_values() or [year]
        self.year_spin.setRange(min(*years, year) - 1, max(*years, year, date.today().year))
        self.year_spin.setValue(year)
        self.year_spin.setGroupSeparatorShown(False)
        self.year_spin.setMinimumWidth(self.year_spin.fontMetrics().horizontalAdvance("20255") + 40)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_spin)
        year_row.addStretch(1)
        form.addRow(tr("&År:"), year_row)

        self.whole_year = QRadioButton(tr("&Hele året"))
        self.one_month = QRadioButton(tr("Én må&ned:"))
        self.month_combo = QComboBox()
        self.month_combo.addItems([month_name(m).capitalize() for m in range(1, 13)])
        self.month_combo.setCurrentIndex((month or self._latest_month(office_code, year)) - 1)
        self.month_combo.setAccessibleName(tr("Måned"))
        period_group = QButtonGroup(self)
        period_group.addButton(self.whole_year)
        period_group.addButton(self.one_month)
        (self.one_month if month else self.whole_year).setChecked(True)
        period_row = QHBoxLayout()
        period_row.addWidget(self.whole_year)
        period_row.addSpacing(16)
        period_row.addWidget(self.one_month)
        period_row.addWidget(self.month_combo)
        period_row.addStretch(1)
        form.addRow(tr("Periode:"), period_row)

        self.long_format = QRadioButton(tr("&Lang: én verdi per rad (det kommunen leser inn)"))
        self.wide_format = QRadioButton(
            tr("&Bred: én indikator per rad, en kolonne per måned og året"))
        format_group = QButtonGroup(self)
        format_group.addButton(self.long_format)
        format_group.addButton(self.wide_format)
        self.long_format.setChecked(True)
        format_box = QVBoxLayout()
        format_box.setSpacing(4)
        format_box.addWidget(self.long_format)
        format_box.addWidget(self.wide_format)
        form.addRow(tr("Format:"), format_box)

        # the file's type: a workbook is written when the file's name ends in .xlsx
        self.csv_type = QRadioButton(tr("&CSV-fil (.csv)"))
        self.xlsx_type = QRadioButton(tr("E&xcel-arbeidsbok (.xlsx)"))
        self.xlsx_type.setToolTip(tr("Tallene som tall med enhetens format, og et ark med "
                                     "indikatorene"))
        type_group = QButtonGroup(self)
        type_group.addButton(self.csv_type)
        type_group.addButton(self.xlsx_type)
        self.csv_type.setChecked(True)
        type_row = QHBoxLayout()
        type_row.addWidget(self.csv_type)
        type_row.addSpacing(16)
        type_row.addWidget(self.xlsx_type)
        type_row.addStretch(1)
        form.addRow(tr("Filtype:"), type_row)

        self.decimal_comma = QRadioButton(tr("K&omma (12,5): norsk Excel"))
        self.decimal_point = QRadioButton(tr("&Punktum (12.5)"))
        decimal_group = QButtonGroup(self)
        decimal_group.addButton(self.decimal_comma)
        decimal_group.addButton(self.decimal_point)
        self.decimal_comma.setChecked(True)
        decimal_row = QHBoxLayout()
        decimal_row.addWidget(self.decimal_comma)
        decimal_row.addSpacing(16)
        decimal_row.addWidget(self.decimal_point)
        decimal_row.addStretch(1)
        form.addRow(tr("Desimaltegn:"), decimal_row)

        self.suppress_box = QCheckBox(tr("&Skjul personantall under"))
        self.suppress_spin = QSpinBox()
        self.suppress_spin.setRange(2, 100)
        self.suppress_spin.setValue(DEFAULT_SUPPRESS_BELOW)
        self.suppress_spin.setAccessibleName(tr("Skjul personantall under"))
        self.suppress_spin.setEnabled(False)
        suppress_hint = QLabel(tr("(skrives som «:»)"))
        suppress_row = QHBoxLayout()
        suppress_row.addWidget(self.suppress_box)
        suppress_row.addWidget(self.suppress_spin)
        suppress_row.addSpacing(4)
        suppress_row.addWidget(suppress_hint)
        suppress_row.addStretch(1)
        self.suppress_box.setToolTip(tr("For filer som skal publiseres: ingen skal kunne "
                                        "kjennes igjen. Andeler bygget på små tall skjules også."))
        self.suppress_box.toggled.connect(self.suppress_spin.setEnabled)
        form.addRow(tr("Små tall:"), suppress_row)

        self.path_edit = QLineEdit()
        self.path_edit.setMinimumWidth(380)
        self.choose_button = QPushButton(tr("&Velg …"))
        self.choose_button.setToolTip(tr("Velg mappe og filnavn"))
        self.choose_button.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        file_label = QLabel(tr("&Fil:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        form.labelForField(year_row).setBuddy(self.year_spin)  # type: ignore[attr-defined]  # a QLabel

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary_label)
        # a wide year that runs through a month not whole, or leaves later months out,
        # says so before the file is written (as navdesk-cli's "Merk:" lines)
        self.months_label = QLabel()
        self.months_label.setWordWrap(True)
        self.months_label.setTextFormat(Qt.TextFormat.PlainText)
        self.months_label.setStyleSheet(PARTIAL_STYLE)
        self.months_label.setVisible(False)
        layout.addWidget(self.months_label)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            tr("&Eksporter"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(
            tr("&Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

        if path is not None:
            self.path_edit.setText(str(path))
            self.xlsx_type.setChecked(Path(path).suffix.lower() == ".xlsx")
        self.path_edit.textEdited.connect(self._path_edited)
        for signal in (self.office_combo.currentIndexChanged, self.year_spin.valueChanged,
                       self.month_combo.currentIndexChanged, self.one_month.toggled,
                       self.wide_format.toggled, self.decimal_point.toggled,
                       self.suppress_box.toggled, self.suppress_spin.valueChanged):
            signal.connect(self._options_changed)
        self.xlsx_type.toggled.connect(self._type_changed)
        self.resize(640, 0)
        self._options_changed()

    # ---- options -------------------------------------------------------------------
    def _latest_month(self, office_code: str, year: int) -> int:
        months = [v.period.month for v in self.service.stored_values(year, office=office_code)
                  if v.period.month]
        return max(months) if months else 1

    @property
    def offices(self) -> list[str]:
        code = self.office_combo.currentData()
        return [o.code for o in self.service.offices()] if code == ALL_OFFICES else [code]

    @property
    def year(self) -> int:
        return self.year_spin.value()

    @property
    def month(self) -> int | None:
        return self.month_combo.currentIndex() + 1 if self.one_month.isChecked() else None

    @property
    def format(self) -> str:
        return "wide" if self.wide_format.isChecked() else "long"

    @property
    def suffix(self) -> str:
        """The chosen file type's suffix: ".xlsx" for a workbook, else ".csv"."""
        return ".xlsx" if self.xlsx_type.isChecked() else ".csv"

    def _type_changed(self) -> None:
        """A file name typed by the user keeps its name and takes the type's suffix
        (a name without one of navdesk's suffixes, a folder, is left as typed)."""
        text = self.path_edit.text().strip()
        path = Path(text)
        if (not self._auto_path and text and path.suffix.lower() in (".csv", ".xlsx", ".txt")
                and path.suffix.lower() != self.suffix):
            self.path_edit.setText(str(path.with_suffix(self.suffix)))
            self._confirmed = None
        self._options_changed()

    @property
    def decimal(self) -> str:
        return "." if self.decimal_point.isChecked() else ","

    @property
    def suppress_below(self) -> int | None:
        return self.suppress_spin.value() if self.suppress_box.isChecked() else None

    def _office_name(self) -> str:
        code = self.office_combo.currentData()
        if code == ALL_OFFICES:
            return tr("alle kontorer")
        office = self.service.find_office(code)
        return office.name if office else code

    def _options_changed(self) -> None:
        all_offices = self.office_combo.currentData() == ALL_OFFICES
        if all_offices and self.wide_format.isChecked():
            self.long_format.setChecked(True)
        self.wide_format.setEnabled(not all_offices)
        self.wide_format.setToolTip(
            tr("En bred fil lages for ett kontor om gangen") if all_offices else "")
        self.month_combo.setEnabled(self.one_month.isChecked())
        # a workbook's numbers are numbers: no decimal mark to choose
        self.decimal_comma.setEnabled(not self.xlsx_type.isChecked())
        self.decimal_point.setEnabled(not self.xlsx_type.isChecked())
        if self._auto_path:
            folder = Path(self.path_edit.text()).parent if self.path_edit.text() else _documents()
            office = "navdesk-alle-kontorer" if all_offices else self._office_name()
            name = default_file_name(office, self.year, self.month, wide=self.format == "wide",
                                     suffix=self.suffix)
            self.path_edit.setText(str(folder / name))
        self.summary_label.setText(self._summary())
        note = self._months_note()
        self.months_label.setText(note)
        self.months_label.setVisible(bool(note))
        if self.rows_written is not None:
            self.status_label.clear()
        self._fit()

    def _fit(self) -> None:
        """Grow to the wrapped texts' height: a long message must not squeeze the form."""
        layout = self.layout()
        assert layout is not None  # set in __init__
        layout.activate()
        need = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                else self.sizeHint().height())
        if need > self.height():
            self.resize(self.width(), need)

    def _span(self) -> YearSpan | None:
        """The months a wide file covers (None for a long file, or every office)."""
        if self.format != "wide" or self.office_combo.currentData() == ALL_OFFICES:
            return None
        return self.service.wide_span(self.office_combo.currentData(), self.year, self.month)

    def _months_note(self) -> str:
        """"Desember 2026 er delvis (3 av 75 tall) og ikke med." for a wide file, or the
        label of the month it runs through when that must carry one; else ""."""
        span = self._span()
        if span is None:
            return ""
        notes = [i18n.text(span.month.partial_label())] if (
            span.month is not None and span.month.is_labelled) else []
        notes += [i18n.text(c.left_out_text()) for c in span.left_out]
        return " ".join(first_upper(n) + "." for n in notes)

    def _summary(self) -> str:
        office, year, month = self._office_name(), self.year, self.month
        span = None if month else self._span()
        if self.format == "long":
            when = f"{month_name(month)} {year}" if month else str(year)
            text = tr("Filen får alle lagrede verdier for {office} i {when}, én verdi per "
                      "rad.").format(office=office, when=when)
        elif month or (span is not None and span.through < 12):
            # a wide year runs through its latest whole month: the summary names it
            month = month or span.through  # type: ignore[union-attr]  # not None: see the line above
            text = tr("Filen får én rad per indikator for {office}: {first}–{month} {year} og "
                      "året hittil til og med {month}, regnet etter indikatorens regel.").format(
                office=office, first=month_name(1), month=month_name(month), year=year)
        else:
            text = tr("Filen får én rad per indikator for {office}: hver måned i {year} og "
                      "årets tall, regnet etter indikatorens regel.").format(office=office,
                                                                            year=year)
        if self.suppress_below:
            text += " " + tr("Personantall fra 1 til {n} (og andeler bygget på dem) skrives "
                             "som «:».").format(n=self.suppress_below - 1)
        if self.xlsx_type.isChecked():
            return text + " " + tr("Filen lagres som Excel-arbeidsbok: tallene som tall med "
                                   "enhetens format, kontornummer og perioder som tekst, og "
                                   "indikatorene på et eget ark.")
        return text + " " + tr("Filen lagres som UTF-8 med «;» mellom feltene, slik Excel vil "
                               "ha den.")

    def _path_edited(self) -> None:
        self._auto_path = False
        self._confirmed = None
        # the name typed decides the type (a workbook for .xlsx): the choice follows it
        workbook = Path(self.path_edit.text().strip()).suffix.lower() == ".xlsx"
        if workbook != self.xlsx_type.isChecked():
            (self.xlsx_type if workbook else self.csv_type).setChecked(True)

    def choose_file(self) -> None:
        """Ask for the file with the save dialog (which asks before replacing)."""
        from navdesk.ui import file_dialogs

        current = self.path_edit.text().strip() or str(_documents() / f"navdesk{self.suffix}")
        kinds = (tr("Excel-arbeidsbøker (*.xlsx);;Alle filer (*)") if self.suffix == ".xlsx"
                 else tr("CSV-filer (*.csv);;Alle filer (*)"))
        path, _ = file_dialogs.save_file_name(self, tr("Eksporter til fil"), current, kinds)
        if path:
            if not Path(path).suffix:
                path += self.suffix
            self.path_edit.setText(path)
            self._auto_path = False
            self._confirmed = Path(path)

    # ---- writing -------------------------------------------------------------------
    def export(self) -> int | None:
        """Write the file; returns the number of rows written (header not counted), or
        None when nothing was written (the reason is shown in the dialog)."""
        text = self.path_edit.text().strip()
        if not text:
            self._set_status(tr("Skriv inn eller velg filen som skal skrives."), error=True)
            self.path_edit.setFocus()
            return None
        path = Path(text).expanduser()
        if path.is_dir():
            self._set_status(tr("{path} er en mappe; skriv et filnavn til slutt, for eksempel "
                                "{name}.").format(
                path=path, name=default_file_name(self._office_name(), self.year)), error=True)
            self.path_edit.setFocus()
            return None
        if path.exists() and path != self._confirmed and not self._replace_ok(path):
            return None
        try:
            rows = self.service.export_file(path, self.offices, self.year, self.month,
                               format=self.format, decimal=self.decimal,
                               suppress_below=self.suppress_below)
        except OSError as exc:
            import errno

            from navdesk.formats.files import cannot_write, disk_is_full

            if disk_is_full(exc) or exc.errno == errno.EIO:  # said in words of their own
                self._set_status(i18n.text(cannot_write(path, exc)), error=True)
            else:
                self._set_status(tr("Kan ikke skrive {path}: {reason}. Ingen fil er skrevet.")
                                 .format(path=path, reason=exc.strerror or exc), error=True)
            return None
        except (StoreError, ValueRejected) as exc:
            self._set_status(tr("Kan ikke eksportere: {reason}. Ingen fil er skrevet.").format(
                reason=i18n.message(exc)), error=True)
            return None
        self.rows_written, self.written_path = rows, path
        self._confirmed = path  # written by us just now: exporting again may replace it
        if rows:
            self._set_status((tr("Skrev {n} rad til {path}.") if rows == 1 else
                              tr("Skrev {n} rader til {path}.")).format(
                n=format_display(rows), path=path), ok=True)
        else:
            self._set_status(tr("Skrev bare overskriften til {path}: det finnes ingen lagrede "
                                "verdier for {office} i denne perioden.").format(
                path=path, office=self._office_name()), error=True)
        self.close_button.setText(tr("&Lukk"))
        self.exported.emit(str(path), rows)
        return rows

    def _replace_ok(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self, tr("Erstatte filen?"),
            tr("{name} finnes allerede i {folder}. Vil du erstatte den?").format(
                name=path.name, folder=path.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _set_status(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        color = ERROR_COLOR if error else OK_COLOR if ok else ""
        self.status_label.setStyleSheet(f"color: {color}; font-weight: bold" if color else "")
        self.status_label.setText(text)
        self._fit()


def run_export(parent: QWidget | None, service: OfficeService, year: int,
               month: int | None = None) -> int | None:
    """File > Export: show the dialog for the office's ``year`` (or ``month``).
    Returns the rows written by the last export made in it, or None."""
    dialog = ExportDialog(service, year, month, parent)
    dialog.exec()
    return dialog.rows_written
