"""Importing an exchange file from the File menu: the file is read as a dry run first,
and the dialog shows what the import would do (new, changed and unchanged values, the
offices it would create, every problem by line) before anything is written. Only a
file without problems can be imported; the import itself is all or nothing.

Reading a large file takes seconds: it is read in a worker thread (its own connection
to the database), while a progress dialog shows how far it has got and lets the user
stop at any point with nothing stored.

Call :func:`run_import` from a menu action, or build an :class:`ImportDialog` with a
path (tests do: no native file dialog).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from navdesk.domain.catalogue import Catalogue
from navdesk.domain.period import MAX_YEAR, MIN_YEAR
from navdesk.domain.said import Said
from navdesk.formats.csvfile import FileRefused
from navdesk.formats.workbook import is_workbook, sheet_names
from navdesk.service import ADD_OFFICES_HINT, RESTORE_ZEROS_HINT, OfficeService, StoreError
from navdesk.service.importing import SHEET_HINT, ImportReport, place
from navdesk.ui import i18n
from navdesk.ui.i18n import format_display, tr
from navdesk.ui.worker import Work, Worker

PREVIEW_LIMIT = 1000  # changed values listed in the preview; the count says how many more
PROGRESS_STEPS = 1000
READ_SHARE = 900  # of the progress bar: reading the file; the rest: checking and storing
ERROR_COLOR = "#a1000e"
OK_COLOR = "#1d6b2c"

_last_folder: str | None = None  # where the user last picked a file, for this session


class YearBox(QSpinBox):
    """The wide file's year: Enter takes the typed year (the file is read again for it)
    and stays here; it never also presses "Importer" for a preview not yet seen."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


def wide_file_hints(path: Path, offices: list) -> tuple[str | None, int | None]:
    """The office and year a wide file most likely is for, as the first choice of the
    dialog (the file itself names neither): navdesk's own workbook says both in its
    title ("Tall for 0314 NAV Sagene, 2025"); else an office whose name begins the file's
    name as navdesk names its exports ("nav-sagene-2025-bred.csv"), and the name's year."""
    from navdesk.present.exchange_workbook import titled_office_and_year
    from navdesk.ui.export_dialog import file_slug

    titled = titled_office_and_year(path)
    if titled and titled[0] in {o.code for o in offices}:
        return titled
    stem = path.stem.lower()
    named = [o.code for o in offices if stem.startswith(file_slug(o.name) + "-")]
    return (named[0] if len(named) == 1 else None), year_in_name(path.stem)


def year_in_name(name: str) -> int | None:
    """The year a file's name gives, when it gives exactly one (``nav-frogner-2025-bred``:
    2025), as the first guess of a wide file's year; None otherwise."""
    years = {int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", name)
             if MIN_YEAR <= int(y) <= MAX_YEAR}
    return years.pop() if len(years) == 1 else None


def _n(value: int) -> str:
    return format_display(value)


def _plural(n: int, one: str, many: str) -> str:
    return f"{_n(n)} {one if n == 1 else many}"


def problem_text(message: str) -> str:
    """A problem of the file as the window lists it, in the window's language: the
    command line's advice for offices not in the database ("bruk --add-offices ...",
    "bruk --restore-zeros ...") becomes the dialog's own check box."""
    if isinstance(message, Said) and message.args.get("action") == ADD_OFFICES_HINT:
        hint = tr("kryss av for «Opprett kontorene i filen …» øverst i vinduet for å opprette dem")
        message = Said(message.template, {**message.args, "action": hint})
    elif isinstance(message, Said) and message.args.get("action") == SHEET_HINT:
        hint = tr("importer filen igjen og velg arket tallene står på")
        message = Said(message.template, {**message.args, "action": hint})
    elif isinstance(message, Said) and message.args.get("action") == RESTORE_ZEROS_HINT:
        hint = tr("kryss av øverst i vinduet for å lese {code} som {office}").format(
            code=message.args.get("office"), office=message.args.get("padded"))
        message = Said(message.template, {**message.args, "action": hint})
    return i18n.text(message)


