"""Importing the wide exchange file (issue 15): one indicator a row, a column a month,
the year's figure last, for the office and year the importer chooses. Round trips
through CSV and a workbook, every rule of what a wide row gives, and the refusals."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from navdesk.domain.period import Period
from navdesk.formats.exchange import WIDE_COLUMNS
from navdesk.present.exchange import export_file, long_rows
from navdesk.service.importing import import_exchange_file
from navdesk.store import open_store
from tests.conftest import HOME_CODE, HOME_NAME
from tests.exchange_files import snapshot, write

WIDE = ";".join(WIDE_COLUMNS)


def wide_line(code: str, months: dict[int, str], year: str = "", unit: str = "") -> str:
    return ";".join([code, "", unit, *(months.get(m, "") for m in range(1, 13)), year])


@pytest.fixture
def fresh(tmp_path):
    """A second database for the home office, without values."""
    store = open_store(tmp_path / "fresh.sqlite")
    store.save_office(HOME_CODE, HOME_NAME, "Oslo", home=True)
    yield store
    store.close()


def long_export(store, year):
    return list(long_rows(store, [HOME_CODE], year))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_wide_export_imported_gives_the_same_files_again(demo_store, fresh, tmp_path,
                                                             suffix):
    """export wide (CSV or workbook) -> import into an empty database -> export: the wide
    CSV byte-identical, and the long export the original's (the wide file has no
    comments: the demo has none)."""
    exported = tmp_path / f"bred{suffix}"
    export_file(demo_store, exported, [HOME_CODE], 2025, format="wide")
    report = import_exchange_file(fresh, exported, year=2025)
    assert report.problems == [] and report.applied and report.layout == "wide"
    assert report.new == len(long_export(demo_store, 2025))

    again, original = tmp_path / "igjen.csv", tmp_path / "original.csv"
    export_file(fresh, again, [HOME_CODE], 2025, format="wide")
    export_file(demo_store, original, [HOME_CODE], 2025, format="wide")
    assert again.read_bytes() == original.read_bytes()
    assert long_export(fresh, 2025) == long_export(demo_store, 2025)
    # importing it again changes nothing
    report = import_exchange_file(fresh, exported, year=2025)
    assert (report.new, report.changed) == (0, 0)


def test_rows_go_to_the_chosen_office_and_year(office_store, tmp_path):
    office_store.save_office("0301", "NAV Gamle Oslo")
    path = write(tmp_path, [WIDE, wide_line("SH_MND", {1: "5", 2: "6"}, "5,5")])
    report = import_exchange_file(office_store, path, year=2023, office="0301")
    assert report.problems == [] and (report.office, report.year) == ("0301", 2023)
    assert report.notices == []  # 5,5 is the months' average: the year cell matches
    assert office_store.value("0301", "SH_MND", Period(2023, 2)).value == 6
    assert office_store.value(HOME_CODE, "SH_MND", Period(2023, 2)) is None


def test_a_yearly_indicator_is_read_from_the_year_column(office_store, tmp_path):
    path = write(tmp_path, [WIDE, wide_line("BRUKERTILFREDSHET", {}, "77,6", "percent")])
    report = import_exchange_file(office_store, path, year=2025)
    assert report.problems == [] and report.new == 1
    assert office_store.value(HOME_CODE, "BRUKERTILFREDSHET", Period(2025)).value == 77.6


def test_a_yearly_indicator_with_a_month_filled_is_refused_and_nothing_stored(office_store,
                                                                               tmp_path):
    path = write(tmp_path, [WIDE, wide_line("SH_MND", {1: "5"}),
                            wide_line("BRUKERTILFREDSHET", {3: "70"}, "77,6")])
    before = snapshot(office_store)
    report = import_exchange_file(office_store, path, year=2025)
    assert [line for line, _ in report.problems] == [3]
    assert "én gang per år" in report.problems[0][1] and "mar" in report.problems[0][1]
    assert snapshot(office_store) == before


def test_computed_indicators_are_skipped_and_named_once(office_store, tmp_path):
    path = write(tmp_path, [WIDE, wide_line("SH_MND", {1: "5"}, "5"),
                            wide_line("D_ANDEL_UNG", {1: "12,5", 2: "13"}, "12,8")])
    report = import_exchange_file(office_store, path, year=2025)
    assert report.problems == [] and report.new == 1
    assert report.notices == ["Beregnede indikatorer er hoppet over (navdesk regner dem ut "
                              "av delene): D_ANDEL_UNG"]
    assert office_store.value(HOME_CODE, "D_ANDEL_UNG", Period(2025, 1)) is None


def test_a_year_cell_the_months_no_longer_give_is_said_and_the_months_are_read(
        office_store, tmp_path):
    """March changed in a spreadsheet, the year left as navdesk wrote it: the months are
    stored, and the import names the line and both figures. SH_MND's year is the
    average of its months (persons, yet with decimals); SH_HIA's (unique persons so far)
    the latest month's; SH_BRUTTO's the sum."""
    path = write(tmp_path, [WIDE, wide_line("SH_MND", {1: "10", 2: "20", 3: "61"}, "30,5"),
                            wide_line("SH_HIA", {1: "10", 2: "25", 3: "31"}, "31"),
                            wide_line("SH_BRUTTO", {1: "100,5", 2: "200"}, "300,5")])
    report = import_exchange_file(office_store, path, year=2025)
    assert report.problems == [] and report.new == 8
    assert report.notices == [
        "Kolonnen «år» lagres ikke (den regnes ut av månedene), og for SH_MND (linje 2: 30,5 "
        "i filen, 30,33 av månedene) stemmer den ikke med månedene i filen; månedene er "
        "lest"]
    assert office_store.value(HOME_CODE, "SH_MND", Period(2025, 3)).value == 61


def test_every_bad_row_is_refused_by_its_line_and_nothing_is_stored(office_store, tmp_path):
    path = write(tmp_path, [WIDE,
                            wide_line("SH_MND", {1: "5", 2: "6"}),
                            wide_line("UKJENT", {1: "1", 2: "2", 3: "3"}),
                            wide_line("SH_HIA", {1: "5", 2: "fem"}),
                            wide_line("SH_BRUTTO", {1: "10"}, unit="persons"),
                            wide_line("", {1: "4"})])
    before = snapshot(office_store)
    report = import_exchange_file(office_store, path, year=2025)
    assert [(line, str(problem)) for line, problem in report.problems] == [
        (3, "Ukjent indikator «UKJENT»"),  # once for the row, not once a month
        (4, "SH_HIA 2025-02: «fem» er ikke et tall"),
        (5, "SH_BRUTTO: enheten «persons» stemmer ikke med katalogen (nok)"),
        (6, "Indikatorkoden mangler")]
    assert snapshot(office_store) == before


def test_hidden_and_empty_cells_are_skipped(office_store, tmp_path):
    path = write(tmp_path, [WIDE, wide_line("SH_MND", {1: ":", 2: "6"}, ":")])
    report = import_exchange_file(office_store, path, year=2025)
    assert report.problems == [] and report.new == 1 and report.skipped_suppressed == 1


def test_a_title_row_a_sum_row_and_english_headers_from_a_spreadsheet(office_store, tmp_path):
    """As a person saves it: a title above, English month names, the months that had no
    figures deleted, and a Sum row below."""
    path = write(tmp_path, ["Sosialhjelp 2025;;;;",
                            "indicator;name;jan;feb;year",
                            "SH_MND;Mottakere;5;7;6",
                            "Sum;;5;7;6"])
    report = import_exchange_file(office_store, path, year=2025)
    assert report.problems == [] and report.new == 2
    assert report.notices == ["Hoppet over: linje 1 (tittel), linje 4 (Sum)"]
    assert office_store.value(HOME_CODE, "SH_MND", Period(2025, 2)).value == 7


def test_a_workbook_s_wide_sheet_names_its_rows(office_store, tmp_path):
    path = tmp_path / "bred.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Sosialhjelp")
    ws.write_row(0, 0, ["Tall for NAV Frogner"])
    ws.write_row(1, 0, list(WIDE_COLUMNS))
    ws.write_row(2, 0, ["SH_MND", "Mottakere", "persons", 5, 6.5])
    ws.write_row(3, 0, ["SH_HIA", "Hittil", "persons", 5, 9, None, None, None, None, None,
                        None, None, None, None, None, 10])
    book.close()
    before = snapshot(office_store)
    report = import_exchange_file(office_store, path, year=2025)
    assert report.sheet == "Sosialhjelp"
    assert [(line, str(p)) for line, p in report.problems] == [
        (3, "SH_MND 2025-02: Må være et helt tall (personer)")]
    assert report.notices == [
        "Hoppet over i ark «Sosialhjelp»: rad 1 (tittel)",
        "Kolonnen «år» lagres ikke (den regnes ut av månedene), og for SH_HIA (rad 4: 10 i "
        "filen, 9 av månedene) stemmer den ikke med månedene i filen; månedene er lest"]
    assert snapshot(office_store) == before


@pytest.mark.parametrize(("options", "expected"), [
    ({}, "sier ikke hvilket år"),
    ({"year": 1890}, "Året 1890 er utenfor 1990–2100"),
])
def test_a_wide_file_needs_a_year_in_range(office_store, tmp_path, options, expected):
    path = write(tmp_path, [WIDE, wide_line("SH_MND", {1: "5"})])
    before = snapshot(office_store)
    report = import_exchange_file(office_store, path, **options)
    assert [line for line, _ in report.problems] == [1]
    assert expected in report.problems[0][1]
    assert snapshot(office_store) == before


def test_a_database_without_an_office_of_its_own_needs_the_office_named(store, tmp_path):
    store.save_office("0301", "NAV Gamle Oslo")
    path = write(tmp_path, [WIDE, wide_line("SH_MND", {1: "5"})])
    report = import_exchange_file(store, path, year=2025)
    assert len(report.problems) == 1 and "--office" in report.problems[0][1]
    assert import_exchange_file(store, path, year=2025, office="0301").applied


def test_an_unknown_column_in_a_wide_header_is_refused_by_name(office_store, tmp_path):
    path = write(tmp_path, ["indikator;jan;feb;merknad", "SH_MND;5;6;ok"])
    report = import_exchange_file(office_store, path, year=2025)
    assert [str(p) for _, p in report.problems] == ["Ukjent kolonne «merknad»"]


# ---- any figures: the wide file gives back what was exported ---------------------------

MONTHLY = ("SH_MND", "SH_HIA", "SH_BRUTTO", "SH_STONADSLENGDE")


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.dictionaries(
    st.tuples(st.sampled_from(MONTHLY), st.integers(1, 12)),
    st.integers(0, 10**9) | st.decimals(0, 10**7, places=2).map(float),
    min_size=1, max_size=30))
def test_any_stored_figures_survive_the_wide_round_trip(tmp_path_factory, values):
    """Whatever an office has stored (whole persons, kroner with øre, months with one
    decimal), its wide file through December imported into an empty database stores
    the same values."""
    folder = tmp_path_factory.mktemp("wide")
    stores = []
    for name in ("a", "b"):
        s = open_store(folder / f"{name}.sqlite")
        s.save_office(HOME_CODE, HOME_NAME, "Oslo", home=True)
        stores.append(s)
    a, b = stores
    try:
        for (code, month), value in values.items():
            unit = a.catalogue[code].unit
            if unit.whole:
                value = int(value)
            elif code == "SH_STONADSLENGDE":
                value = round(value % 1000, 1)
            a.set_value(HOME_CODE, code, Period(2024, month), value)
        path = folder / "bred.csv"  # through December: the file leaves no month out
        export_file(a, path, [HOME_CODE], 2024, 12, format="wide")
        report = import_exchange_file(b, path, year=2024)
        assert report.problems == []
        assert long_export(b, 2024) == long_export(a, 2024)
    finally:
        for s in stores:
            s.close()
        shutil.rmtree(folder)


def test_a_calc_fixture_exists_for_the_wide_layout():
    """The LibreOffice files of the wide layout the fixtures test imports are here."""
    folder = Path(__file__).parents[1] / "formats" / "spreadsheet"
    assert (folder / "calc-nb-NO-wide.csv").is_file()
    assert (folder / "calc-nb-NO-wide.xlsx").is_file()


# ---- found in review --------------------------------------------------------------------

def test_a_figure_in_the_year_column_alone_is_refused_not_dropped(office_store, tmp_path):
    """A monthly indicator with only "år" filled: its figure would be lost (the year is
    computed from the months), so the row is refused by its line."""
    path = write(tmp_path, [WIDE, wide_line("SH_MND", {1: "5"}, "5"),
                            wide_line("SH_NODHJELP", {}, "40")])
    before = snapshot(office_store)
    report = import_exchange_file(office_store, path, year=2025)
    assert [(line, str(p)) for line, p in report.problems] == [
        (3, "SH_NODHJELP registreres per måned: tallene skal stå under månedene; «år» "
            "lagres ikke, den regnes ut av dem")]
    assert snapshot(office_store) == before


def test_each_year_cell_is_checked_through_its_own_rows_last_month(office_store, tmp_path):
    """SH_MND has a July, SH_HIA (unique persons so far: its latest month) ends in June:
    SH_HIA's year cell is its June figure and matches; nothing is said."""
    path = write(tmp_path, [WIDE,
                            wide_line("SH_MND", {6: "10", 7: "12"}, "11"),
                            wide_line("SH_HIA", {5: "300", 6: "347"}, "347")])
    report = import_exchange_file(office_store, path, year=2025)
    assert report.problems == [] and report.notices == []


