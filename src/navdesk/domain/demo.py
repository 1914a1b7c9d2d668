"""Plausible, deterministic demo figures for one office: the same office code and
months always give the same numbers, and they pass every consistency rule (breakdowns
add up, subsets stay within their totals, year-to-date counts never fall).
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator

from navdesk.domain.period import Period, month_range
from navdesk.domain.units import Number

# shares of each breakdown of SH_HIA (and of SH_INNTEKT_TRYGD), in catalogue order
_SPLITS = {
    "SH_HIA": [
        (["SH_ALDER_18_24", "SH_ALDER_25_29", "SH_ALDER_30_39", "SH_ALDER_40_49",
          "SH_ALDER_50_59", "SH_ALDER_60_66", "SH_ALDER_67P"],
         [0.20, 0.14, 0.24, 0.19, 0.14, 0.07, 0.02]),
        (["SH_KJONN_MENN", "SH_KJONN_KVINNER"], [0.56, 0.44]),
        (["SH_SIVIL_ENKE", "SH_SIVIL_GIFT", "SH_SIVIL_SAMBOER", "SH_SIVIL_SKILT", "SH_SIVIL_UGIFT"],
         [0.02, 0.12, 0.06, 0.18, 0.62]),
        (["SH_BORGER_NORSK", "SH_BORGER_UTENLANDSK"], [0.66, 0.34]),
        (["SH_FORSORGER_UTEN", "SH_FORSORGER_MED"], [0.72, 0.28]),
        (["SH_INNTEKT_ANNEN", "SH_INNTEKT_ARBEID", "SH_INNTEKT_EKTEFELLE", "SH_INNTEKT_INTRO",
          "SH_INNTEKT_KURS", "SH_INNTEKT_KVP", "SH_INNTEKT_SOSIALHJELP", "SH_INNTEKT_STIPEND",
          "SH_INNTEKT_TRYGD"],
         [0.05, 0.14, 0.03, 0.04, 0.06, 0.02, 0.42, 0.03, 0.21]),
    ],
    "SH_INNTEKT_TRYGD": [
        (["SH_TRYGD_ALDER", "SH_TRYGD_ANNEN", "SH_TRYGD_DAGPENGER", "SH_TRYGD_ETTERLATTE",
          "SH_TRYGD_OVERGANG", "SH_TRYGD_SYKEPENGER", "SH_TRYGD_UFORE", "SH_TRYGD_AAP"],
         [0.04, 0.06, 0.12, 0.01, 0.07, 0.10, 0.25, 0.35]),
    ],
}


def _allocate(total: int, shares: list[float], rng: random.Random) -> list[int]:
    """Split a whole number by (slightly jittered) shares; the parts add up exactly."""
    weights = [s * rng.uniform(0.9, 1.1) for s in shares]
    scale = total / sum(weights)
    raw = [w * scale for w in weights]
    parts = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def _seasonal(month: int, amplitude: float, peak: int = 1) -> float:
    return 1.0 + amplitude * math.cos(2 * math.pi * (month - peak) / 12)


def demo_year(office: str, year: int, through_month: int = 12) -> dict[Period, dict[str, Number]]:
    """Demo figures of one office for January..``through_month`` of ``year``
    (yearly indicators only when December is included)."""
    rng = random.Random(f"navdesk-demo/{office}/{year}")
    size = 0.6 + (sum(map(ord, office)) % 9) / 10  # offices differ in size
    # slowly falling counts; held at a floor so that every year navdesk accepts (up to
    # 2100) still has counts of a believable size rather than negative ones
    trend = max(0.5, 1.0 - 0.015 * (year - 2015))
    out: dict[Period, dict[str, Number]] = {}
    hia = kvp_hia = bo_hia = bo_ung = 0
    cumulative: dict[str, int] = {}
    for m in range(1, through_month + 1):
        r = rng.uniform
        v: dict[str, Number] = {}
        mnd = round(480 * size * trend * _seasonal(m, 0.05) * r(0.98, 1.02))
        new = mnd if m == 1 else round(mnd * 0.07 * r(0.85, 1.15))
        hia += new
        v["SH_MND"], v["SH_HIA"] = mnd, hia
        # breakdowns grow by allocating each month's newcomers, so parts never fall
        increments = {"SH_HIA": new}
        for parent in ("SH_HIA", "SH_INNTEKT_TRYGD"):
            for codes, shares in _SPLITS[parent]:
                for code, inc in zip(codes, _allocate(increments[parent], shares, rng),
                                     strict=True):
                    cumulative[code] = cumulative.get(code, 0) + inc
                    v[code] = cumulative[code]
                    increments[code] = inc
        v["SH_LANGTID"] = round(mnd * 0.34 * r(0.97, 1.03))
        v["SH_STONADSLENGDE"] = round(4.6 + 0.06 * m + r(-0.1, 0.1), 1)
        v["SH_BRUTTO"] = round(mnd * 11800 * r(0.97, 1.03), 2)
        v["SH_NETTO"] = round(v["SH_BRUTTO"] * r(0.91, 0.94), 2)
        v["SH_AAP_SUPPL"] = round(mnd * 0.12 * r(0.95, 1.05))
        v["SH_UNG_HOVED"] = round(mnd * 0.09 * r(0.95, 1.05))
        v["SH_NODHJELP"] = rng.randint(4, 8)
        v["SH_OVERGANG"] = rng.randint(3, 6)
        v["SH_FORVALTNING"] = round(95 * size * r(0.98, 1.02))
        v["SH_GJELD"] = rng.randint(5, 9)
        v["SH_BARN"] = round(mnd * 0.55 * r(0.97, 1.03))
        kvp_mnd = round(46 * size * r(0.96, 1.04))
        kvp_new = rng.randint(3, 6)
        # unique participants so far can never be fewer than this month's participants
        kvp_hia = max(kvp_mnd, kvp_hia + (0 if m == 1 else kvp_new))
        ended = rng.randint(2, 5)
        v.update(KVP_MND=kvp_mnd, KVP_HIA=kvp_hia, KVP_NYE=kvp_new, KVP_AVSLUTTET=ended,
                 KVP_TIL_ARBEID=rng.randint(1, ended - 1),
                 KVP_UTBETALT=round(kvp_mnd * 19200 * r(0.98, 1.02), 2))
        bo_new = round(12 * size) if m == 1 else rng.randint(2, 4)
        bo_ung_new = rng.randint(0, min(1, bo_new)) if m > 1 else round(bo_new * 0.25)
        bo_hia, bo_ung = bo_hia + bo_new, bo_ung + bo_ung_new
        nights = round(310 * size * r(0.95, 1.05))
        v.update(BO_MIDL_HIA=bo_hia, BO_MIDL_UNG=bo_ung, BO_MIDL_DOGN=nights,
                 BO_MIDL_UTGIFT=round(nights * 865 * r(0.98, 1.02), 2),
                 BO_OPPFOLGING=round(31 * size * r(0.95, 1.05)))
        vedtak = round(420 * size * _seasonal(m, 0.06) * r(0.96, 1.04))
        refused = round(vedtak * 0.14 * r(0.96, 1.04))
        delv = round(vedtak * 0.08 * r(0.96, 1.04))
        two = round(vedtak * 0.86 * r(0.98, 1.02))
        klager = rng.randint(3, 7)
        v.update(SAK_VEDTAK=vedtak, SAK_INNVILGET=vedtak - refused - delv, SAK_DELVIS=delv,
                 SAK_AVSLATT=refused, SAK_DAGER=round(9.5 * r(0.95, 1.05), 1),
                 SAK_1UKE=round(two * 0.62 * r(0.97, 1.03)), SAK_2UKER=two,
                 SAK_KLAGER=klager, SAK_OMGJORT=rng.randint(0, 1))
        lar = round(38 * size * r(0.97, 1.03))
        v.update(LAR_BRUKERE=lar, LAR_IP=round(lar * 0.8 * r(0.97, 1.03)),
                 UNG_JOBBKLUBB=round(14 * size * r(0.9, 1.1)), ARB_TIL_ARBEID=rng.randint(6, 11),
                 SYKEFRAVAER=round(6.4 * _seasonal(m, 0.12) * r(0.95, 1.05), 1))
        out[Period(year, m)] = v
    if through_month == 12:
        out[Period(year)] = {
            "BRUKERTILFREDSHET": round(78 + r(-3, 3), 1),
            "MEDARBEIDERTILFREDSHET": round(4.4 + r(-0.2, 0.2), 1),
        }
    return out


def demo_values(office: str, first: Period, last: Period) -> Iterator[tuple[str, Period, Number]]:
    """(code, period, value) for every month from ``first`` to ``last`` (months), and the
    yearly indicators of each whole year in that range. A year's figures do not depend
    on which months before or after it are generated."""
    assert last.month is not None, "a month, never a whole year"
    months = month_range(first, last)
    for year in sorted({p.year for p in months}):
        through = last.month if year == last.year else 12
        for period, values in demo_year(office, year, through).items():
            if period.is_year or first <= period <= last:
                for code, value in values.items():
                    yield code, period, value
