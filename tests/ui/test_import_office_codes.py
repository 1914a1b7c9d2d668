"""File > Import of a file whose office numbers lost their leading zeros in Excel
(``312`` for the database's ``0312``): each is read as the one known office it is
with its zeros back, and the dialog says so (issue 15; it used to offer a check box);
what could be another office is refused as before and never created. Row problems
and office problems are listed together. Through the real dialog; the database is
checked after each step."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from navdesk.domain.period import Period
from tests.conftest import HOME_CODE
from tests.exchange_files import HEADER, snapshot
from tests.exchange_files import write as write_file
from tests.ui.import_dialogs import checked, listed
from tests.ui.windows import stored

# the file name the audit log records (the tests read it there)
write = partial(write_file, name="fra-excel.csv")
JAN, FEB = Period(2025, 1), Period(2025, 2)


def click(box) -> None:
    """One click on a check box, as the mouse does it."""
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_a_code_that_lost_its_zero_is_read_as_the_known_office_and_said_so(
        qtbot, office_store, tmp_path):
    # issue 15: read without asking (before, a check box offered it and the file was
    # refused until it was ticked)
    path = write(tmp_path, [HEADER, "312;NAV Frogner;2025-01;SH_MND;;473;;",
                            "312;NAV Frogner;2025-02;SH_MND;;480;;"])
    before = snapshot(office_store)
    d = checked(qtbot, office_store, path)
    assert not d.add_offices_box.isVisible()  # 312 is not offered to be created
    assert d.report.problems == [] and d.report.new == 2 and d.report.offices_added == []
    assert "312 lest som 0312 (2 rader)." in d.details_label.text()
    assert d.import_button.isEnabled()
    assert snapshot(office_store) == before  # nothing stored before «Importer»

    d.import_button.click()
    assert d.imported_report is not None and d.imported_report.applied
    assert stored(office_store, "SH_MND", JAN) == 473
    assert stored(office_store, "SH_MND", FEB) == 480
    assert [o.code for o in office_store.offices()] == [HOME_CODE]  # no office 312
    assert office_store.history(HOME_CODE, "SH_MND", JAN)[0].source == "import fra-excel.csv"


def test_several_codes_without_zeros_are_each_read_as_their_office(
        qtbot, office_store, tmp_path):
    office_store.save_office("0301", "NAV Gamle Oslo")
    path = write(tmp_path, [HEADER, "312;NAV Frogner;2025-01;SH_MND;;473;;",
                            "301;NAV Gamle Oslo;2025-01;SH_MND;;612;;"])
    d = checked(qtbot, office_store, path)
    assert "301 lest som 0301 (1 rad). 312 lest som 0312 (1 rad)." in d.details_label.text()
    assert d.import_file().applied
    assert stored(office_store, "SH_MND", JAN) == 473
    assert stored(office_store, "SH_MND", JAN, "0301") == 612
    assert [o.code for o in office_store.offices()] == ["0301", HOME_CODE]


def test_a_code_the_file_names_as_another_office_is_not_offered_nor_created(
        qtbot, office_store, tmp_path):
    path = write(tmp_path, [HEADER, "312;NAV Alna;2025-01;SH_MND;;7;;"])
    before = snapshot(office_store)
    d = checked(qtbot, office_store, path)
    assert listed(d) == [("2", "Kontor 312 finnes ikke i databasen; 0312 heter «NAV Frogner», "
                               "men filen kaller kontoret «NAV Alna» (linje 2); rett "
                               "kontornummeret i filen")]
    # offered to be created as a new office, but a lost zero is never made an office
    assert d.add_offices_box.isVisible()
    click(d.add_offices_box)
    assert [line for line, _ in d.report.problems] == [2] and d.report.offices_added == []
    assert not d.import_button.isEnabled()
    assert snapshot(office_store) == before


def test_a_code_that_could_be_two_offices_is_refused(qtbot, office_store, tmp_path):
    office_store.save_office("00312", "NAV Frogner gammel")
    path = write(tmp_path, [HEADER, "312;;2025-01;SH_MND;;7;;"])
    before = snapshot(office_store)
    d = checked(qtbot, office_store, path)
    assert listed(d) == [("2", "Kontor 312 finnes ikke i databasen, og med nuller foran kan "
                               "det være flere: 00312, 0312 (linje 2); rett kontornummeret i "
                               "filen")]
    assert snapshot(office_store) == before


def test_an_unknown_office_is_still_only_created_when_asked(qtbot, office_store, tmp_path):
    path = write(tmp_path, [HEADER, "312;;2025-01;SH_MND;;473;;",
                            "0101;NAV Alna;2025-01;SH_MND;;7;;"])
    d = checked(qtbot, office_store, path)
    assert d.add_offices_box.isVisible()
    assert "0101 NAV Alna" in d.add_offices_list.text() and "312" not in d.add_offices_list.text()
    assert [line for line, _ in d.report.problems] == [3]  # 0101 is unknown; 312 is 0312
    click(d.add_offices_box)
    assert d.report.problems == [] and d.report.offices_added == ["0101"]
    assert d.import_file().applied
    assert stored(office_store, "SH_MND", JAN) == 473
    assert stored(office_store, "SH_MND", JAN, "0101") == 7
    assert [o.code for o in office_store.offices()] == ["0101", HOME_CODE]


def test_the_same_row_under_the_code_and_under_its_zeros_is_a_duplicate(
        qtbot, office_store, tmp_path):
    path = write(tmp_path, [HEADER, "0312;;2025-01;SH_MND;;473;;", "312;;2025-01;SH_MND;;474;;"])
    before = snapshot(office_store)
    d = checked(qtbot, office_store, path)
    assert listed(d) == [("3", "SH_MND 2025-01 for kontor 0312 står også på linje 2")]
    assert not d.import_button.isEnabled()
    assert snapshot(office_store) == before


def test_row_problems_and_office_problems_are_listed_together(qtbot, office_store, tmp_path):
    path = write(tmp_path, [
        HEADER,
        "0101;NAV Alna;2025-01;SH_MND;;mange;;",     # a bad value, of an unknown office
        "0219;NAV Bærum;2025-01;SH_MNDX;;5;;",       # an unknown indicator, unknown office
        "0312;NAV Frogner;2025-01;SH_MND;;12,5;;",   # a bad value of a known office
        "0301;NAV Gamle Oslo;2025-01;SH_MND;;9;;",   # a good row of an unknown office
    ])
    before = snapshot(office_store)
    d = checked(qtbot, office_store, path)
    office = ("Kontor {code} finnes ikke i databasen (linje {line}); kryss av for «Opprett "
              "kontorene i filen …» øverst i vinduet for å opprette dem")
    assert listed(d) == [
        ("2", office.format(code="0101", line=2)),
        ("2", "SH_MND 2025-01: «mange» er ikke et tall"),
        ("3", office.format(code="0219", line=3)),
        ("3", "Ukjent indikator «SH_MNDX»"),
        ("4", "SH_MND 2025-01: Må være et helt tall (personer)"),
        ("5", office.format(code="0301", line=5)),
    ]
    assert "0101 NAV Alna, 0219 NAV Bærum, 0301 NAV Gamle Oslo" in d.add_offices_list.text()
    assert snapshot(office_store) == before