def test_a_rows_problem_is_said_once_and_the_rows_are_the_files(office_store, tmp_path):
    path = write(tmp_path, [WIDE, wide_line("SH_MND", {1: "5", 2: "6", 3: "7"}, unit="nok"),
                            wide_line("SH_HIA", {1: "5", 2: "6"})])
    report = import_exchange_file(office_store, path, year=2025)
    assert [(line, str(p)) for line, p in report.problems] == [
        (2, "SH_MND: enheten «nok» stemmer ikke med katalogen (persons)")]
    assert report.rows == 2  # the file's two rows, not its five month cells


def test_a_share_changed_in_a_spreadsheet_is_named_not_read(office_store, tmp_path):
    """Computed shares are never read; one a person changed (55 where the file's own
    parts give 20) is named, so that nobody thinks it was stored."""
    path = write(tmp_path, [WIDE,
                            wide_line("SH_HIA", {1: "100"}), wide_line("SH_ALDER_18_24", {1: "20"}),
                            wide_line("D_ANDEL_UNG", {1: "55"})])
    report = import_exchange_file(office_store, path, year=2025)
    assert report.problems == []
    assert "Beregnede tall i filen som ikke er det delene gir, er ikke lest: D_ANDEL_UNG " \
           "(linje 4, jan: 55 i filen, 20 av delene)" in report.notices


