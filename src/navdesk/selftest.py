"""``navdesk --selftest``: prove that this installation (or bundle) has everything it
needs, without a screen and without touching the user's data. It opens a temporary
database, fills it with demo figures, builds every page of the window offscreen, and
writes an exchange file, a goal card, a plot (PNG and SVG) and the status report (PDF).
Exit 0 only when every step worked; each step is printed with its time.

A missing data file, a hidden import PyInstaller did not see or a missing Qt plugin
shows up here as a failed step, before a user meets it."""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path


def run(out=None) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never a window, also with a display
    if out is None:
        out = sys.stdout
    if out is None:  # the windowed program on Windows has no console: a file instead
        # it stands in for stdout for the whole run and is closed at exit, as stdout is
        out = open(Path(tempfile.gettempdir()) / "navdesk-selftest.txt", "w",  # noqa: SIM115
                   encoding="utf-8")
    failures = 0
    folder = Path(tempfile.mkdtemp(prefix="navdesk-selftest-"))
    state: dict = {}

    def step(name: str, act) -> None:
        nonlocal failures
        start = time.perf_counter()
        try:
            detail = act()
        except BaseException as exc:  # noqa: BLE001 - every failure is a finding
            failures += 1
            details = folder / "selvtest-feil.txt"
            with open(details, "a", encoding="utf-8") as f:
                f.write(f"--- {name}\n{traceback.format_exc()}\n")
            print(f"FEIL  {name}: {type(exc).__name__}: {exc} (detaljer i {details})", file=out)
            return
        ms = (time.perf_counter() - start) * 1000
        print(f"ok    {name} ({ms:.0f} ms){': ' + detail if detail else ''}", file=out)

    def qt():
        from PySide6.QtCore import QLocale
        from PySide6.QtWidgets import QApplication

        state["app"] = QApplication.instance() or QApplication(["navdesk", "--selftest"])
        QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
        return state["app"].platformName()

    def qt_in_bokmal():
        # Qt's own buttons and dialogs in bokmål: resources/qtbase_nb.qm is in the bundle
        from PySide6.QtWidgets import QDialogButtonBox

        from navdesk.ui import i18n

        i18n.install(state["app"], i18n.DEFAULT)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes
                                   | QDialogButtonBox.StandardButton.No
                                   | QDialogButtonBox.StandardButton.Cancel)
        texts = sorted(b.text() for b in buttons.buttons())
        assert texts == ["&Ja", "&Nei", "Avbryt"], texts
        return " / ".join(texts)

    def database():
        from navdesk.domain.period import Period
        from navdesk.store import open_store
        from navdesk.store.demo import DEMO_OFFICE, ensure_demo_office

        # its own window settings: the user's are never read or written
        os.environ["NAVDESK_SETTINGS"] = str(folder / "navdesk.ini")
        store = state["store"] = open_store(folder / "selftest.sqlite")
        ensure_demo_office(store, Period(2025, 9), years=3)
        count = store.conn.execute("SELECT count(*) FROM value").fetchone()[0]
        assert store.home_office() == DEMO_OFFICE and count > 1000, count
        return f"{count} verdier, {len(store.catalogue)} indikatorer"

    def window():
        from navdesk.service import OfficeService
        from navdesk.ui.main_window import MainWindow
        from navdesk.ui.pages import PAGES

        w = state["window"] = MainWindow(OfficeService(state["store"]))
        w.show()
        state["app"].processEvents()
        assert w.month_form is not None and w.month_form.model.rowCount() > 0
        for name in (page.key for page in PAGES):  # every page of the registry
            # built here, not in a signal's slot, so an error in it ends this step
            index = next(i for i in range(w.tabs.count()) if w.tabs.tabText(i) == name)
            w.tabs.blockSignals(True)
            w.tabs.setCurrentIndex(index)
            w.tabs.blockSignals(False)
            w.open_page(name)  # the current page: opened here, not in a slot
            state["app"].processEvents()
            assert w.tabs.currentWidget().isVisible(), name
        assert w.goal_card.model.rowCount() == 4
        assert w.trends.plot.picture is not None and w.trends.plot.plots
        return "månedsskjema, " + ", ".join(page.key.lower() for page in PAGES)

    def exchange_file():
        # the function `navdesk-cli export` and the window's export both call (not the
        # command line itself, which runs this selftest: the two would import each other)
        from navdesk.present.exchange import export_file

        path = folder / "eksport.csv"
        rows = export_file(state["store"], path, [state["store"].home_office().code], 2025)
        assert rows > 0 and path.stat().st_size > 10_000, rows
        head = path.read_bytes()[:40]
        assert head.startswith(b"\xef\xbb\xbf"), head
        return f"{path.stat().st_size} byte"

    def workbook():
        # written by XlsxWriter and read back by python-calamine: both are in the bundle
        from navdesk.formats.workbook import WorkbookRows
        from navdesk.present.exchange import export_file

        path = folder / "eksport.xlsx"
        rows = export_file(state["store"], path, [state["store"].home_office().code], 2025)
        with WorkbookRows(path) as sheet:
            read = list(sheet)
        assert rows > 0 and len(read) == rows, (rows, len(read))
        assert sheet.sheets == ["Tall", "Indikatorer"], sheet.sheets
        return f"{rows} rader skrevet og lest"

    def pictures():
        from navdesk.domain.period import Period
        from navdesk.present.trends import TrendOptions, trend_picture
        from navdesk.ui.offscreen import write_plot

        picture = trend_picture(state["store"], "9999", TrendOptions(
            ["SH_MND", "SH_BRUTTO"], Period(2024, 1), Period(2025, 9), target=True))
        sizes = []
        for name in ("trend.png", "trend.svg"):
            write_plot(picture, str(folder / name))
            sizes.append((folder / name).stat().st_size)
        assert min(sizes) > 10_000, sizes
        return f"PNG {sizes[0]} byte, SVG {sizes[1]} byte"

    def report():
        from navdesk.present.report import report_content
        from navdesk.ui.offscreen import write_report

        store = state["store"]
        pages = write_report(report_content(store, store.home_office(), 2025), store,
                             str(folder / "rapport.pdf"))
        assert pages >= 3 and (folder / "rapport.pdf").read_bytes().startswith(b"%PDF")
        return f"{pages} sider"

    print(f"navdesk selvtest i {folder}", file=out)
    step("Qt starter", qt)
    if "app" in state:
        step("Qt-knapper på bokmål", qt_in_bokmal)
    step("database med eksempeltall", database)
    if "store" in state and "app" in state:
        step("alle sidene i vinduet", window)
        step("utvekslingsfil (CSV)", exchange_file)
        step("Excel-arbeidsbok (.xlsx)", workbook)
        step("graf som PNG og SVG", pictures)
        step("statusrapport (PDF)", report)
    if "window" in state:
        state["window"].close()
    if "store" in state:
        state["store"].close()
    if failures:
        print(f"Selvtesten feilet: {failures} steg. Filene ligger i {folder}.", file=out)
        return 1
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    print("Selvtesten bestod.", file=out)
    return 0
