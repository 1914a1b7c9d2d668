"""A file dialog must not open the database's files. On Linux and macOS, closing any
descriptor of a file drops every lock the process holds on it (POSIX fcntl locks); Qt's
own file dialog used to open the ``.sqlite``, ``-wal`` and ``-shm`` files to guess their
type, so the window's connection lost its locks, the next other SQLite connection
thought it was alone, checkpointed and removed the WAL the window still wrote to, and
what the leader typed afterwards was never in the file. Issue 13, point 5."""

from __future__ import annotations

import ctypes
import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QFileDialog

from navdesk.domain.period import Period
from navdesk.ui import catalogue_import, file_dialogs, import_dialog
from tests.conftest import HOME_CODE, when_modal_opens
from tests.exchange_files import HEADER, write
from tests.ui.typing_keys import press
from tests.ui.windows import MARCH, shown_window, stored, type_in_line

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="inotify is Linux's (Windows locks files otherwise)")
LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None

CTRL = Qt.KeyboardModifier.ControlModifier
TYPED = {"SH_MND": "512", "KVP_HIA": "999", "SH_BRUTTO": "1234567"}


def database_files(db: Path) -> set[str]:
    return {str(db), f"{db}-wal", f"{db}-shm"}


class Openings:
    """Which files of a set are opened from now on, by anyone: the kernel's own notes
    of every open in their folders (inotify ``IN_OPEN``), read at :meth:`stop`. Polling
    ``/proc/self/fd`` would miss a file the dialog's thread opens and closes at once."""

    IN_OPEN, IN_NONBLOCK = 0x20, 0o4000

    def __init__(self, files: set[str]) -> None:
        self.files = files
        self.fd = LIBC.inotify_init1(self.IN_NONBLOCK)
        assert self.fd >= 0, "no inotify"
        self.folders = {LIBC.inotify_add_watch(self.fd, folder.encode(), self.IN_OPEN): folder
                        for folder in {str(Path(f).parent) for f in files}}

    def stop(self) -> set[str]:
        seen = set()
        data = b""
        while True:
            try:
                chunk = os.read(self.fd, 65536)
            except BlockingIOError:
                break
            data += chunk
        os.close(self.fd)
        at = 0
        while at < len(data):
            wd, mask, _, size = struct.unpack_from("iIII", data, at)
            name = data[at + 16:at + 16 + size].rstrip(b"\0").decode()
            at += 16 + size
            path = os.path.join(self.folders[wd], name)
            if mask & self.IN_OPEN and path in self.files:
                seen.add(path)
        return seen


def shown_and_cancelled(qtbot, open_it, folder: Path, names: set[str]) -> None:
    """Open a file dialog with ``open_it()``; once it lists ``folder`` with every file
    of ``names`` and their types (what the file-info thread reads), cancel it."""
    listed: dict[str, str] = {}

    def read(dialog: QFileDialog) -> None:
        view = dialog.findChild(QAbstractItemView, "treeView")
        model = view.model()

        def types() -> dict[str, str]:
            root = view.rootIndex()
            return {model.index(r, 0, root).data(): model.index(r, 2, root).data()
                    for r in range(model.rowCount(root))}

        def done() -> None:
            now = types()
            if names <= now.keys() and all(now[n] for n in names):
                listed.update(now)
                dialog.reject()
            else:
                QTimer.singleShot(20, done)

        assert Path(dialog.directory().absolutePath()) == folder
        dialog.setNameFilter("*")  # every file listed, as with "Alle filer (*)"
        done()

    when_modal_opens(QFileDialog, read)
    open_it()
    assert names <= listed.keys(), listed


def back_to(window) -> None:
    """The window has the keyboard again (the offscreen platform does not give it back
    after a dialog by itself)."""
    window.activateWindow()
    QTest.qWaitForWindowActive(window)


def cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "navdesk.cli.main", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def in_file(db: Path, period=MARCH, codes=tuple(TYPED)) -> dict[str, float | None]:
    """The values of ``codes`` in ``period``, read by another process on a new
    connection (as Excel, a backup or the CLI would see the file)."""
    script = ("import sqlite3, sys, json\n"
              "c = sqlite3.connect(sys.argv[1])\n"
              "rows = c.execute('SELECT indicator, value FROM value WHERE office = ? AND "
              "period = ?', (sys.argv[2], sys.argv[3])).fetchall()\n"
              "print(json.dumps(dict(rows)))\n")
    done = subprocess.run([sys.executable, "-c", script, str(db), HOME_CODE, str(period)],
                          capture_output=True, text=True, timeout=60, check=True)
    values = json.loads(done.stdout)
    return {code: values.get(code) for code in codes}