def test_a_sum_row_is_skipped_wherever_the_indicator_column_is(office_store, tmp_path):
    path = write(tmp_path, ["jan;feb;indikator", "5;6;SH_MND", "5;6;Sum"])
    report = import_exchange_file(office_store, path, year=2025)
    assert report.problems == [] and report.new == 2
    assert report.notices == ["Hoppet over: linje 3 (Sum)"]


def test_months_headed_with_their_year_give_the_files_year(office_store, tmp_path):
    """A leader's own sheet headed "januar 2025", "februar 2025": the file says its
    year; a year chosen that is not it is refused; two years in one header too."""
    path = write(tmp_path, ["indikator;januar 2025;februar 2025", "SH_MND;5;6"])
    report = import_exchange_file(office_store, path)
    assert report.problems == [] and (report.year, report.header_year) == (2025, 2025)
    assert office_store.value(HOME_CODE, "SH_MND", Period(2025, 2)).value == 6

    before = snapshot(office_store)
    report = import_exchange_file(office_store, path, year=2024)
    assert [str(p) for _, p in report.problems] == [
        "Overskriften sier 2025, men året som er valgt er 2024"]
    mixed = write(tmp_path, ["indikator;des. 2024;jan. 2025", "SH_MND;5;6"], name="to.csv")
    report = import_exchange_file(office_store, mixed)
    assert [str(p) for _, p in report.problems] == [
        "Overskriften har måneder fra flere år (2024, 2025); en bred fil gjelder ett år"]
    assert snapshot(office_store) == before


