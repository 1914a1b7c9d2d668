"""Every surface reads the same figures (issue 12): the goal card's rows in the window's
model, in ``navdesk-cli goalcard`` and in the status report PDF; the breakdown tables on
the window's report page, in ``navdesk-cli report breakdown`` and in the PDF.

The window is the reference: its cells (DisplayRole, real Qt offscreen) are joined into
one line per row, and that line must be found, in the same order, in the CLI's text and
in the text of the real PDF written by ``navdesk-cli report pdf`` (read back with
poppler's ``pdftotext``); the goal card's csv, which may carry two decimals, must read
the same once rounded by the one rule of ``navdesk.present.figures``. Runs of white
space, the no-break space of a thousands group included, compare as one space: they
read the same. Periods: a whole December, a month
early in a year, the latest whole month before a half-entered December (issue 11's
case), and that December chosen all the same."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextCursor, QTextTable

from navdesk.cli.main import main
from navdesk.domain.period import MONTH_NAMES, Period
from navdesk.present.figures import for_people
from navdesk.service import OfficeService
from navdesk.ui.goalcard_model import (
    CHANGE,
    LAST_YEAR,
    NAME,
    STATUS,
    TARGET_PERIOD,
    VALUE,
    KindRole,
)
from tests.partial_case import half_enter_december

PERIODS = [Period(2024, 12), Period(2025, 3), Period(2025, 11), Period(2025, 12)]



def flat(text: str) -> str:
    """Runs of white space (a no-break space too) as one space."""
    return re.sub(r"\s+", " ", text).strip()


def cli_out(capsysbinary, *args) -> str:
    capsysbinary.readouterr()
    code = main([str(a) for a in args])
    captured = capsysbinary.readouterr()
    assert code == 0, captured.err.decode("utf-8")
    return captured.out.decode("utf-8")


@pytest.fixture(params=["pdftotext", "pypdf"])
def pdf_tool(request) -> str:
    """Both readers of the PDF's text where the machine has both (pypdf always)."""
    if request.param == "pdftotext" and shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed (pypdf reads the PDF here)")
    return request.param


def pdf_text(capsysbinary, store, period: Period, path, tool: str | None = None) -> str:
    cli_out(capsysbinary, "report", "pdf", "--db", store.path, "--year", period.year,
            "--month", period.month, "--out", path)
    return read_pdf(path, tool)


def read_pdf(path, tool: str | None = None) -> str:
    """The PDF's text: poppler's ``pdftotext`` where the machine has it, else pypdf (a
    test extra, so the test runs on every machine, CI's too)."""
    tool = tool or ("pdftotext" if shutil.which("pdftotext") else "pypdf")
    if tool == "pdftotext":
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                              capture_output=True, text=True).stdout
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def found_in_order(lines: list, text: str) -> list:
    """The lines not found in ``text`` one after the other (empty: all found); a line
    may be a tuple of ways to write it (the earliest found counts)."""
    text, at, missing = flat(unicodedata.normalize("NFKC", text)), 0, []  # "ﬀ" is "ff"
    for line in lines:
        ways = line if isinstance(line, tuple) else (line,)
        found = [(n, way) for way in ways if (n := text.find(way, at)) >= 0]
        if not found:
            missing.append(line)
        else:
            n, way = min(found)
            at = n + len(way)
    return missing


def wrapped(name: str, rest: str) -> tuple[str, ...]:
    """A table row of the PDF as its text reads: the name wraps in its narrow column,
    so the figures beside its first line come after some of its words."""
    words = name.split()
    return tuple(flat(" ".join([*words[:k], rest, *words[k:]])) for k in range(1, len(words) + 1))


@pytest.fixture
def store(demo_store):
    half_enter_december(demo_store)  # December 2025: three figures of 75
    return demo_store


# --------------------------------------------------------------------------- goal card
def window_card_rows(qtbot, store, period: Period) -> list[dict]:
    """The measures of the window's goal card for ``period``: their cells as shown, and
    whether the value is read through an earlier month (italic, said on hover)."""
    from navdesk.ui.goalcard_view import GoalCardView

    view = GoalCardView(OfficeService(store), period)
    qtbot.addWidget(view)
    assert view.period == period
    model, rows = view.model, []

    def walk(parent):
        for r in range(model.rowCount(parent)):
            index = model.index(r, NAME, parent)
            if index.data(KindRole) == "measure":
                cells = {c: flat(index.siblingAtColumn(c).data() or "")
                         for c in (NAME, VALUE, TARGET_PERIOD, STATUS, LAST_YEAR, CHANGE)}
                font = index.siblingAtColumn(VALUE).data(Qt.ItemDataRole.FontRole)
                cells["earlier"] = bool(font is not None and font.italic())
                rows.append(cells)
            walk(index)

    walk(QModelIndex())
    return rows


