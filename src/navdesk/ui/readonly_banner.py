"""The band at the top of a read-only window (issue 13): why this window cannot change
the figures, and the one thing to do about it: "Prøv igjen" when another window holds
the file (the lock may be free by now), "Gjenopprett fra sikkerhetskopi …" when the
file is damaged."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from navdesk.service.access import DAMAGED
from navdesk.ui.i18n import text, tr

# yellow for "wait for the other window", red for "the file itself is at fault"
_STYLES = {
    "notice": "QFrame#readOnlyBanner { background: #fff4ce; border: 1px solid #c69c00;"
              " border-radius: 4px; } QLabel { color: #3b2f00; }",
    "damaged": "QFrame#readOnlyBanner { background: #fde7e9; border: 1px solid #c50f1f;"
               " border-radius: 4px; } QLabel { color: #5c0a10; }",
}


class ReadOnlyBanner(QFrame):
    """Hidden while the window may write; :meth:`show_reason` shows it."""

    retry = Signal()  # "Prøv igjen": take the lock if it is free now
    restore = Signal()  # "Gjenopprett fra sikkerhetskopi …"

    def __init__(self, parent=None, *, can_restore: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self._can_restore = can_restore
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel()
        self.label.setObjectName("readOnlyReason")
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.retry_button = QPushButton(tr("Prøv igjen"))
        self.retry_button.clicked.connect(lambda: self.retry.emit())
        layout.addWidget(self.retry_button)
        self.restore_button = QPushButton(tr("Gjenopprett fra sikkerhetskopi …"))
        self.restore_button.clicked.connect(lambda: self.restore.emit())
        layout.addWidget(self.restore_button)
        self.kind: str | None = None
        self.hide()

    def show_reason(self, kind: str | None, reason: object | None) -> None:
        """Show why the window is read-only (``reason``: the service's Said), or hide
        the banner when ``reason`` is None."""
        self.kind = kind if reason is not None else None
        if reason is None:
            self.hide()
            return
        damaged = kind == DAMAGED
        self.setStyleSheet(_STYLES["damaged" if damaged else "notice"])
        self.label.setText(text(reason))
        # a damaged file stays damaged: trying again would find the same; the restore
        # button appears where the window offers restoring
        self.retry_button.setVisible(not damaged)
        self.restore_button.setVisible(damaged and self._can_restore)
        self.show()
