"""statistikkbanken's "semikolonseparert med overskrift" CSV file.

Its layout is the one PX-Web's CSV serializer writes (PxTools/PCAxis.Serializers,
``CsvSerializer``: title, heading, table):

- the title, quoted, alone on the first line ("12345: Sosialhjelpsmottakere, etter
  region, statistikkvariabel og år"), then an empty line;
- the heading: the names of the row ("stub") variables, quoted (``"region";"år"``),
  then one column per combination of the column ("heading") variables, quoted, their
  texts joined by a space (``"Sosialhjelpsmottakere 2024"``), or, when every variable is
  a row variable, one column named by the table's contents;
- one line per combination of the row variables: their texts, quoted, then the
  figures, unquoted: a number with a decimal comma and no thousands separator, or one
  of SSB's symbols (``.``, ``..``, ``...``, ``:``).

So the row variables are the quoted cells at the start of each line. The time is a row
variable named ``år``, ``måned`` or ``tid`` (or their English names), or the last
word of each column's name (``2024``, ``2024M03``); the contents a row variable named
``statistikkvariabel``, or the rest of the column's name, or the one column's name.
A region's text is "0301 Oslo": code and name. The file has only texts, so a mapping
names contents and categories by their text.

Strict: a line whose fields do not match the heading, a quote that does not close, a
cell that is neither a number nor a symbol refuses the whole file with its line
(:class:`~navdesk.domain.ssb.SsbError`).
"""

from __future__ import annotations

import re
from pathlib import Path

from navdesk.domain.catalogue import on_line
from navdesk.domain.limits import MAX_FIELD_LENGTH, shortened
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, said
from navdesk.domain.ssb import MAX_CODE_LENGTH, Observation, SsbError, StatTable, ssb_number
from navdesk.formats.csvfile import decoded_text_or_refused
from navdesk.formats.jsonstat import MAX_CELLS, MAX_FILE_BYTES

TIME_NAMES = ("år", "måned", "kvartal", "tid", "year", "month", "quarter", "time")
CONTENT_NAMES = ("statistikkvariabel", "contents")
CONTENT = "statistikkvariabel"
_TIME = re.compile(r"^(.*?)\s*(\d{4}(?:M\d{2}|[KHU]\d{1,2})?)$")
_TABLE_ID = re.compile(r"^\s*(\d{3,6})\s*:")


