"""The readers of statistikkbanken's files (JSON-stat 2.0 and its semicolon CSV) and
the mapping file, on the hand-written files of tests/formats/ssb/ (see its README for
where each format is described), and a property test: random JSON and random text are
read or refused with an SsbError, never another exception."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from navdesk.domain.catalogue import Catalogue
from navdesk.domain.period import Period
from navdesk.domain.ssb import SsbError, comparison_figures
from navdesk.formats.catalogue_file import default_catalogue
from navdesk.formats.jsonstat import dataset, read_jsonstat_file, read_jsonstat_text
from navdesk.formats.ssb_csv import read_ssb_csv_file, read_ssb_csv_text
from navdesk.formats.ssb_mapping import read_mapping_file, read_mapping_text

FILES = Path(__file__).parent / "ssb"
CATALOGUE = Catalogue(default_catalogue())


def figures_of(table, mapping_name):
    mapped = comparison_figures(table, read_mapping_file(FILES / mapping_name, CATALOGUE))
    return mapped, {(f.region, f.indicator, str(f.period)): (f.value, f.symbol)
                    for f in mapped.figures}


EXPECTED = {
    ("0301", "SH_HIA", "2023"): (23456, None), ("0301", "SH_HIA", "2024"): (27650.5, None),
    ("0301", "SH_LANGTID", "2023"): (24010, None), ("0301", "SH_LANGTID", "2024"): (28843, None),
    ("4601", "SH_HIA", "2023"): (9876, None), ("4601", "SH_HIA", "2024"): (None, ".."),
    ("4601", "SH_LANGTID", "2023"): (10120, None), ("4601", "SH_LANGTID", "2024"): (12001, None),
    ("5001", "SH_HIA", "2023"): (4321, None), ("5001", "SH_HIA", "2024"): (5600, None),
    ("5001", "SH_LANGTID", "2023"): (None, ":"), ("5001", "SH_LANGTID", "2024"): (None, "."),
}


def test_a_json_stat_dataset_gives_every_cell_and_keeps_symbols_as_missing():
    table = read_jsonstat_file(FILES / "kommuner.json")
    assert (table.table_id, table.updated) == ("12345", "2025-06-19T06:00:00Z")
    mapped, figures = figures_of(table, "kobling.csv")
    assert figures == EXPECTED and mapped.unmapped == 0
    names = {f.region: f.region_name for f in mapped.figures}
    assert names == {"0301": "Oslo", "4601": "Bergen", "5001": "Trondheim - Tråante"}


def test_the_csv_download_reads_as_the_same_table_through_a_mapping_by_texts():
    table = read_ssb_csv_file(FILES / "kommuner.csv")  # Windows-1252
    assert table.table_id == "12345"
    mapped, figures = figures_of(table, "kobling_tekster.csv")
    assert figures == EXPECTED
    assert {f.region_name for f in mapped.figures} == {"Oslo", "Bergen", "Trondheim - Tråante"}


def test_a_csv_with_every_variable_in_the_rows():
    table = read_ssb_csv_file(FILES / "alt_i_rader.csv")
    mapping = read_mapping_text("innhold;indikator\nSosialhjelpsmottakere;SH_HIA\n", CATALOGUE)
    got = {(f.region, str(f.period)): (f.value, f.symbol)
           for f in comparison_figures(table, mapping).figures}
    assert got == {("0301", "2023"): (23456, None), ("0301", "2024"): (27650.5, None),
                   ("4601", "2023"): (9876, None), ("4601", "2024"): (None, "..")}


def test_sparse_values_months_and_a_selection():
    table = read_jsonstat_file(FILES / "sparse.json")
    mapped, figures = figures_of(table, "kobling_alder.csv")
    assert figures == {("0301", "SH_UNG_HOVED", "2024-11"): (812, None),
                       ("0301", "SH_UNG_HOVED", "2024-12"): (830, None),
                       ("4601", "SH_UNG_HOVED", "2024-11"): (301, None),
                       ("4601", "SH_UNG_HOVED", "2024-12"): (None, ":")}
    assert mapped.unmapped == 4  # the other age group
    assert mapped.figures[0].period == Period(2024, 11)


def test_an_open_dimension_giving_two_figures_for_one_region_is_refused():
    table = read_jsonstat_file(FILES / "sparse.json")
    mapping = read_mapping_text("innhold;indikator\nMottakere;SH_UNG_HOVED\n", CATALOGUE)
    with pytest.raises(SsbError, match="to tall for 0301 2024-11.*Alder"):
        comparison_figures(table, mapping)


def test_one_status_in_a_list_is_every_cells(tmp_path):
    """JSON-stat 2.0: "status" as an array of one element applies to every value (as a
    single string does); review found it refused."""
    document = _document(status=["p"], value=[1] * 12)
    table = dataset(document)
    assert len(table.observations) == 12


def test_a_row_given_twice_is_said_to_be_the_files_not_the_mappings(tmp_path):
    table = read_jsonstat_file(FILES / "kommuner.json")
    doubled = type(table)(**{**table.__dict__,
                             "observations": [*table.observations, table.observations[0]]})
    mapping = read_mapping_file(FILES / "kobling.csv", CATALOGUE)
    with pytest.raises(SsbError, match="en rad står to ganger i filen"):
        comparison_figures(doubled, mapping)


def _document(**changes):
    document = json.loads((FILES / "kommuner.json").read_text(encoding="utf-8"))
    document.update(changes)
    return document


@pytest.mark.parametrize(("changes", "reason"), [
    ({"class": "collection"}, "class er ikke «dataset»"),
    ({"version": "1.2"}, "ikke JSON-stat versjon 2.0"),
    ({"size": [3, 2, 3]}, "Tid har 2 kategorier, men «size» sier 3"),
    ({"value": [1] * 11}, "«value» har 11 celler, men dimensjonene gir 12"),
    ({"value": [23456, "12", *[1] * 10]}, r"Celle 1 \(0301, KOSmottakere, 2024\).*ikke et tall"),
    ({"value": [True, *[1] * 11]}, "ikke et tall"),
    ({"value": {"12": 1}}, "posisjonen «12»"),
    ({"status": {"5": "-"}}, "verken tall eller et av SSBs tegn"),
    ({"status": {"0": ".."}}, "både tall og tegnet «..»"),
    ({"id": ["Region", "Region", "Tid"]}, "to ganger"),
    ({"extension": {}, "label": "Uten nummer"}, "hvilken tabell"),
])
def test_a_json_stat_file_that_is_not_right_is_refused_with_its_reason(changes, reason):
    with pytest.raises(SsbError, match=reason):
        dataset(_document(**changes))


def test_json_constants_and_other_documents_are_refused():
    with pytest.raises(SsbError, match="NaN"):
        read_jsonstat_text('{"value": [NaN]}')
    with pytest.raises(SsbError, match="JSON-stat 1"):
        read_jsonstat_text('{"dataset": {}}')
    with pytest.raises(SsbError, match="ikke JSON"):
        read_jsonstat_text("{")


@pytest.mark.parametrize(("text", "reason"), [
    ('"region";"2024"\n"0301 Oslo";12\n', "tittel"),
    ('"12345: T"\n\n"region";"statistikkvariabel";"2024"\n"0301 Oslo";"X";1;2\n',
     "Linje 4: Linjen har 4 felt"),
    ('"12345: T"\n\n"region";"statistikkvariabel";"2024"\n"0301 Oslo";"X";-\n',
     "Linje 4: «-» er verken et tall"),
    ('"12345: T"\n\n"region";"statistikkvariabel";"2024"\n"0301 Oslo";"X";1 234\n',
     "«1 234» er verken"),
    ('"12345: T"\n\n"region";"statistikkvariabel";"2024K1"\n"0301 Oslo";"X";1\n', None),
    ('"12345: T"\n\n"region";"statistikkvariabel";"Mottakere"\n"0301 Oslo";"X";1\n',
     "slutter ikke med en periode"),
    ('"12345: T"\n\n"region";"statistikkvariabel";"2024"\n"0301 Oslo;"X";1\n',
     "Linje 4: Tekst rett etter"),
])
def test_a_csv_file_that_is_not_right_is_refused_with_its_line(text, reason):
    if reason is None:  # a quarter reads, but is no period navdesk takes
        table = read_ssb_csv_text(text)
        mapping = read_mapping_text("innhold;indikator\nX;SH_HIA\n", CATALOGUE)
        with pytest.raises(SsbError, match="2024K1 er ikke et år eller en måned"):
            comparison_figures(table, mapping)
        return
    with pytest.raises(SsbError, match=reason):
        read_ssb_csv_text(text)


@pytest.mark.parametrize(("text", "reason"), [
    ("innhold;indikator\nKOSmottakere;FINNES_IKKE\n", "Linje 2: Indikatoren FINNES_IKKE finnes"),
    ("innhold;indikator\nKOSmottakere;SH_HIA\nKOSmottakere;SH_MND\n", "Linje 3: .*linje 2"),
    ("innhold;indikator\nA;SH_HIA\nB;SH_HIA\n", "Linje 3: Indikatoren SH_HIA er allerede"),
    ("innhold;indikator;utvalg\nA;SH_HIA;Alder\n", "dimensjon=verdi"),
    ("innhold;indikator;farge\nA;SH_HIA;blå\n", "Ukjent kolonne «farge»"),
    ("indikator\nSH_HIA\n", "innhold mangler"),
    ("innhold;indikator\n", "ingen linjer"),
    ("innhold;indikator;utvalg;regiondimensjon\nA;SH_HIA;;Region\nB;SH_MND;;Kommune\n",
     "Regiondimensjonen"),
])
def test_a_mapping_that_is_not_right_is_refused(text, reason):
    with pytest.raises(SsbError, match=reason):
        read_mapping_text(text, CATALOGUE)


def test_a_mapping_naming_what_the_table_does_not_have_is_refused():
    table = read_jsonstat_file(FILES / "kommuner.json")
    mapping = read_mapping_text("innhold;indikator;utvalg\nKOSandre;SH_HIA;\n"
                                "KOSmottakere;SH_MND;Alder=18-24\n", CATALOGUE)
    with pytest.raises(SsbError) as refused:
        comparison_figures(table, mapping)
    assert "Linje 2: Tabellen har ikke innholdet KOSandre" in str(refused.value)
    assert "Linje 3: Tabellen har ingen verdi 18-24 i dimensjonen Alder" in str(refused.value)


FUZZ = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
                    | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=5)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=5), max_leaves=30)
KEYS = st.sampled_from(["version", "class", "id", "size", "dimension", "value", "status",
                        "role", "extension", "label", "updated"])


@FUZZ
@given(st.dictionaries(KEYS, JSON, max_size=11) | JSON)
def test_random_json_is_read_or_refused_never_a_crash(document):
    with contextlib.suppress(SsbError):
        dataset(document)


@FUZZ
@given(st.data())
def test_a_valid_dataset_mutated_is_read_or_refused_never_a_crash(data):
    document = _document()
    key = data.draw(KEYS)
    document[key] = data.draw(JSON)
    with contextlib.suppress(SsbError):
        dataset(document)


@FUZZ
@given(st.text(alphabet=st.sampled_from('";\n\r ,.:0123456789abM-å'), max_size=200))
def test_random_text_is_read_or_refused_never_a_crash(text):
    for read in (read_ssb_csv_text, read_jsonstat_text):
        with contextlib.suppress(SsbError):
            read(text)


# ---- found in review: units and values navdesk would store wrongly ----------------------

def _with_unit(base):
    document = _document()
    document["dimension"]["ContentsCode"]["category"]["unit"] = {
        "KOSmottakere": {"base": base, "decimals": 0},
        "KOSlangtid": {"base": "personer", "decimals": 0}}
    return dataset(document)


@pytest.mark.parametrize(("base", "reason"), [
    ("1000 kr", "oppgitt i «1000 kr», men navdesk lagrer indikatoren i hele enheter"),
    ("prosent", "oppgitt i «prosent», men indikatoren er i persons"),
    ("kroner", "oppgitt i «kroner», men indikatoren er i persons"),
])
def test_a_content_in_another_unit_is_refused_by_the_mappings_line(base, reason):
    mapping = read_mapping_file(FILES / "kobling.csv", CATALOGUE)
    with pytest.raises(SsbError, match=reason):
        comparison_figures(_with_unit(base), mapping)


def test_a_content_in_persons_is_stored():
    mapped = comparison_figures(_with_unit("personer"),
                                read_mapping_file(FILES / "kobling.csv", CATALOGUE))
    assert len(mapped.figures) == 12


def test_a_negative_figure_is_refused():
    document = _document()
    document["value"][0] = -5
    with pytest.raises(SsbError, match="Tabellen har -5 for 0301 .*utenfor 0–"):
        comparison_figures(dataset(document), read_mapping_file(FILES / "kobling.csv",
                                                                CATALOGUE))


def test_the_contents_are_the_dimension_role_metric_names():
    """JSON-stat's role "metric" names the contents whatever the dimension is called."""
    document = json.loads(json.dumps(_document()).replace('"ContentsCode"', '"Innhold"'))
    table = dataset(document)
    assert table.metric == "Innhold"
    mapped = comparison_figures(table, read_mapping_file(FILES / "kobling.csv", CATALOGUE))
    assert len(mapped.figures) == 12


