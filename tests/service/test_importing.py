"""Reading exchange files back in: what people really send, all or nothing, and the
round trip export -> import -> export."""

from __future__ import annotations

import codecs

import pytest

from navdesk.domain.demo import demo_values
from navdesk.domain.period import Period
from navdesk.domain.units import format_number
from navdesk.formats.csvfile import write_csv_file
from navdesk.formats.exchange import LONG_COLUMNS
from navdesk.present.exchange import long_rows
from navdesk.service.importing import import_exchange_file
from navdesk.store import open_store

HOME = "0312"
HEADER = "kontornr;kontor;periode;indikator;navn;verdi;enhet;kommentar"

ODD_COMMENTS = [
    "=SUM(A1)", "-5 fordi tallet ble rettet", "@x", "'=already quoted", "+47 22 00 00 00",
    'linje 1\r\nlinje 2; "sitat" og æøå ÆØÅ', "\tfane først", "''", "'vanlig", "=",
    " mellomrom rundt ",
]


def write(tmp_path, lines: list[str], *, name="fil.csv", encoding="utf-8-sig", sep=";") -> str:
    """A file of ``lines`` (fields separated by ``;`` in the test, by ``sep`` in the file)."""
    path = tmp_path / name
    text = "".join(line.replace(";", sep) + "\r\n" for line in lines)
    path.write_bytes(text.encode(encoding))
    return str(path)


def snapshot(store):
    """Everything an import may change."""
    q = store.conn.execute
    return (q("SELECT * FROM value ORDER BY office, indicator, period").fetchall(),
            q("SELECT * FROM audit_log ORDER BY id").fetchall(),
            q("SELECT code, name FROM office ORDER BY code").fetchall())


def stored(store, code, period, office=HOME):
    v = store.value(office, code, period)
    return None if v is None else v.value


def comment_of(store, code, period, office=HOME):
    return store.value(office, code, period).comment


def export_bytes(store, path, offices=(HOME,), years=(2024, 2025)) -> bytes:
    rows = [r for y in years for r in long_rows(store, list(offices), y)]
    write_csv_file(path, LONG_COLUMNS, rows)
    return path.read_bytes()


def fresh_store(tmp_path, name):
    s = open_store(tmp_path / name)
    s.save_office(HOME, "NAV Frogner", "Oslo", home=True)
    return s


# ---------------------------------------------------------------------------- round trip
def test_export_then_import_restores_every_value_and_odd_comment_exactly(tmp_path, office_store):
    codes = ["SH_MND", "SH_HIA", "SH_LANGTID", "SH_AAP_SUPPL", "SH_UNG_HOVED", "SH_NODHJELP",
             "SH_OVERGANG", "SH_FORVALTNING", "SH_GJELD", "SH_BARN", "KVP_MND"]
    for n, (code, comment) in enumerate(zip(codes, ODD_COMMENTS, strict=True)):
        office_store.set_value(HOME, code, Period(2025, 2), 10 + n, comment=comment)
    office_store.set_value(HOME, "SH_BRUTTO", Period(2025, 2), 98765.43, comment="æøå")
    office_store.set_value(HOME, "BRUKERTILFREDSHET", Period(2025), 77.5, comment="=årlig")
    path = tmp_path / "ut.csv"
    export_bytes(office_store, path, years=[2025])

    with fresh_store(tmp_path, "copy.sqlite") as copy:
        report = import_exchange_file(copy, path)
        assert report.problems == []
        assert report.new == len(codes) + 2
        for n, (code, comment) in enumerate(zip(codes, ODD_COMMENTS, strict=True)):
            assert stored(copy, code, Period(2025, 2)) == 10 + n
            assert comment_of(copy, code, Period(2025, 2)) == comment
        assert stored(copy, "SH_BRUTTO", Period(2025, 2)) == 98765.43
        assert comment_of(copy, "SH_BRUTTO", Period(2025, 2)) == "æøå"
        assert stored(copy, "BRUKERTILFREDSHET", Period(2025)) == 77.5
        assert comment_of(copy, "BRUKERTILFREDSHET", Period(2025)) == "=årlig"


