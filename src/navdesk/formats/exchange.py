"""The exchange file's columns, as the municipality receives them and as people send
them back (long format, one value a row; wide format, a readable year), and reading
such a file's header. Rows are read by :class:`navdesk.formats.csvfile.CsvRows`; what a
row means is :mod:`navdesk.domain.exchange_rows`'; the import itself is
:mod:`navdesk.service.importing`, the export's rows :mod:`navdesk.present.exchange`.

Long format::

    kontornr;kontor;periode;indikator;navn;verdi;enhet;kommentar

Wide format::

    indikator;navn;enhet;jan;feb;...;des;år
"""

from __future__ import annotations

from navdesk.domain.exchange_rows import SUPPRESSED
from navdesk.domain.period import Period, PeriodError
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, joined, said
from navdesk.domain.spreadsheet import spreadsheet_period
from navdesk.formats.csvfile import column_problems

LONG_COLUMNS = ("kontornr", "kontor", "periode", "indikator", "navn", "verdi", "enhet", "kommentar")
MONTH_COLUMNS = ("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des")
WIDE_COLUMNS = ("indikator", "navn", "enhet", *MONTH_COLUMNS, "år")

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


# the wide file's header as people send it back: navdesk's names, English ones, and the
# month names a spreadsheet in either language writes (``okt``/``oct``, ``des``/``dec``)
_MONTH_SPELLINGS = (
    ("jan", "januar", "january"), ("feb", "februar", "february"), ("mar", "mars", "march"),
    ("apr", "april"), ("mai", "may"), ("jun", "juni", "june"), ("jul", "juli", "july"),
    ("aug", "august"), ("sep", "sept", "september"), ("okt", "oct", "oktober", "october"),
    ("nov", "november"), ("des", "dec", "desember", "december"))
WIDE_HEADER_ALIASES = {
    "indikator": "indikator", "indicator": "indikator", "kode": "indikator", "code": "indikator",
    "navn": "navn", "name": "navn",
    "enhet": "enhet", "unit": "enhet",
    "år": "år", "year": "år", "aar": "år", "hele_året": "år", "full_year": "år",
    **{spelling: MONTH_COLUMNS[n] for n, spellings in enumerate(_MONTH_SPELLINGS)
       for spelling in spellings},
}


class WideColumns:
    """Where each field of a wide file is, by its header (:data:`WIDE_HEADER_ALIASES`;
    the first of a name counts): ``index`` maps ``indikator``, ``navn``, ``enhet`` and
    ``år`` to their cells, ``months`` lists (month number, cell) in the header's order.
    A person may delete the months a file leaves empty: any of them may be missing."""

    def __init__(self, header: list[str]) -> None:
        self.index: dict[str, int] = {}
        # the years of month columns a person headed with a month of a year ("januar
        # 2025", "2025-01", a date cell): the file then says its year
        self.years: set[int] = set()
        self.dated: set[int] = set()  # the cells of such headers
        for n, raw in enumerate(header):
            key = WIDE_HEADER_ALIASES.get(raw.strip().strip('"').lower().replace(" ", "_"))
            if key is None and (period := header_month(raw)) is not None:
                key = MONTH_COLUMNS[period.month_of_year - 1]
                self.years.add(period.year)
                self.dated.add(n)
            if key and key not in self.index:
                self.index[key] = n
        self.months = [(MONTH_COLUMNS.index(name) + 1, self.index[name])
                       for name in MONTH_COLUMNS if name in self.index]


def header_month(text: str) -> Period | None:
    """The month of a year a header cell names ("januar 2025", "jan.25", "2025-01", a
    date cell's "2025-01-01"), or None; plain numbers are never read as one."""
    cell = text.strip().strip('"')
    if not cell or cell.isdigit():
        return None
    try:
        period = spreadsheet_period(cell)
    except PeriodError:
        return None
    return None if period.is_year else period


def is_wide_header(cells: list[str]) -> bool:
    """Whether a row is a wide exchange file's header: it names the indicator and at
    least one month and has no period column (a long file's ``periode``)."""
    if ExchangeColumns(cells).get("periode") is not None:
        return False
    columns = WideColumns(cells)
    return "indikator" in columns.index and bool(columns.months)


def wide_header_problems(header: list[str]) -> list[Said]:
    """Why a wide file with ``header`` cannot be imported: every column it does not
    know or names twice, by name (a month of a year counts as that month); empty when
    it can."""
    columns = WideColumns(header)
    named = [MONTH_COLUMNS[header_month(h).month_of_year - 1]  # type: ignore[union-attr]
             if n in columns.dated else h for n, h in enumerate(header)]
    problems = column_problems(named, WIDE_HEADER_ALIASES)
    if len(columns.years) > 1:
        problems.append(said(QT_TRANSLATE_NOOP(
            "", "Overskriften har måneder fra flere år ({years}); en bred fil gjelder ett år"),
            years=", ".join(map(str, sorted(columns.years)))))
    return problems


class ExchangeColumns:
    """Where each field of an exchange file is, by a header as people write it: the
    navdesk names of :data:`HEADER_ALIASES` (the first of a name counts: a name given
    twice is refused first, by :func:`header_problems`); ``unknown`` are the header's
    other columns."""

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

    @property
    def names(self) -> list[str]:
        """The fields found, in the header's order."""
        return sorted(self.index, key=self.index.__getitem__)


def is_exchange_header(cells: list[str]) -> bool:
    """Whether a row is an exchange file's header (the rows above it are a title a
    person added): a long file's, naming the period, indicator and value columns, or a
    wide file's (:func:`is_wide_header`)."""
    columns = ExchangeColumns(cells)
    return (all(columns.get(name) is not None for name in ("periode", "indikator", "verdi"))
            or is_wide_header(cells))


def header_problems(header: list[str], columns: ExchangeColumns, *,
                    office_given: bool) -> list[Said]:
    """Why a long file with ``header`` cannot be imported: a needed column missing
    (:func:`missing_columns`), else every column it does not know or names twice, by
    name (:func:`~navdesk.formats.csvfile.column_problems`); empty when it can."""
    missing = missing_columns(header, columns, office_given=office_given)
    if missing is not None:
        return [missing]
    return column_problems(header, HEADER_ALIASES)


def missing_columns(header: list[str], columns: ExchangeColumns, *,
                    office_given: bool) -> Said | None:
    """Why a long file with ``header`` cannot be imported (a needed column missing), or
    None. ``office_given``: every row goes to one chosen office, so the file needs no
    office column."""
    need = ["periode", "indikator", "verdi"] + ([] if office_given else ["kontornr"])
    missing = [c for c in need if columns.get(c) is None]
    if not missing:
        return None
    names = joined([said(QT_TRANSLATE_NOOP("", "«{name}»"), name=m) for m in missing], ", ")
    found = "; ".join(h.strip() for h in header)
    return said(QT_TRANSLATE_NOOP(
        "", "Kolonnen {columns} mangler i overskriften (fant: {found})"),
        columns=names, found=found)


__all__ = ["HEADER_ALIASES", "LONG_COLUMNS", "MONTH_COLUMNS", "SUPPRESSED", "WIDE_COLUMNS",
           "WIDE_HEADER_ALIASES", "ExchangeColumns", "WideColumns", "header_problems",
           "is_exchange_header", "is_wide_header", "missing_columns", "wide_header_problems"]
