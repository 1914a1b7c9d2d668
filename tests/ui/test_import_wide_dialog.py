"""File → Importer with a wide file (issue 15): the file names neither its office nor its
year, so the dialog asks for both (its name's year first), reads the file again when
either changes, and stores the rows there. Real dialog, real keys, a real database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from navdesk.domain.period import Period
from navdesk.formats.exchange import WIDE_COLUMNS
from navdesk.ui.import_dialog import year_in_name
from tests.conftest import HOME_CODE
from tests.exchange_files import snapshot, write
from tests.ui.test_import_dialog import dialog_for
from tests.ui.windows import stored

WIDE = ";".join(WIDE_COLUMNS)
ROWS = [WIDE,
        "SH_MND;Mottakere;persons;5;7;;;;;;;;;;;6",
        "D_ANDEL_UNG;Andel unge;percent;10;12;;;;;;;;;;;11",
        "BRUKERTILFREDSHET;Brukertilfredshet;percent;;;;;;;;;;;;;81,5"]


def test_a_wide_file_asks_for_the_year_and_office_and_stores_the_rows_there(
        qtbot, office_store, tmp_path):
    office_store.save_office("0301", "NAV Gamle Oslo")
    path = write(tmp_path, ROWS, name="nav-frogner-2025-bred.csv")
    before = snapshot(office_store)
    d = dialog_for(qtbot, office_store, path)
    report = d.check()
    assert d.year_spin.isVisible() and d.office_combo.isVisible()
    assert d.year_spin.value() == 2025  # the year the file's name gives
    assert d.office_combo.currentData() == HOME_CODE
    assert report.problems == [] and report.new == 3 and report.year == 2025
    details = d.details_label.text()
    assert "Beregnede indikatorer er hoppet over" in details and "D_ANDEL_UNG" in details
    assert "Alle radene gjelder 2025 og legges på kontor 0312 NAV Frogner" in details
    assert snapshot(office_store) == before

    # the leader types another year: the file is read again for it
    d.year_spin.setFocus()
    qtbot.keyClick(d.year_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(d.year_spin, "2024")
    qtbot.keyClick(d.year_spin, Qt.Key.Key_Return)
    assert d.report.year == 2024
    assert d.imported_report is None  # Enter took the year; it did not import
    assert snapshot(office_store) == before
    assert "Alle radene gjelder 2024" in d.details_label.text()
    d.office_combo.setCurrentIndex(d.office_combo.findData("0301"))
    assert d.report.office == "0301"

    assert d.import_file().applied
    assert stored(office_store, "SH_MND", Period(2024, 2), "0301") == 7
    assert stored(office_store, "BRUKERTILFREDSHET", Period(2024), "0301") == 81.5
    assert stored(office_store, "SH_MND", Period(2025, 2), "0301") is None
    assert stored(office_store, "SH_MND", Period(2024, 2)) is None


def test_a_long_file_shows_no_year_choice(qtbot, office_store, tmp_path):
    path = write(tmp_path, ["kontornr;periode;indikator;verdi", "0312;2025-01;SH_MND;5"],
                 name="tall-2025.csv")
    d = dialog_for(qtbot, office_store, path)
    assert d.check().problems == []
    assert not d.year_spin.isVisible() and not d.office_combo.isVisible()


def test_the_year_of_a_file_name_is_taken_only_when_it_is_one():
    assert year_in_name("nav-frogner-2025-bred") == 2025
    assert year_in_name("bred 2024 og 2025") is None
    assert year_in_name("tall") is None
    assert year_in_name("rapport-12025") is None  # five digits: no year


def test_months_headed_with_their_year_set_the_year_box(qtbot, office_store, tmp_path):
    path = write(tmp_path, ["indikator;januar 2024;februar 2024", "SH_MND;5;6"],
                 name="mine tall.csv")  # no year in the name
    d = dialog_for(qtbot, office_store, path)
    report = d.check()
    assert d.year_spin.isVisible() and d.year_spin.value() == 2024
    assert report.problems == [] and report.new == 2 and report.year == 2024


def test_the_office_and_year_a_wide_file_is_for_are_the_first_choice(qtbot, office_store,
                                                                      tmp_path):
    """Found in review: another office's wide workbook went, with one Enter, to the
    window's own office and this year. navdesk's own workbook names its office and year
    in its title; a CSV file named as navdesk names it gives them by its name."""
    from navdesk.present.exchange import export_file
    from navdesk.store import open_store

    office_store.save_office("0314", "NAV Sagene", "Oslo")
    sagene = open_store(tmp_path / "sagene.sqlite")
    sagene.save_office("0314", "NAV Sagene", "Oslo", home=True)
    sagene.put_many("0314", [("SH_MND", Period(2024, m), 100 + m) for m in (1, 2)],
                    source="test")
    book, named = tmp_path / "bred.xlsx", tmp_path / "nav-sagene-2024-bred.csv"
    export_file(sagene, book, ["0314"], 2024, format="wide")
    export_file(sagene, named, ["0314"], 2024, format="wide")
    sagene.close()
    for path in (book, named):
        d = dialog_for(qtbot, office_store, path)
        report = d.check()
        assert d.office_combo.currentData() == "0314" and d.year_spin.value() == 2024
        assert report.office == "0314" and report.year == 2024 and report.new == 2
