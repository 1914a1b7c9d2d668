"""The architecture is enforced, not left to discipline: the layers below the window
never import Qt or the plotting library, and start-up does not import the heavy
libraries before the window shows."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "navdesk"

# layer -> modules it must never import (prefix match)
FORBIDDEN = {
    # plain Python: no Qt, no SQL, no files (a file's rows reach it from formats)
    "domain": ["PySide6", "pyqtgraph", "pandas", "sqlite3", "sqlite_utils", "csv",
               "navdesk.store", "navdesk.formats", "navdesk.present", "navdesk.service",
               "navdesk.cli", "navdesk.ui", "navdesk.app"],
    # file formats know rows and the domain, never the database or a read model; the
    # store reads its shipped files (catalogue, goal-card template) through them
    "formats": ["PySide6", "pyqtgraph", "sqlite3", "navdesk.store", "navdesk.present",
                "navdesk.service", "navdesk.cli", "navdesk.ui", "navdesk.app"],
    "store": ["PySide6", "pyqtgraph", "navdesk.present", "navdesk.service", "navdesk.cli",
              "navdesk.ui", "navdesk.app"],
    "present": ["PySide6", "pyqtgraph", "navdesk.cli", "navdesk.ui", "navdesk.app"],
    "service": ["PySide6", "pyqtgraph", "navdesk.cli", "navdesk.ui", "navdesk.app"],
    "cli": ["PySide6", "pyqtgraph", "navdesk.ui", "navdesk.app"],
    # pages talk to the office service, never to the store (the composition root,
    # app.py, opens the store and hands the window its service)
    "ui": ["navdesk.store"],
}
# the one way down from the command line into Qt, for the commands that draw into files;
# allowed only inside a function, so no other command loads Qt
DOORS = {"cli": {"navdesk.ui.offscreen"}}


def module_level_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_does_not_import_upwards_or_qt(layer):
    files = sorted((SRC / layer).glob("*.py"))
    assert files, f"no modules found in {layer}"
    offenders = []
    doors = DOORS.get(layer, set())
    for f in files:
        at_top = module_level_imports(f)
        for name in imported_modules(f):
            if name in doors and name not in at_top:
                continue
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offenders.append(f"{f.name} imports {name}")
    assert offenders == []


def test_a_door_at_module_level_is_still_refused(tmp_path):
    f = tmp_path / "m.py"
    f.write_text("from navdesk.ui.offscreen import write_plot\n"
                 "def draw():\n    from navdesk.ui.offscreen import write_report\n",
                 encoding="utf-8")
    assert module_level_imports(f) == {"navdesk.ui.offscreen"}  # so the checker refuses it


def test_the_checker_sees_a_forbidden_import(tmp_path):
    # guard against a checker that silently finds nothing
    f = tmp_path / "m.py"
    f.write_text("import os\nfrom PySide6.QtCore import Qt\n", encoding="utf-8")
    assert "PySide6.QtCore" in imported_modules(f)


def _modules_after(code: str) -> set[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c",
                          code + "\nimport sys\nprint(' '.join(sys.modules))"],
                         capture_output=True, text=True, env=env, timeout=120, check=True)
    return set(out.stdout.split())


def test_importing_domain_store_io_and_cli_does_not_import_qt():
    mods = _modules_after(
        "import navdesk.domain.aggregation, navdesk.domain.rules, navdesk.domain.demo\n"
        "import navdesk.store, navdesk.store.importing, navdesk.store.demo\n"
        "import navdesk.formats.exchange, navdesk.service.importing, navdesk.present.trends,"
        " navdesk.present.report\n"
        "import navdesk.present.breakdown, navdesk.store.series, navdesk.cli.main")
    assert not {m for m in mods if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph")}


def test_window_start_does_not_import_pandas_or_pyqtgraph(tmp_path):
    db = tmp_path / "start.sqlite"
    mods = _modules_after(
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from navdesk.app import open_database, parse_args\n"
        f"store = open_database(parse_args(['--db', {str(db)!r}]))\n"
        "from navdesk.service import OfficeService\n"
        "from navdesk.ui.main_window import MainWindow\n"
        "w = MainWindow(OfficeService(store)); w.show(); app.processEvents()")
    assert "PySide6.QtWidgets" in mods  # the window really was built
    assert "pandas" not in mods
    assert "pyqtgraph" not in mods