def test_export_import_export_gives_a_byte_identical_file(tmp_path, demo_store):
    for n, comment in enumerate(ODD_COMMENTS, 1):
        demo_store.set_comment(HOME, "SH_MND", Period(2025, n), comment)
    demo_store.set_value(HOME, "SH_BRUTTO", Period(2024, 7), 3050123.45, comment="rettet")
    demo_store.set_value(HOME, "KVP_UTBETALT", Period(2025, 1), 0.5)
    demo_store.set_value(HOME, "BRUKERTILFREDSHET", Period(2025), 81.25, comment="'=årlig")
    first = export_bytes(demo_store, tmp_path / "first.csv")

    with fresh_store(tmp_path, "copy.sqlite") as copy:
        report = import_exchange_file(copy, tmp_path / "first.csv")
        assert report.problems == []
        assert report.new == sum(len(demo_store.stored_values(HOME, y)) for y in (2024, 2025))
        second = export_bytes(copy, tmp_path / "second.csv")
    assert second == first


# ---------------------------------------------------------------------------- encodings
def test_a_utf8_file_without_bom_is_read_as_utf8(tmp_path, office_store):
    path = write(tmp_path, [HEADER, "0312;NAV Frogner;2025-01;SH_MND;;12;persons;Tromsø"],
                 encoding="utf-8")
    report = import_exchange_file(office_store, path)
    assert report.problems == [] and report.encoding == "UTF-8"
    assert comment_of(office_store, "SH_MND", Period(2025, 1)) == "Tromsø"


def test_a_utf8_file_with_bom_is_read_without_the_bom(tmp_path, office_store):
    path = write(tmp_path, [HEADER, "0312;NAV Frogner;2025-01;SH_MND;;12;persons;Tromsø"])
    report = import_exchange_file(office_store, path)
    assert report.problems == [] and report.encoding == "UTF-8 med BOM"
    assert comment_of(office_store, "SH_MND", Period(2025, 1)) == "Tromsø"


def test_a_windows_1252_file_from_norwegian_excel_keeps_its_aeoeaa(tmp_path, store):
    path = tmp_path / "excel.csv"
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write(HEADER + "\r\n")
        f.write("0219;NAV Bærum Øst;2025-01;SH_MND;Mottakere;12;persons;Økt på grunn av én sak\r\n")
        f.write("0219;NAV Bærum Øst;2025-02;SH_MND;Mottakere;13;persons;Blåbær og ÆØÅ\r\n")
    assert "æ".encode("cp1252") in path.read_bytes()  # really not UTF-8
    report = import_exchange_file(store, path, add_offices=True)
    assert report.problems == [] and report.encoding == "Windows-1252"
    assert store.office("0219").name == "NAV Bærum Øst"
    assert comment_of(store, "SH_MND", Period(2025, 1), "0219") == "Økt på grunn av én sak"
    assert comment_of(store, "SH_MND", Period(2025, 2), "0219") == "Blåbær og ÆØÅ"


def test_a_utf16_file_from_excels_unicode_text_is_read(tmp_path, office_store):
    path = write(tmp_path, [HEADER, "0312;NAV Frogner;2025-01;SH_MND;;12;persons;Tromsø"],
                 encoding="utf-16", sep="\t")
    report = import_exchange_file(office_store, path)
    assert report.problems == [] and report.new == 1
    assert comment_of(office_store, "SH_MND", Period(2025, 1)) == "Tromsø"


def test_a_utf8_bom_file_holding_windows_1252_bytes_is_refused_with_the_line(
        tmp_path, office_store):
    path = tmp_path / "blandet.csv"
    path.write_bytes(codecs.BOM_UTF8
                     + (HEADER + "\r\n0312;NAV Frogner;2025-01;SH_MND;;12;persons;ok\r\n"
                        ).encode("utf-8")
                     + "0312;NAV Frogner;2025-02;SH_MND;;13;persons;Tromsø\r\n".encode("cp1252"))
    before = snapshot(office_store)
    report = import_exchange_file(office_store, path)
    assert [line for line, _ in report.problems] == [3]
    assert "UTF-8" in report.problems[0][1]
    assert snapshot(office_store) == before


