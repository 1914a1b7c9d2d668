"""The window's file dialogs, and where they start. They never open a file of the folder
they show (see :class:`NameOnlyIcons`).

Where they start: Qt's own (non-native) dialog, given a folder that does
not exist, opens its parent and puts the folder's name in the file name box ("Documents"
on a PC without that folder, or a USB stick's folder once it is gone): the leader then
has to clear it first. So a dialog is given a folder that exists, ending in a separator,
and a save dialog its intended file name in such a folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileInfo, QMimeDatabase, QMimeType, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


def documents() -> Path | None:
    """The user's Documents folder, when there is one."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else None


def existing_folder(*candidates: str | os.PathLike | None) -> Path:
    """The first candidate that is a folder on disk; else the nearest folder above the
    first candidate that still exists; else the home folder."""
    given = [Path(c) for c in candidates if c]
    for folder in given:
        if folder.is_dir():
            return folder
    for folder in given[:1]:
        for parent in folder.parents:
            if parent.is_dir() and parent != Path(parent.anchor):
                return parent
    return Path.home()


def open_start(*candidates: str | os.PathLike | None) -> str:
    """The folder an open dialog starts in (see :func:`existing_folder`), with the
    trailing separator that tells Qt it is a folder and not a file name."""
    return os.path.join(str(existing_folder(*candidates)), "")


def save_start(name: str, *candidates: str | os.PathLike | None) -> str:
    """The file a save dialog proposes: ``name`` in the first existing folder of
    ``candidates`` (the Documents folder, else the home folder, when none is given)."""
    folder = existing_folder(*candidates) if candidates else existing_folder(documents())
    return str(folder / name)


# ---- the dialogs themselves
# On Linux and macOS a process's locks on a file (POSIX fcntl locks, which SQLite uses)
# all go when the process closes *any* descriptor of that file. Qt's file dialog, and a
# desktop's native one, open the files of the folder they show to guess their type from
# their first bytes: showing the database's folder (Åpne en annen database, Importer)
# silently dropped the window connection's locks, the next navdesk-cli thought it was
# alone, checkpointed and deleted the WAL the window still wrote to, and what was typed
# afterwards was lost. So every file dialog of the window is Qt's own dialog with an icon
# provider that looks at names only, made here.


DATABASE_SUFFIXES = {"sqlite", "db"}  # as the open-database dialog's filter names them


class NameOnlyIcons(QFileIconProvider):
    """Icons and type names from a file's name alone, never from its content. Qt's own
    provider asks the MIME database with content matching (it reads the file when the
    extension does not settle it, as for ``-wal`` and ``-shm``). Only its icons by kind
    (file, folder, drive: the icon theme, else the style's) are used."""

    def __init__(self) -> None:
        super().__init__()
        self._types = QMimeDatabase()
        # Windows: do not read a folder's desktop.ini for its icon
        self.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)

    def _mime(self, info: QFileInfo) -> QMimeType:
        mime = self._types.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension)
        if mime.isDefault() and info.suffix().lower() in DATABASE_SUFFIXES:
            # what Qt told from the first bytes before: navdesk's own files by name
            return self._types.mimeTypeForName("application/vnd.sqlite3")
        return mime

    def icon(self, what: QAbstractFileIconProvider.IconType | QFileInfo) -> QIcon:  # both overloads
        if not isinstance(what, QFileInfo):
            return super().icon(what)  # an IconType: a theme icon, no file
        if what.isRoot():
            return super().icon(QAbstractFileIconProvider.IconType.Drive)
        if what.isDir():
            return super().icon(QAbstractFileIconProvider.IconType.Folder)
        themed = QIcon.fromTheme(self._mime(what).iconName())
        return themed if not themed.isNull() else super().icon(
            QAbstractFileIconProvider.IconType.File)

    def type(self, info: QFileInfo) -> str:
        if info.isFile():
            mime = self._mime(info)
            return mime.comment() or mime.name()
        return super().type(info)  # a drive, a folder, a link: from stat() only


_ICONS: NameOnlyIcons | None = None  # one for every dialog; Qt does not own it


def _dialog(parent: QWidget | None, caption: str, start: str, filters: str,
            accept: QFileDialog.AcceptMode) -> QFileDialog:
    global _ICONS
    dialog = QFileDialog(parent, caption, start, filters)
    # before anything lists the folder: the model reads icons as soon as it has one
    dialog.setOptions(QFileDialog.Option.DontUseNativeDialog
                      | QFileDialog.Option.DontResolveSymlinks
                      | QFileDialog.Option.DontUseCustomDirectoryIcons)
    if _ICONS is None:
        _ICONS = NameOnlyIcons()
    dialog.setIconProvider(_ICONS)
    dialog.setAcceptMode(accept)
    return dialog


def _ask(dialog: QFileDialog) -> tuple[str, str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return "", ""
        files = dialog.selectedFiles()
        return (files[0] if files else ""), dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, caption: str, start: str,
                   filters: str = "") -> tuple[str, str]:
    """What ``QFileDialog.getOpenFileName`` returns — the chosen file ("" when cancelled)
    and its filter — from a dialog that opens no file of the folder it shows.
    ``filters`` name files by extension only (never MIME types, which read content)."""
    dialog = _dialog(parent, caption, start, filters, QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _ask(dialog)


def save_file_name(parent: QWidget | None, caption: str, start: str,
                   filters: str = "") -> tuple[str, str]:
    """What ``QFileDialog.getSaveFileName`` returns, from a dialog that opens no file of
    the folder it shows; ``start`` is the proposed file (see :func:`save_start`)."""
    dialog = _dialog(parent, caption, start, filters, QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return _ask(dialog)
