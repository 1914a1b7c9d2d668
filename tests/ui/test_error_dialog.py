"""Never a traceback in front of the user: a short message, the details in the log file
and on the clipboard on request."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from navdesk import __version__
from navdesk.app import install_excepthook
from navdesk.crashlog import LOG_BACKUPS, LOG_NAME, log_path, setup_logging
from navdesk.ui.error_dialog import HEADLINE, ErrorDialog, show_unexpected_error
from tests.conftest import when_modal_opens


def failing_month_switch():
    raise KeyError("SH_MND")  # a name to find in the traceback


def raised(fn=failing_month_switch) -> BaseException:
    try:
        fn()
    except BaseException as exc:  # noqa: BLE001 - caught to hand to the dialog
        return exc
    raise AssertionError("did not raise")


def when_error_dialog_opens(qtbot, act):
    """Run ``act(dialog)`` on the error dialog once it is open (it blocks in exec())."""
    return when_modal_opens(ErrorDialog, act)


@pytest.fixture
def hooked(monkeypatch):
    """navdesk's excepthook for one test (pytest-qt's own is put back afterwards)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_excepthook()


def test_the_message_is_short_and_names_the_log_file(qtbot, tmp_path):
    log = tmp_path / "navdesk.log"
    dialog = ErrorDialog("navdesk 0.1.0\nTraceback ...", log)
    qtbot.addWidget(dialog)
    assert dialog.headline.text() == HEADLINE == "Noe gikk galt. Tallene du har lagret er trygge."
    assert str(log) in dialog.message.text()
    assert "Traceback" not in dialog.message.text()
    assert not dialog.details_view.isVisible()
    assert [b.text() for b in dialog.findChildren(QPushButton)] and dialog.close_button.isDefault()


def test_without_a_log_file_the_message_says_so(qtbot):
    dialog = ErrorDialog("details", None)
    qtbot.addWidget(dialog)
    assert "kunne ikke skrives" in dialog.message.text()


def test_copy_details_puts_version_platform_and_traceback_on_the_clipboard(qtbot):
    QGuiApplication.clipboard().clear()
    noted = []

    def copy(dialog):
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        noted.append(dialog.copied.isVisible())  # "Detaljene er kopiert"
        dialog.accept()

    shown = when_error_dialog_opens(qtbot, copy)
    log = show_unexpected_error(None, raised())
    assert shown, "the dialog did not open"
    assert noted == [True]
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"navdesk {__version__}\n")
    assert "Python " in copied and "PySide6 " in copied
    assert "Traceback (most recent call last)" in copied
    assert "failing_month_switch" in copied and "KeyError: 'SH_MND'" in copied
    assert log == log_path()


def test_the_log_file_gets_the_traceback(qtbot, isolated_user_dirs):
    when_error_dialog_opens(qtbot, lambda d: d.accept())
    log = show_unexpected_error(None, raised())
    assert log is not None and log.name == LOG_NAME
    assert str(log).startswith(str(isolated_user_dirs))  # the user's log folder
    text = log.read_text(encoding="utf-8")
    assert f"navdesk {__version__}" in text
    assert "Traceback (most recent call last)" in text
    assert 'raise KeyError("SH_MND")' in text


def test_show_details_expands_the_traceback(qtbot):
    dialog = ErrorDialog("Traceback (most recent call last):\n  KeyError: 'SH_MND'", None)
    qtbot.addWidget(dialog)
    dialog.show()
    narrow = dialog.width()
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert dialog.details_view.isVisible()
    assert "KeyError" in dialog.details_view.toPlainText()
    assert dialog.details_view.isReadOnly()
    assert dialog.toggle_button.text() == "Skjul &detaljer"
    assert dialog.width() > narrow
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert not dialog.details_view.isVisible()


def test_an_exception_in_a_slot_shows_the_dialog_instead_of_crashing(qtbot, hooked):
    shown = when_error_dialog_opens(qtbot, lambda d: d.accept())
    QTimer.singleShot(0, failing_month_switch)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    text = log_path().read_text(encoding="utf-8")
    assert "in failing_month_switch" in text and "KeyError: 'SH_MND'" in text


def test_an_error_while_the_message_is_open_is_only_logged(qtbot, hooked):
    def second_error(dialog):
        sys.excepthook(RuntimeError, RuntimeError("while open"), None)
        assert QApplication.activeModalWidget() is dialog  # no second dialog
        dialog.accept()

    shown = when_error_dialog_opens(qtbot, second_error)
    QTimer.singleShot(0, failing_month_switch)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert len(shown) == 1
    text = log_path().read_text(encoding="utf-8")
    assert "KeyError: 'SH_MND'" in text and "RuntimeError: while open" in text


def test_an_exception_in_a_worker_thread_shows_the_dialog_in_the_gui_thread(qtbot, hooked):
    def in_gui_thread(dialog):
        threads.append(threading.current_thread() is threading.main_thread())
        dialog.accept()

    threads = []
    shown = when_error_dialog_opens(qtbot, in_gui_thread)
    worker = threading.Thread(target=failing_month_switch)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert threads == [True]
    assert "KeyError: 'SH_MND'" in log_path().read_text(encoding="utf-8")


def test_a_failing_dialog_is_logged_and_does_not_recurse(qtbot, hooked, monkeypatch):
    def broken_init(self, *args, **kwargs):
        raise RuntimeError("the dialog itself broke")

    monkeypatch.setattr(ErrorDialog, "__init__", broken_init)
    QTimer.singleShot(0, failing_month_switch)
    qtbot.waitUntil(lambda: log_path().exists()
                    and "the dialog itself broke" in log_path().read_text(encoding="utf-8"))
    assert "KeyError: 'SH_MND'" in log_path().read_text(encoding="utf-8")


def test_logging_goes_to_the_log_folder_and_old_logs_rotate(isolated_user_dirs):
    path = log_path()
    path.parent.mkdir(parents=True)
    path.write_text("x" * 1_100_000, encoding="utf-8")
    try:
        assert setup_logging() == path
        logging.getLogger("navdesk.test").info("navdesk startet")
        for handler in logging.getLogger("navdesk").handlers:
            handler.flush()
        assert "INFO navdesk.test: navdesk startet" in path.read_text(encoding="utf-8")
        assert path.with_name(LOG_NAME + ".1").stat().st_size == 1_100_000
        for _ in range(LOG_BACKUPS + 2):  # never more than LOG_BACKUPS old files
            path.write_text("y" * 1_100_000, encoding="utf-8")
            setup_logging()
        assert not path.exists()  # opened on the first record only
        logging.getLogger("navdesk").warning("igjen")
        assert sorted(p.name for p in path.parent.iterdir()) == [
            LOG_NAME, *(f"{LOG_NAME}.{n}" for n in range(1, LOG_BACKUPS + 1))]
    finally:
        for handler in [h for h in logging.getLogger("navdesk").handlers
                        if getattr(h, "navdesk_log", False)]:
            logging.getLogger("navdesk").removeHandler(handler)
            handler.close()
