"""Spreadsheet workbooks in and out: a sheet read as the rows of text the CSV reader
yields, and a table written as a real Excel workbook.

Reading (:class:`WorkbookRows`) is python-calamine's: it reads ``.xlsx``/``.xlsm``, the
old binary ``.xls`` and LibreOffice's ``.ods`` alike, about ten times faster than
openpyxl (``benchmarks/xlsx.py``). A cell becomes the text navdesk itself would write
in a CSV file, so everything after reading is shared with CSV: a number as navdesk's
plain number (decimal comma, no grouping, never an exponent: 2930503.45 ->
``2930503,45``, 368.0 -> ``368``), a date as ``YYYY-MM-DD`` (a date and time as
``YYYY-MM-DD HH:MM:SS``), text as is, an empty cell as ``""``. Rows are numbered as
the spreadsheet numbers them.

Writing (:func:`write_workbook`): XlsxWriter makes the workbook (styles, header rows,
widths, properties) with ``strings_to_formulas`` and ``strings_to_numbers`` off, and
the rows are streamed into its sheets as shared strings and numbers: a text cell is
text, never a formula nor a number.

Both libraries are imported only when a workbook is read or written: never at start-up.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import chain
from pathlib import Path
from typing import IO, Any

from navdesk.domain.limits import MAX_FIELD_LENGTH
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, said
from navdesk.domain.spreadsheet import MAX_TITLE_ROWS
from navdesk.formats.csvfile import FileRefused
from navdesk.formats.files import open_database_refusal, write_atomically
from navdesk.formats.open_database import is_open_database

# how a workbook's first bytes begin: a zip (.xlsx, .xlsm, .ods) or an OLE2 compound
# file (.xls, and an .xlsx saved with a password)
ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


def is_workbook(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is to be read as a workbook: by its first bytes when it can be
    read (a workbook renamed ``.csv`` is still one), else by its suffix."""
    if is_open_database(path):  # never read by file code; the CSV reader refuses it
        return False
    try:
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError:
        return Path(path).suffix.lower() in WORKBOOK_SUFFIXES
    return head.startswith(ZIP_MAGIC) or head.startswith(OLE2_MAGIC)


def cell_text(value: object) -> str:
    """A cell's value as the text navdesk reads (the module's contract)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):  # before int: a bool is an int
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        # the shortest decimal form of the float, without an exponent (1e-05)
        return format(Decimal(repr(value)), "f").replace(".", ",")
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _cell_text_fast(value: object) -> str:
    """:func:`cell_text` for the cells of a big sheet: a number cell (a float, in an
    .xlsx) without the isinstance chain; the same text."""
    if type(value) is float:
        if value.is_integer():
            return str(int(value))
        shortest = repr(value)
        # 1e-05 needs cell_text's Decimal to lose its exponent; inf and nan its names
        if "e" not in shortest and "n" not in shortest:
            return shortest.replace(".", ",")
    return cell_text(value)


def sheet_names(path: str | os.PathLike[str]) -> list[str]:
    """The sheets of a workbook, in order (what the window offers to choose from).
    Raises :class:`FileRefused` when ``path`` is not a workbook that can be read."""
    book = _open_book(Path(path))
    try:
        return list(book.sheet_names)
    finally:
        book.close()


def _open_book(path: Path) -> Any:
    if not path.is_file():
        raise FileRefused(0, said(QT_TRANSLATE_NOOP("", "Finner ikke filen {path}"),
                                  path=str(path)))
    if is_open_database(path):
        raise FileRefused(0, open_database_refusal(path))
    import python_calamine

    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise FileRefused(0, said(QT_TRANSLATE_NOOP(
            "", "Arbeidsboken er beskyttet med passord; lagre den uten passord og prøv "
                "igjen"))) from None
    except OSError as exc:
        raise FileRefused(0, said(QT_TRANSLATE_NOOP("", "Kan ikke lese {path}: {reason}"),
                                  path=str(path), reason=str(exc.strerror or exc))) from None
    except Exception as exc:  # calamine's own errors (zip, XML, not a workbook)
        raise FileRefused(0, not_a_workbook(exc)) from None


def not_a_workbook(exc: Exception) -> Said:
    # calamine's own words (English) are a plain argument
    return said(QT_TRANSLATE_NOOP(
        "", "Filen kan ikke leses som en arbeidsbok (Excel eller LibreOffice): {error}"),
        error=str(exc) or type(exc).__name__)


# Excel's built-in percent formats (0%, 0.00%); a custom format with a % outside quotes
_PERCENT_FORMAT_IDS = frozenset({9, 10})
_CELL = re.compile(r"<c\b([^>]*)>")
_ATTR = re.compile(r'\b(r|s)="([^"]*)"')


def workbook_title(path: str | os.PathLike[str]) -> str:
    """The document title an ``.xlsx`` file's properties hold ("" when none or not a
    zip): navdesk's own workbooks name their office and period there ("Tall for 0312
    NAV Frogner, 2025")."""
    if is_open_database(path):
        return ""
    try:
        with zipfile.ZipFile(path) as book:
            core = book.read("docProps/core.xml").decode("utf-8", "replace")
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return ""
    m = re.search(r"<dc:title>(.*?)</dc:title>", core, re.S)
    if not m:
        return ""
    return (m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
            .replace("&apos;", "'").replace("&amp;", "&"))


