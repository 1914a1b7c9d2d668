"""Importing an exchange file into a database: read (the file format's reader yields
rows), check (the domain says what a row means), stage (the store's all-or-nothing
import batch), finish with a report. The one path from a file into the store, used by
``navdesk-cli import`` and the window's import (in a worker thread: see
:func:`open_for_worker`).

A reader for another file type (a workbook: :class:`~navdesk.formats.workbook.WorkbookRows`,
chosen by the file's first bytes, :func:`open_rows`) yields ``(line, cells)`` and a
header as :class:`~navdesk.formats.csvfile.CsvRows` does; everything after reading is
shared, including what a spreadsheet did to the file (issue 15: codes without their
zeros, dates as periods, Sum rows, in :class:`~navdesk.domain.exchange_rows.ExchangeRowCheck`).
A workbook's "line" is its sheet's row number (:func:`place` says which).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from navdesk.domain.exchange_rows import ExchangeRowCheck
from navdesk.domain.limits import office_problem
from navdesk.domain.office_code import with_zeros_restored
from navdesk.domain.period import MAX_YEAR, MIN_YEAR
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, joined, said
from navdesk.domain.wide_rows import LONG_INDEX, LONG_WIDTH, WideRows
from navdesk.formats.csvfile import CsvRows, FileRefused, unguard
from navdesk.formats.exchange import (
    ExchangeColumns,
    WideColumns,
    header_problems,
    is_exchange_header,
    is_wide_header,
    wide_header_problems,
)
from navdesk.formats.workbook import WorkbookRows, is_workbook, sheet_place
from navdesk.store.database import Store, open_store
from navdesk.store.importing import ImportOutcome


@dataclass
class ImportReport(ImportOutcome):
    """An import's outcome plus what was learnt about the file."""

    file: str = ""
    encoding: str = ""
    delimiter: str = ";"
    rows: int = 0
    skipped_empty: int = 0
    skipped_suppressed: int = 0
    office_names: dict[str, str] = field(default_factory=dict)
    # the header's columns by their navdesk names ("kontornr", "periode", ...), in order
    columns: list[str] = field(default_factory=list)
    # stopped on the caller's word (``cancelled``): nothing is stored
    cancelled: bool = False
    # office codes read as a known office with their leading zeros back: file code ->
    # office (``{"301": "0301"}``), and how many rows each
    read_as: dict[str, str] = field(default_factory=dict)
    read_as_rows: dict[str, int] = field(default_factory=dict)
    # what a spreadsheet did to the file and was undone or skipped, said to the user
    # ("301 lest som 0301 (12 rader)", "Linje 1 (tittel) og linje 40 (Sum) er hoppet over")
    notices: list[Said] = field(default_factory=list)
    # the sheet read, for a workbook ("" for a CSV file): its lines are the sheet's rows
    sheet: str = ""
    # "long" (one value a row) or "wide" (an indicator a row, a month a column: for the
    # office and ``year`` the importer chose, since the file names neither)
    layout: str = "long"
    year: int | None = None
    header_year: int | None = None  # the year a wide file's month headers say
    office: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


class ImportCancelled(Exception):
    """Raised by the import's own checkpoints when the caller asked it to stop; it
    unwinds the import (the store's transaction rolls back) and is never seen outside
    :func:`import_exchange_file`."""


