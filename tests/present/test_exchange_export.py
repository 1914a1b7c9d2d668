"""Writing the exchange file the municipality receives: the long file (one value a row)
and the wide file (one indicator a row, a column per month and the year's figure)."""

from __future__ import annotations

import codecs
import csv
import io
from statistics import fmean

import pytest

from navdesk.domain.period import Period
from navdesk.domain.units import ValueRejected
from navdesk.formats.csvfile import write_csv_file
from navdesk.formats.exchange import LONG_COLUMNS, WIDE_COLUMNS
from navdesk.present.exchange import (
    long_rows,
    wide_rows,
    wide_span,
)

HOME = "0312"


def exported(tmp_path, header, rows) -> bytes:
    path = tmp_path / "ut.csv"
    write_csv_file(path, header, rows)
    return path.read_bytes()


def parse(data: bytes) -> list[list[str]]:
    assert data.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))


def long_file(tmp_path, store, offices=(HOME,), year=2025, month=None, **kw) -> bytes:
    return exported(tmp_path, LONG_COLUMNS, long_rows(store, list(offices), year, month, **kw))


def wide_table(store, year=2025, through_month=None, **kw) -> dict[str, dict[str, str]]:
    """code -> column -> cell of the wide file (through the year's own through-month, as
    the export writes it, unless ``through_month`` is given)."""
    through = through_month or wide_span(store, HOME, year).through
    return {row[0]: dict(zip(WIDE_COLUMNS, row, strict=True))
            for row in wide_rows(store, HOME, year, through, **kw)}


def number(cell: str) -> float:
    return float(cell.replace(",", "."))


# ---------------------------------------------------------------------------- long file
def test_the_long_file_starts_with_a_bom_and_the_exact_header_line(tmp_path, demo_store):
    data = long_file(tmp_path, demo_store)
    assert data.startswith(
        codecs.BOM_UTF8 + b"kontornr;kontor;periode;indikator;navn;verdi;enhet;kommentar\r\n")


def test_every_line_of_the_long_file_ends_with_crlf(tmp_path, demo_store):
    data = long_file(tmp_path, demo_store)
    assert data.endswith(b"\r\n")
    assert data.count(b"\n") == data.count(b"\r\n") > 100


def test_the_long_file_has_one_row_per_stored_value_with_the_eight_columns(tmp_path, demo_store):
    rows = parse(long_file(tmp_path, demo_store))
    stored = demo_store.stored_values(HOME, 2025)
    assert len(rows) - 1 == len(stored)
    assert all(len(r) == 8 for r in rows)
    assert {(r[2], r[3]) for r in rows[1:]} == {(str(v.period), v.code) for v in stored}


def test_the_long_file_keeps_the_leading_zero_of_the_office_code(tmp_path, demo_store):
    rows = parse(long_file(tmp_path, demo_store))
    assert {r[0] for r in rows[1:]} == {"0312"}
    assert {r[1] for r in rows[1:]} == {"NAV Frogner"}


def test_the_long_file_writes_decimals_with_a_comma_and_no_thousands_separator(
        tmp_path, office_store):
    office_store.set_value(HOME, "SH_BRUTTO", Period(2025, 1), 1234567.5)
    office_store.set_value(HOME, "SH_NETTO", Period(2025, 1), 1234567.25)
    office_store.set_value(HOME, "SH_MND", Period(2025, 1), 1234)
    office_store.set_value(HOME, "KVP_UTBETALT", Period(2025, 1), 2000.0)
    rows = {r[3]: r[5] for r in parse(long_file(tmp_path, office_store))[1:]}
    assert rows == {"SH_BRUTTO": "1234567,5", "SH_NETTO": "1234567,25", "SH_MND": "1234",
                    "KVP_UTBETALT": "2000"}


