"""The composition root of the window: read arguments, choose and open the database,
then build the window. Heavy libraries (pandas, pyqtgraph) are imported only by the
views that need them, after the window shows."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date

EXIT_BAD_INPUT = 2
# For the start-up benchmark of the bundle, which cannot be driven from outside: print
# "navdesk: shown" once the window's first frame is painted, and quit.
QUIT_WHEN_SHOWN = "NAVDESK_QUIT_WHEN_SHOWN"


def _quit_when_painted(window) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class Painted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and obj is window:
                window.removeEventFilter(self)
                print("navdesk: shown", flush=True)
                QTimer.singleShot(0, QApplication.quit)
            return False

    window._painted_filter = Painted(window)
    window.installEventFilter(window._painted_filter)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    from navdesk import __version__

    p = argparse.ArgumentParser(prog="navdesk", description="navdesk: månedstall for NAV-kontoret")
    p.add_argument("--db", metavar="FIL",
                   help="databasefil (ellers $NAVDESK_DB, ellers datamappen)")
    p.add_argument("--demo", action="store_true",
                   help="åpne et eksempelkontor i en egen eksempeldatabase")
    p.add_argument("--lang", choices=["nb", "en"],
                   help="språk i vinduet: nb (bokmål, standard) eller en (English)")
    p.add_argument("--selftest", action="store_true",
                   help="prøv alt i en midlertidig database uten å vise noe; 0 betyr at alt virker")
    p.add_argument("--version", action="version", version=f"navdesk {__version__}")
    return p.parse_known_args(argv)[0]  # Qt may add its own arguments (-platform ...)


def install_excepthook() -> None:
    """Show unexpected errors (also those raised in Qt slots, which PySide6 hands to
    ``sys.excepthook``, and in worker threads) as a short message and write them to the
    log file. A second error while the message is open, or one raised by the message
    itself, is only written to the log: never a loop of dialogs, never a traceback on
    the screen. Call from the GUI thread once the QApplication exists."""
    import logging
    import threading

    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication

    from navdesk.crashlog import write_crash_log

    showing = False

    def show(exc: BaseException) -> None:
        nonlocal showing
        if showing or QApplication.instance() is None:
            write_crash_log(exc)
            return
        if _damage_met(exc):  # a damaged file: the window's banner says it, no dialog
            return
        showing = True
        try:
            from navdesk.ui.error_dialog import show_unexpected_error  # not at start-up

            show_unexpected_error(QApplication.activeWindow(), exc)
        except BaseException as failure:  # the message itself failed: log both
            write_crash_log(exc)
            write_crash_log(failure)
        finally:
            showing = False

    class Relay(QObject):  # carries an error from a worker thread to the GUI thread
        raised = Signal(object)

    relay = Relay(QApplication.instance())
    relay.raised.connect(show)

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in a terminal
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            exc = (exc if exc is not None else exc_type()).with_traceback(tb)
            logging.getLogger("navdesk").error("uventet feil: %s", exc_type.__name__)
            if threading.current_thread() is threading.main_thread():
                show(exc)
            else:
                relay.raised.emit(exc)  # queued to the GUI thread
        except BaseException as failure:
            write_crash_log(failure)

    sys.excepthook = hook

    def thread_hook(args) -> None:
        if not issubclass(args.exc_type, SystemExit):  # how a thread may end on purpose
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = thread_hook


def _damage_met(exc: BaseException) -> bool:
    """Whether a window found ``exc`` to be damage in its own file (it then turned
    read-only with its red banner; issue 13, point 2)."""
    from PySide6.QtWidgets import QApplication

    from navdesk.ui.main_window import MainWindow

    return any(isinstance(w, MainWindow) and w.damage_met(exc)
               for w in QApplication.topLevelWidgets())


def open_database(args: argparse.Namespace):
    """Open the database the arguments name; with ``--demo`` the separate demo database,
    filled with an example office on first use. Raises StoreError."""
    from navdesk.domain.period import Period
    from navdesk.paths import database_path
    from navdesk.store import open_store

    store = open_store(database_path(args.db, demo=args.demo))
    if args.demo:
        from navdesk.store.demo import ensure_demo_office

        today = date.today()
        ensure_demo_office(store, Period(today.year, today.month).previous_month())
    return store


# Qt's X11 plugin aborts the process when one of these is missing; name them first.
X11_LIBRARIES = {"libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
                 "libxcb-cursor.so.0": "libxcb-cursor0",
                 "libxkbcommon-x11.so.0": "libxkbcommon-x11-0"}


def missing_x11_packages(libraries: dict[str, str] = X11_LIBRARIES) -> list[str]:
    """Debian packages of the X11 libraries that cannot be loaded (Linux only)."""
    import ctypes

    missing = []
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def _x11_window_possible() -> bool:
    """False (after saying why on stderr) when the window would need Qt's X11 plugin
    and the system lacks libraries it needs: a message instead of Qt's abort."""
    import os

    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "xcb").split(":")[0] != "xcb":
        return True
    missing = missing_x11_packages()
    if missing:
        print("navdesk: vinduet trenger systembibliotekene " + " ".join(missing)
              + f" (the window needs these libraries): sudo apt-get install {' '.join(missing)}",
              file=sys.stderr)
    return not missing