def percent_cells(path: str | os.PathLike[str], sheet: str) -> dict[int, set[int]]:
    """The cells of ``sheet`` of an ``.xlsx`` file shown as a percent (a number format
    with ``%``), by sheet row number -> column numbers (0 = column A): a cell a person
    typed "7%" in holds 0.07, and the reader gives 7, as the person sees it. Empty for
    a workbook without percent formats (navdesk's own: its percent figures are plain
    numbers) or that is not a zip; read only then, the sheet's XML once."""
    try:
        with zipfile.ZipFile(path) as book:
            names = set(book.namelist())
            if "xl/styles.xml" not in names:
                return {}
            styles = book.read("xl/styles.xml").decode("utf-8", "replace")
            percent = _percent_styles(styles)
            if not percent:
                return {}
            target = _sheet_path(book, names, sheet)
            if target is None:
                return {}
            xml = book.read(target).decode("utf-8", "replace")
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return {}
    found: dict[int, set[int]] = {}
    for m in _CELL.finditer(xml):
        attrs = dict(_ATTR.findall(m.group(1)))
        if attrs.get("s") in percent and "r" in attrs:
            ref = attrs["r"]
            letters = ref.rstrip("0123456789")
            if not letters or not ref[len(letters):].isdigit():
                continue
            column = 0
            for ch in letters:
                column = column * 26 + (ord(ch) - 64)
            found.setdefault(int(ref[len(letters):]), set()).add(column - 1)
    return found