def test_decimal_point_writes_a_point_instead_of_a_comma(tmp_path, office_store):
    office_store.set_value(HOME, "SH_BRUTTO", Period(2025, 1), 1234.5)
    office_store.set_value(HOME, "SH_MND", Period(2025, 1), 12)
    rows = {r[3]: r[5] for r in parse(long_file(tmp_path, office_store, decimal="."))[1:]}
    assert rows == {"SH_BRUTTO": "1234.5", "SH_MND": "12"}


def test_the_long_file_never_writes_an_empty_value(tmp_path, demo_store):
    rows = parse(long_file(tmp_path, demo_store))[1:]
    assert rows and all(r[5] != "" for r in rows)


def test_the_long_file_lists_months_in_order_and_then_the_years_own_values(tmp_path, demo_store):
    periods = [r[2] for r in parse(long_file(tmp_path, demo_store))[1:]]
    assert periods == sorted(periods, key=lambda p: (len(p) == 4, p))
    assert periods[0] == "2025-01"
    assert set(periods[-2:]) == {"2025"}  # the two yearly indicators come last


def test_a_yearly_indicator_is_written_with_the_year_as_its_period(tmp_path, demo_store):
    rows = {r[3]: r for r in parse(long_file(tmp_path, demo_store))[1:] if r[2] == "2025"}
    assert set(rows) == {"BRUKERTILFREDSHET", "MEDARBEIDERTILFREDSHET"}
    assert rows["BRUKERTILFREDSHET"][6] == "percent"


def test_the_long_file_writes_the_unit_code_and_the_indicator_name(tmp_path, office_store):
    office_store.set_value(HOME, "SH_BRUTTO", Period(2025, 3), 10)
    (row,) = parse(long_file(tmp_path, office_store))[1:]
    assert row == ["0312", "NAV Frogner", "2025-03", "SH_BRUTTO", "Brutto utbetalt sosialhjelp",
                   "10", "nok", ""]


def test_month_limits_the_long_file_to_that_month(tmp_path, demo_store):
    rows = parse(long_file(tmp_path, demo_store, month=3))[1:]
    assert {r[2] for r in rows} == {"2025-03"}
    assert len(rows) == len(demo_store.stored_values(HOME, 2025, 3))


def test_the_long_file_only_holds_the_year_asked_for(tmp_path, demo_store):
    rows = parse(long_file(tmp_path, demo_store, year=2024))[1:]
    assert {r[2][:4] for r in rows} == {"2024"}


@pytest.mark.parametrize("text", ["=SUM(A1)", "+47", "-5 fordi", "@x", "\tfane", "\rcr"])
def test_comments_excel_would_run_as_formulas_are_written_with_a_leading_apostrophe(
        tmp_path, office_store, text):
    office_store.set_value(HOME, "SH_MND", Period(2025, 1), 5, comment=text)
    (row,) = parse(long_file(tmp_path, office_store))[1:]
    assert row[7] == "'" + text


def test_an_office_name_excel_would_run_as_a_formula_is_guarded_too(tmp_path, store):
    store.save_office("0101", "=HYPERLINK(\"x\")", home=True)
    store.set_value("0101", "SH_MND", Period(2025, 1), 5)
    (row,) = parse(long_file(tmp_path, store, offices=["0101"]))[1:]
    assert row[1] == "'=HYPERLINK(\"x\")"


def test_a_comment_with_a_line_break_semicolon_and_quotes_survives_csv_quoting(
        tmp_path, office_store):
    comment = 'linje 1\r\nlinje 2; "sitat" æøå'
    office_store.set_value(HOME, "SH_MND", Period(2025, 1), 5, comment=comment)
    (row,) = parse(long_file(tmp_path, office_store))[1:]
    assert row[7] == comment


def test_several_offices_follow_each_other_in_the_order_given(tmp_path, office_store):
    office_store.save_office("0101", "NAV Alna")
    office_store.set_value("0101", "SH_MND", Period(2025, 1), 7)
    office_store.set_value(HOME, "SH_MND", Period(2025, 1), 5)
    rows = parse(long_file(tmp_path, office_store, offices=["0101", HOME]))[1:]
    assert [(r[0], r[1], r[5]) for r in rows] == [("0101", "NAV Alna", "7"),
                                                  (HOME, "NAV Frogner", "5")]


