"""The catalogue file read as rows (formats) and its rows made into indicators (the
domain): a bad line named by its number, missing columns, a byte-order mark and blank
lines."""

import pytest

from navdesk.domain.catalogue import CatalogueError
from navdesk.formats.catalogue_file import default_catalogue, parse_catalogue_text


def test_parse_catalogue_text_names_every_bad_line():
    text = ("kode;navn;enhet;aggregering\n"
            "A_OK;Greit;count;sum\n"
            "a_bad;Feil;count;sum\n"
            "\n"
            "B_BAD;Feil;kroner;sum\n")
    with pytest.raises(CatalogueError) as exc:
        parse_catalogue_text(text)
    message = str(exc.value)
    assert "Linje 3" in message and "Linje 5" in message
    assert "Linje 2" not in message


def test_parse_catalogue_text_refuses_missing_columns():
    with pytest.raises(CatalogueError, match="aggregering"):
        parse_catalogue_text("kode;navn;enhet\nA_X;X;count\n")


def test_parse_catalogue_text_reads_a_file_with_byte_order_mark_and_blank_lines():
    inds = parse_catalogue_text("\ufeffkode;navn;enhet;aggregering\n\nA_X;X;count;sum\n;;;\n")
    assert [i.code for i in inds] == ["A_X"]


def test_the_shipped_catalogue_reads_whole():
    codes = [i.code for i in default_catalogue()]
    assert len(codes) == len(set(codes)) == 84 and "SH_MND" in codes
