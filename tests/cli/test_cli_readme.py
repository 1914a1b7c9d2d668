"""The README's "Command line" section documents every command and option navdesk-cli has."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from navdesk.cli.main import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def command_line_section() -> str:
    text = README.read_text(encoding="utf-8")
    match = re.search(r"^## Command line\s*$(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    assert match, "README.md has no '## Command line' section"
    return match.group(1)


def subcommands(parser: argparse.ArgumentParser, prefix: str = ""):
    """(name, parser) of every command, sub-actions as "catalogue export"."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                full = f"{prefix}{name}"
                if any(isinstance(a, argparse._SubParsersAction) for a in sub._actions):
                    yield from subcommands(sub, full + " ")
                else:
                    yield full, sub


COMMANDS = list(subcommands(build_parser()))


def test_the_cli_has_the_commands_the_readme_is_expected_to_cover():
    assert [name for name, _ in COMMANDS] == [
        "init", "import", "export", "catalogue export", "catalogue import", "goalcard", "compare",
        "template export",
        "template import", "plot", "report breakdown", "report pdf", "month status", "month lock",
        "month reopen", "backup", "backups", "restore", "selftest", "check", "ssb import",
        "ssb list", "completeness", "demo"]


@pytest.mark.parametrize("name", [name for name, _ in COMMANDS])
def test_every_command_appears_in_the_readme_command_line_section(name):
    assert re.search(rf"navdesk-cli\s+{re.escape(name)}\b", command_line_section()), name


@pytest.mark.parametrize(("name", "option"), [
    (name, option) for name, sub in COMMANDS for action in sub._actions
    for option in action.option_strings if option.startswith("--") and option != "--help"])
def test_every_option_of_every_command_appears_in_the_readme_command_line_section(name, option):
    assert re.search(rf"{re.escape(option)}\b", command_line_section()), f"{name} {option}"
