"""The newcomer's promise: README's Quick start is one block of exactly two commands, and
CI runs the second one verbatim."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Quick start\s*$(.*?)(?=^## )", text, re.MULTILINE | re.DOTALL)
    assert section, "README.md has no Quick start section"
    blocks = re.findall(r"```[a-z]*\n(.*?)```", section.group(1), re.DOTALL)
    assert len(blocks) == 1, "Quick start must have exactly one fenced block"
    return [line for line in blocks[0].splitlines() if line.strip()]


def test_quick_start_is_two_commands_install_and_open_then_test():
    first, second = quick_start_commands()
    assert "navdesk --demo" in first and ".[test]" in second and "pytest" in second


def test_ci_runs_the_second_command_verbatim():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert quick_start_commands()[1] in ci