# --------------------------------------------------------------------------- separators and headers
@pytest.mark.parametrize("sep", [";", ",", "\t"])
def test_semicolon_comma_and_tab_separated_files_are_all_read(tmp_path, office_store, sep):
    path = write(tmp_path, ["kontornr;periode;indikator;verdi;kommentar",
                            "0312;2025-01;SH_MND;12;en kommentar",
                            "0312;2025-02;SH_BRUTTO;1234.5;"], sep=sep)
    report = import_exchange_file(office_store, path)
    assert report.problems == [] and report.delimiter == sep
    assert stored(office_store, "SH_MND", Period(2025, 1)) == 12
    assert stored(office_store, "SH_BRUTTO", Period(2025, 2)) == 1234.5
    assert comment_of(office_store, "SH_MND", Period(2025, 1)) == "en kommentar"


def test_english_column_names_are_understood(tmp_path, store):
    path = write(tmp_path, [
        "office_code,office_name,period,indicator,name,value,unit,comment",
        "0101,NAV Alna,2025-01,SH_MND,Recipients,12,persons,in English",
    ], sep="")
    report = import_exchange_file(store, path, add_offices=True)
    assert report.problems == []
    assert store.office("0101").name == "NAV Alna"
    assert stored(store, "SH_MND", Period(2025, 1), "0101") == 12
    assert comment_of(store, "SH_MND", Period(2025, 1), "0101") == "in English"


def test_columns_may_come_in_any_order(tmp_path, office_store):
    path = write(tmp_path, ["Verdi;Indikator;Periode;Kontornr", "7;SH_MND;2025-03;0312"])
    report = import_exchange_file(office_store, path)
    assert report.problems == []
    assert stored(office_store, "SH_MND", Period(2025, 3)) == 7


def test_an_unknown_column_is_refused_by_name_and_nothing_is_stored(tmp_path, office_store):
    # issue 14: a column navdesk does not know was ignored; it may be a misspelt one
    path = write(tmp_path, ["Verdi;Ekstra;Indikator;Periode;Kontornr", "7;x;SH_MND;2025-03;0312"])
    before = snapshot(office_store)
    report = import_exchange_file(office_store, path)
    assert report.problems == [(1, "Ukjent kolonne «Ekstra»")]
    assert snapshot(office_store) == before


@pytest.mark.parametrize("text", ["2024-03", "2024M03", "2024m03", "202403", "03.2024", "3/2024",
                                  " 2024-3 "])
def test_months_are_read_in_the_ways_statistics_offices_write_them(tmp_path, office_store, text):
    path = write(tmp_path, [HEADER, f"0312;;{text};SH_MND;;12;;"])
    report = import_exchange_file(office_store, path)
    assert report.problems == []
    assert stored(office_store, "SH_MND", Period(2024, 3)) == 12


def test_a_yearly_indicator_is_read_with_a_year_as_its_period(tmp_path, office_store):
    path = write(tmp_path, [HEADER, "0312;;2024;BRUKERTILFREDSHET;;81,5;%;"])
    assert import_exchange_file(office_store, path).problems == []
    assert stored(office_store, "BRUKERTILFREDSHET", Period(2024)) == 81.5


@pytest.mark.parametrize(("text", "expected"), [
    ("1234", 1234), ("1 234", 1234), ("1\u00a0234", 1234), ("1 234 567,5", 1234567.5),
    ("12,5", 12.5), ("12.5", 12.5), ("1.234,5", 1234.5), ("1.234.567,25", 1234567.25),
    ("0,25", 0.25), ("  99  ", 99),
])
def test_numbers_are_read_the_way_people_type_them(tmp_path, office_store, text, expected):
    path = write(tmp_path, [HEADER, f'0312;;2025-01;SH_BRUTTO;;"{text}";nok;'])
    report = import_exchange_file(office_store, path)
    assert report.problems == []
    assert stored(office_store, "SH_BRUTTO", Period(2025, 1)) == expected


