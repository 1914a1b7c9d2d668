"""Reading only the figures a picture needs: some indicators (and the parts their
ratios and weighted means are computed from) over a span of years, with comments."""

from __future__ import annotations

from collections.abc import Iterable

from navdesk.domain.catalogue import Catalogue
from navdesk.domain.period import Period
from navdesk.domain.units import Number
from navdesk.store.database import Store, collect_figures


def codes_needed(catalogue: Catalogue, codes: Iterable[str]) -> set[str]:
    """``codes`` and every code they are computed from (numerators, denominators,
    weights), transitively."""
    out: set[str] = set()
    todo = [c for c in codes if c in catalogue]
    while todo:
        code = todo.pop()
        if code in out:
            continue
        out.add(code)
        ind = catalogue[code]
        todo += [c for c in (*ind.numerator, *ind.denominator, ind.weight) if c and c in catalogue]
    return out


def figures_for(store: Store, office: str, codes: Iterable[str], first_year: int, last_year: int
                ) -> tuple[dict[str, dict[Period, Number]], dict[tuple[str, Period], str]]:
    """Values (code -> period -> value) and comments ((code, period) -> text) of
    ``codes`` and what they are computed from, for ``first_year``..``last_year``: one
    range of the (office, period, indicator) key."""
    needed = sorted(codes_needed(store.catalogue, codes))
    if not needed:
        return {}, {}
    return collect_figures(store.conn.execute(
        "SELECT indicator, period, value, comment FROM value WHERE office = ? AND period >= ?"
        f" AND period < ? AND indicator IN ({','.join('?' * len(needed))})",
        [office, f"{first_year:04d}", f"{last_year + 1:04d}", *needed]))
