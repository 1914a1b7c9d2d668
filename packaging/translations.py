"""The window's English texts with Qt's own tools.

    .venv/bin/python packaging/translations.py update    # find new texts: resources/navdesk_en.ts
    .venv/bin/python packaging/translations.py compile   # resources/navdesk_en.qm, qtbase_nb.qm

``update`` runs ``lupdate`` over the window's code (texts marked with ``tr("...")``) and
keeps the translations already made; translate the new entries in the .ts file (Qt
Linguist: ``pyside6-linguist resources/navdesk_en.ts``, or any text editor). ``compile``
runs ``lrelease``; the bundle build and the package install call it, so the compiled
.qm files are never committed. It also compiles ``resources/qtbase_nb.ts``, navdesk's own
bokmål for Qt's standard buttons, file dialog and context menus (Qt ships none; edit it
by hand or in Qt Linguist, ``update`` leaves it alone).

``resources/navdesk_en.ts`` is the one source of navdesk's English: Qt's ``.qm`` is
compiled from it for the window, and it ships beside the ``.qm`` so that the layers below
the window can say a text in English without Qt (``navdesk.domain.said.english``, for
example a unit's English label in a file). There is no other English table in the code.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
# the window's code (tr) and the layers below it, whose messages, unit labels, month
# names and trend words the window shows (marked with QT_TRANSLATE_NOOP, see
# navdesk.domain.said); the command line stays bokmål
SOURCES = ["src/navdesk/ui", "src/navdesk/app.py", "src/navdesk/domain", "src/navdesk/store",
           "src/navdesk/formats", "src/navdesk/present",
           "src/navdesk/service"]
LANGS = ["en"]
# what ``compile`` turns into .qm: the window's texts, and Qt's own texts in bokmål
COMPILED = ["navdesk_*.ts", "qtbase_*.ts"]


def _tool(name: str) -> list[str]:
    """Qt's lupdate / lrelease as PySide6 ships them (no Qt installation needed)."""
    import PySide6

    exe = Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else ""))
    if not exe.exists():
        raise FileNotFoundError(f"{exe} is missing (PySide6-Essentials ships it)")
    return [str(exe)]


def update() -> None:
    files = []
    for src in SOURCES:
        path = ROOT / src
        files += sorted(str(p) for p in path.rglob("*.py")) if path.is_dir() else [str(path)]
    for lang in LANGS:
        subprocess.run([*_tool("lupdate"), "-locations", "none", "-no-obsolete",
                        "-source-language", "nb_NO",
                        "-target-language", lang, *files, "-ts",
                        str(RESOURCES / f"navdesk_{lang}.ts")], check=True)


def compile_all(dest: Path | None = None) -> list[Path]:
    """Compile every resources/navdesk_*.ts and qtbase_*.ts to .qm in ``dest`` (default:
    resources/)."""
    out = []
    for ts in sorted(ts for pattern in COMPILED for ts in RESOURCES.glob(pattern)):
        qm = (dest or RESOURCES) / (ts.stem + ".qm")
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([*_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else ""
    if what == "update":
        update()
    elif what == "compile":
        for qm in compile_all():
            print(f"wrote {qm}")
    else:
        print(__doc__)
        raise SystemExit(2)
