"""The file conventions Norwegian Excel expects: formula guard, writing, encodings and
separators (navdesk.formats.csvfile)."""

from __future__ import annotations

import codecs
import io

import pytest

from navdesk.formats.csvfile import (
    detect_encoding,
    guard,
    sniff_delimiter,
    undecodable_line,
    unguard,
    write_csv,
    write_csv_file,
)

TEXTS = [
    "", "vanlig tekst", "=SUM(A1)", "+47 22 00 00 00", "-5 fordi tallet ble rettet", "@x",
    "\tfane først", "\rvognretur først", "'", "''", "'=already quoted", "''=twice quoted",
    "'+", "'vanlig med apostrof", "=", "-", "æøå ÆØÅ", "linje 1\r\nlinje 2; \"sitat\"",
    " =mellomrom først", "12,5",
]


@pytest.mark.parametrize("first", ["=", "+", "-", "@", "\t", "\r"])
def test_guard_puts_an_apostrophe_before_text_that_excel_would_run_as_a_formula(first):
    assert guard(first + "1+1") == "'" + first + "1+1"


@pytest.mark.parametrize("text", ["", "vanlig tekst", "12,5", "æøå", "'vanlig", " =1"])
def test_guard_leaves_harmless_text_as_it_is(text):
    assert guard(text) == text


def test_guard_adds_an_apostrophe_to_text_that_already_looks_guarded():
    assert guard("'=already quoted") == "''=already quoted"
    assert guard("''") == "'''"


@pytest.mark.parametrize("text", TEXTS)
def test_unguard_restores_exactly_what_guard_was_given(text):
    assert unguard(guard(text)) == text


def test_unguard_leaves_an_apostrophe_before_ordinary_text_alone():
    assert unguard("'vanlig") == "'vanlig"
    assert unguard("'") == "'"


def _written(header, rows) -> bytes:
    out = io.BytesIO()
    write_csv(out, header, rows)
    return out.getvalue()


def test_write_csv_writes_utf8_with_bom_semicolons_and_crlf():
    data = _written(["a", "b"], [["1", "æ"], ["2", "ø"]])
    assert data == codecs.BOM_UTF8 + "a;b\r\n1;æ\r\n2;ø\r\n".encode()


def test_write_csv_quotes_fields_holding_separators_quotes_and_line_breaks():
    data = _written(["x"], [["a;b"], ['si "hei"'], ["linje 1\r\nlinje 2"]])
    assert data.decode("utf-8-sig") == 'x\r\n"a;b"\r\n"si ""hei"""\r\n"linje 1\r\nlinje 2"\r\n'


def test_write_csv_leaves_the_stream_it_was_given_open():
    out = io.BytesIO()
    write_csv(out, ["a"], [["1"]])
    out.write(b"more")  # would raise ValueError if the stream had been closed
    assert out.getvalue().endswith(b"1\r\nmore")


def test_write_csv_file_replaces_an_existing_file_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "ut.csv"
    path.write_bytes(b"old content")
    write_csv_file(path, ["a"], [["1"]])
    assert path.read_bytes() == codecs.BOM_UTF8 + b"a\r\n1\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ut.csv"]


def test_write_csv_file_that_fails_halfway_keeps_the_old_file_and_removes_its_temporary_file(
        tmp_path):
    path = tmp_path / "ut.csv"
    path.write_bytes(b"the good old file")

    def rows():
        yield ["1"]
        raise RuntimeError("disk trouble")

    with pytest.raises(RuntimeError):
        write_csv_file(path, ["a"], rows())
    assert path.read_bytes() == b"the good old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ut.csv"]


@pytest.mark.parametrize(("data", "expected"), [
    (codecs.BOM_UTF8 + "kontor;æøå\r\n".encode(), "utf-8-sig"),
    ("kontor;æøå\r\n".encode(), "utf-8"),
    (b"kontor;plain ascii\r\n", "utf-8"),
    ("kontor;æøå\r\n".encode("cp1252"), "cp1252"),
    ("kontor\tæøå\r\n".encode("utf-16"), "utf-16"),
    # 0x81 is not a Windows-1252 character: only ISO-8859-1 can read it
    (b"kontor;\x81\xe6\r\n", "latin-1"),
])
def test_detect_encoding_tells_the_encodings_people_send_apart(tmp_path, data, expected):
    path = tmp_path / "fil.csv"
    path.write_bytes(data)
    assert detect_encoding(path) == expected


def test_detect_encoding_reads_past_the_first_megabyte_before_deciding_on_utf8(tmp_path):
    path = tmp_path / "fil.csv"
    path.write_bytes(b"a;b\r\n" * 300_000 + "1;Tromsø\r\n".encode("cp1252"))
    assert detect_encoding(path) == "cp1252"


@pytest.mark.parametrize(("header", "expected"), [
    ("kontornr;kontor;periode;verdi", ";"),
    ("office_code,office_name,period,value", ","),
    ("kontornr\tkontor\tperiode\tverdi", "\t"),
    ("a;b,c", ";"),  # a tie goes to the semicolon
    ("verdi", ";"),  # one column: nothing to tell, semicolon
])
def test_sniff_delimiter_picks_the_separator_the_header_uses_most(header, expected):
    assert sniff_delimiter(header) == expected


def test_undecodable_line_names_the_line_of_the_first_bad_byte_in_a_utf8_file(tmp_path):
    path = tmp_path / "fil.csv"
    path.write_bytes(codecs.BOM_UTF8 + b"a;b\r\n1;\xc3\xa6\r\n2;\r\n3;\xe6\xf8\r\n")
    assert undecodable_line(path, "utf-8-sig") == 4


def test_undecodable_line_is_zero_when_every_byte_decodes(tmp_path):
    path = tmp_path / "fil.csv"
    path.write_bytes("a;b\r\n1;æ\r\n".encode())
    assert undecodable_line(path, "utf-8") == 0
