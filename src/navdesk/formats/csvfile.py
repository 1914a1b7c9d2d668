"""The file conventions Norwegian Excel expects, in one place, and the one strict way
navdesk reads a delimited file (the exchange file, the catalogue, the goal-card
template, and every later one).

Writing: UTF-8 with a byte-order mark (or Excel shows "Ã¸" for "ø"), ``;`` between
fields, CRLF line ends, text that Excel would run as a formula guarded with a leading
apostrophe.

Reading: UTF-8 with or without BOM, or Windows-1252 (Excel's "CSV (semicolon
separated)" on a Norwegian PC), and UTF-16 with a BOM, which is Excel's "Unicode text"
(a BOM names its encoding: nothing is guessed). Anything else is refused with the line
of its first byte that is neither UTF-8 nor Windows-1252, never read as ISO-8859-1; a
UTF-8 BOM followed by bytes that are not UTF-8 is refused with their line. ``;``, ``,``
or tab between fields. Strict: every record has exactly the header's fields (a blank
line is skipped); a field longer than
:data:`~navdesk.domain.limits.MAX_FIELD_LENGTH` characters, a quote that is never
closed (refused with the line it opened on) and text after a closing quote are refused
with their line; so is a repeated column or one the format does not know
(:func:`column_problems`).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import BinaryIO, cast

from navdesk.domain.catalogue import missing_columns, on_line
from navdesk.domain.limits import MAX_FIELD_LENGTH, shortened
from navdesk.domain.said import QT_TRANSLATE_NOOP, Refusal, Said, said
from navdesk.domain.spreadsheet import MAX_TITLE_ROWS
from navdesk.formats.files import open_database_refusal, write_atomically
from navdesk.formats.open_database import is_open_database

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def guard(text: str) -> str:
    """Make ``text`` safe from Excel's formula evaluation; :func:`unguard` undoes it."""
    if text and (text[0] in _DANGEROUS
                 or (text[0] == "'" and len(text) > 1 and text[1] in (*_DANGEROUS, "'"))):
        return "'" + text
    return text


def unguard(text: str) -> str:
    if len(text) > 1 and text[0] == "'" and text[1] in (*_DANGEROUS, "'"):
        return text[1:]
    return text


