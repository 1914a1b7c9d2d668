"""The daily backup: at the first start of a day (no backup of this database made today)
a backup is made in the background once the window has shown its first frame and the
month form (``MainWindow.month_form_ready``), and old ones are pruned. It never delays
the first frame, and a failure (a full disk) is a quiet note in the status line, never
a dialog: the leader is about to type figures, not to handle a backup.

The work opens a connection of its own, by the database's path alone
(:class:`navdesk.service.backups.BackupShelf`), in the worker's thread."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject

from navdesk.service import StoreError
from navdesk.ui import i18n
from navdesk.ui.i18n import tr
from navdesk.ui.worker import Work, Worker


class DailyBackup(QObject):
    """The daily backup of ``window``'s database, started with :meth:`start`."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self._path = Path(window.service.path)
        self._worker: Worker | None = None
        self._finished = threading.Event()
        self.made: Path | None = None  # the backup made, once done (None: none needed)
        self.failed: str | None = None  # why it could not be made

    def start(self) -> None:
        if self._worker is not None:
            return
        self._worker = Worker(self._work, self)
        self._worker.finished.connect(self._done)
        self._worker.start()

    def _work(self, work: Work) -> Path | None:
        from navdesk.service.backups import BackupShelf

        try:
            return BackupShelf(self._path).daily()
        finally:
            self._finished.set()

    def _done(self) -> None:
        assert self._worker is not None
        try:
            self.made = self._worker.result()
        except (StoreError, OSError) as exc:  # a full disk, a folder that cannot be made
            self.failed = i18n.message(exc) if isinstance(exc, StoreError) \
                else str(exc.strerror or exc)
            if not getattr(self._window, "_closed", False):
                self._window.show_note(tr("Dagens sikkerhetskopi ble ikke laget: {reason}")
                                       .format(reason=self.failed))

    @property
    def started(self) -> bool:
        return self._worker is not None

    @property
    def running(self) -> bool:
        return self._worker is not None and not self._finished.is_set()

    def wait(self, seconds: float = 60) -> None:
        """Until the work is done (before the window's database is closed at exit)."""
        if self._worker is not None:
            self._finished.wait(seconds)


def back_up_daily_after_first_frame(window) -> DailyBackup:
    """Start the daily backup of ``window``'s database once its month form is ready
    (right after the first frame); returns it (``wait()`` before closing the store).
    ``app.main`` does the same without importing this module before that moment."""
    daily = DailyBackup(window)
    window.month_form_ready.connect(daily.start)
    return daily
