"""The exchange file the municipality receives, and reading such files back in.

Long format (one value a row)::

    kontornr;kontor;periode;indikator;navn;verdi;enhet;kommentar

Wide format (a readable year, one indicator a row)::

    indikator;navn;enhet;jan;feb;...;des;år

A wide file of a year runs through the year's latest whole month unless a month is
chosen (:func:`wide_span`): its year column never takes December for some lines and
November for others, and the months it leaves out are said beside it.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from navdesk.domain.aggregation import value_in_month, year_to_date_in_one_month
from navdesk.domain.catalogue import Catalogue, Indicator
from navdesk.domain.completeness import Completeness, default_through_month, left_out
from navdesk.domain.office_code import restored_office, with_zeros_restored
from navdesk.domain.period import Period, PeriodError, parse_period
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, joined, said
from navdesk.domain.units import (
    Number,
    Unit,
    ValueRejected,
    check_comment,
    format_number,
    parse_value,
)
from navdesk.formats.csvfile import (
    ENCODING_NAMES,
    detect_encoding,
    guard,
    sniff_delimiter,
    undecodable_line,
    unguard,
    write_csv_file,
)
from navdesk.store.database import Store
from navdesk.store.importing import ImportOutcome
from navdesk.store.months import months_of_year

LONG_COLUMNS = ("kontornr", "kontor", "periode", "indikator", "navn", "verdi", "enhet", "kommentar")
MONTH_COLUMNS = ("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des")
WIDE_COLUMNS = ("indikator", "navn", "enhet", *MONTH_COLUMNS, "år")
SUPPRESSED = ":"

# header spellings people really send, mapped to our column names
HEADER_ALIASES = {
    "kontornr": "kontornr", "kontornummer": "kontornr", "kontor_nr": "kontornr",
    "office_code": "kontornr", "officecode": "kontornr", "office_no": "kontornr",
    "kontor": "kontor", "kontornavn": "kontor", "office_name": "kontor", "office": "kontor",
    "periode": "periode", "period": "periode", "måned": "periode",
    "indikator": "indikator", "indicator": "indikator", "kode": "indikator", "code": "indikator",
    "navn": "navn", "name": "navn",
    "verdi": "verdi", "value": "verdi",
    "enhet": "enhet", "unit": "enhet",
    "kommentar": "kommentar", "comment": "kommentar",
}


# ---------------------------------------------------------------------------- export
def _suppress(unit: Unit, value: Number | None, below: int | None) -> bool:
    return bool(below) and unit is Unit.PERSONS and value is not None and 1 <= value < below


def _cell(ind: Indicator, value: Number | None, decimal: str, below: int | None) -> str:
    if _suppress(ind.unit, value, below):
        return SUPPRESSED
    return format_number(value, decimal)


def long_rows(store: Store, offices: list[str], year: int, month: int | None = None, *,
              decimal: str = ",", suppress_below: int | None = None) -> Iterator[list[str]]:
    """Rows of the long exchange file: every stored value of ``offices`` for ``year``
    (or one ``month``), months in order, then the year's own values."""
    cat = store.catalogue
    for code in offices:
        office = store.office(code)
        if office is None:
            raise ValueRejected.because(QT_TRANSLATE_NOOP("", "Kontor {code} finnes ikke i databasen"),
                                        code=code)
        for v in store.stored_values(code, year, month):
            ind = cat[v.code]
            yield [office.code, guard(office.name), str(v.period), ind.code, guard(ind.name),
                   _cell(ind, v.value, decimal, suppress_below), ind.unit.value,
                   guard(v.comment or "")]


@dataclass(frozen=True)
class YearSpan:
    """The months a wide file of a year covers: January..``through``, and how whole the
    month ``through`` is (None for a year without figures); ``left_out`` are the later
    months with figures that are not whole (:func:`navdesk.domain.completeness.left_out`)."""

    through: int
    month: Completeness | None
    left_out: tuple[Completeness, ...] = ()


