"""Reading only the figures a picture needs."""

from __future__ import annotations

from navdesk.domain.period import Period
from navdesk.store.series import codes_needed, figures_for
from tests.conftest import HOME_CODE


def test_a_ratio_brings_its_parts_and_a_weighted_mean_its_weight(store):
    assert codes_needed(store.catalogue, ["D_ANDEL_2UKER"]) == {"D_ANDEL_2UKER", "SAK_2UKER",
                                                                "SAK_VEDTAK"}
    assert codes_needed(store.catalogue, ["SAK_DAGER", "NO_SUCH"]) == {"SAK_DAGER", "SAK_VEDTAK"}


def test_only_the_codes_and_years_asked_for_with_their_comments(office_store):
    office_store.put_many(HOME_CODE, [("SH_MND", Period(2022, 12), 1),
                                      ("SH_MND", Period(2023, 1), 2),
                                      ("SH_MND", Period(2024, 12), 3),
                                      ("SH_MND", Period(2025, 1), 4),
                                      ("SH_HIA", Period(2023, 5), 9),
                                      ("KVP_MND", Period(2023, 5), 7)],
                          source="test")
    office_store.set_comment(HOME_CODE, "SH_MND", Period(2024, 12), "Jul")
    figures, comments = figures_for(office_store, HOME_CODE, ["SH_MND", "KVP_MND"], 2023, 2024)
    assert figures == {"SH_MND": {Period(2023, 1): 2, Period(2024, 12): 3},
                       "KVP_MND": {Period(2023, 5): 7}}
    assert comments == {("SH_MND", Period(2024, 12)): "Jul"}