@pytest.mark.parametrize("text", ["1.234", "1,234"])
def test_a_value_whose_decimal_mark_is_ambiguous_is_an_error_on_its_line(
        tmp_path, office_store, text):
    path = write(tmp_path, [HEADER, "0312;;2025-01;SH_BRUTTO;;5;nok;",
                            f'0312;;2025-02;SH_BRUTTO;;"{text}";nok;'])
    report = import_exchange_file(office_store, path)
    assert [line for line, _ in report.problems] == [3]
    assert "tvetydig" in report.problems[0][1]
    assert office_store.value(HOME, "SH_BRUTTO", Period(2025, 1)) is None


@pytest.mark.parametrize("unit", ["persons", "personer", "PERSONS", ""])
def test_the_unit_column_accepts_the_code_the_norwegian_and_the_english_label(
        tmp_path, office_store, unit):
    path = write(tmp_path, [HEADER, f"0312;;2025-01;SH_MND;;12;{unit};"])
    assert import_exchange_file(office_store, path).problems == []


# ---------------------------------------------------------------------------- all or nothing
def good_lines(office=HOME, first=Period(2019, 1), last=Period(2024, 12)) -> list[str]:
    """More than 5,000 good rows: demo figures of six years."""
    return [f"{office};NAV Frogner;{period};{code};;{format_number(value)};;"
            for code, period, value in demo_values(office, first, last)]


BAD_ROWS = {
    "unknown indicator": ("0312;;2020-06;SH_FINNES_IKKE;;5;;", "SH_FINNES_IKKE"),
    "bad period": ("0312;;2020-13;SH_MND;;5;;", "13"),
    "value bad for its unit": ("0312;;2025-02;SH_MND;;12,5;;", "helt tall"),
    "negative value": ("0312;;2025-02;SH_BRUTTO;;-5;;", "negativ"),
    "percent above 100": ("0312;;2025-02;SYKEFRAVAER;;101;;", "100"),
    "duplicate row": (None, "står også på linje 12"),  # line 12 again, see below
    "locked month": ("0312;;2025-01;SH_MND;;5;;", "låst"),
    "office not in the database": ("0999;NAV Ukjent;2025-01;SH_MND;;5;;", "0999"),
    "computed indicator": ("0312;;2025-02;D_ANDEL_UNG;;5;;", "beregnes"),
    "month for a yearly indicator": ("0312;;2025-02;BRUKERTILFREDSHET;;80;;", "én gang per år"),
    "unit that contradicts the catalogue": ("0312;;2025-02;SH_MND;;5;nok;", "enheten"),
    "too many fields": ("0312;;2025-02;SH_MND;;5;;;ekstra", "felt"),
}


@pytest.fixture
def big_store(office_store):
    """The home office with a few values of its own and January 2025 locked."""
    office_store.set_value(HOME, "SH_MND", Period(2019, 1), 1, comment="before the import")
    office_store.set_value(HOME, "SH_BRUTTO", Period(2023, 5), 2.5)
    office_store.lock_month(HOME, Period(2025, 1))
    return office_store


@pytest.mark.parametrize("kind", list(BAD_ROWS))
def test_one_bad_row_among_thousands_writes_nothing_and_names_its_line(tmp_path, big_store, kind):
    bad, words = BAD_ROWS[kind]
    lines = good_lines()
    assert len(lines) > 5000
    position = 2500
    lines.insert(position, bad or lines[10])  # on file line position + 2 (after the header)
    before = snapshot(big_store)
    report = import_exchange_file(big_store, write(tmp_path, [HEADER, *lines]))

    assert [line for line, _ in report.problems] == [position + 2]
    assert words in report.problems[0][1]
    assert not report.applied
    assert snapshot(big_store) == before


def test_the_same_thousands_of_rows_without_the_bad_one_are_all_stored(tmp_path, big_store):
    lines = good_lines()
    report = import_exchange_file(big_store, write(tmp_path, [HEADER, *lines]))
    assert report.problems == [] and report.applied
    assert report.new + report.changed == len(lines)
    assert report.changed == 2  # the two values stored before