def wide_span(store: Store, office: str, year: int, month: int | None = None) -> YearSpan:
    """The months the wide file of ``office``'s ``year`` covers: through ``month`` when
    chosen, else through the year's through-month, as the goal card's (December when
    whole, else the latest whole month: :func:`navdesk.store.months.through_month`)."""
    months = months_of_year(store, office, year)
    through = month or default_through_month(months) or 12
    if not any(c.entered for c in months.values()):
        return YearSpan(through, None)
    return YearSpan(through, months[through], tuple(left_out(months, through)))


def wide_rows(store: Store, office: str, year: int, through_month: int = 12, *,
              decimal: str = ",", suppress_below: int | None = None) -> Iterator[list[str]]:
    """Rows of the wide file: one per active indicator with any figure in the year,
    months January..December (empty after ``through_month``) and the year's figure by
    the indicator's rule, year to date through ``through_month``. The year's column
    never mixes months: a point-in-time figure is read in ``through_month`` itself
    (:func:`~navdesk.domain.aggregation.year_to_date_in_one_month`)."""
    cat = store.catalogue
    figures = store.figures(office, [year])
    for ind in cat:
        if not ind.active:
            continue
        months = [
            value_in_month(cat, figures, ind.code, Period(year, m)) if m <= through_month else None
            for m in range(1, 13)
        ]
        if ind.is_yearly:
            months = [None] * 12

        def year_figure(code: str) -> Number | None:
            return year_to_date_in_one_month(cat, figures, code, year, through_month)

        total = year_figure(ind.code)
        if total is None and all(v is None for v in months):
            continue
        cells = [_wide_cell(cat, figures, ind, v, decimal, suppress_below,
                            lambda c, m=m: value_in_month(cat, figures, c, Period(year, m)))
                 for m, v in enumerate(months, 1)]
        cells.append(_wide_cell(cat, figures, ind, total, decimal, suppress_below, year_figure))
        yield [ind.code, guard(ind.name), ind.unit.value, *cells]


EXPORT_FORMATS = ("long", "wide")


def export_rows(store: Store, offices: list[str], year: int, month: int | None = None, *,
                format: str = "long", decimal: str = ",", suppress_below: int | None = None,
                ) -> tuple[tuple[str, ...], list[list[str]]]:
    """Header and rows of the file for the municipality, as ``navdesk-cli export`` and
    the window's export write it: ``format`` "long" (every stored value of ``offices``
    for ``year`` or one ``month``) or "wide" (one office; the year to date through
    ``month``, else through the months of :func:`wide_span`). Raises ValueRejected for
    an office not in the database or a wide file for several offices."""
    if format not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {format!r}")
    for code in offices:
        if store.office(code) is None:
            raise ValueRejected.because(QT_TRANSLATE_NOOP("", "Kontor {code} finnes ikke i databasen"),
                                        code=code)
    if format == "wide":
        if len(offices) != 1:
            raise ValueRejected.because(
                QT_TRANSLATE_NOOP("", "Bred fil (--format wide) lages for ett kontor om gangen"))
        through = wide_span(store, offices[0], year, month).through
        rows = list(wide_rows(store, offices[0], year, through, decimal=decimal,
                              suppress_below=suppress_below))
        return WIDE_COLUMNS, rows
    rows = list(long_rows(store, offices, year, month, decimal=decimal,
                          suppress_below=suppress_below))
    return LONG_COLUMNS, rows


def export_file(store: Store, path: str | os.PathLike, offices: list[str], year: int,
                month: int | None = None, *, format: str = "long", decimal: str = ",",
                suppress_below: int | None = None) -> int:
    """Write the file of :func:`export_rows` to ``path`` (atomically: a half-written
    file never replaces a good one); returns the number of rows written, header not
    counted. Raises ValueRejected as :func:`export_rows` does, OSError when the file
    cannot be written."""
    header, rows = export_rows(store, offices, year, month, format=format, decimal=decimal,
                               suppress_below=suppress_below)
    write_csv_file(Path(path), header, rows)
    return len(rows)