def figures(row: dict) -> str:
    """A measure's figures as the report's table has them, left to right."""
    return flat(" ".join(row[c] for c in (VALUE, TARGET_PERIOD, STATUS, LAST_YEAR, CHANGE)))


def test_the_goal_card_reads_the_same_in_the_window_the_cli_and_the_pdf(
        qtbot, store, capsysbinary, tmp_path, pdf_tool):
    compared = 0
    for period in PERIODS:
        window = window_card_rows(qtbot, store, period)
        assert len(window) >= 12
        text = cli_out(capsysbinary, "goalcard", "--db", store.path, "--year", period.year,
                       "--month", period.month)
        # a measure's line: its status symbol after four spaces; the labels between
        # the figures are the terminal's layout, not figures
        lines = [flat(re.sub(r"\s(mål|i fjor|endring)\s", " ", line))
                 for line in text.splitlines() if re.match(r"    [●▲■–] ", line)]
        assert len(lines) == len(window), period
        in_pdf = []
        for row, line in zip(window, lines, strict=True):
            through = ""
            if row["earlier"]:
                month = re.search(r"\(til og med (\w+)\)$", line)
                assert month, (period, line)
                assert MONTH_NAMES.index(month.group(1)) + 1 < period.month
                through = f" {month.group(0)}"
            expected = flat(" ".join(row[c] for c in (STATUS, NAME, VALUE, TARGET_PERIOD,
                                                      LAST_YEAR, CHANGE))) + through
            assert line == expected, period
            in_pdf.append(wrapped(row[NAME] + through, figures(row)))
        # the csv may carry two decimals, but rounded by the one rule they read as above
        csv_rows = list(csv.reader(io.StringIO(cli_out(
            capsysbinary, "goalcard", "--db", store.path, "--year", period.year, "--month",
            period.month, "--format", "csv").lstrip("\ufeff")), delimiter=";"))[1:]
        assert len(csv_rows) == len(window)
        for row, line in zip(window, csv_rows, strict=True):
            value, last_year = (None if not f else float(f.replace(",", "."))
                                for f in line[5::6])  # verdi, fjorår
            assert line[3] == row[NAME]
            assert (flat(for_people(value)), flat(for_people(last_year))) == (
                row[VALUE], row[LAST_YEAR]), period
        # the PDF: each measure's name (and the month it is read through), then its
        # figures, in the card's order
        pdf = pdf_text(capsysbinary, store, period, tmp_path / f"{period}.pdf", pdf_tool)
        assert found_in_order(in_pdf, pdf) == [], period
        compared += len(window)
    assert compared >= 64


# -------------------------------------------------------------------------- breakdowns
def window_breakdown_rows(qtbot, store, period: Period) -> list[str]:
    """Every row of the breakdown tables on the window's report page, its cells joined."""
    from navdesk.ui.report_view import ReportView

    view = ReportView(OfficeService(store), period)
    qtbot.addWidget(view)
    assert view.choice() == (period.year, period.month, [period.year - 1])
    rows = []
    frame = view.tables.document().rootFrame()
    for child in frame.childFrames():
        if not isinstance(child, QTextTable):
            continue
        for r in range(1, child.rows()):  # the header row is the layout's
            cells = []
            for c in range(child.columns()):
                cell = child.cellAt(r, c)
                cursor = cell.firstCursorPosition()
                cursor.setPosition(cell.lastCursorPosition().position(),
                                   QTextCursor.MoveMode.KeepAnchor)
                cells.append(cursor.selectedText())
            rows.append(flat(" ".join(cells)))
    return rows


def test_the_breakdown_tables_read_the_same_in_the_window_the_cli_and_the_pdf(
        qtbot, store, capsysbinary, tmp_path, pdf_tool):
    compared = 0
    for period in PERIODS:
        window = window_breakdown_rows(qtbot, store, period)
        assert len(window) >= 30
        text = cli_out(capsysbinary, "report", "breakdown", "--db", store.path,
                       "--year", period.year, "--month", period.month,
                       "--compare", period.year - 1)
        assert found_in_order(window, text) == [], period
        pdf = pdf_text(capsysbinary, store, period, tmp_path / f"{period}.pdf", pdf_tool)
        assert found_in_order(window, pdf) == [], period
        compared += len(window)
    assert compared >= 120
