"""The wide exchange file read back (issue 15): one indicator a row, a column a month
and the year's figure last, for one office and one year the file itself does not name
(the importer chooses them). :class:`WideRows` turns its rows into the long rows
:class:`~navdesk.domain.exchange_rows.ExchangeRowCheck` reads, so a wide file goes
through the very checks, preview and all-or-nothing rule of a long one.

What a wide row gives:

- an indicator people enter monthly: one value a filled month cell. Its ``år`` cell is
  the year to date navdesk computed from the months when it wrote the file; it is never
  stored, but when it no longer matches the file's months (a month was changed in a
  spreadsheet and the year left as it was, or the other way round) the import says so;
- an indicator entered once a year: its ``år`` cell (its month cells must be empty);
- a computed indicator (a share): nothing; navdesk computes it from its parts, and the
  import says which were skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

from navdesk.domain.aggregation import value_in_month, year_to_date_in_one_month
from navdesk.domain.catalogue import Catalogue
from navdesk.domain.period import Period
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, joined, said
from navdesk.domain.spreadsheet import is_total_row
from navdesk.domain.units import (
    Number,
    Unit,
    ValueRejected,
    format_display,
    parse_number,
    parse_value,
)

MONTH_NAMES = ("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov",
               "des")  # the wide file's own month columns
SUPPRESSED = ":"  # as navdesk.domain.exchange_rows: a hidden small count
# the long rows' columns, as ExchangeRowCheck is told them
LONG_INDEX = {"periode": 0, "indikator": 1, "verdi": 2, "enhet": 3}
LONG_WIDTH = len(LONG_INDEX)
# how far a year cell may be from the months' figure and still match: the file's
# figures are rounded (two decimals; a spreadsheet may show and save one)
YEAR_TOLERANCE = 0.051


class WideRows:
    """The rows of one wide file for ``year``, as long rows.

    ``index`` maps ``indikator``, ``enhet`` and ``år`` to their cells (the last two may
    be missing); ``months`` lists (month number, cell); ``width`` is the header's number
    of cells. After :meth:`rows` has run: ``problems`` (line, message) of rows refused
    before they became long rows, ``total_lines`` (``Sum`` rows skipped), ``computed``
    (the computed indicators skipped, in file order) and :meth:`notices`."""

    def __init__(self, catalogue: Catalogue, index: Mapping[str, int],
                 months: Sequence[tuple[int, int]], width: int, year: int) -> None:
        self.catalogue = catalogue
        self.index = dict(index)
        self.months = list(months)
        self.width = width
        self.year = year
        self.problems: list[tuple[int, Said | str]] = []
        self.total_lines: list[int] = []
        self.computed: list[str] = []
        self.rows_read = 0  # the file's rows of indicators (not titles, Sum or blank rows)
        self._seen: set[str] = set()
        self._repeated: set[str] = set()  # given on two rows: refused by the import
        # what the file's own months give, and its year cells, for the year check
        self._figures: dict[str, dict[Period, Number]] = {}
        self._year_cells: list[tuple[int, str, str]] = []  # (line, code, text)
        # the month cells of computed rows: (line, code, month, text), to say which a
        # person changed (they are never read: navdesk computes them from their parts)
        self._computed_cells: list[tuple[int, str, int, str]] = []

    def rows(self, rows: Iterable[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
        """``rows`` ((line, cells) of the wide file) as (line, [periode, indikator,
        verdi, enhet]) rows, each at its own line: one a filled month cell, or one for
        the year's own value."""
        cat, year, width = self.catalogue, self.year, self.width
        i_code = self.index["indikator"]
        i_unit, i_year = self.index.get("enhet"), self.index.get("år")
        for line, cells in rows:
            if not any(c.strip() for c in cells):
                continue
            if len(cells) < width:
                cells = cells + [""] * (width - len(cells))
            elif len(cells) > width and any(c.strip() for c in cells[width:]):
                self.problems.append((line, said(QT_TRANSLATE_NOOP(
                    "", "Linjen har {fields} felt, men overskriften har {width} (feil "
                        "skilletegn, eller komma i et tall uten anførselstegn?)"),
                    fields=len(cells), width=width)))
                continue
            if is_total_row(cells) or is_total_row([cells[i_code]]):
                self.total_lines.append(line)
                continue
            self.rows_read += 1
            raw = cells[i_code].strip()
            code = raw.upper()
            ind = cat.get(code)
            if ind is None:
                self.problems.append((line, said(QT_TRANSLATE_NOOP(
                    "", "Ukjent indikator «{code}»"), code=raw) if raw else said(
                    QT_TRANSLATE_NOOP("", "Indikatorkoden mangler"))))
                continue
            if ind.is_ratio:
                self.computed.append(code)
                self._computed_cells.extend(
                    (line, code, m, cells[i].strip()) for m, i in self.months
                    if cells[i].strip() and cells[i].strip() != SUPPRESSED)
                continue
            unit = cells[i_unit] if i_unit is not None else ""
            year_text = cells[i_year].strip() if i_year is not None else ""
            filled = [(m, cells[i]) for m, i in self.months if cells[i].strip()]
            if ind.is_yearly:
                if filled:
                    self.problems.append((line, said(QT_TRANSLATE_NOOP(
                        "", "{code} registreres én gang per år: tallet skal stå i kolonnen "
                            "«år», ikke under {month}"),
                        code=code, month=MONTH_NAMES[filled[0][0] - 1])))
                    continue
                if year_text:
                    yield line, [str(year), code, year_text, unit]
                continue
            if not filled and year_text and year_text != SUPPRESSED:
                # a figure typed in the year's column alone would be lost: say so
                self.problems.append((line, said(QT_TRANSLATE_NOOP(
                    "", "{code} registreres per måned: tallene skal stå under månedene; "
                        "«år» lagres ikke, den regnes ut av dem"), code=code)))
                continue
            if code in self._seen:
                self._repeated.add(code)
            self._seen.add(code)
            figures = self._figures.setdefault(code, {})
            for month, text in filled:
                figures_value = _number(ind.unit, text)
                if figures_value is not None:
                    figures[Period(year, month)] = figures_value
                yield line, [f"{year}-{month:02d}", code, text, unit]
            if year_text and year_text != SUPPRESSED:
                self._year_cells.append((line, code, year_text))

    def notices(self, *, sheet: bool = False) -> list[Said]:
        """What the import should say about the file beyond its problems: the computed
        indicators skipped, and every year cell the file's months no longer give (by
        "rad" for a workbook's ``sheet``, else "linje")."""
        notices: list[Said] = []
        if self.computed:
            notices.append(said(QT_TRANSLATE_NOOP(
                "", "Beregnede indikatorer er hoppet over (navdesk regner dem ut av "
                    "delene): {codes}"), codes=", ".join(dict.fromkeys(self.computed))))
        changed = self.computed_cells_that_differ(sheet=sheet)
        if changed:
            notices.append(said(QT_TRANSLATE_NOOP(
                "", "Beregnede tall i filen som ikke er det delene gir, er ikke lest: {cells}"),
                cells=joined(changed, ", ")))
        differs = self.year_cells_that_differ(sheet=sheet)
        if differs:
            notices.append(said(QT_TRANSLATE_NOOP(
                "", "Kolonnen «år» lagres ikke (den regnes ut av månedene), og for {rows} "
                    "stemmer den ikke med månedene i filen; månedene er lest"),
                rows=joined(differs, ", ")))
        return notices

    def computed_cells_that_differ(self, *, sheet: bool = False) -> list[Said]:
        """"D_ANDEL_UNG (linje 5, jan: 55 i filen, 19,84 av delene)" for each month cell of
        a computed row that is not what the file's own parts give (someone changed a
        share in a spreadsheet, and the change is not read). Cells whose parts the file
        does not have are not compared."""
        cat = self.catalogue
        out: list[Said] = []
        for line, code, month, text in self._computed_cells:
            try:
                given = float(parse_number(text))
            except ValueRejected:
                continue
            parts = value_in_month(cat, self._figures, code, Period(self.year, month))
            if parts is None or abs(given - float(parts)) <= YEAR_TOLERANCE:
                continue
            out.append(said(QT_TRANSLATE_NOOP(
                "", "{code} (rad {line}, {month}: {given} i filen, {parts} av delene)") if sheet
                else QT_TRANSLATE_NOOP(
                "", "{code} (linje {line}, {month}: {given} i filen, {parts} av delene)"),
                code=code, line=line, month=MONTH_NAMES[month - 1],
                given=format_display(given), parts=format_display(parts)))
        return out

    def year_cells_that_differ(self, *, sheet: bool = False) -> list[Said]:
        """"SH_MND (linje 3: 540 i filen, 538,08 av månedene)" for each year cell that
        is not the year to date of its row's months, read through that row's last filled
        month. A figure the months cannot give (a weighted mean without its weights in
        the file) is not compared, nor a row given twice (the import refuses it)."""
        cat = self.catalogue
        out: list[Said] = []
        for line, code, text in self._year_cells:
            months_of = self._figures.get(code)
            if not months_of or code in self._repeated:
                continue
            try:  # any number: a year's average of persons has decimals (244,83)
                given = float(parse_number(text))
            except ValueRejected:
                continue  # not a number: never stored, so not refused either
            through = max(p.month_of_year for p in months_of)
            months = year_to_date_in_one_month(cat, self._figures, code, self.year, through)
            if months is None or abs(given - float(months)) <= YEAR_TOLERANCE:
                continue
            out.append(said(QT_TRANSLATE_NOOP(
                "", "{code} (rad {line}: {given} i filen, {months} av månedene)") if sheet
                else QT_TRANSLATE_NOOP(
                "", "{code} (linje {line}: {given} i filen, {months} av månedene)"),
                code=code, line=line, given=format_display(given),
                months=format_display(months)))
        return out


def _number(unit: Unit, text: str) -> Number | None:
    try:
        return parse_value(unit, text.strip())
    except ValueRejected:
        return None
