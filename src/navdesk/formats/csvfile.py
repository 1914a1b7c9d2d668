"""The file conventions Norwegian Excel expects, in one place.

Writing: UTF-8 with a byte-order mark (or Excel shows "Ã¸" for "ø"), ``;`` between
fields, CRLF line ends, text that Excel would run as a formula guarded with a leading
apostrophe. Reading: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode
text"), else Windows-1252 (Excel's "CSV (semicolon separated)" on a Norwegian PC);
``;``, ``,`` or tab between fields.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import BinaryIO, cast

from navdesk.domain.catalogue import missing_columns
from navdesk.domain.said import QT_TRANSLATE_NOOP, Refusal, Said, said
from navdesk.formats.files import write_atomically

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


def detect_encoding(path: Path) -> str:
    """The encoding to read ``path`` with (a Python codec name)."""
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


def undecodable_line(path: Path, encoding: str) -> int:
    """The line of the first byte ``encoding`` cannot decode in ``path`` (a file with a
    UTF-8 byte-order mark may still hold Windows-1252 text); 0 when it cannot be told."""
    if encoding not in ("utf-8", "utf-8-sig"):
        return 0
    data = path.read_bytes()
    start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        data[start:].decode("utf-8")
    except UnicodeDecodeError as exc:
        return data.count(b"\n", 0, start + exc.start) + 1
    return 0


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

    Strict: a record the csv module refuses (a broken quote) is not yielded; its line
    and reason go to :attr:`problems` and reading goes on with the next line, so every
    problem of a file is listed at once. A file that cannot be decoded or read raises
    :class:`FileRefused` (from the constructor or while iterating). Use as a context
    manager, or :meth:`close` it."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.problems: list[tuple[int, Said | str]] = []
        self.encoding = "utf-8"
        self.encoding_name = ""
        self.delimiter = ";"
        self.header: list[str] | None = None
        self.header_lines = 0
        if not self.path.is_file():
            raise FileRefused(0, said(QT_TRANSLATE_NOOP("", "Finner ikke filen {path}"),
                                      path=str(self.path)))
        self.bytes_total = self.path.stat().st_size
        self._file = None
        with self._reading():
            self.encoding = detect_encoding(self.path)
            self.encoding_name = ENCODING_NAMES.get(self.encoding, self.encoding)
            self._file = open(self.path, encoding=self.encoding, newline="")  # noqa: SIM115 - closed by close()
            try:
                first = self._file.readline()
                self.delimiter = sniff_delimiter(first)
                # strict: a broken quote is an error, never the rest of the file one field
                reader = csv.reader(chain((first,), self._file), delimiter=self.delimiter,
                                    strict=True)
                try:
                    self.header = next(reader, None) if first else None
                except csv.Error as exc:
                    raise FileRefused(1, csv_problem(exc)) from None
                self.header_lines = reader.line_num
            except BaseException:
                self.close()
                raise

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Decoding and reading errors as :class:`FileRefused`, with their line."""
        try:
            yield
        except UnicodeDecodeError:
            raise FileRefused(undecodable_line(self.path, self.encoding), said(QT_TRANSLATE_NOOP(
                "", "Filen har tegn som ikke kan leses som {encoding}; lagre den på nytt i Excel "
                    "som «CSV UTF-8 (kommadelt)»"), encoding=self.encoding_name)) from None
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
        f, delimiter, problems = self._file, self.delimiter, self.problems
        if f is None or self.header is None:
            return
        line = self.header_lines
        # A line without a quote character splits exactly as the csv module would split
        # it, only faster (this is the hot loop of a million-row import); a line with one
        # is read by the csv module, which may read on over line ends inside quotes.
        with self._reading():
            for text in f:
                line += 1
                if '"' in text:
                    start = line
                    record = csv.reader(chain((text,), f), delimiter=delimiter, strict=True)
                    try:
                        row = next(record)
                    except csv.Error as exc:
                        problems.append((start, csv_problem(exc)))
                        continue
                    finally:
                        line += record.line_num - 1
                    yield start, row
                else:
                    yield line, text.rstrip("\r\n").split(delimiter)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()

    def __enter__(self) -> CsvRows:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def text_rows(text: str, delimiter: str = ";") -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The header of a small file's ``text`` (already decoded; a byte-order mark is
    dropped) and its later records as ``(line, row)``, lines as a text editor counts
    them (the header is line 1)."""
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter)
    header = next(rows, [])

    def numbered() -> Iterator[tuple[int, list[str]]]:
        start = rows.line_num + 1
        for row in rows:
            yield start, row
            start = rows.line_num + 1

    return header, numbered()


def table_rows(text: str, required: Iterable[str], error: type[Refusal],
               clean: Callable[[str], str] | None = None,
               ) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The header (lower case) of a small ``;``-separated file's text and its rows with
    any text, as ``(line, cells)`` with ``clean`` applied to every cell (the catalogue
    file and the goal-card template alike; the domain says what a row means). Raises
    ``error`` at once when the header lacks one of the ``required`` columns."""
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=";")
    header = [h.strip().lower() for h in next(rows, [])]
    missing = [c for c in required if c not in header]
    if missing:
        raise error(missing_columns(missing))

    def with_text() -> Iterator[tuple[int, list[str]]]:
        for row in rows:
            if any(cell.strip() for cell in row):
                yield rows.line_num, row if clean is None else [clean(cell) for cell in row]

    return header, with_text()
