"""What one row of an exchange file means, and whether it can be stored: the checks
every reader of exchange rows shares (CSV now, workbooks later). A reader yields
``(line, cells)``; :class:`ExchangeRowCheck` turns them into rows to stage, or
problems by line, in bokmål (:func:`~navdesk.domain.said.said`).

A value row has the fields ``kontornr`` (office code), ``kontor`` (office name),
``periode``, ``indikator``, ``verdi``, ``enhet`` (unit) and ``kommentar``; a file may
lack the optional ones, and ``kontornr`` when all its rows are for one office.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

from navdesk.domain.catalogue import Catalogue
from navdesk.domain.office_code import restored_office
from navdesk.domain.period import Period, PeriodError
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, said
from navdesk.domain.spreadsheet import is_total_row, spreadsheet_period
from navdesk.domain.units import Number, Unit, ValueRejected, check_comment, parse_value

SUPPRESSED = ":"  # a value published statistics hide (a small count of persons)
STAGED_FIELDS = 6  # line, office, code, period text, value, comment (or None)
# what an (indicator, period, unit) of the file is when it can be imported: code, unit,
# period text, and the length below which plain digits are taken as they are
CheckedKey = tuple[str, Unit, str, int]
# one staged field: see STAGED_FIELDS
StagedField = str | Number | None


def _as_is(text: str) -> str:
    return text


class ExchangeRowCheck:
    """Checks the rows of one exchange file against ``catalogue``.

    ``columns`` maps field names to the cell index they are read from; ``width`` is the
    number of cells of the header. ``office`` files every row under that office (a sheet
    without an office column); ``rename`` reads a file's office code as another
    (``{"312": "0312"}``: leading zeros Excel dropped). ``clean`` undoes a file
    format's own escaping of free text (office names, comments), such as Excel's
    formula guard. ``known`` (code -> name of the offices in the database): a file
    code that is one of them with its leading zeros lost is read as that office
    (:func:`~navdesk.domain.office_code.restored_office`), and listed in ``read_as``
    (file code -> office) with its rows counted in ``read_as_rows``.

    After :meth:`staged` has run: ``problems`` (line, message), ``office_names`` (code ->
    name as the file gives it, for every office code of the file), ``first_lines`` (code
    -> the line it is first on), ``unstaged`` (office
    -> lines of rows refused before staging, so that an office not in the database is
    listed with them), ``total_lines`` (the lines of ``Sum`` rows, skipped), and the
    counts of rows skipped and refused."""

    def __init__(self, catalogue: Catalogue, columns: Mapping[str, int], width: int, *,
                 office: str | None = None, rename: Mapping[str, str] | None = None,
                 clean: Callable[[str], str] = _as_is,
                 known: Mapping[str, str] | None = None) -> None:
        self.catalogue = catalogue
        self.columns = dict(columns)
        self.width = width
        self.office = office
        self.rename = dict(rename or {})
        self.clean = clean
        self.known = known
        self.read_as: dict[str, str] = {}
        self.read_as_rows: dict[str, int] = {}
        self.total_lines: list[int] = []
        self.problems: list[tuple[int, Said | str]] = []
        self.office_names: dict[str, str] = {}
        self.first_lines: dict[str, int] = {}  # office code -> the line it is first on
        self.unstaged: dict[str, list[int]] = {}
        self.skipped_empty = 0
        self.skipped_suppressed = 0
        self.refused = 0

    def staged(self, rows: Iterable[tuple[int, list[str]]], chunk_rows: int = 20000,
               ) -> Iterator[list[StagedField]]:
        """Check ``rows`` ((line, cells) in file order) and yield the good ones in flat
        lists of up to ``chunk_rows`` rows, :data:`STAGED_FIELDS` fields each (line,
        office, code, period text, value, comment or None), ready for the store's
        import batch; a value is a number or the plain digits of a whole number.

        This is the hot loop of a million-row import: a row costs a cached lookup of
        its (indicator, period, unit), the value check and a few list operations."""
        cols = self.columns
        i_office, i_oname = cols.get("kontornr"), cols.get("kontor")
        i_period, i_code, i_value = cols["periode"], cols["indikator"], cols["verdi"]
        i_unit, i_comment = cols.get("enhet"), cols.get("kommentar")
        office, rename, width, cat = self.office, self.rename, self.width, self.catalogue
        clean = self.clean
        problems, names, unstaged = self.problems, self.office_names, self.unstaged
        first_lines = self.first_lines
        read_as_rows = self.read_as_rows
        periods: dict[str, Period | str] = {}
        keys: dict[tuple[str, str, str], CheckedKey | None] = {}  # None: the key has a problem
        key_problems: dict[tuple[str, str, str], Said | str] = {}
        flat: list[StagedField] = []
        extend = flat.extend
        chunk = chunk_rows * STAGED_FIELDS
        refused = skipped_empty = skipped_suppressed = 0

        def refused_office(row: list[str], line: int) -> None:
            if office or i_office is None:
                return
            oc = row[i_office].strip()
            if oc:
                if oc not in names:
                    names[oc] = clean(row[i_oname].strip()) if i_oname is not None else ""
                    first_lines[oc] = line
                    self._learn(oc)
                unstaged.setdefault(rename.get(oc, oc), []).append(line)

        try:
            for start, row in rows:
                if len(row) != width:
                    if not any(c.strip() for c in row):
                        continue  # a blank line
                    if len(row) < width:
                        row = row + [""] * (width - len(row))
                    elif any(c.strip() for c in row[width:]):
                        refused += 1
                        problems.append((start, said(QT_TRANSLATE_NOOP(
                            "", "Linjen har {fields} felt, men overskriften har {width} (feil "
                                "skilletegn, eller komma i et tall uten anførselstegn?)"),
                            fields=len(row), width=width)))
                        continue
                key = (row[i_code], row[i_period], row[i_unit] if i_unit is not None else "")
                checked: CheckedKey | None
                try:
                    checked = keys[key]
                except KeyError:
                    found = _check_key(cat, periods, *key)
                    if isinstance(found, tuple):
                        checked = found
                    else:  # the reason why not
                        key_problems[key] = found
                        checked = None
                    keys[key] = checked
                if checked is None:
                    if not any(c.strip() for c in row):
                        continue  # an emptied row Excel saves as ";;;;;;;" (no code either)
                    if is_total_row(row):  # a person's "Sum" row below the table
                        self.total_lines.append(start)
                        continue
                    refused += 1
                    problems.append((start, key_problems[key]))
                    refused_office(row, start)
                    continue
                code, unit, ptext, digits_below = checked
                text = row[i_value]
                value: Number | str = text
                # plain digits go in as text: the column's NUMERIC affinity stores them as
                # integers, in C, and they are whole and in range by this check
                if not (text.isdigit() and len(text) < digits_below and text.isascii()):
                    vtext = text.strip()
                    if not vtext:
                        skipped_empty += 1
                        continue
                    if vtext == SUPPRESSED:
                        skipped_suppressed += 1
                        continue
                    try:
                        value = _fast_value(unit, vtext)
                    except ValueRejected as exc:
                        refused += 1
                        problems.append((start, value_problem(code, ptext, exc)))
                        refused_office(row, start)
                        continue
                if office:
                    oc = office
                else:
                    # a file without the office column is read for one office (``office``)
                    oc = row[i_office]  # type: ignore[index]
                    if oc not in names:
                        oc = oc.strip()
                        if not oc:
                            refused += 1
                            problems.append((start, said(QT_TRANSLATE_NOOP(
                                "", "Kontornummeret mangler"))))
                            continue
                        if oc not in names:
                            first_lines[oc] = start
                            names[oc] = (clean(row[i_oname].strip()) if i_oname is not None
                                         else "")
                            self._learn(oc)
                    if rename:
                        to = rename.get(oc)
                        if to is not None:
                            if oc in read_as_rows:
                                read_as_rows[oc] += 1
                            oc = to
                comment: str | None = row[i_comment] if i_comment is not None else ""
                if comment:
                    try:
                        comment = check_comment(clean(comment))
                    except ValueRejected as exc:
                        refused += 1
                        problems.append((start, value_problem(code, ptext, exc)))
                        refused_office(row, start)
                        continue
                extend((start, oc, code, ptext, value, comment or None))
                if len(flat) >= chunk:
                    yield flat
                    flat = []
                    extend = flat.extend
            if flat:
                yield flat
        finally:
            self.refused += refused
            self.skipped_empty += skipped_empty
            self.skipped_suppressed += skipped_suppressed

    def _learn(self, code: str) -> None:
        """A new office code of the file: read it as the known office it is with its
        leading zeros back, when there is exactly one (and the file does not name it
        otherwise); the caller's own ``rename`` wins."""
        known = self.known
        if known is None or code in known or code in self.rename:
            return
        to = restored_office(code, self.office_names.get(code, ""), known)
        if to is not None:
            self.rename[code] = self.read_as[code] = to
            self.read_as_rows[code] = 0


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


def _check_key(cat: Catalogue, periods: dict[str, Period | str], rcode: str, ptext: str,
               utext: str) -> CheckedKey | Said | str:
    """(code, unit, period text, digits below) if indicator ``rcode`` can be imported
    for period ``ptext`` with unit text ``utext`` (may be empty); else the reason why
    not (a ``Said``, or the bokmål message of a period error)."""
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
            period = spreadsheet_period(ptext)
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


def _reason(exc: Exception) -> Said | str:
    """An error's message to pass on as it is: a ``Said`` stays one (translated in the
    window), anything else is its bokmål text."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Said) else str(exc)


def value_problem(code: str, period: str, exc: ValueRejected) -> Said:
    """The refusal of one value (or comment): "SH_MND 2025-04: «x» er ikke et tall"."""
    return said(QT_TRANSLATE_NOOP("", "{code} {period}: {reason}"), code=code, period=period,
                reason=exc.reason if exc.args else str(exc))