def _wide_cell(cat: Catalogue, figures, ind: Indicator, value, decimal, below, value_of) -> str:
    if value is None:
        return ""
    if ind.is_ratio and below:
        # a share of a small group gives the small count away: hide it too
        for code in (*ind.numerator, *ind.denominator):
            if cat[code].unit is Unit.PERSONS:
                part = value_of(code)
                if part is not None and 1 <= part < below:
                    return SUPPRESSED
    return _cell(ind, value, decimal, below)


# ---------------------------------------------------------------------------- import
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

    @property
    def ok(self) -> bool:
        return not self.problems


class _Columns:
    def __init__(self, header: list[str]) -> None:
        self.index: dict[str, int] = {}
        self.unknown: list[str] = []
        for n, raw in enumerate(header):
            name = raw.strip().strip('"').lower().replace(" ", "_")
            key = HEADER_ALIASES.get(name)
            if key and key not in self.index:
                self.index[key] = n
            elif not key:
                self.unknown.append(raw.strip())

    def get(self, key: str) -> int | None:
        return self.index.get(key)


def _fast_value(unit: Unit, text: str) -> Number:
    """The common cases without regular expressions; anything else goes the long way."""
    if text.isdigit() and text.isascii():
        if unit is Unit.PERCENT and len(text) > 2 and int(text) > 100:
            return parse_value(unit, text)
        return int(text) if len(text) < 13 else parse_value(unit, text)
    # 1234,5 or 1234,56 (or with a point): what navdesk and Excel write
    whole, mark, frac = text.partition(",")
    if not mark:
        whole, mark, frac = text.partition(".")
    if (mark and 0 < len(frac) < 3 and whole.isdigit() and frac.isdigit() and whole.isascii()
            and frac.isascii() and len(whole) < 12 and not unit.whole):
        if frac.rstrip("0"):
            value = float(f"{whole}.{frac}")
            if unit is not Unit.PERCENT or value <= 100:
                return value
        elif unit is not Unit.PERCENT or int(whole) <= 100:
            return int(whole)
    return parse_value(unit, text)


def _check_key(cat: Catalogue, periods: dict, rcode: str, ptext: str, utext: str) -> tuple | str:
    """(code, unit, period text) if indicator ``rcode`` can be imported for period
    ``ptext`` with unit text ``utext`` (may be empty); else the reason why not (a
    ``Said``, or the bokmål message of a period error)."""
    code = rcode.strip().upper()
    ind = cat.get(code)
    if ind is None:
        if not code:
            return said(QT_TRANSLATE_NOOP("", "Indikatorkoden mangler"))
        return said(QT_TRANSLATE_NOOP("", "Ukjent indikator «{code}»"), code=rcode.strip())
    if ind.is_ratio:
        return said(QT_TRANSLATE_NOOP("", "{code} beregnes av navdesk og kan ikke importeres"),
                    code=code)
    period = periods.get(ptext)
    if period is None:
        try:
            period = parse_period(ptext)
        except PeriodError as exc:
            period = _reason(exc)
        periods[ptext] = period
    if isinstance(period, str):
        return period
    if ind.is_yearly != period.is_year:
        if ind.is_yearly:
            return said(QT_TRANSLATE_NOOP(
                "", "{code} registreres én gang per år: skriv perioden som {year}"),
                code=code, year=period.year)
        return said(QT_TRANSLATE_NOOP(
            "", "{code} registreres per måned: skriv perioden som ÅÅÅÅ-MM"), code=code)
    unit = ind.unit
    low = utext.strip().lower()
    if low and low not in (unit.value, unit.label.lower(), unit.label_en.lower()):
        # the file's text is not named "unit": it is the user's, never translated
        return said(QT_TRANSLATE_NOOP(
            "", "{code}: enheten «{text}» stemmer ikke med katalogen ({expected})"),
            code=code, text=utext.strip(), expected=unit.value)
    # plain digits shorter than this are accepted as they are (100 % has three digits)
    digits_below = 3 if unit is Unit.PERCENT else 13
    return (code, unit, str(period), digits_below)


