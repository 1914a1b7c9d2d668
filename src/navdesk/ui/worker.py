"""Long work (an import, the status report's content) in a pool thread, so that the
window's thread only draws and answers keys.

The work is a plain function of a :class:`Work`, which it asks whether to stop
(:meth:`Work.cancelled`: a flag the work checks where stopping is safe, never an
exception thrown into it from a Qt callback) and tells how far it has got
(:meth:`Work.progress`). A progress report waits until the window has seen it, so the
work never outruns what the user sees, and a Stopp pressed while the window shows a
figure is honoured at the next question the work asks.

SQLite: a connection must stay in the thread that made it, so the work opens its own
connection to the same file and closes it before it returns; the window's connection
sees what it committed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QThreadPool, QTimer, Signal


class Work:
    """What running work sees of the window: whether to stop, and where to say how far
    it has got. Made by :class:`Worker`; methods are called from the work's thread."""

    def __init__(self, report: Callable[[int, int, int, str], None]) -> None:
        self._stop = threading.Event()
        self._seen = threading.Condition()
        self._sent = 0
        self._acknowledged = 0
        self._report = report

    def cancelled(self) -> bool:
        """True once the user asked to stop; the work then stops as soon as it safely
        can and leaves nothing half done."""
        return self._stop.is_set()

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Say how far the work has got (``done`` of ``total``; ``text`` a label, or "" to
        keep the last). Returns once the window has shown it, or the user asked to stop."""
        with self._seen:
            self._sent += 1
            number = self._sent
        self._report(number, done, total, text)
        with self._seen:
            self._seen.wait_for(lambda: self._acknowledged >= number or self._stop.is_set())

    def _acknowledge(self, number: int) -> None:
        with self._seen:
            self._acknowledged = max(self._acknowledged, number)
            self._seen.notify_all()

    def _cancel(self) -> None:
        with self._seen:
            self._stop.set()
            self._seen.notify_all()


class _Run:
    """The pool's task (a plain callable: the pool wraps and deletes it). It lets go of
    the worker before it says it has returned, so that the worker (a QObject of the
    window's thread) is never freed from the pool's thread."""

    def __init__(self, worker: Worker) -> None:
        self.worker: Worker | None = worker
        self.returned = threading.Event()

    def __call__(self) -> None:
        w = self.worker
        assert w is not None
        try:
            result = w._function(w.work)
        except BaseException as exc:  # handed to the window's thread, which re-raises it
            outcome = (False, exc)
        else:
            outcome = (True, result)
        done = w._done
        self.worker = w = None
        done.emit(*outcome)
        del done
        self.returned.set()


class Worker(QObject):
    """Runs ``function(work)`` in :class:`QThreadPool`'s global pool. Make it in the
    window's thread; :attr:`progressed` (done, total, text) and :attr:`finished` are
    delivered there. :meth:`run` starts it and waits in a local event loop (the window
    keeps drawing and answering) for its result."""

    progressed = Signal(int, int, str)
    finished = Signal()
    _progress = Signal(int, int, int, str)  # from the work's thread
    _done = Signal(bool, object)  # from the work's thread: ok, result or exception

    def __init__(self, function: Callable[[Work], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function = function
        self.work = Work(self._progress.emit)
        self._progress.connect(self._show_progress)
        self._done.connect(self._finish)
        self._outcome: tuple[bool, Any] | None = None
        # asked before each progress report is acknowledged: a way to stop for a
        # control that records a stop without a signal (QProgressDialog.cancel())
        self.cancel_if: Callable[[], bool] | None = None
        self._loop: QEventLoop | None = None

    @property
    def running(self) -> bool:
        return self._outcome is None

    def cancel(self) -> None:
        """Ask the work to stop (it decides where that is safe)."""
        self.work._cancel()

    def start(self) -> None:
        self._runnable = _Run(self)
        QThreadPool.globalInstance().start(self._runnable)

    def run(self) -> Any:
        """Start the work and return its result once it has finished, re-raising what
        it raised; events are processed meanwhile."""
        self._loop = QEventLoop()
        self.start()
        if self._outcome is None:
            self._loop.exec()
        self._loop = None
        self._runnable.returned.wait()  # the pool's thread holds nothing of ours any more
        assert self._outcome is not None  # the worker's outcome ended the loop
        ok, value = self._outcome
        if not ok:
            raise value
        return value

    def result(self) -> Any:
        """The finished work's result (after :attr:`finished`), re-raising what it
        raised: for work started with :meth:`start` that the window does not wait for."""
        assert self._outcome is not None, "the work has not finished"
        ok, value = self._outcome
        if not ok:
            raise value
        return value

    def _show_progress(self, number: int, done: int, total: int, text: str) -> None:
        self.progressed.emit(done, total, text)
        # acknowledged after the events already waiting (a click on Stopp among them)
        QTimer.singleShot(0, lambda: self._acknowledge(number))

    def _acknowledge(self, number: int) -> None:
        if self.cancel_if is not None and self.cancel_if():
            self.cancel()
        self.work._acknowledge(number)

    def _finish(self, ok: bool, value: object) -> None:
        self._outcome = (ok, value)
        self.finished.emit()
        if self._loop is not None:
            self._loop.quit()


def read_aside(open_copy: Callable[[], Any], read: Callable[[Any], Any]) -> Any:
    """``read(copy)`` on a second connection to the database (``open_copy``: a service's
    :meth:`~navdesk.service.OfficeService.worker_opener`, called on the window's thread)
    in a pool thread, returning its result (re-raising what it raised) while the window
    keeps drawing and answering: for reads that take a noticeable moment at scale (the
    network's goal card of 250 offices, about 0.2 s). The caller guards against being
    called again meanwhile (events are processed while it waits)."""

    def work(_job: Work) -> Any:
        with open_copy() as copy:
            return read(copy)

    return Worker(work).run()


class Rereading:
    """``read()`` run now, on the window's thread, and once more after it for every call
    made while it ran, never nested: ``read`` lets events through while it waits for
    :func:`read_aside`, and a change heard meanwhile (a year typed) must be read after
    it, not inside it. ``running`` while it runs."""

    def __init__(self, read: Callable[[], object]) -> None:
        self._read = read
        self.running = False
        self._again = False

    def __call__(self) -> None:
        if self.running:
            self._again = True
            return
        self.running = True
        try:
            self._again = True
            while self._again:
                self._again = False
                self._read()
        finally:
            self.running = False