def _percent_styles(styles: str) -> set[str]:
    """The cell style numbers (``s``) whose number format shows a percent."""
    custom = {m.group(1) for m in re.finditer(
        r'<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"', styles)
        if "%" in re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", m.group(2).replace("&quot;", '"'))}
    xfs = re.search(r"<cellXfs\b[^>]*>(.*?)</cellXfs>", styles, re.S)
    if not xfs:
        return set()
    out = set()
    for n, xf in enumerate(re.finditer(r"<xf\b([^>]*?)/?>", xfs.group(1))):
        fmt = re.search(r'numFmtId="(\d+)"', xf.group(1))
        if fmt and (int(fmt.group(1)) in _PERCENT_FORMAT_IDS or fmt.group(1) in custom):
            out.add(str(n))
    return out


def _sheet_path(book: zipfile.ZipFile, names: set[str], sheet: str) -> str | None:
    """The part of the zip that holds ``sheet`` (``xl/worksheets/sheet1.xml``)."""
    workbook = book.read("xl/workbook.xml").decode("utf-8", "replace")
    rid = None
    for m in re.finditer(r"<sheet\b([^>]*)/?>", workbook):
        attrs = dict(re.findall(r'([\w:]+)="([^"]*)"', m.group(1)))
        name = attrs.get("name", "").replace("&amp;", "&").replace("&lt;", "<") \
            .replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
        if name == sheet:
            rid = attrs.get("r:id")
            break
    if rid is None or "xl/_rels/workbook.xml.rels" not in names:
        return None
    rels = book.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    for m in re.finditer(r"<Relationship\b([^>]*)/?>", rels):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        if attrs.get("Id") == rid:
            target = attrs.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else "xl/" + target
            return path if path in names else None
    return None


def _as_percent(value: object) -> object:
    """A percent cell's number as the person sees it: 0.07 -> 7 (exactly: 0.065 -> 6.5)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    shown = Decimal(repr(value)) * 100
    return int(shown) if shown == shown.to_integral_value() else float(shown)


def sheet_place(sheet: str, line: int) -> Said:
    """Where a problem of a workbook is: "Ark «Tall», rad 12"."""
    return said(QT_TRANSLATE_NOOP("", "Ark «{sheet}», rad {row}"), sheet=sheet, row=line)


class WorkbookRows:
    """One sheet of a workbook, opened for reading, with the interface of
    :class:`~navdesk.formats.csvfile.CsvRows`: :attr:`header` is its first row with any
    cell (None for an empty sheet), iterating yields ``(row, cells)`` for every later
    row with text in a cell, ``row`` being the sheet's own row number (the header's is
    1 unless rows above it are empty), every row as wide as the header's (the sheet's
    used width). A cell over :data:`MAX_FIELD_LENGTH` characters is not yielded: its
    row and reason go to :attr:`problems`.

    ``sheet`` names the sheet (the first one when None). A file that is not a workbook,
    one with a password or without that sheet raises :class:`FileRefused`."""

    encoding_name = "Excel"
    delimiter = ""

    def __init__(self, path: str | os.PathLike[str], sheet: str | None = None, *,
                 is_header: Callable[[list[str]], bool] | None = None) -> None:
        self.path = Path(path)
        self.problems: list[tuple[int, Said | str]] = []
        self.header: list[str] | None = None
        self.header_lines = 0
        # as CsvRows: with ``is_header``, the header is the first of the first rows with
        # text that it accepts, and the rows above it are titles (not yielded)
        self.title_lines: list[int] = []
        self._book = _open_book(self.path)
        try:
            names = list(self._book.sheet_names)
            if not names:
                raise FileRefused(0, said(QT_TRANSLATE_NOOP("", "Arbeidsboken har ingen ark")))
            if sheet is None:
                sheet = names[0]
            elif sheet not in names:
                raise FileRefused(0, said(QT_TRANSLATE_NOOP(
                    "", "Arbeidsboken har ikke noe ark «{sheet}» (arkene heter {names})"),
                    sheet=sheet, names=", ".join(f"«{n}»" for n in names)))
            self.sheet = sheet
            self.sheets = names
            try:
                self._sheet = self._book.get_sheet_by_name(sheet)
            except Exception as exc:
                raise FileRefused(0, not_a_workbook(exc)) from None
            self.bytes_total = max(int(self._sheet.height), 1)
            # cells shown as a percent, by row -> column of the rows calamine gives (they
            # begin at the sheet's first used column)
            first_column = int(self._sheet.start[1]) if self._sheet.start else 0
            self._percent = {row: {c - first_column for c in columns if c >= first_column}
                             for row, columns in percent_cells(self.path, sheet).items()}
            self._done = 0
            self._rows = iter(self._sheet.iter_rows())
            # calamine's rows begin at the sheet's first row, empty rows above included
            read: list[Any] = []  # every row looked at, to give back those after the header
            seen: list[tuple[int, list[str]]] = []  # the ones with text
            for line, values in enumerate(self._rows, 1):
                self._done += 1
                values = self._shown(line, values)
                read.append(values)
                cells = [cell_text(v) for v in values]
                if not any(c.strip() for c in cells):
                    continue
                seen.append((line, cells))
                if is_header is None or is_header(cells):
                    self.header, self.header_lines = cells, line
                    self.title_lines = [n for n, _ in seen[:-1]]
                    break
                if len(seen) > MAX_TITLE_ROWS:
                    break
            if self.header is None and seen:  # no row looks like one: the first is it
                (self.header_lines, self.header) = seen[0]
                self._rows = chain(read[self.header_lines:], self._rows)
        except BaseException:
            self.close()
            raise

    def _shown(self, line: int, values: list[Any]) -> list[Any]:
        """``values`` of sheet row ``line`` with its percent cells as shown (7, not 0.07)."""
        columns = self._percent.get(line)
        if not columns:
            return values
        return [_as_percent(v) if n in columns else v for n, v in enumerate(values)]

    def bytes_read(self) -> int:
        """How many of the sheet's rows are read (for progress, as CsvRows' bytes)."""
        return min(self._done, self.bytes_total)

    def place(self, line: int) -> Said:
        return sheet_place(self.sheet, line)

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        if self.header is None:
            return
        width = len(self.header)
        text = _cell_text_fast
        # the hot loop of a big import: text cells (most of them) pass as they are, a
        # number through the fast path; the blank-row and field-length checks are one
        # join at C speed (a row no longer than the limit has no cell over it)
        percent = self._percent
        for line, values in enumerate(self._rows, self.header_lines + 1):
            self._done = line
            if percent and line in percent:
                values = self._shown(line, values)
            cells = [v if type(v) is str else text(v) for v in values]
            joined = "".join(cells)
            if not joined or joined.isspace():
                continue
            if len(cells) < width:
                cells.extend([""] * (width - len(cells)))
            if len(joined) <= MAX_FIELD_LENGTH or max(map(len, cells)) <= MAX_FIELD_LENGTH:
                yield line, cells
                continue
            for n, cell in enumerate(cells, 1):
                if len(cell) > MAX_FIELD_LENGTH:
                    self.problems.append((line, said(QT_TRANSLATE_NOOP(
                        "", "Feltet i kolonne {column} har {n} tegn; høyst {most} er lov"),
                        column=n, n=len(cell), most=MAX_FIELD_LENGTH)))
                    break

    def close(self) -> None:
        book = getattr(self, "_book", None)
        if book is not None:
            book.close()
            self._book = None

    def __enter__(self) -> WorkbookRows:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ---------------------------------------------------------------------------- writing
@dataclass(frozen=True)
class Sheet:
    """A sheet to write: its name, header, rows and how each column is written.

    A row's cell is text (written as text, never a formula), a number (int or float,
    written with the number format of ``formats[format_of(row)]``) or None (left
    empty). ``format_key_column`` is the column whose cell names the key in ``formats``
    of the row's number format (the unit column), or None for one format for all
    (``formats[""]``)."""

    name: str
    header: Sequence[str]
    rows: Sequence[Sequence[str | int | float | None]]
    formats: Mapping[str, str] = field(default_factory=dict)
    format_key_column: int | None = None


MAX_WIDTH = 60  # characters: a long comment wraps the column no further


def _columns(sheet: Sheet) -> tuple[list[int], set[int]]:
    """Column widths, in characters, that fit the header and the cells (numbers by
    their formatted length, a little generously), and which columns hold numbers
    (their header is aligned right, over the figures)."""
    widths = [len(h) + 2 for h in sheet.header]
    numbers: set[int] = set()
    for row in sheet.rows:
        for n, cell in enumerate(row):
            if cell is None or n >= len(widths):
                continue
            if isinstance(cell, str):
                size = len(cell)
            else:  # a number by its digits, plus room for grouping and two decimals
                size = len(str(cell)) + 4
                numbers.add(n)
            if size + 2 > widths[n]:
                widths[n] = size + 2
    return [min(w, MAX_WIDTH) for w in widths], numbers


def write_workbook(path: str | os.PathLike[str], sheets: Iterable[Sheet], *,
                   properties: Mapping[str, str] | None = None) -> None:
    """Write ``sheets`` as an ``.xlsx`` workbook, atomically
    (:func:`~navdesk.formats.files.write_atomically`: a full disk leaves no half-written
    file). Every sheet has its header row in bold and frozen (aligned right over
    numbers), an autofilter, column widths that fit, and prints one page wide in
    landscape (:func:`_print_setup`). ``properties`` are the document's (``title``,
    ``subject``, ``author``, ``company``, ``comments``: XlsxWriter's names)."""
    sheets = list(sheets)
    write_atomically(path, lambda f: _write(f, sheets, properties or {}))