def import_exchange_file(
    store: Store, path: str | os.PathLike, *, office: str | None = None,
    add_offices: bool = False, dry_run: bool = False, user: str | None = None,
    progress: Callable[[int, int], None] | None = None, chunk_rows: int = 20000,
    preview: int = 0, step: Callable[[], None] | None = None,
    cancelled: Callable[[], bool] | None = None, sheet: str | None = None,
    year: int | None = None,
) -> ImportReport:
    """Read an exchange file and, if every row is good, store all of it in one
    transaction; otherwise store nothing and list every problem by line.

    ``office`` files every row under that office (for sheets without an office column);
    ``add_offices`` creates offices the file names that the database lacks, except a
    code that is a known office's with its leading zeros lost (``312`` for ``0312``):
    that one is read as that office when it is exactly one (and the file does not
    name it otherwise), and ``report.read_as`` and ``report.notices`` say so; a code
    that is several, or another office's, is refused and never created.
    ``progress(bytes_read, bytes_total)`` is called now and then while the file is read,
    and with ``bytes_read == bytes_total`` once at the very end, after the rows are
    stored; ``step()`` now and then while the rows are checked against the database and
    stored. ``cancelled()`` is asked right after each of those calls: once it answers
    True the import stops with nothing stored and ``report.cancelled`` set (an exception
    raised by ``step`` or ``progress`` also stops it with nothing stored, and
    propagates). ``sheet`` names a workbook's sheet (the first when None; a CSV file
    has none). ``preview`` > 0 lists up to that many changed values in
    ``report.preview`` (see :meth:`ImportBatch.finish`).

    A wide file (an indicator a row, a column a month: :mod:`navdesk.domain.wide_rows`)
    names neither its office nor its year: its rows are for ``year`` (refused without
    one) and ``office``, else the database's own office; ``report.layout`` is "wide".
    """
    path = Path(path)
    report = ImportReport(file=path.name, sheet=sheet or "")
    stop = cancelled or _never

    def checkpoint() -> None:
        if stop():
            raise ImportCancelled

    try:
        return _import(store, path, report, office=office, add_offices=add_offices,
                       dry_run=dry_run, user=user, progress=progress, chunk_rows=chunk_rows,
                       preview=preview, step=step,
                       checkpoint=checkpoint, sheet=sheet, year=year)
    except ImportCancelled:
        return ImportReport(file=path.name, cancelled=True)


def _import(store: Store, path: Path, report: ImportReport, *, office: str | None,
            add_offices: bool, dry_run: bool, user: str | None,
            progress: Callable[[int, int], None] | None, chunk_rows: int, preview: int,
            step: Callable[[], None] | None,
            checkpoint: Callable[[], None], sheet: str | None,
            year: int | None) -> ImportReport:
    try:
        rows = open_rows(path, sheet)
    except FileRefused as exc:
        report.problems.append((exc.line, exc.problem))
        return report
    with rows:
        report.encoding, report.delimiter = rows.encoding_name, rows.delimiter
        workbook = isinstance(rows, WorkbookRows)
        if isinstance(rows, WorkbookRows):
            report.sheet = rows.sheet
        if rows.header is None:
            report.problems.append((1, said(QT_TRANSLATE_NOOP("", "Filen er tom"))))
            return report
        wide: WideRows | None = None
        read_from_title: list[Said] = []  # said after the file's own notices
        if is_wide_header(rows.header):
            said_year = WideColumns(rows.header).years
            header_year = next(iter(said_year)) if len(said_year) == 1 else None
            report.header_year = header_year
            if header_year is not None and year is not None and year != header_year:
                report.layout, report.year = "wide", year
                report.problems.append((1, said(QT_TRANSLATE_NOOP(
                    "", "Overskriften sier {said}, men året som er valgt er {year}"),
                    said=header_year, year=year)))
                return report
            year = year if year is not None else header_year
            titled = _titled(path, store) if workbook and (office is None or year is None) \
                else None
            if titled is not None:  # navdesk's own workbook names its office and year
                office, year = office or titled[0], year if year is not None else titled[1]
                read_from_title.append(said(QT_TRANSLATE_NOOP(
                    "", "Kontor og år er lest av arbeidsbokens tittel: {office}, {year}"),
                    office=office, year=year))
            report.layout, report.year = "wide", year
            office = office or _home_code(store)
            report.office = office
            refused = _wide_problems(rows.header, office, year, len(said_year) > 1)
            report.columns = ["indikator", "periode", "verdi"]
        else:
            columns = ExchangeColumns(rows.header)
            report.columns = columns.names
            refused = header_problems(rows.header, columns, office_given=bool(office))
        if refused:
            report.problems.extend((1, problem) for problem in refused)
            others = [n for n in getattr(rows, "sheets", []) if n != report.sheet]
            # not the table's columns (a wide table lacking only its year is the table):
            # the figures may be on another sheet of the workbook
            if others and not (report.layout == "wide"
                               and not wide_header_problems(rows.header)):
                report.problems.append((0, said(QT_TRANSLATE_NOOP(
                    "", "Arbeidsboken har også arkene {sheets}: {action}"),
                    sheets=", ".join(f"«{n}»" for n in others), action=SHEET_HINT)))
            return report
        known = {o.code: o.name for o in store.offices()}
        if year is not None and report.layout == "wide":
            wide_columns = WideColumns(rows.header)
            wide = WideRows(store.catalogue, wide_columns.index, wide_columns.months,
                            len(rows.header), year)
            source: Iterable[tuple[int, list[str]]] = wide.rows(rows)
            index, width = LONG_INDEX, LONG_WIDTH
        else:
            source, index, width = rows, columns.index, len(rows.header)
        check = ExchangeRowCheck(store.catalogue, index, width,
                                 office=office,
                                 clean=_as_is if workbook else unguard,
                                 known=None if office else known)
        batch = store.import_batch()
        total = rows.bytes_total
        try:
            for flat in check.staged(source, chunk_rows):
                batch.add_flat(flat)
                if progress:
                    progress(rows.bytes_read(), total)
                checkpoint()
        except FileRefused as exc:
            report.problems.append((exc.line, exc.problem))
    report.problems.extend(rows.problems + check.problems + (wide.problems if wide else []))
    report.office_names = check.office_names
    report.skipped_empty, report.skipped_suppressed = check.skipped_empty, check.skipped_suppressed
    report.rows = batch.rows + check.refused + check.skipped_empty + check.skipped_suppressed
    if wide:  # the file's rows, not the values its month cells gave
        report.rows = wide.rows_read
        # a row's unit or code problem is the same for each of its months: said once
        report.problems = list(dict.fromkeys(report.problems))

    report.read_as, report.read_as_rows = check.read_as, check.read_as_rows
    report.notices = spreadsheet_notices(
        report, rows.title_lines, check.total_lines + (wide.total_lines if wide else []))
    if wide:
        report.notices.extend(wide.notices(sheet=bool(report.sheet)))
    report.notices.extend(read_from_title)
    rename = check.read_as  # office codes read with their zeros back
    names = {rename.get(code, code): name for code, name in report.office_names.items()}
    add = None
    if add_offices:
        codes = [office] if office else [
            code for code in report.office_names
            if code not in rename and not with_zeros_restored(code, known)]
        add = {code: report.office_names.get(code) or f"Kontor {code}" for code in codes}
        for code, name in add.items():  # the rule of init: never "=1+1" or "312" as an office
            if problem := office_problem(code, name):
                report.problems.append((check.first_lines.get(code, 0), problem))
    parse_problems = list(report.problems)

    def finishing_step() -> None:
        if step:
            step()
        checkpoint()

    if not (dry_run or parse_problems):  # what the import may replace can be restored
        from navdesk.store.backup import before_import, make_backup

        make_backup(store.conn, store.path, before_import(path.name))
    outcome = batch.finish(source=f"import {path.name}", dry_run=dry_run or bool(parse_problems),
                           user=user, add_offices=add,
                           offices={office} if office else set(names),
                           preview=preview, step=finishing_step, unstaged=check.unstaged,
                           office_names=names)
    report.new, report.changed, report.unchanged = outcome.new, outcome.changed, outcome.unchanged
    report.preview = outcome.preview
    report.offices_added = outcome.offices_added
    report.applied = outcome.applied
    report.problems = sorted(parse_problems + outcome.problems)
    # the codes read with their zeros back are those offices from here on (the window
    # offers to create neither them nor their file codes)
    report.office_names = {rename.get(c, c): name
                           for c, name in report.office_names.items()}
    if progress:
        progress(total, total)
    return report