@pytest.mark.parametrize(("code", "label", "expected"), [
    ("0301", "0301 Oslo", ("0301", "Oslo")),
    ("0301 Oslo", "0301 Oslo", ("0301", "Oslo")),  # a CSV file: the label is the code
    ("EAK Landet", "EAK Landet", ("EAK", "Landet")),  # as the JSON file's code
    ("K-4601 Bergen", "K-4601 Bergen", ("4601", "Bergen")),
    ("Trondheim - Tråante", "Trondheim - Tråante", ("Trondheim - Tråante",) * 2),
])
def test_a_regions_code_and_name_as_statistikkbanken_labels_it(code, label, expected):
    from navdesk.domain.ssb import region_code_and_name

    assert region_code_and_name(code, label) == expected


def test_a_sum_row_is_no_region():
    table = read_jsonstat_file(FILES / "kommuner.json")
    first = table.observations[0]
    summed = type(first)(tuple((n, "Sum" if n == table.region else c)
                               for n, c in first.categories), 1.0)
    table = type(table)(**{**table.__dict__, "observations": [*table.observations, summed]})
    table.labels[table.region]["Sum"] = "Sum"
    mapped = comparison_figures(table, read_mapping_file(FILES / "kobling.csv", CATALOGUE))
    assert {f.region for f in mapped.figures} == {"0301", "4601", "5001"}
    assert mapped.unmapped == 1
