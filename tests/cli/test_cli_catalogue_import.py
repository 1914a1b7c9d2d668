"""navdesk-cli catalogue import: a municipality's extra indicators for every office."""

from __future__ import annotations

from sqlite_utils import Database

from navdesk.domain.period import Period
from navdesk.resources_path import read_resource_bytes
from navdesk.service.importing import import_exchange_file
from tests.cli.runs import run
from tests.conftest import HOME_CODE

HEADER = ("kode;navn;navn_en;enhet;aggregering;vekt;periodetype;seksjon;fordeling;del_av;"
          "teller;nevner;faktor;aktiv")


def write(tmp_path, *lines):
    path = tmp_path / "katalog.csv"
    path.write_text("\r\n".join([HEADER, *lines]) + "\r\n", encoding="utf-8-sig")
    return path


def test_new_codes_are_added_in_a_new_section_and_names_are_updated(office_store, tmp_path, capsys):
    path = write(tmp_path,
                 "BY_INTRO;Deltakere i introduksjonsprogram;Introduction programme participants;"
                 "persons;average;;month;Bydelens egne;;;;;;1",
                 "SH_MND;Sosialhjelpsmottakere i måneden;Recipients in the month;persons;average;"
                 ";month;Økonomisk sosialhjelp;;SH_HIA;;;;1")
    code, out, err = run(capsys, "catalogue", "import", "--db", office_store.path, path)
    assert code == 0
    assert "Ny indikator: BY_INTRO" in out and "Endret: SH_MND (navn, engelsk navn)" in out
    office_store._catalogue = None
    cat = office_store.catalogue
    assert cat["BY_INTRO"].section == "Bydelens egne" and "Bydelens egne" in cat.sections()
    assert cat["SH_MND"].name == "Sosialhjelpsmottakere i måneden"
    assert len(cat) == 85  # nothing was removed
    # the exchange file accepts the new code at once
    data = tmp_path / "tall.csv"
    data.write_text("kontornr;periode;indikator;verdi\r\n0312;2025-03;BY_INTRO;14\r\n",
                    encoding="utf-8")
    assert import_exchange_file(office_store, data).applied
    assert office_store.value(HOME_CODE, "BY_INTRO", Period(2025, 3)).value == 14


def test_the_default_catalogue_imports_as_no_change(office_store, tmp_path, capsys):
    path = tmp_path / "standard.csv"
    path.write_bytes(read_resource_bytes("catalogue.csv"))
    code, out, err = run(capsys, "catalogue", "import", "--db", office_store.path, path)
    assert code == 0 and out == "" and "ingenting å endre" in err


def test_a_code_with_values_keeps_its_unit_and_rule(office_store, tmp_path, capsys):
    office_store.set_value(HOME_CODE, "SH_NODHJELP", Period(2025, 1), 5)
    path = write(tmp_path, "SH_NODHJELP;Vedtak om nødhjelp;Emergency aid decisions;nok;last;;month;"
                           "Økonomisk sosialhjelp;;;;;;1")
    code, out, err = run(capsys, "catalogue", "import", "--db", office_store.path, path)
    assert code == 2
    assert "enhet kan ikke endres fra count til nok" in err
    assert "aggregering kan ikke endres fra sum til last" in err
    office_store._catalogue = None
    assert office_store.catalogue["SH_NODHJELP"].unit.value == "count"


def test_a_bad_file_names_its_lines_and_changes_nothing(office_store, tmp_path, capsys):
    path = write(tmp_path,
                 "BY_A;Greit;Fine;persons;sum;;month;Egne;;;;;;1",
                 "BY_B;Feil enhet;Bad unit;kilo;sum;;month;Egne;;;;;;1",
                 "BY_C;Ratio uten nevner;Ratio;percent;ratio;;month;Egne;;;BY_A;;100;1")
    code, out, err = run(capsys, "catalogue", "import", "--db", office_store.path, path)
    assert code == 2
    assert "Linje 3" in err and "Linje 4" in err
    office_store._catalogue = None
    assert "BY_A" not in office_store.catalogue


def test_a_reference_to_a_code_that_exists_nowhere_is_refused(office_store, tmp_path, capsys):
    path = write(tmp_path, "BY_DEL;Del av noe;Part;persons;last;;month;Egne;;FINNES_IKKE;;;;1")
    code, out, err = run(capsys, "catalogue", "import", "--db", office_store.path, path)
    assert code == 2 and "FINNES_IKKE" in err


def test_a_dry_run_lists_the_changes_and_writes_nothing(office_store, tmp_path, capsys):
    path = write(tmp_path,
                 "BY_INTRO;Deltakere i introduksjonsprogram;Introduction programme participants;"
                 "persons;average;;month;Bydelens egne;;;;;;1",
                 "SH_NODHJELP;Vedtak om nødhjelp;Emergency aid decisions;count;sum;;month;"
                 "Økonomisk sosialhjelp;;;;;;0")
    before = list(Database(office_store.conn)["indicator"].rows_where(order_by="position"))
    code, out, err = run(capsys, "catalogue", "import", "--dry-run", "--db", office_store.path,
                         path)
    assert code == 0
    assert out.splitlines() == ["Ny indikator: BY_INTRO Deltakere i introduksjonsprogram",
                                "Endret: SH_NODHJELP (aktiv)"]
    assert "Prøvekjøring av katalog.csv: 2 endring(er). Ingenting er lagret." in err
    assert list(Database(office_store.conn)["indicator"].rows_where(order_by="position")) == before
    # the real import then does exactly what the dry run said
    code, real_out, err = run(capsys, "catalogue", "import", "--db", office_store.path, path)
    assert code == 0 and real_out == out and "Katalogen er oppdatert" in err
    office_store._catalogue = None
    assert "BY_INTRO" in office_store.catalogue
    assert not office_store.catalogue["SH_NODHJELP"].active


def test_a_dry_run_refuses_what_the_import_would_refuse(office_store, tmp_path, capsys):
    office_store.set_value(HOME_CODE, "SH_NODHJELP", Period(2025, 1), 5)
    path = write(tmp_path, "SH_NODHJELP;Vedtak om nødhjelp;Emergency aid decisions;nok;sum;;month;"
                           "Økonomisk sosialhjelp;;;;;;1")
    code, out, err = run(capsys, "catalogue", "import", "--dry-run", "--db", office_store.path,
                         path)
    assert code == 2 and out == ""
    assert "ingenting er endret" in err
    assert "SH_NODHJELP: enhet kan ikke endres fra count til nok når koden har verdier" in err