def _reason(exc: Exception) -> str:
    """An error's message to pass on as it is: a ``Said`` stays one (translated in the
    window), anything else is its bokmål text."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Said) else str(exc)


def _csv_problem(exc: csv.Error) -> Said:
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


def import_exchange_file(
    store: Store, path: str | os.PathLike, *, office: str | None = None,
    add_offices: bool = False, dry_run: bool = False, user: str | None = None,
    progress: Callable[[int, int], None] | None = None, chunk_rows: int = 20000,
    preview: int = 0, step: Callable[[], None] | None = None,
    office_codes: Mapping[str, str] | None = None,
) -> ImportReport:
    """Read an exchange file and, if every row is good, store all of it in one
    transaction; otherwise store nothing and list every problem by line.

    ``office`` files every row under that office (for sheets without an office column);
    ``add_offices`` creates offices the file names that the database lacks, except a
    code that is a known office's with its leading zeros lost (``312`` for ``0312``):
    that one is a problem until ``office_codes`` reads it as that office
    (``{"312": "0312"}``, see :func:`restorable_offices`).
    ``progress(bytes_read, bytes_total)`` is called now and then while the file is read,
    and with ``bytes_read == bytes_total`` once at the very end, after the rows are
    stored; ``step()`` now and then while the rows are checked against the database and
    stored. An exception raised by ``step`` or by ``progress`` while reading stops the
    import with nothing stored. ``preview`` > 0 lists up to that many changed values in
    ``report.preview`` (see :meth:`ImportBatch.finish`).
    """
    path = Path(path)
    report = ImportReport(file=path.name)
    if not path.is_file():
        report.problems.append((0, said(QT_TRANSLATE_NOOP("", "Finner ikke filen {path}"),
                                        path=str(path))))
        return report
    total_bytes = path.stat().st_size
    batch = None
    encoding = "utf-8"
    try:
        encoding = detect_encoding(path)
        report.encoding = ENCODING_NAMES.get(encoding, encoding)
        with open(path, encoding=encoding, newline="") as f:
            first = f.readline()
            report.delimiter = sniff_delimiter(first)
            # strict: a broken quote is an error, never the rest of the file read as one field
            reader = csv.reader(chain((first,), f), delimiter=report.delimiter, strict=True)
            header = next(reader, None) if first else None
            if header is None:
                report.problems.append((1, said(QT_TRANSLATE_NOOP("", "Filen er tom"))))
                return report
            cols = _Columns(header)
            report.columns = sorted(cols.index, key=cols.index.__getitem__)
            need = ["periode", "indikator", "verdi"] + ([] if office else ["kontornr"])
            missing = [c for c in need if cols.get(c) is None]
            if missing:
                columns = joined([said(QT_TRANSLATE_NOOP("", "«{name}»"), name=m)
                                  for m in missing], ", ")
                found = "; ".join(h.strip() for h in header)
                if {"jan", "des"} <= {h.strip().lower() for h in header}:
                    problem = said(QT_TRANSLATE_NOOP(
                        "", "Kolonnen {columns} mangler i overskriften (fant: {found}); dette ser "
                            "ut som en bred fil (én kolonne per måned): importer i langt format"),
                        columns=columns, found=found)
                else:
                    problem = said(QT_TRANSLATE_NOOP(
                        "", "Kolonnen {columns} mangler i overskriften (fant: {found})"),
                        columns=columns, found=found)
                report.problems.append((1, problem))
                return report
            batch = store.import_batch()
            unstaged = _stage_rows(
                f, report.delimiter, reader.line_num, cols, len(header), store.catalogue,
                office, batch, report,
                lambda: progress(min(f.buffer.tell(), total_bytes), total_bytes)
                if progress else None, chunk_rows, office_codes or {})
    except UnicodeDecodeError:
        report.problems.append((undecodable_line(path, encoding), said(QT_TRANSLATE_NOOP(
            "", "Filen har tegn som ikke kan leses som {encoding}; lagre den på nytt i Excel "
                "som «CSV UTF-8 (kommadelt)»"), encoding=report.encoding)))
    except csv.Error as exc:  # only the header: broken records are handled in _stage_rows
        report.problems.append((1, _csv_problem(exc)))
    except OSError as exc:
        report.problems.append((0, said(QT_TRANSLATE_NOOP("", "Kan ikke lese {path}: {reason}"),
                                        path=str(path), reason=str(exc.strerror or exc))))
    if batch is None:
        return report

    rename = office_codes or {}
    names = {rename.get(code, code): name for code, name in report.office_names.items()}
    add = None
    if add_offices:
        known = {o.code for o in store.offices()}
        codes = [office] if office else [
            code for code in report.office_names
            if code not in rename and not with_zeros_restored(code, known)]
        add = {code: report.office_names.get(code) or f"Kontor {code}" for code in codes}
    parse_problems = list(report.problems)
    outcome = batch.finish(source=f"import {path.name}", dry_run=dry_run or bool(parse_problems),
                           user=user, add_offices=add,
                           offices={office} if office else set(names),
                           preview=preview, step=step, unstaged=unstaged, office_names=names)
    report.new, report.changed, report.unchanged = outcome.new, outcome.changed, outcome.unchanged
    report.preview = outcome.preview
    report.offices_added = outcome.offices_added
    report.applied = outcome.applied
    report.problems = sorted(parse_problems + outcome.problems)
    if progress:
        progress(total_bytes, total_bytes)
    return report


def _stage_rows(f, delimiter: str, line: int, cols: _Columns, width: int, cat: Catalogue,
                office: str | None, batch, report: ImportReport, progress: Callable[[], None],
                chunk_rows: int, rename: Mapping[str, str]) -> dict[str, list[int]]:
    """Check every record of the open file ``f`` (after its header, which ended on
    ``line``) and stage the good ones in ``batch``, under the office ``rename`` reads
    their office code as (if it names it); problems go to ``report.problems`` by line.
    Returns the lines of the rows refused here by the office they name, so that an
    office not in the database is listed with them, not only once they are put right.

    This is the hot loop of a million-row import: a row costs a split, a cached
    lookup of its (indicator, period, unit), the value check and a few list operations.

    A line without a quote character splits exactly as the csv module would split it,
    only faster; a line with one is read by the csv module (strict, so broken quoting is
    a problem, never the rest of the file swallowed), which may read on over line ends
    inside quotes."""
    i_office, i_oname = cols.get("kontornr"), cols.get("kontor")
    i_period, i_code, i_value = cols.get("periode"), cols.get("indikator"), cols.get("verdi")
    i_unit, i_comment = cols.get("enhet"), cols.get("kommentar")
    problems, names = report.problems, report.office_names
    periods: dict[str, Period | str] = {}
    keys: dict[tuple[str, str, str], tuple | None] = {}  # None: the key has a problem
    key_problems: dict[tuple[str, str, str], str] = {}  # a Said, or a period error's text
    flat: list = []  # staged rows, six fields each, flattened for multi-row inserts
    extend = flat.extend
    chunk = chunk_rows * 6
    refused = 0  # rows with a problem (the others are staged or skipped)
    unstaged: dict[str, list[int]] = {}

    def refused_office(row: list[str], line: int) -> None:
        if office or i_office is None:
            return
        oc = row[i_office].strip()
        if oc:
            if oc not in names:
                names[oc] = unguard(row[i_oname].strip()) if i_oname is not None else ""
            unstaged.setdefault(rename.get(oc, oc), []).append(line)

    for text in f:
        line += 1
        start = line
        if '"' in text:
            record = csv.reader(chain((text,), f), delimiter=delimiter, strict=True)
            try:
                row = next(record)
            except csv.Error as exc:
                problems.append((start, _csv_problem(exc)))
                continue
            finally:
                line += record.line_num - 1
        else:
            row = text.rstrip("\r\n").split(delimiter)
        if len(row) != width:
            if not any(c.strip() for c in row):
                continue  # a blank line
            if len(row) < width:
                row = row + [""] * (width - len(row))
            elif any(c.strip() for c in row[width:]):
                refused += 1
                problems.append((start, said(QT_TRANSLATE_NOOP(
                    "", "Linjen har {fields} felt, men overskriften har {width} (feil skilletegn, "
                        "eller komma i et tall uten anførselstegn?)"), fields=len(row), width=width)))
                continue
        key = (row[i_code], row[i_period], row[i_unit] if i_unit is not None else "")
        try:
            checked = keys[key]
        except KeyError:
            checked = _check_key(cat, periods, *key)
            if checked.__class__ is not tuple:  # the reason why not
                key_problems[key] = checked
                checked = None
            keys[key] = checked
        if checked is None:
            if not any(c.strip() for c in row):
                continue  # an emptied row Excel saves as ";;;;;;;" (no code either)
            refused += 1
            problems.append((start, key_problems[key]))
            refused_office(row, start)
            continue
        code, unit, ptext, digits_below = checked
        value = row[i_value]
        # plain digits go in as text: the column's NUMERIC affinity stores them as
        # integers, in C, and they are whole and in range by this check
        if not (value.isdigit() and len(value) < digits_below and value.isascii()):
            vtext = value.strip()
            if not vtext:
                report.skipped_empty += 1
                continue
            if vtext == SUPPRESSED:
                report.skipped_suppressed += 1
                continue
            try:
                value = _fast_value(unit, vtext)
            except ValueRejected as exc:
                refused += 1
                problems.append((start, _value_problem(code, ptext, exc)))
                refused_office(row, start)
                continue
        if office:
            oc = office
        else:
            oc = row[i_office]
            if oc not in names:
                oc = oc.strip()
                if not oc:
                    refused += 1
                    problems.append((start, said(QT_TRANSLATE_NOOP("", "Kontornummeret mangler"))))
                    continue
                if oc not in names:
                    names[oc] = unguard(row[i_oname].strip()) if i_oname is not None else ""
            if rename:
                oc = rename.get(oc, oc)
        comment = row[i_comment] if i_comment is not None else ""
        if comment:
            try:
                comment = check_comment(unguard(comment))
            except ValueRejected as exc:
                refused += 1
                problems.append((start, _value_problem(code, ptext, exc)))
                refused_office(row, start)
                continue
        extend((start, oc, code, ptext, value, comment or None))
        if len(flat) >= chunk:
            batch.add_flat(flat)
            flat = []
            extend = flat.extend
            progress()
    if flat:
        batch.add_flat(flat)
    report.rows = batch.rows + refused + report.skipped_empty + report.skipped_suppressed
    return unstaged


def restorable_offices(store: Store, report: ImportReport) -> dict[str, str]:
    """The office codes of a read file that are each exactly one known office once the
    leading zeros Excel drops are put back, and that the file does not call by another
    name: file code -> the office's code (``{"312": "0312"}``). What a window offers
    to read them as, and ``--restore-zeros`` reads them as."""
    known = {o.code: o.name for o in store.offices()}
    found = {code: restored_office(code, name, known)
             for code, name in report.office_names.items()}
    return {code: to for code, to in found.items() if to is not None}


def _value_problem(code: str, period: str, exc: ValueRejected) -> Said:
    """The refusal of one value (or comment): "SH_MND 2025-04: «x» er ikke et tall"."""
    return said(QT_TRANSLATE_NOOP("", "{code} {period}: {reason}"), code=code, period=period,
                reason=exc.reason if exc.args else str(exc))
