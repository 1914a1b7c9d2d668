"""Importing a catalogue file from the File menu: the file ``navdesk-cli catalogue
export`` writes (perhaps edited in Excel) is read as the command line reads it, merged
as a dry run first, and every change is listed for the user to confirm. A bad file, or
a change the catalogue refuses (a new unit for a code with values), is shown line by
line and changes nothing.

Call :func:`run_catalogue_import` from a menu action; tests give it a path (no native
file dialog).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from navdesk.domain.catalogue import CatalogueError
from navdesk.domain.units import ValueRejected
from navdesk.formats.catalogue_file import read_catalogue_file
from navdesk.service import OfficeService, StoreError
from navdesk.ui import i18n
from navdesk.ui.i18n import tr


def file_filter() -> str:
    return tr("CSV-filer (*.csv *.txt);;Alle filer (*)")


_last_folder: str | None = None  # where the user last picked a file, for this session


class CatalogueChangesDialog(QDialog):
    """The changes a catalogue file would make, to confirm; or, with ``problems``, why
    it cannot be read (only a Close button)."""

    def __init__(self, intro: str, lines: list[str], parent: QWidget | None = None, *,
                 problems: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("CatalogueChangesDialog")
        self.setWindowTitle(tr("Katalogfilen kan ikke leses inn") if problems
                            else tr("Importere indikatorkatalog?"))
        self.resize(680, 420)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.lines = QPlainTextEdit("\n".join(lines))
        self.lines.setReadOnly(True)
        self.lines.setAccessibleName(tr("Feil") if problems else tr("Endringer"))
        self.lines.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        if problems:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Lukk"))
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                       | QDialogButtonBox.StandardButton.Cancel)
            ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
            ok.setText((tr("&Importer ({n} endring)") if len(lines) == 1
                        else tr("&Importer ({n} endringer)")).format(n=len(lines)))
            cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(tr("&Avbryt"))
            # the catalogue changes for every office: Enter cancels (the box would make
            # its accept button the default when shown, unless that one may not be one)
            ok.setAutoDefault(False)
            cancel.setDefault(True)
            buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.lines, 1)
        layout.addWidget(buttons)


def _read(path: Path, service: OfficeService):
    """(indicators, changes the merge would make) or (None, problem lines)."""
    try:
        indicators = read_catalogue_file(path)
        changes = service.merge_catalogue(indicators, dry_run=True)
        return indicators, [i18n.text(change) for change in changes]
    except FileNotFoundError:
        return None, [tr("Finner ikke filen {path}").format(path=path)]
    except OSError as exc:
        return None, [tr("Kan ikke lese {path}: {reason}").format(path=path,
                                                                   reason=exc.strerror or exc)]
    except (CatalogueError, ValueRejected, StoreError) as exc:
        return None, i18n.message(exc).splitlines()


def run_catalogue_import(parent: QWidget | None, service: OfficeService,
                         path: str | os.PathLike | None = None) -> list[str] | None:
    """File > Import catalogue: ask for a file (unless ``path`` is given), list what it
    would change, and merge it on the user's word. Returns the changes made, or None
    when nothing was changed."""
    global _last_folder
    if path is None:
        from navdesk.ui import file_dialogs
        from navdesk.ui.file_dialogs import documents, open_start

        path, _ = file_dialogs.open_file_name(parent, tr("Importer indikatorkatalog"),
                                              open_start(_last_folder, documents()),
                                              file_filter())
        if not path:
            return None
        _last_folder = str(Path(path).parent)
    path = Path(path)
    indicators, lines = _read(path, service)
    if indicators is None:
        CatalogueChangesDialog(tr("{name} ble ikke lest inn; ingenting er endret:").format(
            name=path.name), lines, parent, problems=True).exec()
        return None
    if not lines:
        QMessageBox.information(parent, tr("Ingenting å endre"),
                                tr("Katalogen har allerede alt i {name}; ingenting er endret.")
                                .format(name=path.name))
        return None
    dialog = CatalogueChangesDialog(
        tr("Dette endres i indikatorkatalogen hvis du importerer {name}. Koder blir aldri "
           "slettet, og lagrede verdier blir som de er.").format(name=path.name), lines, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    from navdesk.service.backups import BEFORE_CATALOGUE

    try:
        # as navdesk-cli catalogue import: what the catalogue was can be restored
        service.backups().make(BEFORE_CATALOGUE)
        return service.merge_catalogue(indicators)
    except (CatalogueError, ValueRejected, StoreError) as exc:
        # the database changed since the dry run (another window stored a value)
        QMessageBox.warning(parent, tr("Katalogen ble ikke endret"), i18n.message(exc))
        return None
