"""Units of measure, reading numbers as Norwegians type them, and the input checks.

A value is stored as an ``int`` when it is whole and as a ``float`` with at most two
decimals otherwise; both are plain Python numbers in the unit of their indicator.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import Enum

from navdesk.domain.said import QT_TRANSLATE_NOOP, Refusal, english

MAX_VALUE = Decimal("999999999999")  # a trillion kroner is a typo, not a figure
# characters of a number as written: MAX_VALUE grouped, with decimals, fits many times over;
# a number of a million digits is refused before Decimal arithmetic could overflow on it
MAX_NUMBER_LENGTH = 40


class Unit(str, Enum):
    PERSONS = "persons"
    COUNT = "count"
    NOK = "nok"
    DAYS = "days"
    MONTHS = "months"
    NIGHTS = "nights"
    PERCENT = "percent"
    SCORE = "score"

    @property
    def label(self) -> str:
        """Short Norwegian label for column headers."""
        return _LABELS_NB[self]

    @property
    def label_en(self) -> str:
        """The label in English, the window's (files may name a unit either way)."""
        return english(self.label)

    @property
    def whole(self) -> bool:
        """True for units that count people or things: no decimals allowed."""
        return self in (Unit.PERSONS, Unit.COUNT, Unit.NIGHTS)


# marked for the window's English (packaging/en/texts.tsv); "%" is the same in both
_LABELS_NB = {
    Unit.PERSONS: QT_TRANSLATE_NOOP("", "personer"), Unit.COUNT: QT_TRANSLATE_NOOP("", "antall"),
    Unit.NOK: QT_TRANSLATE_NOOP("", "kr"), Unit.DAYS: QT_TRANSLATE_NOOP("", "dager"),
    Unit.MONTHS: QT_TRANSLATE_NOOP("", "måneder"), Unit.NIGHTS: QT_TRANSLATE_NOOP("", "døgn"),
    Unit.PERCENT: "%", Unit.SCORE: QT_TRANSLATE_NOOP("", "poeng"),
}


class ValueRejected(Refusal):
    """A typed or imported value that cannot be stored; the message says why, in bokmål.

    Made with :meth:`because`, its message is a :class:`~navdesk.domain.said.Said`, so
    the window can show it in the chosen language (``ui.i18n.message``)."""


Number = int | float

_SPACES = re.compile(r"[ \u00a0\u202f\u2009]")
_PLAIN = re.compile(r"^\d+$")
_ONE_MARK = re.compile(r"^(\d+)([.,])(\d+)$")
_SPACE_GROUPED = re.compile(r"^\d{1,3}( \d{3})+([.,]\d+)?$")
_DOT_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$")
_COMMA_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")


def parse_number(text: str, lang: str | None = None) -> Decimal:
    """Read a number as typed in a window of language ``lang`` ("nb", "en"), or in a file
    or on the command line (None, the same rules as bokmål).

    Bokmål (and files) accept the Norwegian and the English way: ``1234``, ``1 234``
    (space or no-break space between groups of three), ``12,5``, ``12.5``, ``1.234,5``,
    ``1,234.5``. A single ``.`` or ``,`` followed by exactly three digits (``1.234``)
    could be a thousands separator or a decimal mark: that is refused, never guessed.

    English reads what the English window shows: the point is the decimal mark and the
    comma separates thousands, so ``1,234`` is 1234 (read as a decimal it would have
    three decimals, which no figure may have), and ``1,234.5``, ``1234.5``, ``12.5`` and
    ``1 234`` are read too. Refused in English: ``1.234`` (in Norway one thousand two
    hundred and thirty-four, in English a number with three decimals: both readings are
    plausible), and a comma that does not group thousands (``12,5``, ``1,23``,
    ``1.234,5``), which is the Norwegian decimal comma or a slip of ``1,234`` and might
    be off by a factor of a thousand: the message says how to write it.

    A leading minus is read in both. Raises :class:`ValueRejected`.
    """
    s = text.strip()
    if not s:
        raise ValueRejected.because(QT_TRANSLATE_NOOP("", "Verdien mangler"))
    if len(s) > MAX_NUMBER_LENGTH:
        raise ValueRejected.because(
            QT_TRANSLATE_NOOP("", "Tallet er urimelig langt ({n} tegn; høyst {most})"),
            n=len(s), most=MAX_NUMBER_LENGTH)
    sign = ""
    if s[0] in "-\u2212":
        sign, s = "-", s[1:].lstrip()
    elif s[0] == "+":
        s = s[1:].lstrip()
    s = _SPACES.sub(" ", s)
    digits = _english_digits(s, text.strip()) if lang == "en" else _digits(s, text.strip())
    try:
        return Decimal(sign + digits)
    except InvalidOperation:  # pragma: no cover - the patterns above only pass digits
        raise ValueRejected(f"«{text.strip()}» er ikke et tall") from None


