"""The composition root of the window: read arguments, choose and open the database,
then build the window. Heavy libraries (pandas, pyqtgraph) are imported only by the
views that need them, after the window shows."""

from __future__ import annotations

import argparse
import sys
from datetime import date

EXIT_BAD_INPUT = 2


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    from navdesk import __version__

    p = argparse.ArgumentParser(prog="navdesk", description="navdesk: månedstall for NAV-kontoret")
    p.add_argument("--db", metavar="FIL", help="databasefil (ellers $NAVDESK_DB, ellers datamappen)")
    p.add_argument("--demo", action="store_true",
                   help="åpne et eksempelkontor i en egen eksempeldatabase")
    p.add_argument("--version", action="version", version=f"navdesk {__version__}")
    return p.parse_known_args(argv)[0]  # Qt may add its own arguments (-platform ...)


def _install_excepthook(app) -> None:
    from navdesk.crashlog import write_crash_log

    def hook(exc_type, exc, tb):
        from PySide6.QtWidgets import QMessageBox

        exc.__traceback__ = tb
        log = write_crash_log(exc)
        box = QMessageBox(QMessageBox.Icon.Critical, "navdesk",
                          "Noe gikk galt, men tallene du har lagret er trygge.")
        box.setInformativeText(f"Detaljer er skrevet til {log}" if log else str(exc))
        box.exec()

    sys.excepthook = hook


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
                 "libxcb-cursor.so.0": "libxcb-cursor0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0"}


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


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if not _x11_window_possible():
        return EXIT_BAD_INPUT
    from PySide6.QtWidgets import QApplication, QMessageBox

    from navdesk.store import StoreError

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("navdesk")
    app.setOrganizationName("navdesk")
    _install_excepthook(app)
    try:
        store = open_database(args)
    except StoreError as exc:
        QMessageBox.critical(None, "navdesk", str(exc))
        return EXIT_BAD_INPUT

    from navdesk.ui.main_window import MainWindow

    window = MainWindow(store, demo=args.demo)
    window.show()
    code = app.exec()
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
