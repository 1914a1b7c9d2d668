"""Regressions found in review of issue 12's event-following pages: a change that a
page shows must reach it when it is next seen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from navdesk.domain.period import Period
from navdesk.ui.close_month import CloseMonthDialog
from navdesk.ui.main_window import TRENDS_TAB
from tests.conftest import HOME_CODE
from tests.ui.answers import in_dialog, keys
from tests.ui.windows import go, press, shown_window, stored

DECEMBER = Period(2025, 12)
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def show_form(window) -> None:
    window.tabs.setCurrentWidget(window.month_form)
    window.month_form.view.setFocus()


def drawn_years(trends) -> dict[str, list]:
    """The yearly line the trends page shows: {kind: ys}."""
    return {line.kind: list(line.ys) for panel in trends.plot.picture.panels
            for line in panel.lines}


def test_a_month_reported_with_lines_missing_makes_its_year_whole_on_the_trends_page(
        qtbot, demo_store):
    window = shown_window(qtbot, demo_store, DECEMBER)
    trends = window.open_page(TRENDS_TAB)
    trends.set_codes(["SH_MND"])
    trends.span.setCurrentIndex(3)  # the whole history: 2024 and 2025
    trends.points.button(2).click()  # Årstall (etter regelen)
    show_form(window)
    go(window, "KVP_HIA")
    press(window, Qt.Key.Key_Delete)  # December 2025 now has a line missing
    assert stored(demo_store, "KVP_HIA", DECEMBER) is None
    window.open_page(TRENDS_TAB)
    assert drawn_years(trends)["value"][-1] is None  # 2025 has a month missing: a gap
    show_form(window)
    in_dialog(CloseMonthDialog, keys((Qt.Key.Key_M, ALT)))  # reported all the same
    press(window, Qt.Key.Key_L, CTRL)
    assert demo_store.is_locked(HOME_CODE, DECEMBER)
    window.open_page(TRENDS_TAB)
    QApplication.processEvents()
    # a reported month is whole: 2025 is a whole year on the line now
    assert drawn_years(trends)["value"][-1] is not None


def statements_by_thread(store) -> list[tuple[int, str]]:
    """Every statement run on ``store``'s connection from now on, with the thread that
    ran it (SQLite's own trace hook)."""
    import threading

    seen: list[tuple[int, str]] = []
    store.conn.set_trace_callback(lambda sql: seen.append((threading.get_ident(), sql)))
    return seen


def test_the_report_pdf_worker_never_uses_the_windows_connection(qtbot, demo_store, tmp_path):
    import threading

    from navdesk.ui.main_window import REPORT_TAB

    window = shown_window(qtbot, demo_store, DECEMBER)
    report = window.open_page(REPORT_TAB)
    seen = statements_by_thread(demo_store)
    assert report.write_pdf(str(tmp_path / "rapport.pdf")) > 0
    demo_store.conn.set_trace_callback(None)
    main = threading.get_ident()
    assert [sql for thread, sql in seen if thread != main] == []


def test_the_import_worker_never_uses_the_windows_connection(qtbot, demo_store, tmp_path,
                                                             dialogs):
    import threading

    from tests.ui.import_dialogs import import_from_menu

    window = shown_window(qtbot, demo_store, DECEMBER)
    path = tmp_path / "desember.csv"
    path.write_text("kontornr;periode;indikator;verdi\r\n0312;2025-12;KVP_HIA;4321\r\n",
                    encoding="utf-8-sig")
    seen = statements_by_thread(demo_store)
    import_from_menu(window, path)
    demo_store.conn.set_trace_callback(None)
    assert stored(demo_store, "KVP_HIA", DECEMBER) == 4321
    main = threading.get_ident()
    assert [sql for thread, sql in seen if thread != main] == []


def test_a_second_report_asked_for_while_the_first_is_read_is_refused(qtbot, demo_store,
                                                                       tmp_path):
    # the window turns its event loop while the worker reads the report's content, so
    # Ctrl+P (or the button) can come again: the second is refused, the first written
    from PySide6.QtCore import QTimer

    from navdesk.domain.period import Period
    from navdesk.service import OfficeService
    from navdesk.ui.report_view import ReportView

    view = ReportView(OfficeService(demo_store), Period(2025, 6))
    qtbot.addWidget(view)
    second: list[int] = []
    QTimer.singleShot(0, lambda: second.append(view.write_pdf(str(tmp_path / "b.pdf"))))
    assert view.write_pdf(str(tmp_path / "a.pdf")) >= 3
    assert second == [0]
    assert (tmp_path / "a.pdf").stat().st_size > 0 and not (tmp_path / "b.pdf").exists()
    assert view.pdf_button.isEnabled() and not view.writing


def report_view(qtbot, store):
    from navdesk.domain.period import Period
    from navdesk.service import OfficeService
    from navdesk.ui.report_view import ReportView

    view = ReportView(OfficeService(store), Period(2025, 6))
    qtbot.addWidget(view)
    view.show()
    return view


def test_the_window_keeps_turning_while_the_report_is_drawn(qtbot, demo_store, tmp_path):
    from PySide6.QtCore import QTimer

    view = report_view(qtbot, demo_store)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    pages = view.write_pdf(str(tmp_path / "rapport.pdf"))
    timer.stop()
    assert pages >= 3
    # the loop turned after each chart and page (and while the worker read the content)
    assert len(ticks) >= pages


def test_stopping_the_report_leaves_no_file_and_says_so(qtbot, demo_store, tmp_path):
    from PySide6.QtCore import QTimer

    view = report_view(qtbot, demo_store)
    path = tmp_path / "rapport.pdf"

    def stop():
        if view.progress_dialog is None:  # still reading: ask again on the next turn
            QTimer.singleShot(0, stop)
            return
        view.progress_dialog.cancel()

    QTimer.singleShot(0, stop)
    assert view.write_pdf(str(path)) == 0
    assert not path.exists()
    assert "stoppet" in view.info.text()
    assert not view.writing and view.pdf_button.isEnabled()
    # and the next one is written whole
    assert view.write_pdf(str(path)) >= 3 and path.stat().st_size > 0