def _ambiguous(text: str, whole: str, mark: str, frac: str) -> ValueRejected:
    return ValueRejected.because(QT_TRANSLATE_NOOP(
        "", "«{text}» er tvetydig: er «{mark}» tusenskille eller desimaltegn? "
        "Skriv {number} for et helt tall, eller bruk høyst to desimaler"),
        text=text, mark=mark, number=whole + frac)


def _not_a_number(text: str) -> ValueRejected:
    return ValueRejected.because(QT_TRANSLATE_NOOP("", "«{text}» er ikke et tall"), text=text)


def _digits(s: str, text: str) -> str:
    """The digits of ``s`` (no sign, spaces unified) read the Norwegian or English way,
    with a point as decimal mark."""
    if _PLAIN.match(s):
        return s
    if m := _ONE_MARK.match(s):
        whole, mark, frac = m.groups()
        if len(frac) == 3 and len(whole) <= 3 and whole != "0":
            raise _ambiguous(text, whole, mark, frac)
        return f"{whole}.{frac}"
    if _SPACE_GROUPED.match(s):
        return s.replace(" ", "").replace(",", ".")
    if _DOT_GROUPED.match(s):
        return s.replace(".", "").replace(",", ".")
    if _COMMA_GROUPED.match(s):
        return s.replace(",", "")
    raise _not_a_number(text)


_EN_POINT = re.compile(r"^(\d+)\.(\d+)$")
# thousands start with 1-9: "0,125" is a Norwegian 0.125, never 125
_EN_GROUPED = re.compile(r"^[1-9]\d{0,2}((,\d{3})+|( \d{3})+)(\.\d+)?$")


def _english_digits(s: str, text: str) -> str:
    """The digits of ``s`` as the English window writes numbers (see parse_number)."""
    if _PLAIN.match(s):
        return s
    if m := _EN_POINT.match(s):
        whole, frac = m.groups()
        if len(frac) == 3 and len(whole) <= 3 and whole != "0":
            raise _ambiguous(text, whole, ".", frac)
        return f"{whole}.{frac}"
    if _EN_GROUPED.match(s):
        return s.replace(",", "").replace(" ", "")
    try:  # a number written the Norwegian way (12,5 or 1.234,5): say how to write it here
        _digits(s, text)
    except ValueRejected:
        raise _not_a_number(text) from None
    raise ValueRejected.because(QT_TRANSLATE_NOOP(
        "", "«{text}»: i det engelske vinduet er punktum desimaltegn (12.5) og komma "
        "tusenskille (1,234)"), text=text)


def decimals_of(d: Decimal) -> int:
    """Number of significant decimals: 12.50 has one, 100 has none."""
    exponent = d.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def check_value(unit: Unit, d: Decimal) -> Number:
    """Apply the input rules of ``unit`` to a number; return it as int or float.

    persons, count, nights: whole numbers >= 0. nok, days, months, score: >= 0 with at
    most two decimals. percent: 0 to 100 with at most two decimals.
    Raises :class:`ValueRejected` with the reason.
    """
    if not d.is_finite():
        raise ValueRejected.because(QT_TRANSLATE_NOOP("", "Verdien er ikke et tall"))
    if d < 0:
        raise ValueRejected.because(QT_TRANSLATE_NOOP("", "Verdien kan ikke være negativ"))
    places = decimals_of(d)
    if unit.whole and places:
        raise ValueRejected.because(QT_TRANSLATE_NOOP("", "Må være et helt tall ({unit})"),
                                    unit=unit.label)
    if places > 2:
        raise ValueRejected.because(QT_TRANSLATE_NOOP("", "Høyst to desimaler"))
    if unit is Unit.PERCENT and d > 100:
        raise ValueRejected.because(QT_TRANSLATE_NOOP("", "En prosent må være mellom 0 og 100"))
    if d > MAX_VALUE:
        raise ValueRejected.because(QT_TRANSLATE_NOOP("", "Tallet er urimelig stort"))
    if places == 0:
        return int(d)
    return float(d)