# how the advice to read another sheet ends (its argument "action"); the window says
# its own way (the question of which sheet when the file is imported again)
SHEET_HINT = said(QT_TRANSLATE_NOOP("", "velg arket tallene står på (--sheet ARK)"))


def _titled(path: Path, store: Store) -> tuple[str, int] | None:
    """The office and year navdesk's own workbook names in its title ("Tall for 0314
    NAV Sagene, 2025"), when the office is in the database; else None."""
    from navdesk.present.exchange_workbook import titled_office_and_year

    titled = titled_office_and_year(path)
    return titled if titled and store.office(titled[0]) is not None else None


def _home_code(store: Store) -> str | None:
    home = store.home_office()
    return home.code if home else None


def _wide_problems(header: list[str], office: str | None, year: int | None,
                   several_years: bool = False) -> list[Said]:
    """Why a wide file cannot be imported before its rows are read: it needs a year
    and an office (it names neither) and columns it knows."""
    problems: list[Said] = []
    if year is None:
        if not several_years:  # else the header's years are the problem, said below
            problems.append(said(QT_TRANSLATE_NOOP(
                "", "Filen er en bred fil (én kolonne per måned) og sier ikke hvilket år "
                    "den gjelder: velg året (--year ÅÅÅÅ)")))
    elif not MIN_YEAR <= year <= MAX_YEAR:
        problems.append(said(QT_TRANSLATE_NOOP(
            "", "Året {year} er utenfor {first}–{last}"), year=year, first=MIN_YEAR,
            last=MAX_YEAR))
    if not office:
        problems.append(said(QT_TRANSLATE_NOOP(
            "", "Filen er en bred fil og sier ikke hvilket kontor den gjelder: velg "
                "kontoret (--office NR)")))
    return problems + wide_header_problems(header)


