"""File > Sikkerhetskopier: the database's backups, newest first (when, why, how many
values), with "Gjenopprett …" (asked first, saying what will change; the content before
is backed up), "Lagre en kopi …", "Ta sikkerhetskopi nå", and the folder they are in.

Keyboard-first: the list has the focus, Enter on a backup asks to restore it, Esc
closes. Works on an open service's database (:func:`show_backups`) or on a database
path alone, for a file too damaged to open (:func:`show_backups_for_path`)."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from navdesk.service import StoreError
from navdesk.service.backups import MANUAL, Backup, BackupShelf, reason_said
from navdesk.ui import i18n
from navdesk.ui.i18n import tr

WHEN, WHY, VALUES = range(3)
_SELECTABLE = (Qt.TextInteractionFlag.TextSelectableByMouse
               | Qt.TextInteractionFlag.TextSelectableByKeyboard)


def when_text(backup: Backup) -> str:
    """When a backup was made, as the window's locale writes a date, to the second."""
    loc = i18n.locale()
    at = QDateTime.fromSecsSinceEpoch(int(backup.made_at.timestamp()))
    return f"{loc.toString(at.date(), loc.dateFormat(loc.FormatType.ShortFormat))}" \
           f" {at.time().toString('HH:mm:ss')}"


class BackupsDialog(QDialog):
    """The backups of ``shelf``'s database."""

    def __init__(self, shelf: BackupShelf, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shelf = shelf
        self.setObjectName("BackupsDialog")
        self.setWindowTitle(tr("Sikkerhetskopier – navdesk"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Sikkerhetskopier av {name}, nyeste først. navdesk tar en hver dag "
                          "og før hver import; velg en og trykk Enter for å gjenopprette den.")
                       .format(name=shelf.path.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTreeWidget()
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(tr("Sikkerhetskopier"))
        self.table.setHeaderLabels([tr("Tidspunkt"), tr("Hvorfor"), tr("Verdier")])
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        header = self.table.headerItem()
        if header is not None:  # numbers and their heading to the right
            header.setTextAlignment(VALUES, Qt.AlignmentFlag.AlignRight
                                    | Qt.AlignmentFlag.AlignVCenter)
        self.table.setColumnWidth(WHEN, 170)
        self.table.setColumnWidth(WHY, 380)
        # Enter (and a double click) on a backup: restore it, after the question
        self.table.activated.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(tr("Ingen sikkerhetskopier ennå. Den første tas automatisk i dag, "
                               "eller trykk «Ta sikkerhetskopi nå»."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        folder = QLabel(tr("Mappe: {folder}").format(folder=shelf.folder))
        folder.setObjectName("backupsFolder")
        folder.setTextInteractionFlags(_SELECTABLE)
        folder.setWordWrap(True)
        layout.addWidget(folder)
        self.folder_label = folder
        self.note = QLabel()  # what the last action did (where the content before went)
        self.note.setObjectName("backupsNote")
        self.note.setTextInteractionFlags(_SELECTABLE)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

        row = QHBoxLayout()
        self.restore_button = self._button(row, tr("&Gjenopprett …"), self.restore_selected)
        self.copy_button = self._button(row, tr("&Lagre en kopi …"), lambda: self.save_copy())
        self.backup_button = self._button(row, tr("&Ta sikkerhetskopi nå"), self.back_up_now)
        row.addStretch(1)
        self._button(row, tr("Lukk"), self.reject)
        layout.addLayout(row)
        self.reload()
        self.table.setFocus()

    def _button(self, row: QHBoxLayout, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        # Enter belongs to the list (restore the backup chosen), never to a button
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        row.addWidget(button)
        return button

    def reload(self, select: int = 0) -> None:
        """Read the list again; the row ``select`` becomes the current one."""
        self.table.clear()
        self.backups = self.shelf.backups()
        items = []
        for backup in self.backups:
            values = "?" if backup.values is None else i18n.format_display(backup.values, 0)
            item = QTreeWidgetItem([when_text(backup), i18n.text(reason_said(backup.reason)),
                                    values])
            item.setTextAlignment(VALUES, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(WHEN, str(backup.path))
            self.table.addTopLevelItem(item)
            items.append(item)
        if items:
            self.table.setCurrentItem(items[min(select, len(items) - 1)])
        self.empty.setVisible(not self.backups)
        self.restore_button.setEnabled(bool(self.backups))

    def selected(self) -> Backup | None:
        item = self.table.currentItem()
        row = self.table.indexOfTopLevelItem(item) if item is not None else -1
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def _refused(self, title: str, exc: StoreError) -> None:
        QMessageBox.warning(self, title, i18n.message(exc) + "\n\n" + tr("Ingenting er endret."))

    def restore_selected(self) -> bool:
        """Ask, saying what will change (No is the default), then restore the backup
        chosen. True when it was restored."""
        backup = self.selected()
        if backup is None:
            return False
        if self.shelf.restore_refused is not None:  # another window writes to the file
            self._refused(tr("Kan ikke gjenopprette"), StoreError(self.shelf.restore_refused))
            return False
        try:
            plan = self.shelf.plan(backup.path)
        except StoreError as exc:
            self._refused(tr("Kan ikke gjenopprette"), exc)
            return False
        box = QMessageBox(QMessageBox.Icon.Question, tr("Gjenopprette sikkerhetskopien?"),
                          i18n.text(self.shelf.describe(plan)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmRestore")
        box.button(QMessageBox.StandardButton.Yes).setText(tr("&Gjenopprett"))
        box.button(QMessageBox.StandardButton.No).setText(tr("&Avbryt"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        try:
            if box.exec() != QMessageBox.StandardButton.Yes:
                return False
        finally:
            box.deleteLater()
        try:
            before = self._busy(lambda: self.shelf.restore(backup.path))
        except StoreError as exc:
            self._refused(tr("Kan ikke gjenopprette"), exc)
            return False
        self.reload()
        self.note.setText(tr("Gjenopprettet fra sikkerhetskopien {file}. Det som var i "
                             "databasen før, er tatt vare på i {before}.").format(
                                 file=backup.path.name, before=before))
        return True

    def back_up_now(self) -> bool:
        try:
            made = self._busy(lambda: self.shelf.make(MANUAL))
        except StoreError as exc:
            QMessageBox.warning(self, tr("Sikkerhetskopien ble ikke laget"), i18n.message(exc))
            return False
        self.reload()
        self.note.setText(tr("Sikkerhetskopi laget: {path}").format(path=made))
        return True

    def save_copy(self, path: str | os.PathLike[str] | None = None) -> bool:
        """A copy of the database where the leader chooses (a USB stick, a shared
        folder). ``path``: without asking (tests)."""
        if path is None:
            from navdesk.ui import file_dialogs
            from navdesk.ui.file_dialogs import save_start

            name = f"{self.shelf.path.stem}-kopi-{date.today():%Y-%m-%d}.sqlite"
            path, _ = file_dialogs.save_file_name(
                self, tr("Lagre en kopi av databasen"), save_start(name),
                tr("navdesk-database (*.sqlite)"))
            if not path:
                return False
        try:
            saved = self._busy(lambda: self.shelf.save_copy(path))
        except StoreError as exc:
            QMessageBox.warning(self, tr("Kopien ble ikke lagret"), i18n.message(exc))
            return False
        self.note.setText(tr("En kopi av databasen er lagret i {path}.").format(path=saved))
        return True

    @staticmethod
    def _busy(act):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return act()
        finally:
            QApplication.restoreOverrideCursor()


def show_backups(parent: QWidget | None, shelf: BackupShelf) -> None:
    """Open the dialog on ``shelf`` (``service.backups()``) until it is closed."""
    dialog = BackupsDialog(shelf, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def show_backups_for_path(parent: QWidget | None, path: str | os.PathLike[str]) -> None:
    """The dialog for a database known by its path alone (one too damaged to open):
    its backups listed and restored without a window on it."""
    show_backups(parent, BackupShelf(path))