def parse_value(unit: Unit, text: str, lang: str | None = None) -> Number:
    """Read and check a value typed or imported for an indicator measured in ``unit``,
    as written in a window of language ``lang`` (see :func:`parse_number`).

    A trailing ``%`` is accepted for percentages. Raises :class:`ValueRejected`.
    """
    s = text.strip()
    if unit is Unit.PERCENT and s.endswith("%"):
        s = s[:-1]
    return check_value(unit, parse_number(s, lang))


MAX_COMMENT_LENGTH = 2000  # characters: room for an explanation, not for a document


def check_comment(text: str | None) -> str | None:
    """A comment as stored: None for no comment. Raises :class:`ValueRejected` when it
    is longer than :data:`MAX_COMMENT_LENGTH` characters."""
    if not text:
        return None
    if len(text) > MAX_COMMENT_LENGTH:
        raise ValueRejected.because(
            QT_TRANSLATE_NOOP("", "Kommentaren er for lang ({n} tegn; høyst {most})"),
            n=len(text), most=MAX_COMMENT_LENGTH)
    return text


def rounded(value: Number, places: int) -> Decimal:
    """``value`` to ``places`` decimals by navdesk's one rounding rule: half away from
    zero, of the figure as it is written (its shortest decimal form: 52.65 -> 52.7,
    2.675 -> 2.68, 2.5 -> 3), as people round by hand and Excel's ROUND does; never of
    the binary float behind it (52.65 is 52.6499999… there) and never half to even.
    The window, the command line, the PDF and the files all round through here."""
    exact = value if isinstance(value, Decimal) else Decimal(repr(value))
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def format_number(value: Number | None, decimal: str = ",") -> str:
    """Plain file format: no thousands separator, at most two decimals, ``decimal`` mark.

    Whole numbers carry no decimals; trailing zeros are dropped (12.5, not 12.50).
    """
    if value is None:
        return ""
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    text = format(rounded(value, 2), "f").rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", decimal) if decimal != "." else text


WHOLE_FROM = 1000  # figures from here up are read in whole numbers (kroner: whole kroner)


def round_for_display(value: Number, decimals: int = 1) -> Number:
    """``decimals`` decimals for small figures, whole numbers from a thousand up (kroner
    are read in whole kroner), by the rule of :func:`rounded`."""
    if isinstance(value, int) or not math.isfinite(value):
        return value
    return float(rounded(value, 0 if abs(value) >= WHOLE_FROM else decimals))


def display_digits(value: Number, decimals: int | None = None) -> str:
    """The figure as every surface shows it, before the language's marks: plain digits
    with a point, rounded by :func:`rounded` to ``decimals``, or (None) whole numbers
    without decimals and others with at most two, trailing zeros dropped ("-1234.5")."""
    if decimals is None:
        return format_number(value, ".")
    return format(rounded(value, decimals), "f")


def format_display(value: Number | None, decimals: int | None = None, lang: str = "nb") -> str:
    """For people, outside the window (command line, PDF, messages): ``1 234,5`` with a
    no-break space between thousands (bokmål), or ``1,234.5`` in English (``lang="en"``).

    The window writes its figures with ``QLocale`` (``ui.i18n.format_display``); both
    give the same string for the same figure (tests/ui/test_numbers_locale.py). The
    minus is the plain hyphen-minus in both languages: bokmål's typographic minus
    (U+2212) is missing from the Windows code page the command line may write in."""
    if value is None:
        return ""
    plain = display_digits(value, decimals)
    sign = "-" if plain.startswith("-") else ""
    plain = plain.lstrip("-")
    whole, _, frac = plain.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    group, mark = (",", ".") if lang == "en" else ("\u00a0", ",")
    out = sign + group.join(groups)
    return f"{out}{mark}{frac}" if frac else out