def test_several_different_problems_in_one_file_are_all_listed_by_line(tmp_path, big_store):
    before = snapshot(big_store)
    path = write(tmp_path, [
        HEADER,
        "0312;;2025-02;SH_MND;;5;;",  # 2: good
        "0312;;2025-02;SH_UKJENT;;5;;",  # 3: unknown indicator
        "0312;;februar;SH_MND;;5;;",  # 4: bad period
        "0312;;2025-03;SH_MND;;1.234;;",  # 5: ambiguous value
        "0312;;2025-02;SH_MND;;6;;",  # 6: duplicate of line 2
        "0312;;2025-01;SH_HIA;;6;;",  # 7: locked month
        "0888;;2025-02;SH_MND;;5;;",  # 8: unknown office
        "0312;;2025-04;SH_MND;;ti;;",  # 9: not a number
    ])
    report = import_exchange_file(big_store, path)
    assert [line for line, _ in report.problems] == [3, 4, 5, 6, 7, 8, 9]
    assert snapshot(big_store) == before


def test_line_numbers_count_the_lines_of_a_comment_that_spans_several(tmp_path, office_store):
    path = write(tmp_path, [
        HEADER,
        '0312;;2025-01;SH_MND;;5;;"første linje\r\nandre linje\r\ntredje linje"',  # lines 2-4
        "0312;;2025-02;SH_MND;;12,5;;",  # line 5
    ])
    report = import_exchange_file(office_store, path)
    assert [line for line, _ in report.problems] == [5]


def test_an_unclosed_quote_is_an_error_instead_of_swallowing_the_rows_after_it(
        tmp_path, office_store):
    path = write(tmp_path, [
        HEADER,
        "0312;;2025-01;SH_MND;;5;;ok",
        '0312;;2025-02;SH_MND;;6;;"oppdatert i mars',
        "0312;;2025-03;SH_MND;;7;;",
        "0312;;2025-04;SH_MND;;8;;",
    ])
    before = snapshot(office_store)
    report = import_exchange_file(office_store, path)
    assert [line for line, _ in report.problems] == [3]
    assert "anførselstegn" in report.problems[0][1]
    assert snapshot(office_store) == before


def test_text_right_after_a_closing_quote_is_an_error_not_a_different_number(
        tmp_path, office_store):
    path = write(tmp_path, [HEADER, '0312;;2025-01;SH_MND;;"10"0;;', "0312;;2025-02;SH_MND;;6;;"])
    report = import_exchange_file(office_store, path)
    assert [line for line, _ in report.problems] == [2]
    assert office_store.value(HOME, "SH_MND", Period(2025, 1)) is None


def test_quotes_inside_an_unquoted_comment_are_kept_as_text(tmp_path, office_store):
    path = write(tmp_path, [HEADER, '0312;;2025-01;SH_MND;;5;;hun sa "hei" og gikk'])
    assert import_exchange_file(office_store, path).problems == []
    assert comment_of(office_store, "SH_MND", Period(2025, 1)) == 'hun sa "hei" og gikk'


# ---------------------------------------------------------------------------- counts and audit
def test_importing_the_same_file_twice_leaves_everything_unchanged_the_second_time(
        tmp_path, office_store):
    lines = good_lines(first=Period(2024, 1), last=Period(2024, 6))
    path = write(tmp_path, [HEADER, *lines])
    first = import_exchange_file(office_store, path)
    assert (first.new, first.changed, first.unchanged) == (len(lines), 0, 0)
    audit_after_first = office_store.audit_count()

    second = import_exchange_file(office_store, path)
    assert (second.new, second.changed, second.unchanged) == (0, 0, len(lines))
    assert second.applied and second.problems == []
    assert office_store.audit_count() == audit_after_first