def write_csv(out: BinaryIO, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Write a ``;``-separated, CRLF, UTF-8-with-BOM file to a binary stream.
    Cells are written as given: call :func:`guard` on free text first."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    try:
        writer = csv.writer(text, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        writer.writerows(rows)
        text.flush()
    finally:
        text.detach()


def write_csv_file(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Write atomically: a half-written file (a full disk) never replaces a good one,
    nor is left behind (:func:`navdesk.formats.files.write_atomically`)."""
    write_atomically(path, lambda f: write_csv(f, header, rows))


def refuse_open_database(path: str | os.PathLike[str]) -> None:
    """Raise :class:`FileRefused` for the database this program holds open: never read
    by file code (it would drop the process's locks on it: navdesk.formats.files)."""
    if is_open_database(path):
        raise FileRefused(0, open_database_refusal(path))


def detect_encoding(path: Path) -> str:
    """The encoding to read ``path`` with (a Python codec name)."""
    refuse_open_database(path)
    with open(path, "rb") as f:
        head = f.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        f.seek(0)
        decoder: codecs.IncrementalDecoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := f.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            pass
        f.seek(0)
        decoder = codecs.getincrementaldecoder("cp1252")()
        try:
            while chunk := f.read(1 << 20):
                decoder.decode(chunk)
            return "cp1252"
        except UnicodeDecodeError:
            return "latin-1"


# bytes Windows-1252 leaves undefined: a file holding one is neither UTF-8 nor Windows-1252
_NOT_CP1252 = re.compile(b"[\x81\x8d\x8f\x90\x9d]")


def undecodable_line(path: Path, encoding: str) -> int:
    """The line of the first byte ``encoding`` cannot decode in ``path`` (a file with a
    UTF-8 byte-order mark may still hold Windows-1252 text; a file :func:`detect_encoding`
    calls ``latin-1`` is neither UTF-8 nor Windows-1252); 0 when it cannot be told."""
    return _undecodable_line(path.read_bytes(), encoding)


def _undecodable_line(data: bytes, encoding: str) -> int:
    if encoding == "latin-1":
        found = _NOT_CP1252.search(data)
        return data.count(b"\n", 0, found.start()) + 1 if found else 0
    if encoding not in ("utf-8", "utf-8-sig"):
        return 0
    start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        data[start:].decode("utf-8")
    except UnicodeDecodeError as exc:
        return data.count(b"\n", 0, start + exc.start) + 1
    return 0


def _not_readable(encoding_name: str) -> Said:
    return said(QT_TRANSLATE_NOOP(
        "", "Filen har tegn som ikke kan leses som {encoding}; lagre den på nytt i Excel "
            "som «CSV UTF-8 (kommadelt)»"), encoding=encoding_name)


def _neither() -> Said:
    return said(QT_TRANSLATE_NOOP(
        "", "Filen er verken UTF-8 eller Windows-1252; lagre den på nytt i Excel som "
            "«CSV UTF-8 (kommadelt)»"))


def decoded_text(path: str | os.PathLike[str]) -> str:
    """The text of a small file (a catalogue, a template) by the module's encodings.
    Raises :class:`FileRefused` with the line of the first byte that cannot be read,
    and OSError when the file cannot be read at all."""
    path = Path(path)
    encoding = detect_encoding(path)  # refuses the open database before reading it
    data = path.read_bytes()
    if encoding == "latin-1":
        raise FileRefused(_undecodable_line(data, encoding), _neither())
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise FileRefused(_undecodable_line(data, encoding), _not_readable(
            ENCODING_NAMES.get(encoding, encoding))) from None


def decoded_text_or_refused(path: str | os.PathLike[str], error: type[Refusal]) -> str:
    """:func:`decoded_text`, a text it cannot decode refused as ``error`` (the reader's
    own refusal, so the caller lists it with its other lines): the line of the first
    byte it cannot read, or the file's name when no line can be named. Raises OSError
    when the file cannot be read at all."""
    path = Path(path)
    try:
        return decoded_text(path)
    except FileRefused as exc:
        if not exc.line:
            raise error.because(QT_TRANSLATE_NOOP("", "{name} kan ikke leses som tekst"),
                                name=path.name) from None
        raise error(on_line(exc.line, exc.problem)) from None


# the names an import reports; "med BOM" is said, so the window can say it in English
ENCODING_NAMES = {"utf-8-sig": said(QT_TRANSLATE_NOOP("", "UTF-8 med BOM")), "utf-8": "UTF-8",
                  "utf-16": "UTF-16", "cp1252": "Windows-1252", "latin-1": "ISO-8859-1"}


def sniff_delimiter(header_line: str) -> str:
    """``;``, tab or ``,``: whichever the header line uses most (``;`` on a tie)."""
    counts = {d: header_line.count(d) for d in (";", "\t", ",")}
    best = max(counts, key=lambda d: (counts[d], d == ";"))
    return best if counts[best] else ";"


def csv_problem(exc: csv.Error) -> Said:
    """What a record the csv module refuses is, in the user's terms."""
    text = str(exc)
    if "unexpected end of data" in text:
        return said(QT_TRANSLATE_NOOP("", 'Et anførselstegn («"») åpnes, men lukkes aldri; resten '
                                          "av filen ville blitt lest som ett felt"))
    if "expected after" in text:
        return said(QT_TRANSLATE_NOOP("", 'Tekst rett etter et avsluttende anførselstegn («"»); '
                                          "sett hele feltet i anførselstegn og skriv anførselstegn "
                                          'inni feltet som «""»'))
    if "field limit" in text:
        return said(QT_TRANSLATE_NOOP(
            "", "Et felt er urimelig langt (mangler et avsluttende anførselstegn?)"))
    # the csv module's own words (English) are a plain argument
    return said(QT_TRANSLATE_NOOP("", "Linjen kan ikke leses som CSV ({error})"), error=text)


class FileRefused(Exception):
    """A file that cannot be read at all from ``line`` on (0: the file as a whole);
    ``problem`` says why."""

    def __init__(self, line: int, problem: Said | str) -> None:
        super().__init__(line, problem)
        self.line = line
        self.problem = problem


class CsvRows:
    """A delimited file as people send it, opened for reading: :attr:`header` is its
    first record (None for an empty file), iterating yields ``(line, row)`` for every
    later record, ``line`` being the line the record starts on as a text editor counts
    (the header is line 1). Encoding and delimiter as the module says.

    Strict (:func:`records`): a record without exactly the header's fields, with a field
    over :data:`MAX_FIELD_LENGTH` or one the csv module refuses (a broken quote) is not
    yielded; its line and reason go to :attr:`problems` and reading goes on with the next
    line, so every problem of a file is listed at once. A header that runs over several
    lines, a file that is neither UTF-8 nor Windows-1252 (nor UTF-16 with a BOM), or one
    that cannot be decoded or read raises :class:`FileRefused` (from the constructor or
    while iterating). Use as a context manager, or :meth:`close` it.

    As a spreadsheet saves a file: with ``is_header`` (whether a row is the format's
    header), the header is the first of the first :data:`MAX_TITLE_ROWS` + 1 rows it
    accepts, and the rows above it are titles (:attr:`title_lines`, not yielded; the
    first row when none is accepted). Empty cells at the right end of a record, beyond
    the header's or beyond its named columns, are no fields too many or too few."""

    def __init__(self, path: str | os.PathLike[str], *,
                 is_header: Callable[[list[str]], bool] | None = None) -> None:
        self.path = Path(path)
        self.problems: list[tuple[int, Said | str]] = []
        self.encoding = "utf-8"
        self.encoding_name = ""
        self.delimiter = ";"
        self.header: list[str] | None = None
        self.header_lines = 0
        self.title_lines: list[int] = []
        self._rest: Iterator[str] | None = None
        if not self.path.is_file():
            raise FileRefused(0, said(QT_TRANSLATE_NOOP("", "Finner ikke filen {path}"),
                                      path=str(self.path)))
        refuse_open_database(self.path)
        self.bytes_total = self.path.stat().st_size
        self._file = None
        with self._reading():
            self.encoding = detect_encoding(self.path)
            self.encoding_name = ENCODING_NAMES.get(self.encoding, self.encoding)
            if self.encoding == "latin-1":  # no encoding navdesk reads fits: never a guess
                raise FileRefused(undecodable_line(self.path, self.encoding), _neither())
            self._file = open(self.path, encoding=self.encoding, newline="")  # noqa: SIM115 - closed by close()
            try:
                first, self._rest = self._first_line(is_header)
                self.delimiter = sniff_delimiter(first)
                # strict: a broken quote is an error, never the rest of the file one field
                reader = csv.reader(chain((first,), self._rest), delimiter=self.delimiter,
                                    strict=True)
                try:
                    self.header = next(reader, None) if first else None
                except csv.Error as exc:
                    raise FileRefused(1, csv_problem(exc)) from None
                self.header_lines = reader.line_num
                if self.header_lines > 1:  # a quote in the header swallowed the next lines
                    raise FileRefused(1, _over_lines(self.header_lines))
                self.header_lines += len(self.title_lines)
            except BaseException:
                self.close()
                raise

    def _first_line(self, is_header: Callable[[list[str]], bool] | None,
                    ) -> tuple[str, Iterator[str]]:
        """The header's line and the lines after it, past any title rows above it
        (:attr:`title_lines`)."""
        assert self._file is not None
        if is_header is None:
            return self._file.readline(), self._file
        seen: list[str] = []
        for _ in range(MAX_TITLE_ROWS + 1):
            text = self._file.readline()
            if not text:
                break
            seen.append(text)
            try:  # one line read on its own: a title's quote never swallows the rest
                cells = next(csv.reader([text], delimiter=sniff_delimiter(text), strict=True), [])
            except csv.Error:
                break
            if is_header(cells):
                self.title_lines = list(range(1, len(seen)))
                return text, self._file
        return (seen[0] if seen else ""), chain(seen[1:], self._file)

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Decoding and reading errors as :class:`FileRefused`, with their line."""
        try:
            yield
        except UnicodeDecodeError:
            raise FileRefused(undecodable_line(self.path, self.encoding),
                              _not_readable(self.encoding_name)) from None
        except OSError as exc:
            reason = str(exc.strerror or exc)
            raise FileRefused(0, said(QT_TRANSLATE_NOOP("", "Kan ikke lese {path}: {reason}"),
                                      path=str(self.path), reason=reason)) from None

    def bytes_read(self) -> int:
        """How far reading has got, in bytes of the file (for progress)."""
        if self._file is None or self._file.closed:
            return self.bytes_total
        # open() in text mode wraps a BufferedReader; typeshed types ``buffer`` as a
        # protocol without tell()
        return min(cast(BinaryIO, self._file.buffer).tell(), self.bytes_total)

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        if self._file is None or self.header is None:
            return
        named = len(self.header)
        while named and not self.header[named - 1].strip():
            named -= 1  # empty columns at the right end, as a spreadsheet saves them
        with self._reading():
            yield from records(self._rest or self._file, self.delimiter, len(self.header),
                               self.problems, line=self.header_lines, least=named)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()

    def __enter__(self) -> CsvRows:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def records(lines: Iterator[str], delimiter: str, width: int,
            problems: list[tuple[int, Said | str]], *, line: int = 1,
            single_line: bool = False, least: int | None = None,
            ) -> Iterator[tuple[int, list[str]]]:
    """The records after the header from ``lines`` (a text file opened with
    ``newline=""``, past ``line`` lines), as ``(line the record starts on, cells)``.

    Strict: a record that does not have exactly ``width`` fields, a field longer than
    :data:`MAX_FIELD_LENGTH`, a record the csv module refuses (a quote never closed,
    text after a closing quote) and, when ``single_line``, a field holding a line break
    are not yielded: their line and reason go to ``problems`` and reading goes on, so
    every problem of a file is listed at once. A blank line (no cell with text, of
    another width) is skipped. With ``least``, a record of ``least`` to ``width``
    fields is filled up with empty ones, and one of more whose cells beyond ``width``
    are all empty is cut to ``width`` (the empty columns at the right end a
    spreadsheet saves)."""
    # A line without a quote character splits exactly as the csv module would split it,
    # only faster (this is the hot loop of a million-row import); a line with one is read
    # by the csv module, which may read on over line ends inside quotes.
    for text in lines:
        line += 1
        if '"' in text:
            start = line
            record = csv.reader(chain((text,), lines), delimiter=delimiter, strict=True)
            try:
                row = next(record)
            except csv.Error as exc:
                problems.append((start, csv_problem(exc)))
                continue
            finally:
                line += record.line_num - 1
            if line > start and single_line:
                problems.append((start, _over_lines(line)))
                continue
            long = True
        else:
            start = line
            row = text.rstrip("\r\n").split(delimiter)
            long = len(text) > MAX_FIELD_LENGTH
        if len(row) != width:
            if least is not None and least <= len(row) < width:
                row += [""] * (width - len(row))
            elif (least is not None and len(row) > width
                  and not any(cell.strip() for cell in row[width:])):
                del row[width:]
            else:
                if any(cell.strip() for cell in row):
                    problems.append((start, fields_problem(len(row), width)))
                continue
        if long:
            for n, cell in enumerate(row, 1):
                if len(cell) > MAX_FIELD_LENGTH:
                    problems.append((start, said(QT_TRANSLATE_NOOP(
                        "", "Feltet i kolonne {column} har {n} tegn; høyst {most} er lov"),
                        column=n, n=len(cell), most=MAX_FIELD_LENGTH)))
                    break
            else:
                yield start, row
            continue
        yield start, row


def _over_lines(last: int) -> Said:
    return said(QT_TRANSLATE_NOOP(
        "", 'Et felt går over flere linjer (til linje {last}); et anførselstegn («"») '
            "som ikke lukkes?"), last=last)


def fields_problem(fields: int, width: int) -> Said:
    """A record with ``fields`` fields under a header of ``width``."""
    if fields < width:
        return said(QT_TRANSLATE_NOOP(
            "", "Linjen har {fields} felt, men overskriften har {width} (en avkortet fil, "
                "eller feil skilletegn?)"), fields=fields, width=width)
    return said(QT_TRANSLATE_NOOP(
        "", "Linjen har {fields} felt, men overskriften har {width} (feil "
            "skilletegn, eller komma i et tall uten anførselstegn?)"), fields=fields, width=width)


def column_problems(header: Sequence[str], known: Mapping[str, str]) -> list[Said]:
    """Why the columns of ``header`` cannot be read: a column ``known`` does not name
    (``known`` maps every spelling a format accepts, lower case, to its column) and a
    column given twice (also under two spellings: ``verdi`` and ``value``), each by
    name. A column without a name is allowed (Excel writes one for a stray cell)."""
    problems: list[Said] = []
    seen: dict[str, str] = {}
    for raw in header:
        name = raw.strip().strip('"').lower()
        if not name:
            continue
        column = known.get(name) or known.get(name.replace(" ", "_"))
        if column is None:
            problems.append(said(QT_TRANSLATE_NOOP("", "Ukjent kolonne «{name}»"),
                                 name=shortened(raw.strip())))
        elif column in seen:
            problems.append(said(QT_TRANSLATE_NOOP(
                "", "Kolonnen «{column}» står to ganger («{first}» og «{second}»)"),
                column=column, first=seen[column], second=shortened(raw.strip())))
        else:
            seen[column] = raw.strip()
    return problems


def table_rows(text: str, required: Iterable[str], error: type[Refusal],
               clean: Callable[[str], str] | None = None, *,
               columns: Sequence[str] | None = None,
               ) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The header (lower case) of a small ``;``-separated file's text and its rows with
    any text, as ``(line, cells)`` with ``clean`` applied to every cell (the catalogue
    file and the goal-card template alike; the domain says what a row means).

    Read by :func:`records`, strictly, with no field over several lines. Raises
    ``error`` listing every problem with its line: the header lacks one of the
    ``required`` columns, names one twice or one not in ``columns`` (every column, when
    given), or a record is refused."""
    lines = io.StringIO(text.lstrip("\ufeff"), newline="")
    head = csv.reader(lines, delimiter=";", strict=True)
    try:
        first = next(head, [])
    except csv.Error as exc:
        raise error.listing([on_line(1, csv_problem(exc))]) from None
    if head.line_num > 1:  # a quote in the header swallowed the next lines
        raise error.listing([on_line(1, _over_lines(head.line_num))])
    header = [h.strip().lower() for h in first]
    missing = [c for c in required if c not in header]
    if missing:
        raise error(missing_columns(missing))
    if columns is not None:
        named = column_problems(header, {c: c for c in columns})
        if named:
            raise error.listing([on_line(1, problem) for problem in named])
    problems: list[tuple[int, Said | str]] = []
    rows = [(line, row) for line, row in records(lines, ";", len(header), problems,
                                                 line=head.line_num, single_line=True)
            if any(cell.strip() for cell in row)]
    if problems:
        raise error.listing([on_line(line, problem) for line, problem in problems])
    if clean is not None:
        rows = [(line, [clean(cell) for cell in row]) for line, row in rows]
    return header, iter(rows)
