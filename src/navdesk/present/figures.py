"""How every surface writes a figure: one rounding rule, one place.

Rounding is half away from zero (12,25 -> 12,3; 2,5 -> 3), by the domain's one rule
(:func:`navdesk.domain.units.rounded`, the way the window's QLocale writes a figure):
never Python's ``round``, which rounds half to even (31 703 189,5 became 31 703 189 in
one place and 31 703 190 in another).

- **For people** (the window, the PDF, the terminal): a figure of a thousand or more
  (in absolute value) in whole numbers, kroner are read in whole kroner; a smaller one
  with one decimal, a trailing zero dropped (12, 12,5). Thousands are grouped with a
  no-break space in bokmål (``1 234,5``) and written ``1,234.5`` in English. A missing
  figure is ``–``. A share in a breakdown always has one decimal (``12,0 %``).
- **In files** (csv): the figure rounded the same way to two decimals, trailing zeros
  dropped, no grouping, a decimal comma; a missing figure is an empty field.

So a csv file may carry more decimals than the window, but never a different figure:
rounding the file's figure for people gives the window's.
"""

from __future__ import annotations

from navdesk.domain import units
from navdesk.domain.units import Number, format_display, format_number

MISSING = "–"
FILE_DECIMALS = 2


def rounded(value: Number, decimals: int) -> Number:
    """``value`` to ``decimals`` decimals by the one rounding rule
    (:func:`navdesk.domain.units.rounded`: half away from zero, as the window's QLocale
    writes it); an int stays an int."""
    if isinstance(value, int):
        return value
    return float(units.rounded(value, decimals))


def for_people(value: Number | None, lang: str = "nb", decimals: int = 1,
               missing: str = MISSING) -> str:
    """A figure for people: ``decimals`` decimals below a thousand (trailing zeros
    dropped), whole numbers from a thousand up, grouped in ``lang``."""
    if value is None:
        return missing
    return format_display(units.round_for_display(value, decimals), lang=lang)


def signed(value: Number | None, lang: str = "nb", decimals: int = 1) -> str:
    """A change for people, with its sign: ``+12``, ``-3,5``; "" when unknown. The sign
    is the change's own, so a small one still says its way (``+0``)."""
    if value is None:
        return ""
    text = for_people(abs(value), lang, decimals)
    return ("+" if value > 0 else "-" if value < 0 else "") + text


def share(value: float | None, lang: str = "nb") -> str:
    """A share in percent, always one decimal: ``12,0 %`` ("" when unknown)."""
    if value is None:
        return ""
    return format_display(rounded(value, 1), 1, lang=lang) + "\u00a0%"


def in_file(value: Number | None, decimal: str = ",") -> str:
    """A figure in a csv file: at most two decimals, no grouping ("" when missing)."""
    return "" if value is None else format_number(rounded(value, FILE_DECIMALS), decimal)


def share_in_file(value: float | None, decimal: str = ",") -> str:
    """A share in a csv file: one decimal, always shown (``12,0``), as for people."""
    if value is None:
        return ""
    return f"{rounded(value, 1):.1f}".replace(".", decimal)
