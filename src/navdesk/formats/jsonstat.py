"""JSON-stat 2.0 datasets as statistikkbanken's API returns them (``json-stat2``).

The format (json-stat.org/full): an object with ``version`` "2.0", ``class``
"dataset", ``id`` (the dimensions, in order) and ``size`` (their sizes), ``dimension``
(per id a ``label`` and a ``category`` whose ``index`` is a list of codes or an object
code -> position, and whose ``label`` maps code -> text; a dimension of one category
may give its label alone), ``value`` (a list of the cells in row-major order, the last
dimension running fastest, or a sparse object "position" -> value; ``null`` where
there is no figure) and ``status`` (one string for every cell, a list, or an object
"position" -> string). SSB adds ``label`` (the table's title, "12345: ..."),
``updated``, ``role`` (``geo``, ``time``, ``metric``) and ``extension.px.tableid``.

A cell without a value is kept only with one of SSB's symbols in ``status`` (``.``,
``..``, ``...``, ``:``), as missing with that meaning; a number is read as it is.
Strict: anything else (not a dataset, sizes that do not match the categories or the
values, a value that is not a number, a cell with neither value nor symbol) refuses the
whole file with its reason (:class:`~navdesk.domain.ssb.SsbError`).
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from navdesk.domain.limits import shortened
from navdesk.domain.said import QT_TRANSLATE_NOOP
from navdesk.domain.ssb import (
    MAX_CODE_LENGTH,
    SYMBOLS,
    Observation,
    SsbError,
    StatTable,
    finite,
)
from navdesk.formats.files import open_database_refusal
from navdesk.formats.open_database import is_open_database

# a file larger than this is no table one office compares itself with (statistikkbanken
# gives at most 800,000 cells per download: some 50 MB of JSON-stat)
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_CELLS = 2_000_000
_TABLE_ID = re.compile(r"^\s*(\d{3,6})\s*:")


def _refuse(template: str, **args: Any) -> SsbError:
    return SsbError.because(template, **args)


def _no_constant(name: str) -> float:
    raise _refuse(QT_TRANSLATE_NOOP("", "Filen har {name}, som ikke er et tall i JSON"),
                  name=name)


def read_jsonstat_file(path: str | Path) -> StatTable:
    """The table in a JSON-stat 2.0 file. Raises :class:`SsbError` (the file refused
    whole, with its reason) and OSError when it cannot be read at all."""
    path = Path(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise _refuse(QT_TRANSLATE_NOOP("", "Filen er større enn {mb} MB"),
                      mb=MAX_FILE_BYTES // (1024 * 1024))
    if is_open_database(path):
        raise SsbError(open_database_refusal(path))
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _refuse(QT_TRANSLATE_NOOP("", "Filen er ikke UTF-8, slik JSON-stat skal være")
                      ) from None
    return read_jsonstat_text(text)


def read_jsonstat_text(text: str) -> StatTable:
    """The table in JSON-stat 2.0 text. Raises :class:`SsbError`."""
    try:
        document = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise _refuse(QT_TRANSLATE_NOOP(
            "", "Filen er ikke JSON (linje {line}, tegn {column}: {reason})"),
            line=exc.lineno, column=exc.colno, reason=exc.msg) from None
    except SsbError:  # NaN, Infinity
        raise
    except (RecursionError, ValueError):
        raise _refuse(QT_TRANSLATE_NOOP("", "Filen er ikke JSON som kan leses")) from None
    return dataset(document)


def dataset(document: object) -> StatTable:
    """The table of a parsed JSON-stat 2.0 document. Raises :class:`SsbError`."""
    if not isinstance(document, dict):
        raise _refuse(QT_TRANSLATE_NOOP("", "Filen er ikke et JSON-stat-datasett"))
    if "dataset" in document and "class" not in document:
        raise _refuse(QT_TRANSLATE_NOOP(
            "", "Filen er JSON-stat 1 (eldre format); last ned tabellen som JSON-stat2"))
    if document.get("class") != "dataset":
        raise _refuse(QT_TRANSLATE_NOOP(
            "", "Filen er ikke et JSON-stat-datasett (class er ikke «dataset»)"))
    if document.get("version") != "2.0":
        raise _refuse(QT_TRANSLATE_NOOP(
            "", "Filen er ikke JSON-stat versjon 2.0 (version er {version})"),
            version=shortened(repr(document.get("version"))))
    ids, sizes = _ids_and_sizes(document)
    dimensions: dict[str, str] = {}
    codes: list[list[str]] = []
    labels: dict[str, dict[str, str]] = {}
    units: dict[str, str] = {}
    for name, size in zip(ids, sizes, strict=True):
        label, order, names = _dimension(document.get("dimension"), name, size)
        dimensions[name], labels[name] = label, names
        codes.append(order)
        units.update(_units(document.get("dimension"), name))
    cells = math.prod(sizes)
    values = _cells(document.get("value"), cells, "value")
    statuses = _cells(document.get("status"), cells, "status") if "status" in document else {}
    given = document.get("role")
    roles: dict[str, Any] = given if isinstance(given, dict) else {}
    region = _role(roles, "geo", ids, ("Region", "region", "KOKkommuneregion0000"))
    time = _role(roles, "time", ids, ("Tid", "tid", "time"))
    observations = []
    for position, combination in enumerate(_combinations(codes)):
        value, status = values.get(position), statuses.get(position)
        if status is not None and not isinstance(status, str):
            raise _refuse(QT_TRANSLATE_NOOP("", "Status for celle {n} er ikke tekst"), n=position)
        if value is None:
            if status not in SYMBOLS:
                raise _refuse(QT_TRANSLATE_NOOP(
                    "", "Celle {n} ({cell}) har verken tall eller et av SSBs tegn "
                        "(., .., ..., :)"), n=position, cell=", ".join(combination))
            observations.append(Observation(tuple(zip(ids, combination, strict=True)), None,
                                            status))
        else:
            if status in SYMBOLS:
                raise _refuse(QT_TRANSLATE_NOOP(
                    "", "Celle {n} ({cell}) har både tall og tegnet «{symbol}»"),
                    n=position, cell=", ".join(combination), symbol=status)
            try:
                number = finite(value)
            except SsbError as exc:
                raise _refuse(QT_TRANSLATE_NOOP("", "Celle {n} ({cell}): {reason}"), n=position,
                              cell=", ".join(combination), reason=exc.reason) from None
            observations.append(Observation(tuple(zip(ids, combination, strict=True)), number))
    return StatTable(_table_id(document), _text(document.get("label")),
                     _text(document.get("updated")), dimensions, region, time, labels,
                     observations, units, _role(roles, "metric", ids, ()))


def _units(dimensions: object, name: str) -> dict[str, str]:
    """The units a dimension's categories are given in (JSON-stat's ``category.unit``:
    code -> {"base" or "label" or "symbol": "personer"}), as text by category code."""
    found = dimensions.get(name) if isinstance(dimensions, dict) else None
    category = found.get("category") if isinstance(found, dict) else None
    units = category.get("unit") if isinstance(category, dict) else None
    if not isinstance(units, dict):
        return {}
    out = {}
    for code, unit in units.items():
        if isinstance(unit, dict):
            text = next((unit[k] for k in ("base", "label", "symbol")
                         if isinstance(unit.get(k), str) and unit[k].strip()), "")
            if text:
                out[str(code)] = _text(text)
    return out


def _text(value: object) -> str:
    return value[:MAX_CODE_LENGTH * 5] if isinstance(value, str) else ""


def _ids_and_sizes(document: dict[str, Any]) -> tuple[list[str], list[int]]:
    ids, sizes = document.get("id"), document.get("size")
    if (not isinstance(ids, list) or not ids
            or not all(isinstance(i, str) and 0 < len(i) <= MAX_CODE_LENGTH for i in ids)):
        raise _refuse(QT_TRANSLATE_NOOP("", "«id» skal være en liste av dimensjonenes navn"))
    if len(set(ids)) != len(ids):
        raise _refuse(QT_TRANSLATE_NOOP("", "En dimensjon står to ganger i «id»"))
    if (not isinstance(sizes, list) or len(sizes) != len(ids)
            or not all(isinstance(s, int) and not isinstance(s, bool) and s > 0 for s in sizes)):
        raise _refuse(QT_TRANSLATE_NOOP(
            "", "«size» skal gi én størrelse (et helt tall over 0) per dimensjon i «id»"))
    if math.prod(sizes) > MAX_CELLS:
        raise _refuse(QT_TRANSLATE_NOOP("", "Tabellen har over {most} celler"), most=MAX_CELLS)
    return ids, sizes


def _dimension(dimensions: object, name: str, size: int,
               ) -> tuple[str, list[str], dict[str, str]]:
    """A dimension's label, its category codes in order and their labels."""
    found = dimensions.get(name) if isinstance(dimensions, dict) else None
    category = found.get("category") if isinstance(found, dict) else None
    if not isinstance(category, dict):
        raise _refuse(QT_TRANSLATE_NOOP(
            "", "Dimensjonen {name} mangler i «dimension» eller har ingen «category»"),
            name=name)
    assert isinstance(found, dict)
    index, names = category.get("index"), category.get("label")
    if names is not None and not (isinstance(names, dict)
                                  and all(isinstance(v, str) for v in names.values())):
        raise _refuse(QT_TRANSLATE_NOOP("", "Kategorienes «label» i {name} er ikke tekster"),
                      name=name)
    names = names or {}
    if index is None and len(names) == 1:  # one category: its label alone is allowed
        order = list(names)
    elif isinstance(index, list) and all(isinstance(c, str) for c in index):
        order = list(index)
    elif isinstance(index, dict) and all(
            isinstance(p, int) and not isinstance(p, bool) for p in index.values()):
        if sorted(index.values()) != list(range(len(index))):
            raise _refuse(QT_TRANSLATE_NOOP(
                "", "Posisjonene i «index» for {name} er ikke 0, 1, 2, …"), name=name)
        order = sorted(index, key=lambda c: index[c])
    else:
        raise _refuse(QT_TRANSLATE_NOOP(
            "", "Dimensjonen {name} har ingen «index» (en liste eller et objekt)"), name=name)
    if len(order) != size:
        raise _refuse(QT_TRANSLATE_NOOP(
            "", "Dimensjonen {name} har {n} kategorier, men «size» sier {size}"),
            name=name, n=len(order), size=size)
    if len(set(order)) != len(order) or not all(0 < len(c) <= MAX_CODE_LENGTH for c in order):
        raise _refuse(QT_TRANSLATE_NOOP(
            "", "Kategoriene i {name} er ikke ulike, korte koder"), name=name)
    label = found.get("label")
    return (label if isinstance(label, str) else name, order,
            {code: str(names.get(code, code)) for code in order})