def _write(out: IO[bytes], sheets: list[Sheet], properties: Mapping[str, str]) -> None:
    """XlsxWriter makes the workbook's frame (styles, header rows, widths, the frozen
    row, the filter, the properties) in memory; the sheets' rows are then streamed into
    it by :func:`_rows_xml`, one formatted string a row, their texts into the shared
    strings table (:class:`SharedStrings`): XlsxWriter's own cell writing
    costs about 6 µs a cell in Python, five times navdesk's CSV export
    (``benchmarks/xlsx.py``)."""
    import xlsxwriter

    frame = io.BytesIO()
    book = xlsxwriter.Workbook(frame, {
        "in_memory": True,
        "strings_to_formulas": False,  # "=1+1" in a comment stays text
        "strings_to_numbers": False,  # "0301" stays text
        "strings_to_urls": False,
    })
    book.set_properties(dict(properties))
    bold = book.add_format({"bold": True})
    bold_right = book.add_format({"bold": True, "align": "right"})
    formats: list[dict[str, Any]] = []
    for sheet in sheets:
        ws = book.add_worksheet(sheet.name)
        by_code = {code: book.add_format({"num_format": code})
                   for code in dict.fromkeys(sheet.formats.values())}
        formats.append({key: by_code[code] for key, code in sheet.formats.items()})
        # XlsxWriter numbers a format's style once something uses it: each is given to
        # an empty column after the table, and its number is read once the book is made
        for n, fmt in enumerate(by_code.values(), len(sheet.header)):
            ws.set_column(n, n, None, fmt)
        widths, numbers = _columns(sheet)
        for n, width in enumerate(widths):
            ws.set_column(n, n, width)
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(len(sheet.rows), 1), len(sheet.header) - 1)
        _print_setup(ws)
        for n, name in enumerate(sheet.header):
            ws.write_string(0, n, name, bold_right if n in numbers else bold)
    book.close()
    styles = [{key: int(fmt.xf_index) for key, fmt in used.items()} for used in formats]

    with zipfile.ZipFile(frame) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        # XlsxWriter made the table with the header's strings; the rows' strings join
        # it (written after the sheets, once they are all known)
        strings = SharedStrings(source.read(SHARED_STRINGS).decode("utf-8"))
        for info in source.infolist():
            if info.filename == SHARED_STRINGS:
                continue
            data = source.read(info)
            number = _sheet_number(info.filename)
            if number is None or number > len(sheets):
                target.writestr(info, data)
                continue
            sheet = sheets[number - 1]
            xml = data.decode("utf-8")
            end = xml.index("</sheetData>")
            last = f"{_column(len(sheet.header) - 1)}{len(sheet.rows) + 1}"
            head = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:{last}"/>',
                          xml[:end], count=1)
            with target.open(info.filename, "w", force_zip64=True) as f:
                f.write(head.encode("utf-8"))
                for chunk in _rows_xml(sheet, styles[number - 1], strings):
                    f.write(chunk.encode("utf-8"))
                f.write(xml[end:].encode("utf-8"))
        with target.open(source.getinfo(SHARED_STRINGS), "w", force_zip64=True) as f:
            for chunk in strings.xml():
                f.write(chunk.encode("utf-8"))


