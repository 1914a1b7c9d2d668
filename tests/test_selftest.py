"""navdesk --selftest: passes on a working installation, and names the step that fails
when a part is missing (as a hidden import PyInstaller did not see would be)."""

from __future__ import annotations

import os
import subprocess
import sys


def selftest(tmp_path, extra_path: str | None = None):
    env = dict(os.environ, NAVDESK_DB=str(tmp_path / "never.sqlite"))
    env.pop("NAVDESK_SETTINGS", None)
    if extra_path:
        env["PYTHONPATH"] = extra_path + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, "-c", "import sys; from navdesk.app import main; "
                           "sys.exit(main(['--selftest']))"],
                          capture_output=True, text=True, env=env, timeout=300)


def test_the_selftest_passes_and_leaves_nothing_of_the_users_behind(tmp_path):
    run = selftest(tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert [line.split()[0] for line in lines[1:-1]] == ["ok"] * 8  # 8: the workbook step
    assert "Qt-knapper på bokmål" in lines[2] and lines[2].endswith("&Ja / &Nei / Avbryt")
    assert lines[-1] == "Selvtesten bestod."
    assert "5 sider" in run.stdout or "4 sider" in run.stdout
    assert not (tmp_path / "never.sqlite").exists()  # the user's database is not touched
    folder = lines[0].split(" i ", 1)[1]
    assert not os.path.exists(folder)  # cleaned up after a pass
    assert "Traceback" not in run.stdout + run.stderr


def test_a_missing_plotting_library_fails_its_steps_with_exit_1(tmp_path):
    broken = tmp_path / "broken"
    (broken / "pyqtgraph").mkdir(parents=True)
    (broken / "pyqtgraph" / "__init__.py").write_text(
        "raise ImportError('pyqtgraph mangler i pakken')\n", encoding="utf-8")
    run = selftest(tmp_path, str(broken))
    assert run.returncode == 1
    failed = [line for line in run.stdout.splitlines() if line.startswith("FEIL")]
    assert failed and all("pyqtgraph mangler i pakken" in line for line in failed)
    assert any("graf som PNG og SVG" in line for line in failed)
    assert "Selvtesten feilet" in run.stdout.splitlines()[-1]
