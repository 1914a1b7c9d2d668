"""Three offices of one database with hand-counted months of 2025 (the default
catalogue: 73 monthly lines, and 2 yearly ones in December):

- 0101 NAV Alna (Oslo): three lines in January (reported), two of them in February:
  January 3 of 73 (no month before it has figures: every line), February 2 of 3,
  March to December 0 of 3.
- 0202 NAV Bjerke (Oslo): nothing: 0 of 73 each month, 0 of 75 in December.
- 0312 NAV Frogner (Oslo, the database's own): all 73 lines in January and February,
  the user survey of 2024: January and February 73 of 73, then 0 of 73, December 0
  of 74 (the survey it filled the year before)."""

from __future__ import annotations

from navdesk.domain.completeness import FormLines
from navdesk.domain.period import Period
from tests.conftest import HOME_CODE

ALNA, BJERKE = "0101", "0202"
ALNA_LINES = ("KVP_MND", "KVP_NYE", "BO_MIDL_DOGN")


def three_offices(store) -> None:
    """``office_store`` (0312 NAV Frogner) with the other two offices and the figures."""
    store.save_office(ALNA, "NAV Alna", "Oslo")
    store.save_office(BJERKE, "NAV Bjerke", "Oslo")
    store.put_many(ALNA, [(c, Period(2025, 1), 4) for c in ALNA_LINES]
                   + [(c, Period(2025, 2), 5) for c in ALNA_LINES[:2]], source="test")
    store.lock_month(ALNA, Period(2025, 1), note="test")
    monthly = sorted(FormLines.of(store.catalogue).monthly)
    store.put_many(HOME_CODE, [(c, Period(2025, m), 1) for c in monthly for m in (1, 2)]
                   + [("BRUKERTILFREDSHET", Period(2024), 80)], source="test")