SHARED_STRINGS = "xl/sharedStrings.xml"


class SharedStrings:
    """The workbook's shared strings table: every text cell names its text by number,
    each text written once. Excel writes text cells so, and python-calamine reads such
    a sheet about a third faster than one of inline strings (half the XML to parse:
    ``benchmarks/xlsx.py``). Begins with the table XlsxWriter made (``frame``: the
    header rows' strings)."""

    def __init__(self, frame: str) -> None:
        start = frame.index(">", frame.index("<sst")) + 1
        end = frame.rindex("</sst>")
        self._open = re.sub(r' (?:count|uniqueCount)="\d+"', "", frame[:start - 1])
        self._items = [m.group(1) for m in re.finditer(r"<si>(.*?)</si>", frame[start:end],
                                                       re.S)]
        self._refs = int(re.search(r'count="(\d+)"', frame[:start]).group(1))  # type: ignore[union-attr]
        self._by_xml = {item: n for n, item in enumerate(self._items)}
        self._by_text: dict[str, int] = {}

    def index(self, text: str) -> int:
        """The number of ``text`` in the table (added when new), counted as one use."""
        self._refs += 1
        n = self._by_text.get(text)
        if n is None:
            item = _text_xml(text)
            n = self._by_xml.get(item)
            if n is None:
                n = self._by_xml[item] = len(self._items)
                self._items.append(item)
            self._by_text[text] = n
        return n

    def xml(self) -> Iterator[str]:
        yield f'{self._open} count="{self._refs}" uniqueCount="{len(self._items)}">'
        for start in range(0, len(self._items), 2000):
            yield "".join(f"<si>{item}</si>" for item in self._items[start:start + 2000])
        yield "</sst>"