def _cells(given: object, cells: int, what: str) -> dict[int, Any]:
    """``value`` or ``status`` by position: a list of every cell, a sparse object, or
    (status only) one string for all."""
    if what == "status" and isinstance(given, list) and len(given) == 1:
        return dict.fromkeys(range(cells), given[0])  # JSON-stat: one status for all
    if isinstance(given, list):
        if len(given) != cells:
            raise _refuse(QT_TRANSLATE_NOOP(
                "", "«{what}» har {n} celler, men dimensjonene gir {cells}"),
                what=what, n=len(given), cells=cells)
        return {n: v for n, v in enumerate(given) if v is not None}
    if isinstance(given, dict):
        out: dict[int, Any] = {}
        for key, v in given.items():
            if not (key.isascii() and key.isdigit() and int(key) < cells):
                raise _refuse(QT_TRANSLATE_NOOP(
                    "", "«{what}» har posisjonen «{key}», som ikke er en celle (0–{last})"),
                    what=what, key=shortened(key), last=cells - 1)
            if v is not None:
                out[int(key)] = v
        return out
    if what == "status" and isinstance(given, str):
        return dict.fromkeys(range(cells), given)
    if what == "status" and given is None:
        return {}
    raise _refuse(QT_TRANSLATE_NOOP(
        "", "«{what}» skal være en liste eller et objekt"), what=what)