def _never() -> bool:
    return False


def spreadsheet_notices(report: ImportReport, title_lines: list[int],
                        total_lines: list[int]) -> list[Said]:
    """What a spreadsheet did to the file that the import undid or skipped, one
    message each: office codes read with their zeros back ("301 lest som 0301 (12
    rader)"), and the title and Sum rows skipped, by line."""
    notices = []
    for code, office in sorted(report.read_as.items()):
        rows = report.read_as_rows.get(code, 0)
        notices.append(
            said(QT_TRANSLATE_NOOP("", "{code} lest som {office} (1 rad)"),
                 code=code, office=office) if rows == 1 else
            said(QT_TRANSLATE_NOOP("", "{code} lest som {office} ({rows} rader)"),
                 code=code, office=office, rows=rows))
    if report.sheet:  # a sheet has rows, named as the spreadsheet numbers them
        title, total = (QT_TRANSLATE_NOOP("", "rad {line} (tittel)"),
                        QT_TRANSLATE_NOOP("", "rad {line} (Sum)"))
    else:
        title, total = (QT_TRANSLATE_NOOP("", "linje {line} (tittel)"),
                        QT_TRANSLATE_NOOP("", "linje {line} (Sum)"))
    skipped = ([said(title, line=n) for n in title_lines]
               + [said(total, line=n) for n in total_lines])
    if skipped:
        where = (said(QT_TRANSLATE_NOOP("", "Hoppet over i ark «{sheet}»: {lines}"),
                      sheet=report.sheet, lines=joined(skipped, ", ")) if report.sheet
                 else said(QT_TRANSLATE_NOOP("", "Hoppet over: {lines}"),
                           lines=joined(skipped, ", ")))
        notices.append(where)
    return notices


def _as_is(text: str) -> str:  # a workbook's text cell is never a formula: nothing to undo
    return text


def open_rows(path: str | os.PathLike, sheet: str | None = None) -> CsvRows | WorkbookRows:
    """The reader for ``path``: a workbook's sheet (``sheet``, else its first) when the
    file begins as a workbook does (``.xlsx``, ``.xlsm``, ``.ods``: a zip; ``.xls``),
    else a delimited text file. Raises :class:`FileRefused` as the reader does, and for
    a sheet named for a file that is not a workbook."""
    if is_workbook(path):
        return WorkbookRows(path, sheet, is_header=is_exchange_header)
    if sheet:
        raise FileRefused(0, said(QT_TRANSLATE_NOOP(
            "", "Filen er ikke en arbeidsbok, så den har ikke noe ark «{sheet}»"), sheet=sheet))
    return CsvRows(path, is_header=is_exchange_header)


def place(report: ImportReport, line: int) -> Said | str:
    """Where a problem of ``report`` is, for people: "Ark «Tall», rad 12" for a workbook,
    "linje 12" for a CSV file, "" for the file as a whole (line 0)."""
    if not line:
        return ""
    if report.sheet:
        return sheet_place(report.sheet, line)
    return said(QT_TRANSLATE_NOOP("", "linje {line}"), line=line)


def open_for_worker(store: Store) -> Store:
    """A second connection to ``store``'s file, for work in another thread (a SQLite
    connection must stay in the thread that uses it). It waits for a busy database as
    long as ``store`` does; close it when the work is done. The window's store sees
    what it stored once it is committed."""
    return worker_opener(store)()


def worker_opener(store: Store) -> Callable[[], Store]:
    """:func:`open_for_worker` in two halves: what it needs of ``store`` is read now, on
    ``store``'s thread; the function returned opens the second connection, on the
    worker's thread (so the worker never touches ``store``'s connection)."""
    path = store.path
    timeout = int(store.conn.execute("PRAGMA busy_timeout").fetchone()[0])

    def opened() -> Store:
        other = open_store(path, create=False)
        other.conn.execute(f"PRAGMA busy_timeout = {timeout}")
        return other

    return opened
