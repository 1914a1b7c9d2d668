"""The main window: the office's name, the month form and the menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from navdesk import __version__
from navdesk.domain.period import Period
from navdesk.domain.units import ValueRejected
from navdesk.service import OfficeService, StoreError
from navdesk.ui import pages as registry
from navdesk.ui.i18n import tr
from navdesk.ui.pages import (  # noqa: F401 - the page keys, as the window's callers name them
    GOALCARD_TAB,
    MONTH_TAB,
    REPORT_TAB,
    TAB_KEYS,
    TRENDS_TAB,
    entry,
    placeholder_text,
    tab_title,
)

if TYPE_CHECKING:
    from navdesk.ui.month_form import MonthForm
    from navdesk.ui.readonly_banner import ReadOnlyBanner

# PySide6 builds all ~90 enums of Qt's namespace (PySide6.QtCore.Qt) the first time it is
# touched: about 11 ms, a seventh of a bare window's start. The frame shown at start-up
# needs three of its values, so it sets them by number through Qt's properties, and the
# namespace is first touched after the first frame (the month form needs it anyway).
# tests/ui/test_main_window.py checks these numbers against the enums. QMessageBox and
# QFileDialog are imported where they are used, for the same reason.
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter
WIDGET_SHORTCUT = 0  # Qt.ShortcutContext.WidgetShortcut
APPLICATION_SHORTCUT = 2  # Qt.ShortcutContext.ApplicationShortcut
NOTE_MS = 15000  # how long a page's note stays in the status line
OUTSIDE_CHANGES_MS = 2000  # how often the window looks for other programs' writes


def _centred(label: QLabel) -> QLabel:
    label.setProperty("alignment", ALIGN_CENTER)
    return label


def _shortcut_context(action: QAction, context: int) -> QAction:
    action.setProperty("shortcutContext", context)
    return action


class _PaintedOnce(QWidget):
    """A page that says what is coming and, once it has been on screen, asks for the
    real content (so the window's first frame never waits for it)."""

    def __init__(self, text: str, then) -> None:
        super().__init__()
        self._then = then
        layout = QVBoxLayout(self)
        layout.addWidget(_centred(QLabel(text)))

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._then is not None:
            then, self._then = self._then, None
            QTimer.singleShot(0, then)


class MainWindow(QMainWindow):
    month_form_ready = Signal()

    def __init__(self, service: OfficeService, *, demo: bool = False,
                 period: Period | None = None, fill_later: bool = False,
                 check_file: bool = False) -> None:
        """``fill_later``: show the frame first and fill the month form on the next turn of
        the event loop (at start-up the window then appears before any figures are read
        or checked). ``check_file``: once the form is filled, check the file in the
        background (a damaged file makes the window read-only; see service/access.py)."""
        super().__init__()
        from navdesk.ui.window_state import WindowState

        self.service = service
        self.demo = demo
        self.window_state = WindowState(service.path)
        self.office = service.office
        self.session = service.session
        self.pages: dict[str, QWidget] = {}  # the pages built so far, by key
        # pages being built: a page that reads in a pool thread lets events through while
        # it is built, and its tab chosen again meanwhile must not build a second one
        self._building: set[str] = set()
        # the registry's pages, read when the window is built (one entry adds a page)
        self.entries = registry.pages_for(service)
        self.tab_keys = [MONTH_TAB] + [page.key for page in self.entries]
        if self.session is not None:  # undo steps name indicators in the window's language
            from navdesk.ui.i18n import indicator_name

            self.session.name = lambda code: (indicator_name(service.catalogue[code])
                                              if code in service.catalogue else code)
        self.month_form: MonthForm | None = None  # built right after the first frame
        self.setObjectName("MainWindow")
        self._set_title()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 8)
        self._check_file = check_file
        self._layout = layout
        # built when the window is first read-only (not at start: it costs the first frame)
        self.banner: ReadOnlyBanner | None = None
        service.events.access.connect(self._access_changed)
        self.office_label = QLabel()
        self.office_label.setObjectName("officeName")
        font = self.office_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.office_label.setFont(font)
        if self.office:
            place = f" · {self.office.municipality}" if self.office.municipality else ""
            self.office_label.setText(tr("{name}  (kontor {code}{place})").format(
                name=self.office.name, code=self.office.code, place=place))
        else:
            self.office_label.setText(tr("Ingen kontor er satt opp ennå"))
        layout.addWidget(self.office_label)

        self.tabs = QTabWidget()
        if self.session is not None:
            self._period = period
            if fill_later:
                placeholder = _PaintedOnce(tr("Henter månedens tall …"), self._build_month_form)
                self.tabs.addTab(placeholder, tab_title(MONTH_TAB))
            else:
                self.tabs.addTab(QWidget(), tab_title(MONTH_TAB))
        else:
            self.tabs.addTab(self._hint(tr("Databasen har ikke noe kontor ennå. Start navdesk på "
                                           "nytt for å sette opp kontoret, eller prøv «navdesk "
                                           "--demo».")), tab_title(MONTH_TAB))
        for page in self.entries:
            if self.session is None:
                self.tabs.addTab(self._hint(""), page.title())
            else:
                # built once on screen: a page shown at start never delays the first frame
                self.tabs.addTab(_PaintedOnce(page.placeholder(),
                                              lambda n=page.key: self._open_if_current(n)),
                                 page.title())
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._closed = False  # set once closed: work queued for later is then dropped
        self.tabs.currentChanged.connect(self._tab_opened)
        # Edit > Undo names the step of the page shown
        self.tabs.currentChanged.connect(lambda *_: self._update_actions())
        self._build_menus()
        self._update_actions()
        if service.read_only is not None:  # already refused the lock: say so at once
            self._access_changed()
        # a permanent widget: a menu's status tip or a page's note hides only the message
        self.data_file_label = QLabel(tr("Datafil: {path}").format(path=service.path))
        self.data_file_label.setObjectName("dataFile")
        self.statusBar().addPermanentWidget(self.data_file_label)
        self._fit_default_size()
        self.window_state.restore(self)  # size and place of last time, if that screen exists
        if 0 <= self.window_state.last_tab < self.tabs.count():
            # the page itself is built when its placeholder has been painted
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(self.window_state.last_tab)
            self.tabs.blockSignals(False)
        if self.session is not None and not fill_later:
            self._build_month_form()

    # the pages built so far, by the names the window's callers (and tests) know them by
    goal_card = property(lambda self: self.pages.get(GOALCARD_TAB))
    trends = property(lambda self: self.pages.get(TRENDS_TAB))
    report = property(lambda self: self.pages.get(REPORT_TAB))

    def _page(self, name: str) -> QWidget:
        """The page behind a tab, built the first time it is opened (never at start-up:
        the trends page brings in the plotting library)."""
        page_entry = entry(name)
        period = (self.month_form.period if self.month_form is not None
                  else self.service.default_month())
        if page_entry.whole_month:
            period = self.service.whole_month_until(period)
        page = self.pages[name] = page_entry.build(self, self.service, period)
        if hasattr(page, "note"):
            page.note.connect(self.show_note)
        if hasattr(page, "data_changed"):
            page.data_changed.connect(self._update_actions)
        return page

    def _tab_opened(self, index: int) -> None:
        """A page is built the first time its tab is opened (it keeps itself up to date
        from then on, by the office service's events)."""
        if self.session is None:
            return
        name = self.tab_keys[index]
        if name != MONTH_TAB and name not in self.pages:
            if name in self._building:
                return
            self._building.add(name)
            try:
                page = self._page(name)
            except Exception as exc:
                if not self.service.access.damage_found(exc):
                    raise
                return  # its placeholder stays; the banner says why
            finally:
                self._building.discard(name)
            old = self.tabs.widget(index)
            assert old is not None  # the placeholder the page replaces
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, tab_title(name))
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
            old.deleteLater()
        self._update_actions()

    def _open_if_current(self, name: str) -> None:
        if self._closed:
            return
        index = self.tabs.currentIndex()
        if self.tab_keys[index] == name:
            self._tab_opened(index)

    def open_page(self, name: str):
        """Go to the page called ``name`` (building it if need be) and return it."""
        index = self.tab_keys.index(name)
        if self.tabs.currentIndex() == index:
            self._tab_opened(index)
        else:
            self.tabs.setCurrentIndex(index)
        return self.tabs.widget(index)

    def show_trend(self, code: str, period: Period) -> None:
        """From the goal card to the trends page: the measure's indicator and target."""
        if self.session is None:
            return
        self.open_page(TRENDS_TAB).show_indicator(code, period)

    def show_in_form(self, code: str, period: Period) -> None:
        """From the goal card to the month form, at the indicator."""
        if self.month_form is None:
            return
        self.tabs.setCurrentWidget(self.month_form)
        if not self.month_form.show_month(period):
            return  # the form stays on a value it refused, to correct it first
        self.month_form.view.go_to(self.month_form.model.index_of(code))
        self.month_form.view.setFocus()

    def open_office_month(self, code: str, period: Period) -> MainWindow | None:
        """From the offices page to an office's month in the month form: this window's
        own office here; another office in a window of its own on the same database,
        which takes this one's place (one writer per file). Returns the window showing
        the month (None when this one must stay, to correct a refused value first)."""
        if self.office is not None and code == self.office.code:
            if self.month_form is not None:
                self.tabs.setCurrentWidget(self.month_form)
                if self.month_form.show_month(period):
                    self.month_form.view.setFocus()
            return self
        if not self._may_close():
            return None
        from navdesk.service import open_office_service

        try:
            service = open_office_service(self.service.path, office=code)
        except StoreError as exc:
            from PySide6.QtWidgets import QMessageBox

            from navdesk.ui.i18n import message

            QMessageBox.warning(self, tr("Kan ikke åpne databasen"), message(exc))
            return None
        successor = MainWindow(service, demo=self.demo, period=period, check_file=True)
        successor.tabs.setCurrentIndex(0)  # the month form, whatever tab was last shown
        successor.show()
        self._successor = successor  # kept alive by this (closed) window's owner
        self.close()
        service.claim_writing()  # after this window let go of its lock
        if successor.month_form is not None:
            successor.month_form.view.setFocus()
        return successor

    def _fit_default_size(self) -> None:
        """1280 x 760, or nine tenths of the screen where that is smaller (a laptop at
        150 % scaling has about 1280 x 720 to give)."""
        from navdesk.ui.window_state import fit_to_screen

        fit_to_screen(self, 1280, 760, 0.92, 0.9)

    def _build_month_form(self) -> None:
        if self._closed:  # closed before its first frame's follow-up came: nothing to fill
            return
        from navdesk.ui.month_form import MonthForm

        try:
            period = (self._period or self.window_state.last_month
                      or self.service.default_month())
            self.month_form = MonthForm(self.service, period)
        except Exception as exc:
            if not self.service.access.damage_found(exc):
                raise
            # a damaged file whose figures cannot even be read: the banner says what to do
            self._month_unreadable()
            return
        self.month_form.data_changed.connect(self._update_actions)
        self.month_form.note.connect(self.show_note)
        current = self.tabs.currentIndex()
        old = self.tabs.widget(0)
        assert old is not None  # the placeholder the form replaces
        # quietly: removing tab 0 moves the current index, which must not open another page
        self.tabs.blockSignals(True)
        self.tabs.removeTab(0)
        old.deleteLater()
        self.tabs.insertTab(0, self.month_form, tab_title(MONTH_TAB))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if current != 0:
            self._open_if_current(self.tab_keys[current])  # the page shown is built as usual
        self._month_menu.setEnabled(True)
        self._update_actions()
        self.month_form.view.setFocus()  # ready to type the first figure
        self._watch_outside_changes()
        if self._check_file:
            self._start_file_check()
        self.month_form_ready.emit()

    # ---- read-only (issue 13: a second window, a damaged file) ------------------------
    def damage_met(self, exc: BaseException) -> bool:
        """A page met a damaged page of this window's file while reading (the error
        reached the application's excepthook): the window becomes read-only with its
        banner instead of showing the unexpected-error dialog (True)."""
        return not self._closed and self.service.access.damage_found(exc)

    def _month_unreadable(self) -> None:
        old = self.tabs.widget(0)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(0)
        self.tabs.insertTab(0, self._hint(tr(
            "Månedens tall kan ikke leses, fordi databasefilen er skadet. Ingenting er "
            "endret i den.")), tab_title(MONTH_TAB))
        self.tabs.setCurrentIndex(0)
        self.tabs.blockSignals(False)
        if old is not None:
            old.deleteLater()

    def _access_changed(self, _event: object = None) -> None:
        """The banner says why the window is read-only (hidden once writable), and the
        actions that write follow."""
        if self._closed:
            return
        if self.banner is None and self.service.read_only is not None:
            from navdesk.ui.readonly_banner import ReadOnlyBanner

            # restoring is offered where the window has its backups dialog
            show_backups = getattr(self, "show_backups", None)
            banner = self.banner = ReadOnlyBanner(can_restore=show_backups is not None)
            banner.retry.connect(self.try_writing)
            if show_backups is not None:
                banner.restore.connect(show_backups)
            self._layout.insertWidget(0, banner)
        if self.banner is not None:
            self.banner.show_reason(self.service.access.kind, self.service.read_only)
        self._update_actions()

    def try_writing(self) -> bool:
        """"Prøv igjen": take the file's lock if the other window let it go; the window
        is then writable at once (True)."""
        if self.service.claim_writing():
            self.show_note(tr("Vinduet kan endre tallene igjen."))
            return True
        self.show_note(tr("Databasen er fortsatt åpen i et annet navdesk-vindu."))
        return False

    def _start_file_check(self) -> None:
        """SQLite's quick_check on a connection of its own, after the first frame; a
        value typed meanwhile waits for the result (service/access.py)."""
        from navdesk.service.access import check_function
        from navdesk.ui.worker import Worker

        access = self.service.access
        access.begin_check()
        run = check_function(self.service.worker_opener(settle=False))
        found: list[str | None] = []
        self._file_check = Worker(lambda work: found.append(run(work)), self)
        self._file_check.finished.connect(
            lambda: None if self._closed else access.check_finished(
                found[0] if found else None))
        self._file_check.start()

    def _watch_outside_changes(self) -> None:
        """Another program's writes (navdesk-cli, another window) are seen within
        ``OUTSIDE_CHANGES_MS`` and whenever the window gets the focus; the pages then
        read everything again through the office service's events."""
        self.service.outside_changes()  # the first look only notes where the file is
        self._outside_timer = QTimer(self)
        self._outside_timer.setInterval(OUTSIDE_CHANGES_MS)
        self._outside_timer.timeout.connect(self.look_for_outside_changes)
        self._outside_timer.start()

    def look_for_outside_changes(self) -> bool:
        """True when another program changed the file (the pages are then refreshed)."""
        if self._closed or self.session is None:
            return False
        try:
            return self.service.outside_changes()
        except StoreError:  # busy or gone for a moment: the next look tries again
            return False

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.ActivationChange and self.isActiveWindow() \
                and self.month_form is not None:
            self.look_for_outside_changes()

    @staticmethod
    def _hint(text: str) -> QWidget:
        page = QWidget()
        page_layout = QVBoxLayout(page)
        hint = _centred(QLabel(text))
        hint.setWordWrap(True)
        page_layout.addWidget(hint)
        return page

    def _set_title(self) -> None:
        """The office, then the database file, then the program: two windows on two
        databases can be told apart in the task bar."""
        parts = [self.office.name] if self.office else []
        parts.append(self.service.path.name + (tr(" (eksempeldata)") if self.demo else ""))
        parts.append("navdesk")
        self.setWindowTitle(" – ".join(parts))

    # ---- menus -----------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # as a property: setShortcut's overloads would touch Qt's namespace (see
            # ALIGN_CENTER)
            action.setProperty("shortcut", QKeySequence(shortcut))
            action.setShortcutVisibleInContextMenu(True)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        # triggered() passes "checked" (False), which slots with an optional path would
        # take for the path
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&Fil"))
        self.import_action = self._action(file_menu, tr("&Importer fil …"), self.import_file,
                                          "Ctrl+I",
                                          tr("Les inn en utvekslingsfil, med forhåndsvisning"))
        self.export_action = self._action(file_menu, tr("&Eksporter for kommunen …"),
                                          self.export_file,
                                          "Ctrl+E", tr("Skriv året eller måneden som CSV-fil"))
        self.import_catalogue_action = self._action(
            file_menu, tr("Importer &katalog …"), self.import_catalogue, None,
                     tr("Legg til og oppdater indikatorer fra en katalogfil, med forhåndsvisning"))
        self.report_action = self._action(
            file_menu, tr("Lag &statusrapport (PDF) …"), self.make_report,
            QKeySequence.StandardKey.Print,
            tr("Styringskort, utvikling, fordelinger og åpne varsler på A4, for kommunen"))
        file_menu.addSeparator()
        self.backups_action = self._action(
            file_menu, tr("Sikker&hetskopier …"), self.show_backups, None,
            tr("Sikkerhetskopiene av databasen: gjenopprett en, ta en nå, lagre en kopi"))
        self.open_action = self._action(file_menu, tr("Å&pne en annen database …"),
                                        self.open_database, QKeySequence.StandardKey.Open)
        file_menu.addSeparator()
        quit_action = self._action(file_menu, tr("&Avslutt"), self.close,
                                   QKeySequence.StandardKey.Quit)
        _shortcut_context(quit_action, APPLICATION_SHORTCUT)

        edit_menu = bar.addMenu(tr("&Rediger"))
        self.undo_action = self._action(edit_menu, tr("&Angre"), self.undo,
                                        QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(edit_menu, tr("&Gjør om"), self.redo, "Ctrl+Y")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.aboutToShow.connect(self._update_actions)
        # beside undo: what was changed, by whom, of every kind
        self._action(edit_menu, tr("&Endringslogg …"), self.show_change_log, None,
                     tr("Alle endringer i databasen: når, hvem og hva"))
        edit_menu.addSeparator()
        self.catalogue_action = self._action(
            edit_menu, tr("&Indikatorkatalog …"), self.edit_catalogue, None,
                     tr("Kontorets egne indikatorer: legg til, gi nytt navn, skjul eller vis"))

        month_menu = self._month_menu = bar.addMenu(tr("&Måned"))

        def on_form(act):
            # the Month menu acts on the month form: it is shown first, so nothing happens
            # to a month the leader is not looking at
            def run():
                if self.month_form is None:
                    return
                if self.tabs.currentWidget() is not self.month_form:
                    self.tabs.setCurrentWidget(self.month_form)
                    self.month_form.view.setFocus()
                act(self.month_form)
            return run

        # the form's own shortcuts do the work, only while the form is shown; the menu
        # shows them (hence WidgetShortcut)
        for text, act, keys in (
                (tr("&Forrige måned"), lambda f: f.step_month(-1), "Ctrl+PgUp"),
                (tr("&Neste måned"), lambda f: f.step_month(1), "Ctrl+PgDown"),
                (tr("&Gå til måned …"), lambda f: f.choose_month(), "Ctrl+G")):
            _shortcut_context(self._action(month_menu, text, on_form(act), keys), WIDGET_SHORTCUT)
        month_menu.addSeparator()
        self.lock_action = _shortcut_context(self._action(
            month_menu, tr("&Marker som rapportert / gjenåpne …"),
            on_form(lambda f: f.toggle_lock()), "Ctrl+L",
            tr("Viser hva som mangler og hvilke avvik som er åpne før måneden låses")),
            WIDGET_SHORTCUT)
        month_menu.setEnabled(self.month_form is not None)

        help_menu = bar.addMenu(tr("&Hjelp"))
        self.guide_action = self._action(help_menu, tr("&Veiledning"), self.show_guide,
                                         QKeySequence.StandardKey.HelpContents,
                                         tr("Slik går månedsrutinen, og tastene du bruker mest"))
        _shortcut_context(self.guide_action, APPLICATION_SHORTCUT)
        self._language_menu(help_menu)
        self._action(help_menu, tr("&Om navdesk"), self.show_about)

    def _update_actions(self) -> None:
        has = self.session is not None
        page = self._undo_page()
        for action, undo, plain, named in (
                (self.undo_action, True, tr("&Angre"), tr("&Angre {what}")),
                (self.redo_action, False, tr("&Gjør om"), tr("&Gjør om {what}"))):
            what = page.undo_label(undo) if page is not None else None
            action.setEnabled(what is not None)
            # "&" in a name would be taken for a shortcut letter
            action.setText(named.format(what=what.replace("&", "&&")) if what else plain)
        writable = self.service.read_only is None  # a read-only window changes nothing
        if not writable:
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
        for action in (self.import_catalogue_action, self.catalogue_action):
            action.setEnabled(writable)
        self.lock_action.setEnabled(writable)
        self.import_action.setEnabled(has and writable)
        self.export_action.setEnabled(has)
        self.report_action.setEnabled(has)

    # ---- undo / redo ---------------------------------------------------------------
    # Undo belongs to the page that made the change: the month form undoes its values and
    # comments, the goal card its own edits; the trends and the report have none. A step
    # the page does not show (another month or year, a collapsed line) is shown by the
    # first Ctrl+Z and undone by the next, so nothing changes out of sight.
    def _undo_page(self):
        """The page shown, when it has an undo of its own (else None)."""
        if self.session is None:
            return None
        page = self.tabs.currentWidget()
        return page if hasattr(page, "undo_label") else None

    def _step(self, undo: bool) -> None:
        page = self._undo_page()
        if page is None:
            return
        try:
            note = page.undo() if undo else page.redo()
        except (ValueRejected, StoreError) as exc:
            from PySide6.QtWidgets import QMessageBox

            from navdesk.ui.i18n import message

            QMessageBox.warning(self, tr("Kan ikke angre") if undo else tr("Kan ikke gjøre om"),
                                message(exc))
            note = None
        if note:
            self.show_note(note)
        self._update_actions()

    def undo(self) -> None:
        self._step(True)

    def redo(self) -> None:
        self._step(False)

    # ---- files ---------------------------------------------------------------------
    def import_file(self, path: str | None = None) -> None:
        """File > Import: preview, then store all or nothing; the form shows the result."""
        if self.session is None:
            return
        from navdesk.ui.import_dialog import run_import

        report = run_import(self, self.service, path)
        if report is not None:  # values were stored: every page hears of it
            self.service.values_imported()
            if report.offices_added:  # a second office: the offices page from now on
                self._add_wanted_pages()

    def _add_wanted_pages(self) -> None:
        """The tabs of the pages the database now wants and the window lacks (the offices
        page, once an import has added a second office), after the others."""
        for page in registry.pages_for(self.service):
            if page.key not in self.tab_keys:
                self.entries.append(page)
                self.tab_keys.append(page.key)
                self.tabs.addTab(_PaintedOnce(page.placeholder(),
                                              lambda n=page.key: self._open_if_current(n)),
                                 page.title())

    def export_file(self) -> None:
        """File > Export: the year (or the month in view) for the municipality."""
        if self.session is None:
            return
        from navdesk.ui.export_dialog import run_export

        period = (self.month_form.period if self.month_form is not None
                  else self.service.default_month())
        run_export(self, self.service, period.year, period.month)

    def import_catalogue(self, path: str | None = None) -> None:
        """File > Import catalogue: list the changes, merge on the user's word."""
        from navdesk.ui.catalogue_import import run_catalogue_import

        changes = run_catalogue_import(self, self.service, path)
        if changes:  # the pages follow the catalogue themselves
            self.show_note(tr("Katalogen er oppdatert: {n} endring(er).").format(
                n=len(changes)))

    def edit_catalogue(self) -> None:
        """Edit > Indicator catalogue; the views follow every change at once."""
        from navdesk.ui.catalogue_dialog import open_catalogue
        from navdesk.ui.month_model import CodeRole

        current = self.month_form.view.currentIndex() if self.month_form is not None else None
        open_catalogue(self, self.service,
                       current.data(CodeRole) if current is not None else None)

    def show_change_log(self) -> None:
        """Edit > Change log: every change the database holds, newest first."""
        from navdesk.ui.change_log import show_change_log

        show_change_log(self, self.service)

    def make_report(self) -> None:
        """File > Status report: the report page, and the PDF for its year."""
        if self.session is not None:
            self.open_page(REPORT_TAB).write_pdf()

    def open_database(self, path: str | None = None) -> MainWindow | None:
        """Open another navdesk database in a new window and close this one. Returns the
        new window (None if nothing was opened)."""
        from PySide6.QtWidgets import QMessageBox

        from navdesk.service import open_office_service

        if not self._may_close():
            return None  # a refused value is corrected (or dropped) before this one closes
        if path is None:
            from navdesk.ui import file_dialogs
            from navdesk.ui.file_dialogs import open_start

            path, _ = file_dialogs.open_file_name(
                self, tr("Åpne en annen database"), open_start(self.service.path.parent),
                tr("navdesk-database (*.sqlite *.db);;Alle filer (*)"))
            if not path:
                return None
        try:
            service = open_office_service(path)
        except StoreError as exc:
            from navdesk.ui.i18n import message

            QMessageBox.warning(self, tr("Kan ikke åpne databasen"), message(exc))
            return None
        successor = MainWindow(service, check_file=True)
        successor.show()
        self._successor = successor  # kept alive by this (closed) window's owner
        self.close()
        # after this window let go of its lock: the same file opened again is writable
        service.claim_writing()
        return successor

    def show_backups(self) -> None:
        """File > Sikkerhetskopier: the database's backups, to restore one or make one
        (a restore makes every page read the file again)."""
        from navdesk.ui.backups_dialog import show_backups

        show_backups(self, self.service.backups())

    def show_note(self, text: str) -> None:
        """A page's short note in the status line (why a key did nothing, for example),
        until the next note or a menu's tip; the data file stays beside it. An empty
        note clears the last one (the page moved on to another line or stored a value)."""
        if not text:
            self.statusBar().clearMessage()
            return
        self.statusBar().showMessage(text, NOTE_MS)

    def _may_close(self) -> bool:
        """A value typed and refused, in the month form or on the goal card, is asked
        about before the window closes (False: the leader went back to correct it)."""
        for page in (self.month_form, *self.pages.values()):
            if page is not None and hasattr(page, "may_leave") and not page.may_leave():
                self.tabs.setCurrentWidget(page)
                return False
        return True

    def closeEvent(self, event) -> None:
        if not self._closed and not self._may_close():
            event.ignore()  # back to the page to correct a refused value
            return
        super().closeEvent(event)
        if not event.isAccepted():
            return
        self._closed = True
        self.service.events.access.disconnect(self._access_changed)
        state = self.window_state
        if self.month_form is not None:
            state.last_month = self.month_form.period
        state.last_tab = self.tabs.currentIndex()
        state.save(self)
        self.service.close()

    # ---- help ----------------------------------------------------------------------
    def about_text(self) -> str:
        import platform

        from PySide6 import __version__ as pyside_version

        office = (tr("{name} (kontor {code})").format(name=self.office.name, code=self.office.code)
                  + "<br>" if self.office else "")
        return tr("<b>navdesk {version}</b><br>Månedstall, styringskort og rapportering for ett "
                  "NAV-kontor, uten nett.<br><br>{office}Datafil: {path}<br><br><small>Python "
                  "{python}, PySide6 {pyside}. navdesk bruker aldri nettet. Lisens: MIT."
                  "</small>").format(version=__version__, office=office, path=self.service.path,
                                     python=platform.python_version(), pyside=pyside_version)

    def _language_menu(self, menu) -> None:
        """Help > Language: the choice is kept in the settings and used from the next
        start (every text of the window is made in it)."""
        from PySide6.QtGui import QActionGroup

        from navdesk.ui import i18n

        sub = menu.addMenu(tr("&Språk / Language"))
        group = QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():
            act = QAction(name, self, checkable=True)
            act.setChecked(code == i18n.current())
            act.setData(code)
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(act)
            sub.addAction(act)
        self.language_actions = group

    def set_language(self, code: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from navdesk.ui import i18n
        from navdesk.ui.window_state import open_settings

        settings = open_settings()
        settings.setValue("language", code)
        settings.sync()
        if code != i18n.current():  # in both languages: the reader chose one of them
            QMessageBox.information(
                self, "navdesk", "Språket endres neste gang navdesk starter.\n"
                "The language changes the next time navdesk starts.")

    def show_guide(self) -> None:
        """Help > Guide: the monthly routine and the keys, shipped with the program."""
        from navdesk.ui.guide import GuideDialog

        if getattr(self, "_guide", None) is None:
            self._guide = GuideDialog(self)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, tr("Om navdesk"), self.about_text())