def test_changed_values_are_counted_and_audited_with_the_file_name_as_source(
        tmp_path, office_store):
    write(tmp_path, [HEADER, "0312;;2025-01;SH_MND;;5;;", "0312;;2025-02;SH_MND;;6;;",
                     "0312;;2025-03;SH_MND;;7;;"], name="januar.csv")
    import_exchange_file(office_store, tmp_path / "januar.csv")
    path = write(tmp_path, [HEADER, "0312;;2025-01;SH_MND;;5;;", "0312;;2025-02;SH_MND;;60;;",
                            "0312;;2025-03;SH_MND;;7;;ny kommentar", "0312;;2025-04;SH_MND;;8;;"],
                 name="rettet fil.csv")
    report = import_exchange_file(office_store, path, user="leder")
    assert (report.new, report.changed, report.unchanged) == (1, 2, 1)

    (changed,) = [e for e in office_store.history(HOME, "SH_MND", Period(2025, 2))
                  if e.source == "import rettet fil.csv"]
    assert (changed.old_value, changed.new_value, changed.changed_by) == (6, 60, "leder")
    (commented,) = office_store.history(HOME, "SH_MND", Period(2025, 3))[:1]
    assert commented.source == "import rettet fil.csv"
    assert (commented.old_comment, commented.new_comment) == (None, "ny kommentar")
    assert office_store.history(HOME, "SH_MND", Period(2025, 1))[0].source == "import januar.csv"


def test_an_empty_comment_in_the_file_keeps_the_stored_comment(tmp_path, office_store):
    office_store.set_value(HOME, "SH_MND", Period(2025, 1), 5, comment="lagret")
    report = import_exchange_file(office_store,
                                  write(tmp_path, [HEADER, "0312;;2025-01;SH_MND;;5;;"]))
    assert report.unchanged == 1
    assert comment_of(office_store, "SH_MND", Period(2025, 1)) == "lagret"


def test_rows_without_a_value_are_skipped_and_counted(tmp_path, office_store):
    path = write(tmp_path, [HEADER, "0312;;2025-01;SH_MND;;;;",
                            "0312;;2025-02;SH_MND;; ;;kommentar",
                            "0312;;2025-03;SH_MND;;7;;"])
    report = import_exchange_file(office_store, path)
    assert report.problems == []
    assert (report.skipped_empty, report.new) == (2, 1)
    assert office_store.value(HOME, "SH_MND", Period(2025, 1)) is None


def test_suppressed_values_are_skipped_and_counted(tmp_path, office_store):
    path = write(tmp_path, [HEADER, "0312;;2025-01;SH_MND;;:;;", "0312;;2025-02;SH_MND;;:;;",
                            "0312;;2025-03;SH_MND;;7;;"])
    report = import_exchange_file(office_store, path)
    assert report.problems == []
    assert (report.skipped_suppressed, report.new) == (2, 1)
    assert office_store.value(HOME, "SH_MND", Period(2025, 1)) is None


def test_blank_lines_are_ignored(tmp_path, office_store):
    path = write(tmp_path, [HEADER, "", "0312;;2025-01;SH_MND;;5;;", ";;;;;;;", ""])
    report = import_exchange_file(office_store, path)
    assert report.problems == [] and report.new == 1


def test_a_dry_run_writes_nothing_but_reports_the_counts(tmp_path, office_store):
    office_store.set_value(HOME, "SH_MND", Period(2025, 1), 5)
    before = snapshot(office_store)
    path = write(tmp_path, [HEADER, "0312;;2025-01;SH_MND;;5;;", "0312;;2025-02;SH_MND;;6;;",
                            "0777;NAV Ny;2025-01;SH_MND;;6;;"])
    report = import_exchange_file(office_store, path, dry_run=True, add_offices=True)
    assert (report.new, report.changed, report.unchanged) == (2, 0, 1)
    assert report.offices_added == ["0777"]
    assert report.problems == [] and not report.applied
    assert snapshot(office_store) == before


