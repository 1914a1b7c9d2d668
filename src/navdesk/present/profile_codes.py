"""Which indicators an office's profile shows. An index of a count (people, kroner,
decisions) against the network's *sum* only says how large the office is (a fifth of
the network's people reads 20), so a profile shows the indicators that compare offices
of different sizes: shares, per-recipient amounts, averages and survey scores."""

from __future__ import annotations

from navdesk.domain.catalogue import Catalogue
from navdesk.domain.goalcard import GoalCard
from navdesk.domain.network import Combination, combination

# key figures of an office, comparable whatever its size (the network reports' kind)
KEY_INDICATORS = ("D_ANDEL_SH_HOVED", "D_ANDEL_UNG", "D_ANDEL_LANGTID",
                  "D_BRUTTO_PER_MOTTAKER", "SH_STONADSLENGDE", "SAK_DAGER",
                  "D_ANDEL_INNVILGET", "D_ANDEL_2UKER", "D_KVP_TIL_ARBEID", "D_LAR_IP",
                  "SYKEFRAVAER", "BRUKERTILFREDSHET")
FEWEST = 3  # a goal card with fewer such measures gives the key figures instead


def comparable(catalogue: Catalogue, code: str) -> bool:
    """Whether ``code``'s index compares offices of different sizes (not a summed count)."""
    ind = catalogue.get(code)
    return ind is not None and ind.active and combination(ind) is not Combination.SUM


def profile_codes(catalogue: Catalogue, card: GoalCard | None) -> list[str]:
    """The goal card's measured indicators that compare offices of different sizes, in
    the card's order; with fewer than :data:`FEWEST`, the key indicators instead."""
    codes = list(dict.fromkeys(m.indicator for _, _, m in card.measures())) if card else []
    chosen = [c for c in codes if comparable(catalogue, c)]
    if len(chosen) >= FEWEST:
        return chosen
    return [c for c in KEY_INDICATORS if comparable(catalogue, c)]
