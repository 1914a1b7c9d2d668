"""Where the file dialogs start. Qt's own (non-native) dialog, given a folder that does
not exist, opens its parent and puts the folder's name in the file name box ("Documents"
on a PC without that folder, or a USB stick's folder once it is gone): the leader then
has to clear it first. So a dialog is given a folder that exists, ending in a separator,
and a save dialog its intended file name in such a folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths


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