# ---------------------------------------------------------------------------- offices
def test_office_files_every_row_under_that_office(tmp_path, office_store):
    office_store.save_office("0101", "NAV Alna")
    path = write(tmp_path, ["periode;indikator;verdi", "2025-01;SH_MND;5", "2025-02;SH_MND;6"])
    report = import_exchange_file(office_store, path, office="0101")
    assert report.problems == [] and report.new == 2
    assert stored(office_store, "SH_MND", Period(2025, 2), "0101") == 6
    assert office_store.value(HOME, "SH_MND", Period(2025, 1)) is None


def test_office_overrides_the_office_column_of_the_file(tmp_path, office_store):
    office_store.save_office("0101", "NAV Alna")
    path = write(tmp_path, [HEADER, "0312;NAV Frogner;2025-01;SH_MND;;5;;"])
    assert import_exchange_file(office_store, path, office="0101").problems == []
    assert stored(office_store, "SH_MND", Period(2025, 1), "0101") == 5
    assert office_store.value(HOME, "SH_MND", Period(2025, 1)) is None


def test_a_file_without_an_office_column_needs_an_office(tmp_path, office_store):
    path = write(tmp_path, ["periode;indikator;verdi", "2025-01;SH_MND;5"])
    report = import_exchange_file(office_store, path)
    assert [line for line, _ in report.problems] == [1]
    assert "kontornr" in report.problems[0][1]


def test_add_offices_creates_the_offices_in_the_file_with_their_names(tmp_path, office_store):
    path = write(tmp_path, [HEADER, "0101;NAV Alna;2025-01;SH_MND;;5;;",
                            "0219;'=NAV Bærum;2025-01;SH_MND;;6;;",
                            "0219;NAV Bærum;2025-02;SH_MND;;7;;",
                            "0312;NAV Frogner;2025-01;SH_MND;;8;;", "0400;;2025-01;SH_MND;;9;;"])
    report = import_exchange_file(office_store, path, add_offices=True)
    assert report.problems == []
    assert report.offices_added == ["0101", "0219", "0400"]
    assert [(o.code, o.name) for o in office_store.offices()] == [
        ("0101", "NAV Alna"), ("0219", "=NAV Bærum"), ("0312", "NAV Frogner"),
        ("0400", "Kontor 0400")]
    assert stored(office_store, "SH_MND", Period(2025, 2), "0219") == 7


def test_an_office_not_in_the_database_is_an_error_without_add_offices(tmp_path, office_store):
    before = snapshot(office_store)
    path = write(tmp_path, [HEADER, "0312;;2025-01;SH_MND;;5;;",
                            "0101;NAV Alna;2025-01;SH_MND;;5;;",
                            "0101;NAV Alna;2025-02;SH_MND;;5;;"])
    report = import_exchange_file(office_store, path)
    assert [line for line, _ in report.problems] == [3]
    assert "0101" in report.problems[0][1] and "--add-offices" in report.problems[0][1]
    assert snapshot(office_store) == before


def test_office_codes_keep_their_leading_zeros(tmp_path, store):
    path = write(tmp_path, [HEADER, "0030;NAV Null;2025-01;SH_MND;;5;;"])
    assert import_exchange_file(store, path, add_offices=True).problems == []
    assert [o.code for o in store.offices()] == ["0030"]


# ---------------------------------------------------------------------------- unusable files
def test_a_missing_file_is_a_problem_not_an_exception(tmp_path, office_store):
    report = import_exchange_file(office_store, tmp_path / "finnes-ikke.csv")
    assert len(report.problems) == 1 and "finnes-ikke.csv" in report.problems[0][1]


def test_an_empty_file_is_a_problem(tmp_path, office_store):
    (tmp_path / "tom.csv").write_bytes(b"")
    report = import_exchange_file(office_store, tmp_path / "tom.csv")
    assert report.problems == [(1, "Filen er tom")]


def test_a_header_with_an_unclosed_quote_is_a_problem_on_line_1(tmp_path, office_store):
    path = tmp_path / "hode.csv"
    path.write_bytes(b'"kontornr;periode;indikator;verdi\r\n0312;2025-01;SH_MND;5\r\n')
    report = import_exchange_file(office_store, path)
    assert [line for line, _ in report.problems] == [1]
    assert office_store.value(HOME, "SH_MND", Period(2025, 1)) is None


