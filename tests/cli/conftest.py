"""Running navdesk-cli in-process: ``cli("export", "--year", "2025")`` returns the exit
code, stdout as bytes and stderr as text."""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass

import pytest

from navdesk.cli.main import main
from tests.partial_case import half_enter_december


@dataclass
class Run:
    code: int
    out: bytes
    err: str

    @property
    def rows(self) -> list[list[str]]:
        """stdout read as a navdesk CSV file (BOM, ``;``)."""
        assert self.out.startswith(codecs.BOM_UTF8)
        text = self.out[3:].decode("utf-8")
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


@pytest.fixture
def cli(capsysbinary):
    def run(*args: str) -> Run:
        capsysbinary.readouterr()  # drop anything printed before
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse ends usage errors (and --help) this way
            code = exc.code
        captured = capsysbinary.readouterr()
        return Run(code, captured.out, captured.err.decode("utf-8"))

    return run


@pytest.fixture
def db(tmp_path, cli):
    """A database file set up for 0312 NAV Frogner through the CLI; returns ``--db`` args."""
    path = tmp_path / "kontor.sqlite"
    result = cli("init", "--db", path, "--office-code", "0312", "--office-name", "NAV Frogner")
    assert result.code == 0, result.err
    return ["--db", str(path)]


@pytest.fixture
def demo_db(db, cli):
    """``db`` with demo figures 2024-01..2025-12."""
    result = cli("demo", *db, "--years", "2", "--until", "2025-12")
    assert result.code == 0, result.err
    return db


@pytest.fixture
def partial(demo_store):
    """The demo office with December 2025 half entered (issue 11's case); ``--db`` args."""
    half_enter_december(demo_store)
    return ["--db", str(demo_store.path)]
