"""The report page: the breakdown tables for a year (or the year so far) against the years
it is compared with, the breakdowns as CSV, and the office's status report as PDF."""

from __future__ import annotations

from html import escape as html_escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from navdesk.domain.period import MAX_YEAR, MIN_YEAR, Period
from navdesk.present.breakdown import (
    BREAKDOWN_COLUMNS,
    breakdown_cells,
    breakdown_csv_rows,
)
from navdesk.present.network_card import ALL_OFFICES
from navdesk.service import OfficeService
from navdesk.ui import i18n
from navdesk.ui.following import Follower
from navdesk.ui.i18n import month_name, tr
from navdesk.ui.month_combo import PARTIAL_STYLE, label_months, month_combo


def parse_years(text: str) -> list[int]:
    """"2024, 2023" or "2024 2023" as years; raises ValueError with a message in the
    window's language."""
    years = []
    for part in text.replace(",", " ").split():
        if not (part.isdigit() and len(part) == 4):
            raise ValueError(tr("«{part}» er ikke et årstall").format(part=part))
        if not MIN_YEAR <= int(part) <= MAX_YEAR:  # navdesk has no figures there
            raise ValueError(tr("{year} er utenfor {first}–{last}").format(
                year=part, first=MIN_YEAR, last=MAX_YEAR))
        years.append(int(part))
    return years


def year_before(year: int) -> str:
    """The year a report is compared with by default; none for the first year."""
    return str(year - 1) if year > MIN_YEAR else ""


