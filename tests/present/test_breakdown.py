"""Breakdown tables as the municipality's CSV rows and as text, from a real database."""

from __future__ import annotations

from navdesk.domain.period import Period
from navdesk.present.breakdown import breakdown_csv_rows, breakdown_text, office_breakdowns
from tests.conftest import HOME_CODE


def fill(store, values):
    store.put_many(HOME_CODE, [(code, Period(y, m), v) for code, y, m, v in values], source="test")


def test_csv_rows_per_part_and_year_with_a_total_and_shares_with_one_decimal(office_store):
    fill(office_store, [("SH_KJONN_MENN", 2013, 7, 301), ("SH_KJONN_KVINNER", 2013, 7, 200),
                        ("SH_KJONN_MENN", 2012, 7, 280), ("SH_KJONN_KVINNER", 2012, 7, 220),
                        ("SH_KJONN_MENN", 2013, 12, 999)])
    tables = office_breakdowns(office_store, HOME_CODE, 2013, 7, compare=[2012])
    rows = [r for r in breakdown_csv_rows(tables) if r[0] == "Kjønn"]
    assert rows == [  # without the months' completeness, måned_status stays empty
        ["Kjønn", "Menn", "SH_KJONN_MENN", "2012", "2012-07", "280", "56,0", ""],
        ["Kjønn", "Menn", "SH_KJONN_MENN", "2013", "2013-07", "301", "60,1", ""],  # 301/501 = 60,08
        ["Kjønn", "Kvinner", "SH_KJONN_KVINNER", "2012", "2012-07", "220", "44,0", ""],
        ["Kjønn", "Kvinner", "SH_KJONN_KVINNER", "2013", "2013-07", "200", "39,9", ""],  # 39,92
        ["Kjønn", "Totalt", "", "2012", "2012-07", "500", "100,0", ""],
        ["Kjønn", "Totalt", "", "2013", "2013-07", "501", "100,0", ""],
    ]


def test_a_share_on_the_half_rounds_up_as_by_hand(office_store):
    # 1 of 8 is 12,5 % (one decimal: 12,5); 1 of 16 is 6,25 % -> 6,3 (not banker's 6,2)
    fill(office_store, [("SH_KJONN_MENN", 2024, 12, 1), ("SH_KJONN_KVINNER", 2024, 12, 15)])
    rows = [r for r in breakdown_csv_rows(office_breakdowns(office_store, HOME_CODE, 2024))
            if r[0] == "Kjønn"]
    assert [r[6] for r in rows] == ["6,3", "93,8", "100,0"]  # 93,75 -> 93,8


def test_text_shows_only_splits_with_figures_and_the_change(office_store):
    fill(office_store, [("SH_KJONN_MENN", 2024, 12, 120), ("SH_KJONN_KVINNER", 2024, 12, 80),
                        ("SH_KJONN_MENN", 2023, 12, 100), ("SH_KJONN_KVINNER", 2023, 12, 90)])
    text = breakdown_text(office_breakdowns(office_store, HOME_CODE, 2024, compare=[2023]))
    assert "ALDER" not in text and "KJØNN" in text
    men = next(line for line in text.splitlines() if line.strip().startswith("Menn"))
    assert men.split() == ["Menn", "100", "52,6", "%", "120", "60,0", "%", "+20"]
