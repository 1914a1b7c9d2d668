"""Property tests of every reader navdesk has (issue 14, point 7): the exchange file,
the catalogue and the goal-card template, given random bytes, encodings, separators,
quotes, huge fields, strange numbers and a valid file cut at every byte. Each file is
read, or refused with a line number; never another exception; and a refused import
leaves every table of a real database as it was.

Examples per property come from the hypothesis profile (``tests/conftest.py``): ``ci``
by default (the suite stays fast), ``long`` with ``HYPOTHESIS_PROFILE=long`` (10,000
examples per property, see the README's "Filer navdesk leser")."""

from __future__ import annotations

import codecs
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from navdesk.domain.catalogue import CatalogueError
from navdesk.domain.goalcard import TemplateError
from navdesk.formats.catalogue_file import read_catalogue_file
from navdesk.formats.template_file import read_template_file
from navdesk.service.importing import import_exchange_file
from tests.cli.runs import run
from tests.formats.tables import all_tables

EXCHANGE = ("kontornr;kontor;periode;indikator;navn;verdi;enhet;kommentar\r\n"
            "0312;NAV Frogner;2025-01;SH_MND;Mottakere;12;persons;Økt på grunn av én sak\r\n"
            '0312;NAV Frogner;2025-02;SH_BRUTTO;;"2930503,45";nok;"si ""hei"""\r\n'
            "0312;NAV Frogner;2025;BRUKERTILFREDSHET;;81,5;%;\r\n")
CATALOGUE = ("kode;navn;navn_en;enhet;aggregering;vekt;periodetype;seksjon;fordeling;del_av;"
             "teller;nevner;faktor;aktiv\r\n"
             "BY_A;Antall;Count;persons;sum;;month;Sosialhjelp;;;;;;1\r\n"
             'BY_B;"Antall; to";Count 2;nok;sum;;month;Søk;;;;;;1\r\n'
             "BY_R;Andel;Share;percent;ratio;;month;Sosialhjelp;;;BY_B;BY_A;100;1\r\n")
TEMPLATE = ("perspektiv;mål;indikator;retning;år;målverdi;gul_grense\r\n"
            "Brukerperspektiv;Riktig tjeneste;SAK_DAGER;lavere;;14;10\r\n"
            "Brukerperspektiv;Riktig tjeneste;SAK_DAGER;lavere;2026;12,5;10\r\n"
            'Økonomi;"God; styring";SH_BRUTTO;lavere;2025;1 234 567;5\r\n')
VALID = {"exchange": EXCHANGE, "catalogue": CATALOGUE, "template": TEMPLATE}

NUMBERS = st.sampled_from([
    "nan", "NaN", "inf", "-inf", "1e309", "1E3", "1_0", "0x10", "1" * 400, "9" * 41, "-1",
    "−5", "+3", "12,5", "1.234", "1 234,5", "1,234.5", "0", "0,001", "١٢", "", " ", ":",
    "999999999999", "1000000000000", "12,", ",5", "1..2", "1;2", '"1"',
])
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "gb18030", "latin-1",
                             "utf-32", "cp850"])
SEPARATORS = st.sampled_from([";", ",", "\t", "|", ""])
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
FUZZ = settings(suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])


def _mutated(text: str, data: st.DataObject) -> bytes:
    """``text`` with a few of its cells replaced (numbers, quotes, huge or random text),
    re-separated and encoded in one of many encodings, or random bytes."""
    choice = data.draw(st.integers(0, 5), label="kind")
    if choice == 0:
        return data.draw(st.binary(max_size=400), label="bytes")
    lines = [line.split(";") for line in text.split("\r\n")]
    for _ in range(data.draw(st.integers(0, 4), label="cells")):
        row = data.draw(st.integers(0, len(lines) - 1))
        if not lines[row]:
            continue
        cell = data.draw(st.integers(0, len(lines[row]) - 1))
        lines[row][cell] = data.draw(st.one_of(
            NUMBERS, TEXT, st.sampled_from(['"', '"a', 'a"b', '""', '"\r\n', "\x00", "\x1b[31m"]),
            st.integers(9_990, 140_000).map(lambda n: "x" * n),
            st.integers(9_990, 140_000).map(lambda n: '"' + "y" * n + '"'),
        ), label="cell")
    separator = data.draw(SEPARATORS, label="separator") if choice == 2 else ";"
    joined = "\r\n".join((separator or ";").join(row) for row in lines)
    encoding = data.draw(ENCODINGS, label="encoding") if choice >= 3 else "utf-8-sig"
    return joined.encode(encoding, errors="replace")


def _refused_with_lines(message: str) -> bool:
    """Every line of a refusal names its line ("Linje 3: ...") or the file as a whole.
    A refusal lists its problems one a line with "\n" (a file's own text in a message
    may hold other line separators, such as U+0085, which fuzzing found)."""
    lines = message.split("\n")
    return bool(lines) and all(line.startswith("Linje ") or "kan ikke leses som tekst" in line
                               or "står to ganger" in line or "viser til" in line
                               or "refererer" in line or line.startswith("Koden ")
                               for line in lines)


def _read(kind: str, path: Path, store) -> None:
    """Read ``path`` as ``kind``: returns when read, raises the reader's refusal."""
    if kind == "exchange":
        report = import_exchange_file(store, path, dry_run=True)
        assert all(isinstance(line, int) and line >= 0 and message
                   for line, message in report.problems)
        if report.problems:
            raise CatalogueError("refused")
    elif kind == "catalogue":
        read_catalogue_file(path)
    else:
        read_template_file(path, store.catalogue)


@pytest.mark.parametrize("kind", sorted(VALID))
@FUZZ
@given(data=st.data())
def test_every_reader_reads_or_refuses_with_a_line(kind, data, office_store, tmp_path):
    path = tmp_path / f"{kind}.csv"
    path.write_bytes(_mutated(VALID[kind], data))
    try:
        _read(kind, path, office_store)
    except (CatalogueError, TemplateError) as exc:
        if kind != "exchange":
            assert _refused_with_lines(str(exc)), str(exc)


@pytest.mark.parametrize("kind", sorted(VALID))
def test_a_valid_file_cut_at_any_byte_is_read_or_refused_with_a_line(kind, office_store,
                                                                      tmp_path):
    data = codecs.BOM_UTF8 + VALID[kind].encode("utf-8")
    _read(kind, _write(tmp_path, data), office_store)  # the whole file is read
    for end in range(len(data)):
        path = _write(tmp_path, data[:end])
        try:
            _read(kind, path, office_store)
        except (CatalogueError, TemplateError) as exc:
            if kind != "exchange":
                assert _refused_with_lines(str(exc)), (end, str(exc))


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "fil.csv"
    path.write_bytes(data)
    return path


COMMANDS = {"exchange": ["import"], "catalogue": ["catalogue", "import"],
            "template": ["template", "import"]}
_files = itertools.count()


@pytest.mark.parametrize("kind", sorted(VALID))
@FUZZ
@given(data=st.data())
def test_an_import_stores_all_or_nothing_never_a_part(kind, data, office_store, tmp_path,
                                                      capsys):
    """Through the real command into a real SQLite file: rc 0 (read) or 2 (refused, and
    every table as it was); never 1, "uventet feil"."""
    path = tmp_path / f"{kind}-{next(_files)}.csv"
    path.write_bytes(_mutated(VALID[kind], data))
    before = all_tables(office_store.path)
    code, _, err = run(capsys, *COMMANDS[kind], "--db", office_store.path, path)
    assert code in (0, 2), err
    if code == 2:
        assert all_tables(office_store.path) == before, err