class ReportView(QWidget):
    def __init__(self, service: OfficeService, period: Period, parent=None) -> None:
        super().__init__(parent)
        self.service, self.office = service, service.office
        self.writing = False  # a status report is being read or painted
        self.progress_dialog: QProgressDialog | None = None  # while its pages are drawn
        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(period.year)
        self.month = month_combo()  # each month with its state, as on the goal card
        self.month.setCurrentIndex((period.month or 12) - 1)
        self.compare = QLineEdit(year_before(period.year))
        self.compare.setToolTip(tr("Ett eller flere år, skilt med komma, f.eks. 2024, 2023"))
        self.compare.setMaximumWidth(160)
        self.pdf_button = QPushButton(tr("Lag &statusrapport (PDF) …"))
        self.pdf_button.setToolTip(tr("Styringskortet, utviklingen, fordelingene og åpne varsler, "
                                      "på A4 for kommunen"))
        self.csv_button = QPushButton(tr("Eksporter &fordelinger (CSV) …"))
        # with several offices in the database: the status report of all of them together
        # (the network's goal card) as well as this office's own
        offices = service.offices()
        self.whom = QComboBox()
        self.whom.setObjectName("reportFor")
        if self.office is not None:
            self.whom.addItem(f"{self.office.code} {self.office.name}", None)
        self.whom.addItem(tr("Alle kontorer ({count})").format(count=len(offices)), ALL_OFFICES)
        self.whom.setToolTip(tr("Statusrapporten for dette kontoret, eller for alle kontorene "
                                "i databasen lest som ett kontor (styringskortet)"))
        whom_label = QLabel(tr("Statusrapporten (PDF) &gjelder:"), buddy=self.whom)  # type: ignore[call-overload]  # a Qt property as keyword: PySide6 takes it, its stubs do not
        for w in (whom_label, self.whom):
            w.setVisible(len(offices) > 1)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("&År:"), buddy=self.year))  # type: ignore[call-overload]  # a Qt property as keyword: PySide6 takes it, its stubs do not
        top.addWidget(self.year)
        top.addWidget(QLabel(tr("til &og med:"), buddy=self.month))  # type: ignore[call-overload]  # a Qt property as keyword: PySide6 takes it, its stubs do not
        top.addWidget(self.month)
        top.addWidget(QLabel(tr("sammenlignet med:"), buddy=self.compare))  # type: ignore[call-overload]  # a Qt property as keyword: PySide6 takes it, its stubs do not
        top.addWidget(self.compare)
        top.addStretch(1)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)
        # a row of its own: the top row is as wide as a small laptop's window already
        whom_row = QHBoxLayout()
        whom_row.addWidget(whom_label)
        whom_row.addWidget(self.whom)
        whom_row.addStretch(1)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.tables = QTextBrowser()
        self.tables.setOpenLinks(False)
        self.tables.setAccessibleName(tr("Fordelinger"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(whom_row)
        layout.addWidget(self.info)
        layout.addWidget(self.tables, 1)

        self.year.valueChanged.connect(self._year_changed)
        self.month.currentIndexChanged.connect(lambda *_: self.refresh())
        self.compare.editingFinished.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self.write_pdf())
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.refresh()
        # the report reads everything: figures, the card, the catalogue, reported months
        events = service.events
        self.follower = Follower(self, self.refresh, (
            events.values, events.goal_card, events.catalogue, events.month_locked,
            events.database))

    # ---- choices -----------------------------------------------------------------------
    def _year_changed(self, year: int) -> None:
        month = self.service.card_month(year).period.month_of_year
        self.month.blockSignals(True)
        self.month.setCurrentIndex(month - 1)
        self.month.blockSignals(False)
        self.compare.setText(year_before(year))
        self.refresh()

    def choice(self) -> tuple[int, int, list[int]]:
        """(year, through month, comparison years); ValueError on bad years."""
        year = self.year.value()
        compare = [y for y in parse_years(self.compare.text()) if y != year]
        return year, self.month.currentIndex() + 1, compare

    def tables_now(self):
        year, month, compare = self.choice()
        return self.service.breakdowns(year, month, compare)

    # ---- showing -----------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            year, month, compare = self.choice()
        except ValueError as exc:
            self.info.setStyleSheet("")
            self.info.setText(tr("Sammenlign med: {error}.").format(error=exc))
            return
        tables = self.tables_now()
        months = self.service.months_of_year(year)
        label_months(self.month, months)
        span = tr("hele året") if month == 12 else f"{month_name(1)}–{month_name(month)}"
        # a partial month is named first: its tables hold only what is entered so far
        partial = ""
        if months[month].is_labelled and any(c.entered for c in months.values()):
            label = i18n.text(months[month].partial_label())
            partial = label[:1].upper() + label[1:] + ". "
        self.info.setStyleSheet(PARTIAL_STYLE if partial else "")
        shown = [t for t in tables if t.has_figures()]
        if not shown:
            self.info.setText(partial + tr("Ingen fordelinger har tall for {span} {year}.")
                              .format(span=span, year=year))
            self.tables.setHtml("")
            return
        years = ", ".join(str(y) for y in sorted(compare))
        what = (tr("Fordelingene for {span} {year}, mot de samme månedene i {years}.") if years
                else tr("Fordelingene for {span} {year}."))
        self.info.setText(partial + what.format(span=span, year=year, years=years)
                          + " " + tr("Andelen er av summen av delene, med én desimal."))
        cat = self.service.catalogue
        names = {i.code: i18n.indicator_name(i) for i in cat}
        html = ["<style>td, th { padding: 2px 8px; } th { background: #e8e8e8; }"
                " td.n { text-align: right; } tr.total td { font-weight: bold;"
                " border-top: 1px solid #888; }</style>"]
        for t in shown:
            # the cells every surface shows (navdesk.present.breakdown), laid out as html
            cells = breakdown_cells(t, names, i18n.current())
            html.append(f"<h3>{html_escape(i18n.catalogue_word(t.group))} "
                        "<span style='font-weight: normal'>"
                        f"({html_escape(cells.parent)})</span></h3>")
            head = "".join(f"<th>{html_escape(i18n.text(h))}</th>" for h in cells.header[1:])
            html.append(f"<table cellspacing='0'><tr><th align='left'>"
                        f"{html_escape(i18n.text(cells.header[0]))}</th>{head}</tr>")
            for row in cells.rows:
                figures = "".join(f"<td class='n' align='right'>{html_escape(c)}</td>"
                                  for c in row.cells[1:])
                cls = " class='total'" if row.is_total else ""
                html.append(f"<tr{cls}><td>{html_escape(i18n.text(row.cells[0]))}</td>"
                            f"{figures}</tr>")
            html.append("</table>")
        self.tables.setHtml("".join(html))

    # ---- files -------------------------------------------------------------------------
    def _ask(self, title: str, name: str, kind: str) -> str | None:
        from navdesk.ui import file_dialogs
        from navdesk.ui.file_dialogs import save_start

        path, _ = file_dialogs.save_file_name(self, title, save_start(name), kind)
        return path or None

    def export_csv(self, path: str | None = None) -> bool:
        from navdesk.formats.csvfile import write_csv_file
        from navdesk.formats.files import cannot_write

        try:
            year, month, _ = self.choice()
        except ValueError as exc:
            QMessageBox.warning(self, tr("Fordelingene ble ikke skrevet"), i18n.message(exc))
            return False
        path = path or self._ask(tr("Eksporter fordelinger"), f"fordelinger-{year}.csv",
                                 tr("CSV-filer (*.csv)"))
        if not path:
            return False
        try:
            tables = self.tables_now()
            write_csv_file(Path(path), BREAKDOWN_COLUMNS, breakdown_csv_rows(
                tables, self.service.table_months(tables)))
        except OSError as exc:  # a full disk included: no file is left behind
            QMessageBox.warning(self, tr("Fordelingene ble ikke skrevet"),
                                i18n.text(cannot_write(path, exc)))
            return False
        self.info.setStyleSheet("")
        self.info.setText(tr("Fordelingene er skrevet til {name}.").format(name=Path(path).name))
        return True

    def write_pdf(self, path: str | None = None) -> int:
        """The status report for the year and month chosen; returns its pages (0: none).

        Its content is read in a worker thread (its own connection to the database);
        the pages are painted here, on the window's thread, since the charts are drawn
        by widgets. Measured on a demo office: reading about 75 ms, painting 300-1000 ms."""
        from navdesk.formats.files import cannot_write
        from navdesk.present.goalcard import NoFigures
        from navdesk.ui.report_pdf import ReportStopped, write_report_pdf
        from navdesk.ui.trend_plot import in_language
        from navdesk.ui.worker import Work, Worker

        if self.writing:  # Ctrl+P again while the first report is read: one at a time
            return 0
        year, month = self.year.value(), self.month.currentIndex() + 1
        everyone = self.whom.currentData() == ALL_OFFICES
        name = f"statusrapport-alle-{year}.pdf" if everyone else f"statusrapport-{year}.pdf"
        path = path or self._ask(tr("Lag statusrapport"), name, tr("PDF-filer (*.pdf)"))
        if not path:
            return 0
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.writing = True
        self.pdf_button.setEnabled(False)
        try:
            open_copy = self.service.worker_opener()  # read here, opened there

            def gather(job: Work):  # in the worker's thread: no widgets here
                with open_copy() as copy:
                    if everyone:  # the offices read as one: the network's goal card
                        return copy.network_report_content(year, month)
                    return copy.report_content(year, month)

            content = Worker(gather).run()
            # the charts and pages are drawn here (widgets draw the charts): a progress
            # dialog with Stopp, and the event loop turns after each chart and page
            progress = self.progress_dialog = QProgressDialog(
                tr("Lager statusrapporten …"), tr("&Stopp"), 0, 1, self)
            progress.setWindowTitle(tr("Statusrapport"))
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(400)
            progress.setAutoClose(False)
            progress.setAutoReset(False)

            def step(done: int, total: int) -> bool:
                progress.setMaximum(total)
                progress.setValue(done)
                QApplication.processEvents()
                return not progress.wasCanceled()

            try:
                with in_language(i18n.DEFAULT):  # the report is in bokmål, its charts too
                    pages = write_report_pdf(content, self.service.trend_picture, path, step)
            finally:
                progress.close()
                progress.deleteLater()
                self.progress_dialog = None
        except ReportStopped:
            QApplication.restoreOverrideCursor()
            self.info.setStyleSheet("")
            self.info.setText(tr("Statusrapporten ble stoppet; ingen fil er skrevet."))
            return 0
        except NoFigures as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, tr("Rapporten ble ikke laget"), i18n.message(exc))
            return 0
        except OSError as exc:  # a full disk included: no file is left behind
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, tr("Rapporten ble ikke laget"),
                                i18n.text(cannot_write(path, exc)))
            return 0
        finally:
            self.writing = False
            self.pdf_button.setEnabled(True)
        QApplication.restoreOverrideCursor()
        self.info.setStyleSheet("")
        written = (tr("Statusrapporten er skrevet til {name} (1 side).") if pages == 1
                   else tr("Statusrapporten er skrevet til {name} ({pages} sider)."))
        self.info.setText(written.format(name=Path(path).name, pages=pages))
        return pages