def test_the_long_file_refuses_an_office_not_in_the_database(office_store):
    with pytest.raises(ValueRejected, match="0999"):
        list(long_rows(office_store, ["0999"], 2025))


# ---------------------------------------------------------------------------- suppression
@pytest.fixture
def small_counts(office_store):
    """SH_MND (persons) 0, 1, 4, 5 in Jan..Apr; nok and count values below the threshold."""
    for month, value in [(1, 0), (2, 1), (3, 4), (4, 5)]:
        office_store.set_value(HOME, "SH_MND", Period(2025, month), value)
    office_store.set_value(HOME, "SH_BRUTTO", Period(2025, 1), 3)
    office_store.set_value(HOME, "SAK_VEDTAK", Period(2025, 1), 2)
    return office_store


def test_suppress_below_writes_a_colon_for_person_counts_from_one_to_n_minus_one(
        tmp_path, small_counts):
    rows = parse(long_file(tmp_path, small_counts, suppress_below=5))[1:]
    persons = {r[2]: r[5] for r in rows if r[3] == "SH_MND"}
    assert persons == {"2025-01": "0", "2025-02": ":", "2025-03": ":", "2025-04": "5"}


def test_suppress_below_leaves_money_and_counts_of_things_alone(tmp_path, small_counts):
    rows = {r[3]: r[5] for r in parse(long_file(tmp_path, small_counts, suppress_below=5))[1:]}
    assert rows["SH_BRUTTO"] == "3"
    assert rows["SAK_VEDTAK"] == "2"


def test_without_suppress_below_small_person_counts_are_written(tmp_path, small_counts):
    rows = parse(long_file(tmp_path, small_counts))[1:]
    assert [r[5] for r in rows if r[3] == "SH_MND"] == ["0", "1", "4", "5"]


def test_suppress_below_hides_small_person_counts_in_the_wide_file_too(small_counts):
    row = wide_table(small_counts, suppress_below=5)["SH_MND"]
    assert [row[m] for m in ("jan", "feb", "mar", "apr")] == ["0", ":", ":", "5"]


def test_suppress_below_hides_a_share_computed_from_a_small_group_of_people(office_store):
    office_store.set_value(HOME, "KVP_AVSLUTTET", Period(2025, 1), 3)
    office_store.set_value(HOME, "KVP_TIL_ARBEID", Period(2025, 1), 2)
    office_store.set_value(HOME, "KVP_AVSLUTTET", Period(2025, 2), 20)
    office_store.set_value(HOME, "KVP_TIL_ARBEID", Period(2025, 2), 10)
    row = wide_table(office_store, suppress_below=5)["D_KVP_TIL_ARBEID"]
    assert row["jan"] == ":"
    assert row["feb"] == "50"
    assert number(row["år"]) == pytest.approx(12 / 23 * 100, abs=0.005)


# ---------------------------------------------------------------------------- wide file
def test_the_wide_file_has_the_header_indicator_name_unit_months_and_year(tmp_path, demo_store):
    data = exported(tmp_path, WIDE_COLUMNS, wide_rows(demo_store, HOME, 2025))
    first_line = data.split(b"\r\n")[0]
    assert first_line == codecs.BOM_UTF8 + (
        "indikator;navn;enhet;jan;feb;mar;apr;mai;jun;jul;aug;sep;okt;nov;des;år".encode())


def test_the_wide_file_has_one_row_per_indicator_with_figures(demo_store):
    rows = list(wide_rows(demo_store, HOME, 2025))
    codes = [r[0] for r in rows]
    assert len(codes) == len(set(codes))
    assert all(len(r) == 16 for r in rows)
    # every active indicator of the catalogue has demo figures, ratios included
    assert codes == [i.code for i in demo_store.catalogue if i.active]