def test_a_cancelled_file_dialog_and_the_cli_lose_nothing_typed(qtbot, demo_store, tmp_path):
    """The sequence of issue 13: File > Åpne en annen database shows the database's
    folder and is cancelled; navdesk-cli reads and writes the file; what is typed in the
    window afterwards is in the file for other programs, and stays after it closes."""
    db = Path(demo_store.path)
    window = shown_window(qtbot, demo_store, MARCH)
    type_in_line(window, "SH_MND", "511")  # the WAL and its shared memory exist
    assert {Path(f).exists() for f in database_files(db)} == {True}

    watching = Openings(database_files(db))
    shown_and_cancelled(qtbot, lambda: press(Qt.Key.Key_O, CTRL), db.parent, {db.name})
    assert watching.stop() == set(), "the file dialog opened the database's files"

    # another program reads and writes the file while the window stays open
    assert cli("export", "--db", db, "--year", "2025").returncode == 0
    data = write(tmp_path, [HEADER, f"{HOME_CODE};;2025-04;SH_MND;;444;;"], "april.csv")
    done = cli("import", "--db", db, data)
    assert done.returncode == 0, done.stderr

    back_to(window)
    for code, text in TYPED.items():
        type_in_line(window, code, text)
    expected = {code: float(text) for code, text in TYPED.items()}
    assert {code: stored(demo_store, code) for code in TYPED} == expected  # accepted
    assert in_file(db) == expected
    window.close()
    assert in_file(db) == expected
    assert in_file(db, Period(2025, 4), ["SH_MND"]) == {"SH_MND": 444}  # the CLI's too


@pytest.mark.parametrize("which", ["import", "catalogue", "database"])
def test_no_file_dialog_opens_a_file_of_the_folder_it_shows(qtbot, demo_store, monkeypatch,
                                                             which):
    """Every open dialog of the window, started in the database's folder, lists it
    without opening any file in it (not just the database's own)."""
    db = Path(demo_store.path)
    folder = db.parent
    (folder / "tall.csv").write_text("x", encoding="utf-8")
    (folder / "no-extension").write_bytes(b"\x89PNG\r\n\x1a\n")  # a type only content tells
    monkeypatch.setattr(import_dialog, "_last_folder", str(folder))
    monkeypatch.setattr(catalogue_import, "_last_folder", str(folder))
    window = shown_window(qtbot, demo_store, MARCH)
    type_in_line(window, "SH_MND", "511")
    files = {str(p) for p in folder.iterdir() if p.is_file()}
    watching = Openings(files)
    open_it = {"import": lambda: press(Qt.Key.Key_I, CTRL),
               "catalogue": window.import_catalogue,
               "database": lambda: press(Qt.Key.Key_O, CTRL)}[which]
    shown_and_cancelled(qtbot, open_it, folder, {Path(f).name for f in files})
    assert watching.stop() == set()


def test_the_dialogs_icons_and_types_come_from_names_only(qtbot, tmp_path):
    """The provider names a file's type by its extension and never reads it."""
    provider = file_dialogs.NameOnlyIcons()
    from PySide6.QtCore import QFileInfo, QMimeDatabase

    (tmp_path / "tall.csv").write_text("a;b\n", encoding="utf-8")
    (tmp_path / "navdesk.sqlite-wal").write_bytes(b"")
    (tmp_path / "navdesk.sqlite").write_bytes(b"SQLite format 3\0")
    (tmp_path / "mappe").mkdir()
    watching = Openings({str(p) for p in tmp_path.iterdir()})
    kinds = {p.name: provider.type(QFileInfo(str(p))) for p in tmp_path.iterdir()}
    for p in tmp_path.iterdir():
        provider.icon(QFileInfo(str(p)))
    assert watching.stop() == set()
    assert all(kinds.values()), kinds
    assert kinds["navdesk.sqlite"] == QMimeDatabase().mimeTypeForName(
        "application/vnd.sqlite3").comment()  # told by its name, as Qt told by its bytes
    assert kinds["mappe"] == provider.type(QFileInfo(str(tmp_path)))  # a folder


def test_every_file_dialog_of_the_window_is_made_by_the_one_helper():
    """Qt's static dialogs (and a native one) read the files they list: the window asks
    through ``navdesk.ui.file_dialogs`` only."""
    ui = Path(file_dialogs.__file__).parent
    direct = [f"{p.name}:{n}" for p in sorted(ui.rglob("*.py")) if p.name != "file_dialogs.py"
              for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
              if "QFileDialog" in line and not line.lstrip().startswith("#")]
    assert direct == []