# ---------------------------------------------------------------------------- table models
class _RowsModel(QAbstractTableModel):
    """A read-only table of ``_rows`` under the column titles ``HEADERS`` (bokmål; shown
    in the window's language by :meth:`titles`)."""

    HEADERS: tuple[str, ...] = ()

    def titles(self) -> tuple[str, ...]:
        return self.HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        return None


class ProblemModel(_RowsModel):
    """Problems of a file, one a row: line number and message."""

    LINE, MESSAGE = range(2)
    HEADERS = ("Linje", "Problem")

    def titles(self) -> tuple[str, ...]:
        return (tr("Linje"), tr("Problem"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line, message = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.LINE:
                return _n(line) if line else "–"  # 0: the file as a whole
            return message
        if role == Qt.ItemDataRole.ToolTipRole and col == self.MESSAGE:
            return message
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


class ChangeModel(_RowsModel):
    """Stored values a file would change: where, which, and the old and new value."""

    LINE, OFFICE, PERIOD, INDICATOR, OLD, NEW, COMMENT = range(7)
    HEADERS = ("Linje", "Kontor", "Periode", "Indikator", "Gammel verdi", "Ny verdi", "Kommentar")

    def titles(self) -> tuple[str, ...]:
        return (tr("Linje"), tr("Kontor"), tr("Periode"), tr("Indikator"), tr("Gammel verdi"),
                tr("Ny verdi"), tr("Kommentar"))

    def __init__(self, catalogue: Catalogue, parent=None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue

    def _name(self, code: str) -> str:
        ind = self._catalogue.get(code)
        if ind is None:
            return code
        # a breakdown part ("18–24 år") says little without its group ("Alder")
        return f"{ind.group}: {ind.name}" if ind.group else ind.name

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        col = index.column()
        comment_changed = c.new_comment != c.old_comment
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.LINE:
                return _n(c.line)
            if col == self.OFFICE:
                return c.office
            if col == self.PERIOD:
                return str(c.period)
            if col == self.INDICATOR:
                return self._name(c.code)
            if col == self.OLD:
                return format_display(c.old_value)
            if col == self.NEW:
                return format_display(c.new_value)
            if col == self.COMMENT:
                return (c.new_comment or "") if comment_changed else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.INDICATOR:
                return f"{c.code}: {self._name(c.code)}"
            if col == self.COMMENT and comment_changed:
                none = tr("(ingen)")
                return (tr("Lagret kommentar: {old}").format(old=c.old_comment or none) + "\n"
                        + tr("Ny kommentar: {new}").format(new=c.new_comment or none))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.LINE, self.OLD, self.NEW):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _table(model: QAbstractTableModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)  # free text
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view


class _Stat(QFrame):
    """One big number with its caption, for the preview's summary."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        self.number = QLabel("–")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set(self, value: int, tooltip: str = "") -> None:
        self.number.setText(_n(value))
        self.setToolTip(tooltip)


# ---------------------------------------------------------------------------- the dialog
class ImportDialog(QDialog):
    """Preview and import of one exchange file for the office ``office_code``.

    :meth:`check` reads the file as a dry run and shows the preview (``report``);
    "Importer" (:meth:`import_file`) stores it and sets ``imported_report``. Nothing is read in
    the constructor."""

    imported = Signal(object)  # the ImportReport of an import that was stored

    def __init__(self, service: OfficeService, path: str | os.PathLike,
                 parent: QWidget | None = None, sheet: str | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.sheet = sheet  # a workbook's sheet to read (None: its first)
        # a database without an office of its own can still take the offices' files
        self.office_code = office_code = service.office.code if service.office else ""
        self.path = Path(path)
        self.report: ImportReport | None = None  # the latest dry run
        self.imported_report: ImportReport | None = None  # the import, once stored
        self.progress_percent = 0  # how far the latest reading got
        self.progress_dialog: QProgressDialog | None = None  # while the file is read
        self.worker: Worker | None = None  # reading or importing the file, in a pool thread
        self._needs_office = False  # the file has no office column
        self.setWindowTitle(tr("Importer {file} – navdesk").format(file=self.path.name))
        self.setObjectName("ImportDialog")
        self.setSizeGripEnabled(True)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        title = QLabel(tr("Importer <b>{file}</b>").format(file=_html(self.path.name)))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        layout.addWidget(title)
        self.file_label = QLabel(tr("Mappe: {folder}").format(folder=self.path.parent))
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.file_label)

        # options that change what the import does; each change reads the file again
        options = QGridLayout()
        options.setColumnStretch(1, 1)
        self.office_label = QLabel(tr("Kontor for &radene:"))
        self.office_combo = QComboBox()
        for office in service.offices():
            self.office_combo.addItem(f"{office.code} {office.name}", office.code)
        home = self.office_combo.findData(office_code)
        if home >= 0:
            self.office_combo.setCurrentIndex(home)
        self.office_label.setBuddy(self.office_combo)
        self.office_hint = QLabel(tr("Filen har ingen kolonne for kontornummer: velg kontoret "
                                     "alle radene gjelder."))
        self.office_hint.setWordWrap(True)
        # a wide file (an indicator a row, a month a column) names no year: chosen here
        self.year_label = QLabel(tr("&År for radene:"))
        self.year_spin = YearBox()
        self.year_spin.setRange(MIN_YEAR, MAX_YEAR)
        self.year_spin.setValue(year_in_name(self.path.stem) or QDate.currentDate().year())
        self.year_spin.setKeyboardTracking(False)  # read the file again once, not per digit
        self.year_label.setBuddy(self.year_spin)
        options.addWidget(self.office_label, 0, 0)
        options.addWidget(self.office_combo, 0, 1)
        options.addWidget(self.year_label, 2, 0)
        options.addWidget(self.year_spin, 2, 1, Qt.AlignmentFlag.AlignLeft)
        options.addWidget(self.office_hint, 1, 0, 1, 2)
        self.add_offices_box = QCheckBox(
            tr("&Opprett kontorene i filen som ikke finnes i databasen"))
        self.add_offices_list = QLabel()
        self.add_offices_list.setTextFormat(Qt.TextFormat.PlainText)
        self.add_offices_list.setWordWrap(True)
        self.add_offices_list.setContentsMargins(24, 0, 0, 0)
        options.addWidget(self.add_offices_box, 3, 0, 1, 2)
        options.addWidget(self.add_offices_list, 4, 0, 1, 2)
        layout.addLayout(options)
        for w in (self.office_label, self.office_combo, self.office_hint,
                  self.add_offices_box, self.add_offices_list, self.year_label, self.year_spin):
            w.hide()
        self.office_combo.currentIndexChanged.connect(self._options_changed)
        self.year_spin.valueChanged.connect(self._options_changed)
        self.add_offices_box.toggled.connect(self._options_changed)

        # what the import would do
        stats = QHBoxLayout()
        self.new_stat = _Stat(tr("nye verdier"))
        self.changed_stat = _Stat(tr("endrede verdier"))
        self.unchanged_stat = _Stat(tr("uendrede verdier"))
        self.skipped_stat = _Stat(tr("rader hoppet over"))
        self.problem_stat = _Stat(tr("problemer"))
        for s in (self.new_stat, self.changed_stat, self.unchanged_stat, self.skipped_stat,
                  self.problem_stat):
            stats.addWidget(s)
        stats.addStretch(1)
        layout.addLayout(stats)
        self.details_label = QLabel()
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setWordWrap(True)
        layout.addWidget(self.details_label)

        self.tabs = QTabWidget()
        self.problem_model = ProblemModel(self)
        self.problem_view = _table(self.problem_model, ProblemModel.MESSAGE)
        self.problem_view.setWordWrap(True)
        self.problem_note = QLabel()
        self.problem_note.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_note.setWordWrap(True)
        self.copy_button = QPushButton(tr("&Kopier listen"))
        self.copy_button.setToolTip(tr("Kopier alle problemene med linjenummer, for å sende dem "
                                       "til den som laget filen"))
        self.copy_button.clicked.connect(self.copy_problems)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        note_row = QHBoxLayout()
        note_row.addWidget(self.problem_note, 1)
        note_row.addWidget(self.copy_button)
        page_layout.addLayout(note_row)
        page_layout.addWidget(self.problem_view, 1)
        self.tabs.addTab(page, tr("&Problemer"))

        self.change_model = ChangeModel(service.catalogue, self)
        self.change_view = _table(self.change_model, ChangeModel.INDICATOR)
        # a comment may be long: a fixed share of the width, the indicator's name first
        header = self.change_view.horizontalHeader()
        header.setSectionResizeMode(ChangeModel.COMMENT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ChangeModel.COMMENT, self.fontMetrics().horizontalAdvance("x" * 24))
        self.change_note = QLabel()
        self.change_note.setTextFormat(Qt.TextFormat.PlainText)
        self.change_note.setWordWrap(True)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.change_note)
        page_layout.addWidget(self.change_view, 1)
        self.tabs.addTab(page, tr("&Endrede verdier"))
        layout.addWidget(self.tabs, 1)

        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("importStatus")
        layout.addWidget(self.status_label)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            tr("&Importer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.recheck_button = self.buttons.addButton(
            tr("Sjekk filen på &nytt"), QDialogButtonBox.ButtonRole.ActionRole)
        self.recheck_button.setToolTip(tr("Les filen igjen, for eksempel etter at du har "
                                          "rettet den i Excel"))
        self.close_button = self.buttons.addButton(
            tr("&Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.import_file)
        self.recheck_button.clicked.connect(self.check)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._set_status(tr("Filen er ikke lest ennå."))
        self.resize(920, 620)
        screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen())
        if screen is not None:  # a small laptop screen at 150 %: never larger than the screen
            room = screen.availableGeometry()
            self.resize(min(self.width(), room.width() * 9 // 10),
                        min(self.height(), room.height() * 9 // 10))

    # ---- reading -----------------------------------------------------------------
    def check(self) -> ImportReport | None:
        """Read the file as a dry run and show what importing it would do. Returns the
        report, or None when the user stopped the reading or the database failed."""
        first = self.report is None
        report = self._read(dry_run=True)
        if report is None:
            return None
        has_office_column = "kontornr" in report.columns
        wide = report.layout == "wide"
        if report.columns and (self._needs_office == has_office_column
                               or self.year_spin.isHidden() == wide):
            # a sheet without an office column: every row goes to the office chosen here
            # (and a sheet corrected to have one again uses its own); a wide file's rows
            # also go to the year chosen here
            self._needs_office = not has_office_column
            for w in (self.office_label, self.office_combo, self.office_hint):
                w.setVisible(self._needs_office)
            self.year_label.setVisible(wide)
            self.year_spin.setVisible(wide)
            if wide:  # the file's own hints first: the header's year, then its name's
                office, year = wide_file_hints(self.path, self.service.offices())
                year = report.header_year or year
                self.year_spin.blockSignals(True)
                self.office_combo.blockSignals(True)
                if year is not None:
                    self.year_spin.setValue(year)
                if office is not None and self.office_combo.findData(office) >= 0:
                    self.office_combo.setCurrentIndex(self.office_combo.findData(office))
                self.office_combo.blockSignals(False)
                self.year_spin.blockSignals(False)
            self.office_hint.setText(
                tr("Filen er en bred fil (én kolonne per måned) og sier ikke hvilket kontor "
                   "og år den gjelder: velg dem her.") if wide else
                tr("Filen har ingen kolonne for kontornummer: velg kontoret alle radene "
                   "gjelder."))
            report = self._read(dry_run=True)
            if report is None:
                return None
        self.report = report
        self._show_preview(report)
        if first:  # the keyboard starts in the list the user should read first
            (self.problem_view if self.tabs.currentIndex() == 0 else self.change_view).setFocus()
        return report

    def import_file(self) -> ImportReport | None:
        """Import the file for real (it is read again: all or nothing). Returns the
        report, or None when stopped; ``imported_report`` is set when the values were stored."""
        if self.imported_report is not None:
            return self.imported_report
        self.import_button.setEnabled(False)
        report = self._read(dry_run=False)
        if report is None:
            self._update_buttons()
            return None
        if not report.applied:
            # the file or the database changed since the preview
            self.report = report
            self._show_preview(report)
            self._set_status(tr("{file} ble ikke importert, og ingenting er lagret: filen har "
                                "problemer nå som den ikke hadde da den ble sjekket.").format(
                file=report.file), error=True)
            return report
        self.imported_report = report
        self._show_result(report)
        self.imported.emit(report)
        return report

    def _office(self) -> str | None:
        return self.office_combo.currentData() if self._needs_office else None

    def _year(self) -> int | None:
        return None if self.year_spin.isHidden() else self.year_spin.value()

    def _options_changed(self) -> None:
        if self.report is not None and self.imported_report is None:
            self.check()

    def _read(self, *, dry_run: bool) -> ImportReport | None:
        """Check (``dry_run``) or import the file in a worker thread, with its own
        connection to the database, while a progress dialog shows how far it has got
        and offers Stopp; the window keeps drawing meanwhile."""
        parent = self if self.isVisible() else self.parentWidget()
        progress = QProgressDialog(tr("Leser {file} …").format(file=self.path.name), tr("&Stopp"),
                                   0, PROGRESS_STEPS, parent)
        progress.setWindowTitle(tr("Sjekker filen") if dry_run else tr("Importerer"))
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumWidth(420)
        progress.setValue(0)
        self.progress_dialog = progress
        self.progress_percent = 0
        checking_text = tr("Sammenligner med databasen …") if dry_run else tr("Lagrer verdiene …")
        add_offices = not self.add_offices_box.isHidden() and self.add_offices_box.isChecked()
        options = dict(office=self._office(), add_offices=add_offices, dry_run=dry_run,
                       preview=PREVIEW_LIMIT if dry_run else 0,
                       sheet=self.sheet, year=self._year())

        open_copy = self.service.worker_opener()  # read here, opened in the worker

        def work(job: Work) -> ImportReport:  # in the worker's thread: no widgets here
            shown = 0
            checking = False

            def on_progress(done: int, total: int) -> None:
                if not checking:  # the last call comes after the rows are stored: not shown
                    job.progress(READ_SHARE * done // total if total else READ_SHARE,
                                 PROGRESS_STEPS)

            def on_step() -> None:
                nonlocal checking, shown
                label = "" if checking else checking_text
                checking = True
                shown = min(max(shown, READ_SHARE) + 25, PROGRESS_STEPS - 1)
                job.progress(shown, PROGRESS_STEPS, label)

            with open_copy() as copy:
                return copy.import_file(self.path, progress=on_progress, step=on_step,
                                        cancelled=job.cancelled, **options)

        def show(done: int, total: int, text: str) -> None:
            if text:
                progress.setLabelText(text)
            progress.setValue(done)
            self.progress_percent = done * 100 // PROGRESS_STEPS

        worker = Worker(work)
        worker.progressed.connect(show)
        progress.canceled.connect(worker.cancel)
        worker.cancel_if = progress.wasCanceled
        self.worker = worker
        try:
            report = worker.run()
        except (StoreError, OSError) as exc:
            self._end_progress(progress)
            text = (exc.strerror if isinstance(exc, OSError) and exc.strerror
                    else i18n.message(exc))
            self._set_status((tr("Kunne ikke sjekke filen: {reason}. Ingenting er lagret.")
                              if dry_run else
                              tr("Kunne ikke importere filen: {reason}. Ingenting er lagret."))
                             .format(reason=text), error=True)
            return None
        finally:
            self.worker = None
        if report.cancelled:
            self._end_progress(progress)
            self._set_status(tr("Stoppet. Ingenting er lagret.") if dry_run else
                             tr("Importen ble stoppet. Ingenting er lagret."), error=True)
            return None
        progress.setValue(PROGRESS_STEPS)
        self.progress_percent = 100
        self._end_progress(progress)
        return report

    def _end_progress(self, progress: QProgressDialog) -> None:
        self.progress_dialog = None
        progress.reset()  # stops its timer: a quick read must not pop it up afterwards
        progress.hide()
        progress.deleteLater()

    # ---- showing -----------------------------------------------------------------
    def _unknown_offices(self, report: ImportReport) -> list[str]:
        """Offices of the file that would be created: neither known nor read as a known
        one with its leading zeros back (the import does that by itself)."""
        known = {o.code for o in self.service.offices()}
        return sorted(code for code in report.office_names
                      if code not in known and code not in report.read_as)

    def _show_preview(self, report: ImportReport) -> None:
        facts = []
        if report.sheet:
            facts.append(tr("Excel-arbeidsbok, ark «{sheet}»").format(sheet=report.sheet))
        elif report.encoding:
            sep = {";": tr("semikolon"), ",": tr("komma"), "\t": tr("tabulator")}.get(
                report.delimiter, report.delimiter)
            facts.append(tr("{encoding}, {separator} mellom feltene").format(
                encoding=i18n.text(report.encoding), separator=sep))
        if report.rows:
            facts.append(_plural(report.rows, tr("rad"), tr("rader")))
        self.file_label.setText("  ·  ".join(
            [tr("Mappe: {folder}").format(folder=self.path.parent), *facts]))

        unknown = self._unknown_offices(report) if not self._needs_office else []
        if unknown or self.add_offices_box.isChecked():
            names = [f"{c} {report.office_names.get(c) or ''}".strip() for c in unknown]
            listed = ", ".join(names[:6])
            if len(names) > 6:
                listed += " " + tr("og {n} til").format(n=_n(len(names) - 6))
            self.add_offices_box.show()
            self.add_offices_list.setText(
                tr("Filen nevner {offices} som ikke finnes: {names}.").format(
                    offices=_plural(len(unknown), tr("kontor"), tr("kontorer")), names=listed)
                if unknown else "")
            self.add_offices_list.setVisible(bool(unknown))

        self.new_stat.set(report.new)
        self.changed_stat.set(report.changed)
        self.unchanged_stat.set(report.unchanged)
        skipped = report.skipped_empty + report.skipped_suppressed
        self.skipped_stat.set(skipped, tr("{empty} uten verdi, {hidden} skjult («:»)").format(
            empty=_n(report.skipped_empty), hidden=_n(report.skipped_suppressed)))
        self.problem_stat.set(len(report.problems))
        self.problem_stat.number.setStyleSheet(f"color: {ERROR_COLOR}" if report.problems else "")

        details = []
        if skipped:
            parts = []
            if report.skipped_empty:
                parts.append(tr("{rows} uten verdi").format(
                    rows=_plural(report.skipped_empty, tr("rad"), tr("rader"))))
            if report.skipped_suppressed:
                hidden = _plural(report.skipped_suppressed, tr("skjult verdi"),
                                 tr("skjulte verdier"))
                parts.append(tr("{values} («:»)").format(values=hidden))
            what = (tr("{first} og {second}").format(first=parts[0], second=parts[1])
                    if len(parts) == 2 else parts[0])
            details.append(tr("Hoppes over: {what}.").format(what=what))
        if report.offices_added:
            names = [f"{c} {report.office_names.get(c) or ''}".strip()
                     for c in report.offices_added]
            details.append(tr("Kontorer som opprettes: {names}.").format(names=", ".join(names)))
        # what a spreadsheet did and the import undid or skipped (codes without zeros,
        # title and Sum rows): the service's notices
        details.extend(f"{i18n.text(notice)}." for notice in report.notices)
        if self._needs_office and not self.year_spin.isHidden():
            details.append(tr("Alle radene gjelder {year} og legges på kontor {office}.").format(
                year=self.year_spin.value(), office=self.office_combo.currentText()))
        elif self._needs_office:
            details.append(tr("Alle radene legges på kontor {office}.").format(
                office=self.office_combo.currentText()))
        self.details_label.setText(" ".join(details))
        self.details_label.setVisible(bool(details))

        self.problem_model.set_rows([(line, problem_text(message))
                                     for line, message in report.problems])
        if len(report.problems) <= 500:
            self.problem_view.resizeRowsToContents()
        self.copy_button.setEnabled(bool(report.problems))
        self.problem_note.setText(
            tr("Ingen problemer: filen kan importeres.") if not report.problems else
            tr("Radene under må rettes før filen kan importeres. Radnumrene er arkets "
               "«{sheet}» i regnearket.").format(sheet=report.sheet) if report.sheet else
            tr("Linjene under må rettes før filen kan importeres. Linjenumrene er de samme som "
               "når filen åpnes i et tekstprogram (linje 1 er overskriften)."))
        self.tabs.setTabText(0, tr("&Problemer ({n})").format(n=_n(len(report.problems))))

        self.change_model.set_rows(report.preview)
        # one office (the usual case) needs no column of its own
        self.change_view.setColumnHidden(ChangeModel.OFFICE,
                                         len({c.office for c in report.preview}) < 2)
        shown = len(report.preview)
        if not report.changed:
            note = tr("Filen endrer ingen verdier som allerede er lagret.")
        elif shown < report.changed:
            note = tr("Verdier som allerede er lagret og som filen endrer. Viser de første "
                      "{shown} av {total}; de {rest} andre endres også.").format(
                shown=_n(shown), total=_n(report.changed), rest=_n(report.changed - shown))
        else:
            note = tr("Verdier som allerede er lagret og som filen endrer (eller gir ny "
                      "kommentar).")
        self.change_note.setText(note)
        self.tabs.setTabText(1, tr("&Endrede verdier ({n})").format(n=_n(report.changed)))
        self.tabs.setCurrentIndex(0 if report.problems or not report.changed else 1)

        to_store = report.new + report.changed
        if report.problems:
            problems = _plural(len(report.problems), tr("problem"), tr("problemer"))
            self._set_status(
                tr("Filen kan ikke importeres før {problems} er rettet. Ingenting er lagret. "
                   "Rett filen og trykk «Sjekk filen på nytt».").format(problems=problems),
                error=True)
        elif not to_store and not report.offices_added:
            self._set_status(tr("Alle verdiene i filen er allerede lagret: importen ville ikke "
                                "endre noe."))
        else:
            values = _plural(to_store, tr("ny eller endret verdi"), tr("nye og endrede verdier"))
            self._set_status(
                tr("Ingenting er lagret ennå. «Importer» lagrer {values} på én gang (alt eller "
                   "ingenting), og endringsloggen viser at de kom fra «{file}».").format(
                    values=values, file=report.file))
        self._update_buttons()

    def _update_buttons(self) -> None:
        r = self.report
        ok = (r is not None and self.imported_report is None and not r.problems
              and bool(r.new or r.changed or r.offices_added))
        self.import_button.setEnabled(ok)
        self.import_button.setDefault(ok)
        self.close_button.setDefault(not ok)

    def _show_result(self, report: ImportReport) -> None:
        for s, value in ((self.new_stat, report.new), (self.changed_stat, report.changed),
                         (self.unchanged_stat, report.unchanged)):
            s.set(value)
        added = (" " + tr("{offices} er opprettet.").format(
            offices=_plural(len(report.offices_added), tr("kontor"), tr("kontorer")))
            if report.offices_added else "")
        self._set_status(
            tr("Importert: {new} og {changed} er lagret.{added} Endringsloggen viser dem som "
               "«import {file}».").format(
                new=_plural(report.new, tr("ny verdi"), tr("nye verdier")),
                changed=_plural(report.changed, tr("endret verdi"), tr("endrede verdier")),
                added=added, file=report.file), ok=True)
        self.change_note.setText(tr("Lagrede verdier som importen endret (eller ga ny "
                                    "kommentar)."))
        self.import_button.hide()
        self.recheck_button.hide()
        self.office_combo.setEnabled(False)
        self.add_offices_box.setEnabled(False)
        self.close_button.setText(tr("&Lukk"))
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _set_status(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        color = ERROR_COLOR if error else OK_COLOR if ok else ""
        self.status_label.setStyleSheet(f"color: {color}; font-weight: bold" if color else "")
        self.status_label.setText(text)

    def copy_problems(self) -> None:
        """Put every problem, one a line with its line number, on the clipboard."""
        if self.report is None:
            return
        report = self.report
        QGuiApplication.clipboard().setText("\n".join(
            tr("{place}: {message}").format(place=i18n.text(place(report, line)),
                                            message=i18n.text(message))
            if line else i18n.text(message)
            for line, message in self.report.problems))


def choose_sheet(parent: QWidget | None, file: str, names: list[str]) -> str | None:
    """Ask which sheet of a workbook to import: a list, the first sheet chosen, arrows
    and Enter to choose one, Escape for none (None)."""
    ask = QInputDialog(parent)
    ask.setObjectName("SheetDialog")
    ask.setWindowTitle(tr("Velg ark – navdesk"))
    ask.setLabelText(tr("{file} har flere ark. Hvilket ark har tallene?").format(file=file))
    ask.setOption(QInputDialog.InputDialogOption.UseListViewForComboBoxItems)
    ask.setComboBoxItems(names)
    ask.setComboBoxEditable(False)
    ask.setTextValue(names[0])
    ask.setOkButtonText(tr("&Les arket"))
    ask.setCancelButtonText(tr("&Avbryt"))
    if ask.exec() != QDialog.DialogCode.Accepted:
        return None
    return ask.textValue()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_import(parent: QWidget | None, service: OfficeService,
               path: str | os.PathLike | None = None) -> ImportReport | None:
    """File > Import: ask for a file (unless ``path`` is given), show the preview and
    import on the user's word. Returns the report when values were stored, else None."""
    global _last_folder
    if path is None:
        from navdesk.ui import file_dialogs
        from navdesk.ui.file_dialogs import documents, open_start

        path, _ = file_dialogs.open_file_name(
            parent, tr("Importer utvekslingsfil"), open_start(_last_folder, documents()),
            tr("Utvekslingsfiler (*.csv *.txt *.xlsx *.xlsm *.xls *.ods);;CSV-filer (*.csv *.txt);;"
               "Excel-arbeidsbøker (*.xlsx *.xlsm *.xls *.ods);;Alle filer (*)"))
        if not path:
            return None
        _last_folder = str(Path(path).parent)
    sheet = None
    if is_workbook(path):
        try:
            names = sheet_names(path)
        except FileRefused:
            names = []  # the dialog's check says why it cannot be read
        if names[:2] == ["Tall", "Indikatorer"] and len(names) == 2:
            sheet = "Tall"  # navdesk's own workbook: its figures, then its catalogue
        elif len(names) > 1:
            sheet = choose_sheet(parent, Path(path).name, names)
            if sheet is None:
                return None
    dialog = ImportDialog(service, path, parent, sheet)
    dialog.show()
    if dialog.check() is None and dialog.report is None:
        dialog.close()  # stopped while reading: the user changed their mind
        return None
    dialog.exec()
    return dialog.imported_report
