"""Only what pyproject.toml cannot say: compile the window's translations
(resources/navdesk_*.ts and Qt's own texts in bokmål, resources/qtbase_nb.ts -> .qm) with
Qt's lrelease when the package is built or
installed, so compiled files are never committed."""

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def compile_translations(*folders: Path) -> None:
    try:
        import PySide6
    except ImportError:  # cannot happen with the build requirements; say so if it does
        print("navdesk: PySide6 is missing at build time; the English texts are not compiled",
              file=sys.stderr)
        return
    lrelease = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32"
                                                else "lrelease")
    sources = sorted((ROOT / "resources").glob("navdesk_*.ts"))
    if not sources:
        raise RuntimeError("resources/navdesk_*.ts is missing: the English texts cannot be built")
    # the same files as packaging/translations.py COMPILED
    sources += sorted((ROOT / "resources").glob("qtbase_*.ts"))
    for ts in sources:
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True)
            try:
                subprocess.run([str(lrelease), "-silent", str(ts), "-qm",
                                str(folder / (ts.stem + ".qm"))], check=True)
            except (OSError, subprocess.CalledProcessError) as exc:
                # e.g. a minimal system without the libraries Qt's lrelease needs: navdesk
                # still installs and works in bokmål, and says so here
                print(f"navdesk: the translations were not compiled ({exc}); the window "
                      "will be in bokmål only, with Qt's buttons in English", file=sys.stderr)
                return


class BuildWithTranslations(build_py):
    def run(self):
        super().run()
        folders = [ROOT / "resources"]  # an editable install reads them from here
        if not getattr(self, "editable_mode", False):
            folders.append(Path(self.build_lib) / "navdesk" / "resources")
        compile_translations(*folders)


setup(cmdclass={"build_py": BuildWithTranslations})