def test_a_wide_file_without_a_year_is_refused_and_says_how_to_give_one(tmp_path, office_store):
    path = write(tmp_path, [
        "indikator;navn;enhet;jan;feb;mar;apr;mai;jun;jul;aug;sep;okt;nov;des;år",
        "SH_MND;x;persons;1;2;3;4;5;6;7;8;9;10;11;12;6,5"])
    before = snapshot(office_store)
    report = import_exchange_file(office_store, path)
    assert len(report.problems) == 1 and report.layout == "wide"
    assert "bred fil" in report.problems[0][1] and "--year" in report.problems[0][1]
    assert snapshot(office_store) == before


def test_a_binary_file_is_refused_without_writing_anything(tmp_path, office_store):
    path = tmp_path / "arbeidsbok.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40)
    before = snapshot(office_store)
    report = import_exchange_file(office_store, path)
    assert report.problems and not report.applied
    assert snapshot(office_store) == before


def test_a_field_longer_than_any_real_comment_is_a_problem_not_an_exception(tmp_path, office_store):
    path = tmp_path / "uendelig.csv"
    path.write_bytes((HEADER + "\r\n0312;;2025-01;SH_MND;;5;;" + "x" * 200_000 + "\r\n"
                      "0312;;2025-02;SH_MND;;6;;\r\n").encode("utf-8"))
    before = snapshot(office_store)
    report = import_exchange_file(office_store, path)
    assert [line for line, _ in report.problems] == [2]
    assert snapshot(office_store) == before


def test_a_comment_over_the_limit_is_a_problem_on_its_line(tmp_path, office_store):
    from navdesk.domain.units import MAX_COMMENT_LENGTH

    path = tmp_path / "lang.csv"
    path.write_bytes((HEADER + "\r\n0312;;2025-01;SH_MND;;5;;" + "x" * MAX_COMMENT_LENGTH + "\r\n"
                      "0312;;2025-02;SH_MND;;6;;\"" + "y" * (MAX_COMMENT_LENGTH + 1) + "\"\r\n"
                      ).encode("utf-8"))
    before = snapshot(office_store)
    report = import_exchange_file(office_store, path)
    assert [line for line, _ in report.problems] == [3]
    assert "for lang" in report.problems[0][1]
    assert snapshot(office_store) == before


# ---------------------------------------------------------------------------- for the window
def test_the_report_names_the_columns_of_the_header(tmp_path, office_store):
    path = write(tmp_path, ["Period;Indicator;Value;Unknown", "2025-01;SH_MND;5;x"])
    report = import_exchange_file(office_store, path, office=HOME)
    assert report.columns == ["periode", "indikator", "verdi"]


def test_a_dry_run_with_preview_lists_the_changed_values(tmp_path, office_store):
    office_store.set_value(HOME, "SH_MND", Period(2025, 1), 5)
    path = write(tmp_path, [HEADER, "0312;;2025-01;SH_MND;;6;;", "0312;;2025-02;SH_MND;;7;;"])
    report = import_exchange_file(office_store, path, dry_run=True, preview=100)
    assert [(c.line, c.code, str(c.period), c.old_value, c.new_value) for c in report.preview] == [
        (2, "SH_MND", "2025-01", 5, 6)]
    assert stored(office_store, "SH_MND", Period(2025, 1)) == 5


def test_progress_ends_at_the_file_size_and_step_is_called_while_checking(tmp_path, office_store):
    path = write(tmp_path, [HEADER] + [f"0312;;2025-{m:02d};SH_MND;;{m};;" for m in range(1, 13)])
    seen, steps = [], []
    report = import_exchange_file(office_store, path, chunk_rows=5,
                                  progress=lambda done, total: seen.append((done, total)),
                                  step=lambda: steps.append(len(seen)))
    size = (tmp_path / "fil.csv").stat().st_size
    assert report.applied
    assert seen[-1] == (size, size)
    assert all(total == size for _, total in seen) and len(seen) >= 3
    assert steps and all(0 < n < len(seen) for n in steps)  # between reading and the end