def test_the_wide_file_leaves_out_indicators_without_any_figure(office_store):
    office_store.set_value(HOME, "SH_MND", Period(2025, 1), 5)
    assert list(wide_table(office_store)) == ["SH_MND"]


def test_the_wide_file_shows_each_month_as_stored(demo_store):
    table = wide_table(demo_store)
    figures = demo_store.figures(HOME, [2025])
    for name, month in zip(("jan", "jun", "des"), (1, 6, 12), strict=True):
        assert number(table["SH_MND"][name]) == figures["SH_MND"][Period(2025, month)]
        assert number(table["SH_BRUTTO"][name]) == pytest.approx(
            figures["SH_BRUTTO"][Period(2025, month)])


def _months(figures, code):
    return [figures[code][Period(2025, m)] for m in range(1, 13)]


def test_the_year_column_of_a_sum_indicator_is_the_sum_of_the_months(demo_store):
    figures = demo_store.figures(HOME, [2025])
    expected = sum(_months(figures, "SH_BRUTTO"))
    assert number(wide_table(demo_store)["SH_BRUTTO"]["år"]) == pytest.approx(expected, abs=0.005)


def test_the_year_column_of_an_average_indicator_is_the_mean_per_month(demo_store):
    figures = demo_store.figures(HOME, [2025])
    expected = sum(_months(figures, "SH_MND")) / 12
    assert number(wide_table(demo_store)["SH_MND"]["år"]) == pytest.approx(expected, abs=0.005)


def test_the_year_column_of_a_last_indicator_is_the_december_value(demo_store):
    figures = demo_store.figures(HOME, [2025])
    assert wide_table(demo_store)["SH_HIA"]["år"] == str(figures["SH_HIA"][Period(2025, 12)])


def test_the_year_column_of_a_weighted_average_is_weighted_by_its_weight_indicator(demo_store):
    figures = demo_store.figures(HOME, [2025])
    days, decisions = _months(figures, "SAK_DAGER"), _months(figures, "SAK_VEDTAK")
    expected = sum(d * n for d, n in zip(days, decisions, strict=True)) / sum(decisions)
    unweighted = fmean(days)
    cell = number(wide_table(demo_store)["SAK_DAGER"]["år"])
    assert cell == pytest.approx(expected, abs=0.005)
    assert round(expected, 2) != round(unweighted, 2)  # the data tells the two apart


def test_the_year_column_of_a_ratio_divides_the_aggregated_parts(demo_store):
    figures = demo_store.figures(HOME, [2025])
    within, decisions = _months(figures, "SAK_2UKER"), _months(figures, "SAK_VEDTAK")
    expected = sum(within) / sum(decisions) * 100
    cell = number(wide_table(demo_store)["D_ANDEL_2UKER"]["år"])
    assert cell == pytest.approx(expected, abs=0.005)


def test_the_year_column_follows_each_rule_on_a_small_hand_made_year(office_store):
    put = office_store.set_value
    for m, (mnd, hia, brutto, dager, vedtak, uker2) in enumerate(
            [(10, 10, 100.5, 10, 100, 90), (20, 14, 200.25, 20, 300, 150),
             (30, 17, 300, 5, 100, 100)], 1):
        put(HOME, "SH_MND", Period(2025, m), mnd)
        put(HOME, "SH_HIA", Period(2025, m), hia)
        put(HOME, "SH_BRUTTO", Period(2025, m), brutto)
        put(HOME, "SAK_DAGER", Period(2025, m), dager)
        put(HOME, "SAK_VEDTAK", Period(2025, m), vedtak)
        put(HOME, "SAK_2UKER", Period(2025, m), uker2)
    table = wide_table(office_store)
    assert table["SH_MND"]["år"] == "20"  # (10 + 20 + 30) / 3
    assert table["SH_HIA"]["år"] == "17"  # March, the latest month entered
    assert table["SH_BRUTTO"]["år"] == "600,75"  # 100.5 + 200.25 + 300
    # (10*100 + 20*300 + 5*100) / 500; the plain mean of the months would be 11,67
    assert table["SAK_DAGER"]["år"] == "15"
    # (90 + 150 + 100) / 500 * 100; the mean of the monthly shares would be 80
    assert table["D_ANDEL_2UKER"]["år"] == "68"
    assert table["SH_MND"]["apr"] == ""  # months without figures stay empty