def open_for_window(args: argparse.Namespace, parent=None):
    """The database the window opens, and whether it is the demo one: ``(store, demo)``,
    or None when the user cancelled the first-start setup. A database without an office
    asks which office it is for; choosing demo data closes it untouched (no office, no
    values) and opens the separate demo database instead. Raises StoreError."""
    store = open_database(args)
    if args.demo or store.home_office() is not None:
        return store, bool(args.demo)
    from navdesk.ui.setup_dialog import SetupChoice, SetupDialog

    dialog = SetupDialog(parent, database=store.path,
                         save_office=lambda c, n, m: store.save_office(c, n, m, home=True))
    try:
        dialog.exec()
        choice = dialog.choice
    finally:
        dialog.deleteLater()
    if choice is SetupChoice.OFFICE:
        return store, False
    store.close()
    if choice is SetupChoice.DEMO:
        return open_database(argparse.Namespace(**{**vars(args), "db": None, "demo": True})), True
    return None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.selftest:
        from navdesk.selftest import run

        return run()
    if not _x11_window_possible():
        return EXIT_BAD_INPUT
    import logging

    from PySide6.QtWidgets import QApplication

    from navdesk import __version__
    from navdesk.crashlog import setup_logging
    from navdesk.store import StoreError

    setup_logging()
    log = logging.getLogger("navdesk")
    app: QApplication = QApplication.instance() or QApplication(sys.argv[:1])  # type: ignore[assignment]  # instance() is typed QCoreApplication; it is the QApplication made here or by a test
    app.setApplicationName("navdesk")
    app.setOrganizationName("navdesk")
    from PySide6.QtGui import QIcon

    from navdesk.resources_path import resource_path

    app.setWindowIcon(QIcon(str(resource_path("navdesk.png"))))
    # the language of every text and number in the window: --lang, else the choice in
    # Help > Language, else bokmål (numbers in spin boxes then read 10,5 %)
    from navdesk.ui import i18n
    from navdesk.ui.window_state import saved_language

    i18n.install(app, args.lang or saved_language() or i18n.DEFAULT)
    install_excepthook()
    try:
        opened = open_for_window(args)
    except StoreError as exc:
        log.warning("databasen kan ikke brukes: %s", exc)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "navdesk", i18n.message(exc))
        return EXIT_BAD_INPUT
    if opened is None:
        log.info("oppsett avbrutt")
        return 0
    store, demo = opened
    log.info("navdesk %s startet med %s", __version__, store.path)

    from navdesk.service import OfficeService
    from navdesk.ui.main_window import MainWindow

    # one writer per file: without the file's lock the window opens read-only and says
    # who holds it (issue 13)
    service = OfficeService(store)
    service.claim_writing()
    # the frame shows first; the month's figures are read and checked right after, and
    # the file itself in the background
    window = MainWindow(service, demo=demo, fill_later=True, check_file=True)
    if os.environ.get(QUIT_WHEN_SHOWN):
        _quit_when_painted(window)
    # the daily backup, in the background after the first frame (for --demo too: it is
    # harmless there, and the demo shows the backups dialog as a real office has it);
    # its module too is first imported then (3 ms of a 200 ms start)
    daily = []

    def back_up_daily() -> None:
        from navdesk.ui.daily_backup import DailyBackup

        daily.append(DailyBackup(window))
        daily[-1].start()

    window.month_form_ready.connect(back_up_daily)
    window.show()
    code = app.exec()
    if window.isVisible():  # the loop ended without the window closing (quit from code)
        window.close()
    for started in daily:
        started.wait()  # its own connection: done before the process ends
    service.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