def _combinations(codes: list[list[str]]) -> list[tuple[str, ...]]:
    """Every cell's categories in row-major order (the last dimension fastest)."""
    out: list[tuple[str, ...]] = [()]
    for order in codes:
        out = [(*head, code) for head in out for code in order]
    return out


def _role(roles: dict[str, Any], role: str, ids: list[str], defaults: tuple[str, ...]) -> str:
    """The dimension with ``role`` (SSB marks ``geo`` and ``time``), else the first of
    ``defaults`` the table has, else ""."""
    named = roles.get(role)
    if isinstance(named, list):
        for name in named:
            if name in ids:
                return str(name)
    return next((d for d in defaults if d in ids), "")


def _table_id(document: dict[str, Any]) -> str:
    """statistikkbanken's table number: ``extension.px.tableid``, else the title's
    "12345:". Raises :class:`SsbError` when the file names none."""
    extension = document.get("extension")
    px = extension.get("px") if isinstance(extension, dict) else None
    table = px.get("tableid") if isinstance(px, dict) else None
    if isinstance(table, str) and table.strip() and len(table) <= MAX_CODE_LENGTH:
        return table.strip()
    label = document.get("label")
    if isinstance(label, str) and (m := _TABLE_ID.match(label)):
        return m.group(1)
    raise _refuse(QT_TRANSLATE_NOOP(
        "", "Filen sier ikke hvilken tabell den er (extension.px.tableid, eller en tittel "
            "som begynner med «12345:»)"))