def read_ssb_csv_file(path: str | Path) -> StatTable:
    """The table in a statistikkbanken CSV file (UTF-8 with or without BOM,
    Windows-1252). Raises :class:`SsbError` and OSError when it cannot be read."""
    path = Path(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise SsbError.because(QT_TRANSLATE_NOOP("", "Filen er større enn {mb} MB"),
                               mb=MAX_FILE_BYTES // (1024 * 1024))
    return read_ssb_csv_text(decoded_text_or_refused(path, SsbError))


def read_ssb_csv_text(text: str) -> StatTable:
    """The table in the text of a statistikkbanken CSV file. Raises :class:`SsbError`."""
    lines = [(n, line.rstrip("\r")) for n, line in enumerate(text.lstrip("\ufeff").split("\n"), 1)
             if line.strip()]
    if not lines:
        raise SsbError.because(QT_TRANSLATE_NOOP("", "Filen er tom"))
    first = fields(*lines[0])
    title = ""
    if len(first) == 1 and first[0][1] and len(lines) > 1:
        title = first[0][0]
        lines = lines[1:]
    table_id = _TABLE_ID.match(title)
    if table_id is None:
        raise SsbError.because(QT_TRANSLATE_NOOP(
            "", "Filen har ingen tittel som begynner med tabellnummeret («12345: …»); last ned "
                "som «semikolonseparert med overskrift»"))
    head_line, head = lines[0][0], fields(*lines[0])
    if not all(quoted for _, quoted in head) or len(head) < 2:
        raise SsbError.listing([on_line(head_line, said(QT_TRANSLATE_NOOP(
            "", "Overskriften skal være variablenes navn i anførselstegn, skilt med «;»")))])
    header = [cell.strip() for cell, _ in head]
    rows: list[tuple[int, list[tuple[str, bool]]]] = [(n, fields(n, line)) for n, line in lines[1:]]
    if not rows:
        raise SsbError.because(QT_TRANSLATE_NOOP("", "Filen har ingen tall under overskriften"))
    problems: list[Said] = []
    stub = _stub_width(rows[0][1])
    for n, row in rows:
        if len(row) != len(header):
            problems.append(on_line(n, said(QT_TRANSLATE_NOOP(
                "", "Linjen har {fields} felt, men overskriften har {width}"),
                fields=len(row), width=len(header))))
        elif _stub_width(row) != stub:
            problems.append(on_line(n, said(QT_TRANSLATE_NOOP(
                "", "Linjen har {n} tekster i anførselstegn foran tallene; første linje har "
                    "{first}"), n=_stub_width(row), first=stub)))
    if problems:
        raise SsbError.listing(problems[:50])
    if not 1 <= stub < len(header):
        raise SsbError.listing([on_line(rows[0][0], said(QT_TRANSLATE_NOOP(
            "", "Linjen skal begynne med variablenes tekster i anførselstegn og så tallene")))])
    if len(set(header[:stub])) != stub:
        raise SsbError.listing([on_line(head_line, said(QT_TRANSLATE_NOOP(
            "", "En variabel står to ganger i overskriften")))])
    if len(rows) * (len(header) - stub) > MAX_CELLS:
        raise SsbError.because(QT_TRANSLATE_NOOP("", "Tabellen har over {most} celler"),
                               most=MAX_CELLS)
    return _table(table_id.group(1), title, header, stub, rows, head_line)


def _table(table_id: str, title: str, header: list[str], stub: int,
           rows: list[tuple[int, list[tuple[str, bool]]]], head_line: int) -> StatTable:
    names = header[:stub]
    lowered = [name.lower() for name in names]
    time = next((names[i] for i, name in enumerate(lowered) if name in TIME_NAMES), None)
    content = next((names[i] for i, name in enumerate(lowered) if name in CONTENT_NAMES), None)
    columns: list[list[tuple[str, str]]] = []  # per value column, its (dimension, text)s
    for heading in header[stub:]:
        column: list[tuple[str, str]] = []
        rest = heading
        if time is None:
            m = _TIME.match(heading)
            if m is None:
                raise SsbError.listing([on_line(head_line, said(QT_TRANSLATE_NOOP(
                    "", "Kolonnen «{name}» slutter ikke med en periode (2024 eller 2024M03), "
                        "og ingen variabel heter år eller måned"), name=shortened(heading)))])
            rest = m.group(1).strip()
            column.append(("tid", m.group(2)))
        if content is None:
            if not rest:
                raise SsbError.listing([on_line(head_line, said(QT_TRANSLATE_NOOP(
                    "", "Tabellen sier ikke hva tallene er (ingen statistikkvariabel)")))])
            column.append((CONTENT, rest))
        elif rest and len(header) - stub > 1:
            raise SsbError.listing([on_line(head_line, said(QT_TRANSLATE_NOOP(
                "", "Kolonnen «{name}» har flere variabler enn tiden; last ned tabellen med "
                    "bare tiden (eller ingenting) i kolonnene"), name=shortened(heading)))])
        columns.append(column)
    dimensions = {name: name for name in names}
    if time is None:
        dimensions["tid"] = "tid"
    if content is None:
        dimensions[CONTENT] = CONTENT
    labels: dict[str, dict[str, str]] = {name: {} for name in dimensions}
    observations = []
    problems: list[Said] = []
    for n, row in rows:
        categories = [(name, cell.strip()) for name, (cell, _) in zip(names, row, strict=False)]
        for name, text in categories:
            if not text or len(text) > MAX_CODE_LENGTH:
                problems.append(on_line(n, said(QT_TRANSLATE_NOOP(
                    "", "Variabelen {name} er tom eller urimelig lang"), name=name)))
            labels[name][text] = text
        for column, (cell, _) in zip(columns, row[stub:], strict=True):
            try:
                value, symbol = ssb_number(cell)
            except SsbError as exc:
                problems.append(on_line(n, exc.reason))
                continue
            for name, text in column:
                labels[name][text] = text
            observations.append(Observation(tuple(categories + column), value, symbol))
        if len(problems) >= 50:
            break
    if problems:
        raise SsbError.listing(problems)
    region = next((names[i] for i, name in enumerate(lowered) if name == "region"), "")
    return StatTable(table_id, title, "", dimensions, region, time or "tid", labels,
                     observations)


def _stub_width(row: list[tuple[str, bool]]) -> int:
    """How many quoted cells a line begins with: its row variables."""
    width = 0
    while width < len(row) and row[width][1]:
        width += 1
    return width


def fields(line: int, text: str) -> list[tuple[str, bool]]:
    """The ``;``-separated fields of one line, each with whether it was quoted (a quote
    inside a quoted field is written twice). Raises :class:`SsbError` with the line for
    a quote that is never closed, text after a closing quote or a field too long."""
    if len(text) > MAX_FIELD_LENGTH * 4:
        raise SsbError.listing([on_line(line, said(QT_TRANSLATE_NOOP(
            "", "Linjen er urimelig lang ({n} tegn)"), n=len(text)))])
    out: list[tuple[str, bool]] = []
    i, n = 0, len(text)
    while True:
        if i < n and text[i] == '"':
            parts, j = [], i + 1
            while True:
                k = text.find('"', j)
                if k == -1:
                    raise SsbError.listing([on_line(line, said(QT_TRANSLATE_NOOP(
                        "", 'Et anførselstegn («"») lukkes aldri')))])
                parts.append(text[j:k])
                if k + 1 < n and text[k + 1] == '"':
                    parts.append('"')
                    j = k + 2
                    continue
                i = k + 1
                break
            out.append(("".join(parts), True))
            if i < n and text[i] != ";":
                raise SsbError.listing([on_line(line, said(QT_TRANSLATE_NOOP(
                    "", 'Tekst rett etter et avsluttende anførselstegn («"»)')))])
        else:
            k = text.find(";", i)
            end = n if k == -1 else k
            cell = text[i:end]
            if '"' in cell:
                raise SsbError.listing([on_line(line, said(QT_TRANSLATE_NOOP(
                    "", 'Et anførselstegn («"») midt i et felt')))])
            out.append((cell, False))
            i = end
        if i >= n:
            return out
        i += 1
        if i == n:
            out.append(("", False))
            return out
