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
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from navdesk.domain.said import QT_TRANSLATE_NOOP, said

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def guard(text: str) -> str:
    """Make ``text`` safe from Excel's formula evaluation; :func:`unguard` undoes it."""
    if text and (text[0] in _DANGEROUS or (text[0] == "'" and len(text) > 1 and text[1] in (*_DANGEROUS, "'"))):
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
    """Write atomically: a half-written file never replaces a good one."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as f:
            write_csv(f, header, rows)
            f.flush()
            os.fsync(f.fileno())  # on disk before it replaces the old file
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # never leave a half-written file behind
        raise


def detect_encoding(path: Path) -> str:
    """The encoding to read ``path`` with (a Python codec name)."""
    with open(path, "rb") as f:
        head = f.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        f.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
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