def test_a_last_indicator_uses_the_latest_month_entered_when_december_is_missing(office_store):
    office_store.set_value(HOME, "SH_HIA", Period(2025, 2), 40)
    office_store.set_value(HOME, "SH_HIA", Period(2025, 5), 55)
    row = wide_table(office_store)["SH_HIA"]
    assert row["år"] == "55"
    assert row["des"] == ""


def test_a_yearly_indicator_appears_only_in_the_year_column(demo_store):
    figures = demo_store.figures(HOME, [2025])
    row = wide_table(demo_store)["BRUKERTILFREDSHET"]
    assert [row[m] for m in WIDE_COLUMNS[3:15]] == [""] * 12
    assert number(row["år"]) == figures["BRUKERTILFREDSHET"][Period(2025)]


def test_the_wide_file_through_a_month_leaves_later_months_empty_and_aggregates_year_to_date(
        demo_store):
    figures = demo_store.figures(HOME, [2025])
    row = wide_table(demo_store, through_month=3)["SH_BRUTTO"]
    assert [row[m] for m in ("apr", "des")] == ["", ""]
    expected = sum(figures["SH_BRUTTO"][Period(2025, m)] for m in (1, 2, 3))
    assert number(row["år"]) == pytest.approx(expected, abs=0.005)


def test_the_wide_file_with_decimal_point_uses_points(office_store):
    office_store.set_value(HOME, "SH_BRUTTO", Period(2025, 1), 10.5)
    office_store.set_value(HOME, "SH_BRUTTO", Period(2025, 2), 0.25)
    row = wide_table(office_store, decimal=".")["SH_BRUTTO"]
    assert (row["jan"], row["feb"], row["år"]) == ("10.5", "0.25", "10.75")


# ---- the shared export (window and command line) ------------------------------------------
def test_export_file_writes_the_long_file_and_returns_its_row_count(tmp_path, demo_store):
    from navdesk.present.exchange import export_file

    path = tmp_path / "lang.csv"
    n = export_file(demo_store, path, [HOME], 2025, 3)
    assert path.read_bytes() == long_file(tmp_path, demo_store, month=3)
    assert n == len(parse(path.read_bytes())) - 1 > 0


def test_export_file_writes_the_wide_file_through_a_month(tmp_path, demo_store):
    from navdesk.present.exchange import export_file

    path = tmp_path / "bred.csv"
    n = export_file(demo_store, path, [HOME], 2025, 3, format="wide", decimal=".",
                    suppress_below=5)
    rows = list(wide_rows(demo_store, HOME, 2025, 3, decimal=".", suppress_below=5))
    assert path.read_bytes() == exported(tmp_path, WIDE_COLUMNS, rows)
    assert n == len(rows)


def test_export_rows_refuse_a_wide_file_for_several_offices_and_unknown_offices(demo_store):
    from navdesk.present.exchange import export_rows

    demo_store.save_office("0301", "NAV Gamle Oslo")
    with pytest.raises(ValueRejected, match="ett kontor om gangen"):
        export_rows(demo_store, [HOME, "0301"], 2025, format="wide")
    with pytest.raises(ValueRejected, match="0999 finnes ikke"):
        export_rows(demo_store, ["0999"], 2025)


def test_export_file_leaves_no_file_when_it_cannot_write(tmp_path, demo_store):
    from navdesk.present.exchange import export_file

    with pytest.raises(OSError):
        export_file(demo_store, tmp_path / "mangler" / "ut.csv", [HOME], 2025)
    assert not (tmp_path / "mangler").exists()