def _print_setup(ws: Any) -> None:
    """How a sheet prints (and looks in a print preview or a PDF): landscape A4, as
    wide as one page with the header row on every page, the sheet's name and the page
    number in the footer. Without it the table's columns spread over several pages in
    portrait, the figures far from their codes."""
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)  # one page wide, as many tall as it takes
    ws.repeat_rows(0)
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    ws.set_footer("&L&A&R&P / &N")


def _sheet_number(name: str) -> int | None:
    found = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", name)
    return int(found.group(1)) if found else None


def _column(n: int) -> str:
    """The letters of column ``n`` (0: A, 26: AA)."""
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# what XML text cannot hold as it is: markup, and control characters (written as Excel
# writes them, _xHHHH_, an underscore sequence that looks like one escaped in its turn)
_MARKUP = re.compile(r"[&<>\x00-\x08\x0b\x0c\x0e-\x1f]|_x[0-9A-Fa-f]{4}_")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ESCAPED = re.compile(r"(_x[0-9A-Fa-f]{4}_)")


def _text_xml(text: str) -> str:
    """A text's ``<t>`` element: escaped, and kept as it is around its edges."""
    if _MARKUP.search(text):
        text = _ESCAPED.sub(r"_x005F\1", text)
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        text = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    if text[:1].isspace() or text[-1:].isspace():
        return f'<t xml:space="preserve">{text}</t>'
    return f"<t>{text}</t>"


def _rows_xml(sheet: Sheet, styles: Mapping[str, int], strings: SharedStrings,
              chunk_rows: int = 2000) -> Iterator[str]:
    """The ``<row>`` elements of ``sheet``'s rows (from the sheet's row 2 on), a few
    thousand rows a string: text by its number in ``strings``, numbers with their
    format's style."""
    columns = [_column(n) for n in range(len(sheet.header))]
    key_column = sheet.format_key_column
    plain = styles.get("")
    index = strings.index
    out: list[str] = []
    for r, row in enumerate(sheet.rows, 2):
        style = styles.get(str(row[key_column]), plain) if key_column is not None else plain
        s_attr = f' s="{style}"' if style else ""
        cells = [f'<row r="{r}">']
        after = 0  # the column a cell without its reference is in (the spec's rule)
        for c, cell in enumerate(row):
            if cell is None or cell == "":
                continue
            # a cell names its place only after a gap: the references of every cell
            # were a third of the sheet's XML and two thirds of the zipped file
            ref = "<c" if c == after else f'<c r="{columns[c]}{r}"'
            after = c + 1
            if isinstance(cell, str):
                cells.append(f'{ref} t="s"><v>{index(cell)}</v></c>')
            else:
                cells.append(f"{ref}{s_attr}><v>{cell!r}</v></c>")
        cells.append("</row>")
        out.append("".join(cells))
        if len(out) >= chunk_rows:
            yield "".join(out)
            out = []
    if out:
        yield "".join(out)
