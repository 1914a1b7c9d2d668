"""CI runs what the README promises: its second Quick start command verbatim, then ruff
and mypy with the pinned tools of the ``lint`` extra, the same two commands the
pre-commit hooks run (a rule nobody runs is a wish)."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUFF = ".venv/bin/ruff check src tests benchmarks packaging scripts setup.py"
MYPY = ".venv/bin/mypy src/navdesk"
LINT_INSTALL = '.venv/bin/pip install -q -e ".[lint]"'


STATUS_CHECK = '[ "$?" -eq 0 ] || exit 1'


def ci_commands() -> list[str]:
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


def test_a_failure_inside_an_and_list_stops_ci():
    # set -e does not stop at a failure inside an && list: the next command checks it
    commands = ci_commands()
    for n, command in enumerate(commands):
        if " && " in command:
            assert commands[n + 1] == STATUS_CHECK, command


def quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quick start", 1)[1].split("```", 2)[1]
    return [line for line in block.splitlines() if line.strip()]


def test_ci_runs_the_readmes_second_quick_start_command_verbatim():
    assert quick_start_commands()[1] in ci_commands()


def test_ci_lints_and_type_checks_after_the_tests_and_stops_on_a_finding():
    commands = ci_commands()
    tests = commands.index(quick_start_commands()[1])
    assert tests < commands.index(LINT_INSTALL) < commands.index(RUFF) < commands.index(MYPY)
    assert "set -euo pipefail" in commands


def test_the_lint_extra_pins_ruff_and_mypy():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["optional-dependencies"]
    # the version CI was made clean with, up to the next minor release
    assert sorted(re.fullmatch(r"(\w+)>=[\d.]+,<[\d.]+", req).group(1)
                  for req in extras["lint"]) == ["mypy", "ruff"]


def test_the_pre_commit_hooks_run_the_same_two_commands():
    text = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert re.findall(r"^\s*entry:\s*(.+?)\s*$", text, re.MULTILINE) == [RUFF, MYPY]