def test_a_workbook_whose_first_sheet_is_not_the_table_names_its_other_sheets(office_store,
                                                                             tmp_path):
    path = tmp_path / "bok.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    wb.add_worksheet("Notater").write_row(0, 0, ["husk å sende", "innen fredag"])
    wb.add_worksheet("Tall").write_row(0, 0, list(WIDE_COLUMNS))
    wb.close()
    report = import_exchange_file(office_store, path, year=2025)
    assert (0, "Arbeidsboken har også arkene «Tall»: velg arket tallene står på (--sheet "
               "ARK)") in [(line, str(p)) for line, p in report.problems]
    from navdesk.ui.import_dialog import problem_text  # the window's own advice

    last = report.problems[-1][1]
    assert problem_text(last) == ("Arbeidsboken har også arkene «Tall»: importer filen igjen "
                                  "og velg arket tallene står på")


def test_navdesk_s_own_wide_workbook_without_a_year_names_no_other_sheet(demo_store, fresh,
                                                                         tmp_path):
    """Found in review: the year missing is the only problem; "Indikatorer" is not
    offered as where the figures might be."""
    path = tmp_path / "bred.xlsx"
    export_file(demo_store, path, [HOME_CODE], 2025, format="wide")
    fresh.conn.execute("DELETE FROM office WHERE code = ?", (HOME_CODE,))  # not ours
    fresh.save_office("0301", "NAV Gamle Oslo", "Oslo", home=True)
    report = import_exchange_file(fresh, path)
    assert len(report.problems) == 1 and "--year" in report.problems[0][1]


def test_navdesk_s_own_wide_workbook_names_its_office_and_year(demo_store, fresh, tmp_path):
    """Its title ("Tall for 0312 NAV Frogner, 2025") gives both when they are not
    chosen, and the import says so."""
    path = tmp_path / "bred.xlsx"
    export_file(demo_store, path, [HOME_CODE], 2025, format="wide")
    report = import_exchange_file(fresh, path)
    assert report.problems == [] and (report.office, report.year) == (HOME_CODE, 2025)
    assert report.notices[-1] == "Kontor og år er lest av arbeidsbokens tittel: 0312, 2025"
