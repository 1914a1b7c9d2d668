"""The indicator catalogue: the shipped default, its breakdowns and ratios, year-to-date
codes, and reading indicator definitions from catalogue-file rows."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from navdesk.domain.catalogue import (
    CATALOGUE_COLUMNS,
    Aggregation,
    BreakdownGroup,
    CatalogueError,
    Indicator,
    PeriodType,
    build_catalogue,
    indicator_fields,
    indicator_from_fields,
    indicators_from_rows,
)
from navdesk.domain.units import Unit

CATALOGUE_CSV = Path(__file__).resolve().parents[2] / "resources" / "catalogue.csv"

# The default catalogue, in the order people see it. Codes are a contract: pinned here.
DEFAULT_CODES = [
    "SH_MND", "SH_HIA", "SH_LANGTID", "SH_STONADSLENGDE", "SH_BRUTTO", "SH_NETTO",
    "SH_AAP_SUPPL", "SH_UNG_HOVED", "SH_NODHJELP", "SH_OVERGANG", "SH_FORVALTNING", "SH_GJELD",
    "SH_BARN",
    "SH_ALDER_18_24", "SH_ALDER_25_29", "SH_ALDER_30_39", "SH_ALDER_40_49", "SH_ALDER_50_59",
    "SH_ALDER_60_66", "SH_ALDER_67P",
    "SH_KJONN_MENN", "SH_KJONN_KVINNER",
    "SH_SIVIL_ENKE", "SH_SIVIL_GIFT", "SH_SIVIL_SAMBOER", "SH_SIVIL_SKILT", "SH_SIVIL_UGIFT",
    "SH_BORGER_NORSK", "SH_BORGER_UTENLANDSK",
    "SH_FORSORGER_UTEN", "SH_FORSORGER_MED",
    "SH_INNTEKT_ANNEN", "SH_INNTEKT_ARBEID", "SH_INNTEKT_EKTEFELLE", "SH_INNTEKT_INTRO",
    "SH_INNTEKT_KURS", "SH_INNTEKT_KVP", "SH_INNTEKT_SOSIALHJELP", "SH_INNTEKT_STIPEND",
    "SH_INNTEKT_TRYGD",
    "SH_TRYGD_ALDER", "SH_TRYGD_ANNEN", "SH_TRYGD_DAGPENGER", "SH_TRYGD_ETTERLATTE",
    "SH_TRYGD_OVERGANG", "SH_TRYGD_SYKEPENGER", "SH_TRYGD_UFORE", "SH_TRYGD_AAP",
    "KVP_MND", "KVP_HIA", "KVP_NYE", "KVP_AVSLUTTET", "KVP_TIL_ARBEID", "KVP_UTBETALT",
    "BO_MIDL_HIA", "BO_MIDL_UNG", "BO_MIDL_DOGN", "BO_MIDL_UTGIFT", "BO_OPPFOLGING",
    "SAK_VEDTAK", "SAK_INNVILGET", "SAK_DELVIS", "SAK_AVSLATT", "SAK_DAGER", "SAK_1UKE",
    "SAK_2UKER", "SAK_KLAGER", "SAK_OMGJORT",
    "LAR_BRUKERE", "LAR_IP",
    "UNG_JOBBKLUBB", "ARB_TIL_ARBEID",
    "SYKEFRAVAER", "BRUKERTILFREDSHET", "MEDARBEIDERTILFREDSHET",
    "D_ANDEL_SH_HOVED", "D_ANDEL_UNG", "D_ANDEL_LANGTID", "D_BRUTTO_PER_MOTTAKER",
    "D_ANDEL_INNVILGET", "D_ANDEL_2UKER", "D_KVP_TIL_ARBEID", "D_LAR_IP", "D_ANDEL_OMGJORT",
]

INNTEKT = ["SH_INNTEKT_ANNEN", "SH_INNTEKT_ARBEID", "SH_INNTEKT_EKTEFELLE", "SH_INNTEKT_INTRO",
           "SH_INNTEKT_KURS", "SH_INNTEKT_KVP", "SH_INNTEKT_SOSIALHJELP", "SH_INNTEKT_STIPEND",
           "SH_INNTEKT_TRYGD"]

EXPECTED_GROUPS = [
    BreakdownGroup("Alder", "SH_HIA", (
        "SH_ALDER_18_24", "SH_ALDER_25_29", "SH_ALDER_30_39", "SH_ALDER_40_49", "SH_ALDER_50_59",
        "SH_ALDER_60_66", "SH_ALDER_67P")),
    BreakdownGroup("Kjønn", "SH_HIA", ("SH_KJONN_MENN", "SH_KJONN_KVINNER")),
    BreakdownGroup("Sivilstand", "SH_HIA", (
        "SH_SIVIL_ENKE", "SH_SIVIL_GIFT", "SH_SIVIL_SAMBOER", "SH_SIVIL_SKILT", "SH_SIVIL_UGIFT")),
    BreakdownGroup("Statsborgerskap", "SH_HIA", ("SH_BORGER_NORSK", "SH_BORGER_UTENLANDSK")),
    BreakdownGroup("Forsørgerstatus", "SH_HIA", ("SH_FORSORGER_UTEN", "SH_FORSORGER_MED")),
    BreakdownGroup("Hovedinntekt", "SH_HIA", tuple(INNTEKT)),
    BreakdownGroup("Trygdeytelse", "SH_INNTEKT_TRYGD", (
        "SH_TRYGD_ALDER", "SH_TRYGD_ANNEN", "SH_TRYGD_DAGPENGER", "SH_TRYGD_ETTERLATTE",
        "SH_TRYGD_OVERGANG", "SH_TRYGD_SYKEPENGER", "SH_TRYGD_UFORE", "SH_TRYGD_AAP")),
]


def fields(**over: str) -> dict[str, str]:
    """A valid catalogue-file row for a monthly count, with ``over`` replacing fields."""
    row = {"kode": "X_TEST", "navn": "Test", "navn_en": "Test", "enhet": "count",
           "aggregering": "sum", "vekt": "", "periodetype": "month", "seksjon": "Annet",
           "fordeling": "", "del_av": "", "teller": "", "nevner": "", "faktor": "", "aktiv": "1"}
    row.update(over)
    return row


# ---- the shipped default -------------------------------------------------------------

def test_default_catalogue_has_exactly_the_pinned_codes_in_order(cat):
    assert cat.codes() == DEFAULT_CODES


def test_default_catalogue_has_the_codes_of_the_shipped_file_in_file_order(cat):
    with CATALOGUE_CSV.open(encoding="utf-8-sig", newline="") as f:
        file_codes = [row["kode"] for row in csv.DictReader(f, delimiter=";")]
    assert cat.codes() == file_codes


def test_default_catalogue_file_has_the_catalogue_columns():
    with CATALOGUE_CSV.open(encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f, delimiter=";"))
    assert tuple(header) == CATALOGUE_COLUMNS


@pytest.mark.parametrize("code, unit, aggregation", [
    ("SH_MND", Unit.PERSONS, Aggregation.AVERAGE),
    ("SH_HIA", Unit.PERSONS, Aggregation.LAST),
    ("SH_LANGTID", Unit.PERSONS, Aggregation.LAST),
    ("SH_STONADSLENGDE", Unit.MONTHS, Aggregation.LAST),
    ("SH_BRUTTO", Unit.NOK, Aggregation.SUM),
    ("SH_NETTO", Unit.NOK, Aggregation.SUM),
    ("SH_NODHJELP", Unit.COUNT, Aggregation.SUM),
    ("SH_OVERGANG", Unit.PERSONS, Aggregation.SUM),
    ("SH_ALDER_18_24", Unit.PERSONS, Aggregation.LAST),
    ("SH_TRYGD_AAP", Unit.PERSONS, Aggregation.LAST),
    ("KVP_MND", Unit.PERSONS, Aggregation.AVERAGE),
    ("KVP_HIA", Unit.PERSONS, Aggregation.LAST),
    ("KVP_NYE", Unit.PERSONS, Aggregation.SUM),
    ("KVP_UTBETALT", Unit.NOK, Aggregation.SUM),
    ("BO_MIDL_HIA", Unit.PERSONS, Aggregation.LAST),
    ("BO_MIDL_DOGN", Unit.NIGHTS, Aggregation.SUM),
    ("BO_MIDL_UTGIFT", Unit.NOK, Aggregation.SUM),
    ("SAK_VEDTAK", Unit.COUNT, Aggregation.SUM),
    ("SAK_DAGER", Unit.DAYS, Aggregation.AVERAGE),
    ("SAK_2UKER", Unit.COUNT, Aggregation.SUM),
    ("LAR_BRUKERE", Unit.PERSONS, Aggregation.LAST),
    ("UNG_JOBBKLUBB", Unit.PERSONS, Aggregation.AVERAGE),
    ("SYKEFRAVAER", Unit.PERCENT, Aggregation.AVERAGE),
    ("BRUKERTILFREDSHET", Unit.PERCENT, Aggregation.LAST),
    ("MEDARBEIDERTILFREDSHET", Unit.SCORE, Aggregation.LAST),
    ("D_ANDEL_SH_HOVED", Unit.PERCENT, Aggregation.RATIO),
    ("D_BRUTTO_PER_MOTTAKER", Unit.NOK, Aggregation.RATIO),
])
def test_representative_indicators_have_their_unit_and_aggregation(cat, code, unit, aggregation):
    assert cat[code].unit is unit
    assert cat[code].aggregation is aggregation


def test_default_catalogue_is_valid_and_every_indicator_is_active_and_named(cat):
    assert cat.validate() == []
    for ind in cat:
        assert ind.active
        assert ind.name.strip() and ind.name_en.strip()


def test_default_catalogue_breakdown_groups_list_their_parts_in_order(cat):
    assert cat.breakdown_groups() == EXPECTED_GROUPS


def test_breakdown_parts_are_year_to_date_persons_counted_as_last(cat):
    for group in cat.breakdown_groups():
        for code in group.parts:
            assert cat[code].unit is Unit.PERSONS
            assert cat[code].aggregation is Aggregation.LAST
            assert cat[code].parent == group.parent


@pytest.mark.parametrize("code, numerator, denominator, factor", [
    ("D_ANDEL_SH_HOVED", ("SH_INNTEKT_SOSIALHJELP",), tuple(INNTEKT), 100),
    ("D_ANDEL_UNG", ("SH_ALDER_18_24",), ("SH_HIA",), 100),
    ("D_ANDEL_LANGTID", ("SH_LANGTID",), ("SH_HIA",), 100),
    ("D_BRUTTO_PER_MOTTAKER", ("SH_BRUTTO",), ("SH_HIA",), 1),
    ("D_ANDEL_INNVILGET", ("SAK_INNVILGET",), ("SAK_VEDTAK",), 100),
    ("D_ANDEL_2UKER", ("SAK_2UKER",), ("SAK_VEDTAK",), 100),
    ("D_KVP_TIL_ARBEID", ("KVP_TIL_ARBEID",), ("KVP_AVSLUTTET",), 100),
    ("D_LAR_IP", ("LAR_IP",), ("LAR_BRUKERE",), 100),
    ("D_ANDEL_OMGJORT", ("SAK_OMGJORT",), ("SAK_KLAGER",), 100),
])
def test_ratios_have_their_numerator_denominator_and_factor(
        cat, code, numerator, denominator, factor):
    ind = cat[code]
    assert ind.is_ratio and not ind.is_entered
    assert ind.numerator == numerator
    assert ind.denominator == denominator
    assert ind.factor == factor


def test_only_the_d_codes_are_ratios(cat):
    assert [i.code for i in cat if i.is_ratio] == [c for c in DEFAULT_CODES if c.startswith("D_")]


def test_only_the_two_satisfaction_surveys_are_yearly(cat):
    yearly = [i.code for i in cat if i.is_yearly]
    assert yearly == ["BRUKERTILFREDSHET", "MEDARBEIDERTILFREDSHET"]
    assert cat["BRUKERTILFREDSHET"].period_type is PeriodType.YEAR


def test_processing_days_is_the_only_weighted_average_and_is_weighted_by_decisions(cat):
    assert cat["SAK_DAGER"].aggregation is Aggregation.AVERAGE
    assert cat["SAK_DAGER"].weight == "SAK_VEDTAK"
    assert [i.code for i in cat if i.weight] == ["SAK_DAGER"]


@pytest.mark.parametrize("code", [
    "SH_HIA", "KVP_HIA", "BO_MIDL_HIA",
    "SH_ALDER_18_24", "SH_ALDER_67P", "SH_KJONN_KVINNER", "SH_SIVIL_UGIFT", "SH_BORGER_NORSK",
    "SH_FORSORGER_MED", "SH_INNTEKT_SOSIALHJELP", "SH_INNTEKT_TRYGD", "SH_TRYGD_AAP",
    "SH_TRYGD_ALDER", "BO_MIDL_UNG",
])
def test_hia_codes_and_their_last_parts_are_year_to_date(cat, code):
    assert cat.is_year_to_date(code)


@pytest.mark.parametrize("code", [
    "SH_MND", "KVP_MND", "SH_LANGTID", "SH_STONADSLENGDE", "SH_BRUTTO", "LAR_BRUKERE", "LAR_IP",
    "SAK_OMGJORT", "KVP_TIL_ARBEID", "D_ANDEL_UNG", "BRUKERTILFREDSHET", "NO_SUCH_CODE",
])
def test_stocks_flows_and_points_in_time_are_not_year_to_date(cat, code):
    assert not cat.is_year_to_date(code)


def test_year_to_date_codes_of_the_default_catalogue_are_exactly_the_hia_family(cat):
    ytd = {i.code for i in cat if cat.is_year_to_date(i.code)}
    parts = {c for g in EXPECTED_GROUPS for c in g.parts}
    assert ytd == {"SH_HIA", "KVP_HIA", "BO_MIDL_HIA", "BO_MIDL_UNG"} | parts


def test_subsets_are_the_parts_that_are_not_a_named_split(cat):
    assert [i.code for i in cat.subsets_of("SAK_VEDTAK")] == [
        "SAK_INNVILGET", "SAK_DELVIS", "SAK_AVSLATT", "SAK_2UKER"]
    assert [i.code for i in cat.subsets_of("SAK_2UKER")] == ["SAK_1UKE"]
    assert [i.code for i in cat.subsets_of("SH_HIA")] == ["SH_MND"]
    assert [i.code for i in cat.subsets_of("SAK_KLAGER")] == ["SAK_OMGJORT"]


def test_sections_are_listed_in_catalogue_order(cat):
    assert cat.sections() == [
        "Økonomisk sosialhjelp", "Kvalifiseringsprogrammet", "Bolig", "Saksbehandling",
        "Rus og psykisk helse", "Arbeid og aktivitet", "Brukere og medarbeidere",
        "Nøkkeltall (beregnet)",
    ]


def test_catalogue_lookup_by_code(cat):
    assert "SH_HIA" in cat
    assert "NO_SUCH" not in cat
    assert cat.get("NO_SUCH") is None
    assert cat["SH_HIA"].code == "SH_HIA"
    assert len(cat) == len(DEFAULT_CODES)


def test_every_default_indicator_survives_a_round_trip_through_file_fields(cat):
    for ind in cat:
        assert indicator_from_fields(indicator_fields(ind)) == ind


# ---- reading indicator definitions ---------------------------------------------------

def test_a_valid_row_becomes_an_indicator():
    ind = indicator_from_fields(fields(kode="SAK_X", enhet="days", aggregering="average",
                                       vekt="SAK_VEDTAK", seksjon="Saksbehandling"))
    assert ind == Indicator(code="SAK_X", name="Test", name_en="Test", unit=Unit.DAYS,
                            aggregation=Aggregation.AVERAGE, section="Saksbehandling",
                            weight="SAK_VEDTAK")


def test_a_ratio_row_reads_numerator_denominator_and_a_comma_factor():
    ind = indicator_from_fields(fields(enhet="percent", aggregering="ratio", teller="A B",
                                       nevner="C", faktor="100,0"))
    assert (ind.numerator, ind.denominator, ind.factor) == (("A", "B"), ("C",), 100.0)


def test_missing_optional_fields_get_their_defaults():
    ind = indicator_from_fields({"kode": "X_TEST", "navn": "Test", "enhet": "count",
                                 "aggregering": "sum"})
    assert ind.name_en == "Test"
    assert ind.section == "Annet"
    assert ind.period_type is PeriodType.MONTH
    assert ind.active


@pytest.mark.parametrize("code", ["sh_hia", "1ABC", "A", "A-B", "Æ_KODE", "", "A" * 41])
def test_a_bad_code_is_refused(code):
    with pytest.raises(CatalogueError, match="gyldig kode"):
        indicator_from_fields(fields(kode=code))


@pytest.mark.parametrize("over, word", [
    ({"navn": ""}, "navn mangler"),
    ({"enhet": "kroner"}, "ukjent enhet"),
    ({"enhet": ""}, "ukjent enhet"),
    ({"aggregering": "median"}, "ukjent aggregering"),
    ({"periodetype": "quarter"}, "periodetype"),
    ({"aggregering": "ratio", "teller": "A", "nevner": ""}, "teller og nevner"),
    ({"aggregering": "ratio", "teller": "", "nevner": "B"}, "teller og nevner"),
    ({"aggregering": "ratio", "teller": "A", "nevner": "B", "faktor": "0"}, "større enn 0"),
    ({"aggregering": "ratio", "teller": "A", "nevner": "B", "faktor": "hundre"}, "ikke et tall"),
    ({"aggregering": "sum", "teller": "A", "nevner": "B"}, "bare aggregering ratio"),
    ({"aggregering": "sum", "vekt": "SAK_VEDTAK"}, "bare aggregering average"),
    ({"aggregering": "last", "vekt": "SAK_VEDTAK"}, "bare aggregering average"),
    ({"aktiv": "ja"}, "aktiv"),
    ({"fordeling": "Alder", "del_av": ""}, "del_av"),
])
def test_an_unusable_row_is_refused_with_the_reason(over, word):
    with pytest.raises(CatalogueError) as exc:
        indicator_from_fields(fields(**over))
    assert word in str(exc.value)
    assert str(exc.value).startswith("X_TEST")


def test_build_catalogue_refuses_a_duplicate_code():
    one = indicator_from_fields(fields())
    with pytest.raises(CatalogueError, match="to ganger"):
        build_catalogue([one, one])


def test_build_catalogue_refuses_references_to_unknown_codes():
    with pytest.raises(CatalogueError, match="ukjent kode NOPE"):
        build_catalogue([indicator_from_fields(fields(del_av="NOPE"))])
    with pytest.raises(CatalogueError, match="ukjent kode NOPE"):
        build_catalogue([indicator_from_fields(fields(aggregering="ratio", teller="NOPE",
                                                      nevner="NOPE"))])


def test_build_catalogue_refuses_a_ratio_built_on_another_ratio():
    base = indicator_from_fields(fields(kode="A_BASE"))
    r1 = indicator_from_fields(fields(kode="A_R1", aggregering="ratio", teller="A_BASE",
                                      nevner="A_BASE"))
    r2 = indicator_from_fields(fields(kode="A_R2", aggregering="ratio", teller="A_R1",
                                      nevner="A_BASE"))
    with pytest.raises(CatalogueError, match="beregnet"):
        build_catalogue([base, r1, r2])


def test_build_catalogue_refuses_parents_that_go_in_a_circle():
    a = indicator_from_fields(fields(kode="A_ONE", del_av="A_TWO"))
    b = indicator_from_fields(fields(kode="A_TWO", del_av="A_ONE"))
    with pytest.raises(CatalogueError, match="i ring"):
        build_catalogue([a, b])


def test_indicators_are_made_from_a_readers_rows_and_each_bad_line_is_named():
    # the domain says what a row means; no file is read here
    header = ["kode", "navn", "enhet", "aggregering"]
    rows = [(2, ["A_OK", "Greit", "count", "sum"]), (7, ["a_bad", "Feil", "count", "sum"])]
    with pytest.raises(CatalogueError) as exc:
        indicators_from_rows(header, rows)
    assert "Linje 7" in str(exc.value) and "Linje 2" not in str(exc.value)
    assert [i.code for i in indicators_from_rows(header, rows[:1])] == ["A_OK"]

