"""The import runs in a worker thread: the window's event loop keeps turning while a
large file is checked and stored, and Stopp in the middle leaves the database exactly
as it was. Real files, a real database, the real progress dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from navdesk.domain.period import Period
from navdesk.service import OfficeService
from navdesk.ui.import_dialog import ImportDialog
from navdesk.ui.worker import Worker
from tests.conftest import HOME_CODE

HEADER = "kontornr;kontor;periode;indikator;navn;verdi;enhet;kommentar"
ROWS = 100_000


@pytest.fixture
def large_file(tmp_path, office_store):
    """100,000 rows: 20 offices of the database, five indicators, months of 84 years."""
    codes = ["SH_MND", "SH_HIA", "SH_BRUTTO", "KVP_MND", "KVP_HIA"]
    offices = [HOME_CODE] + [f"{n:04d}" for n in range(1, 20)]
    for code in offices[1:]:
        office_store.save_office(code, f"NAV {code}")
    lines = [HEADER]
    for office in offices:
        for year in range(1990, 2074):
            for month in range(1, 13):
                for code in codes:
                    lines.append(f"{office};;{year}-{month:02d};{code};;{month + 1};;")
    path = tmp_path / "stor.csv"
    path.write_bytes(("\r\n".join(lines[:ROWS + 1]) + "\r\n").encode("utf-8-sig"))
    return path


def dump(store) -> list[str]:
    """Every table of the database, as SQL."""
    return list(store.conn.iterdump())


def dialog(qtbot, store, path) -> ImportDialog:
    d = ImportDialog(OfficeService(store), path)
    qtbot.addWidget(d)
    d.show()
    return d


def ticking() -> tuple[QTimer, list[int]]:
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    return timer, ticks


def test_the_event_loop_keeps_turning_while_100000_rows_are_checked_and_stored(
        qtbot, office_store, large_file):
    d = dialog(qtbot, office_store, large_file)
    timer, ticks = ticking()
    report = d.check()
    checked_ticks = len(ticks)
    assert report.problems == [] and report.new == ROWS
    stored = d.import_file()
    timer.stop()
    assert stored.applied
    assert checked_ticks > 3  # the window's thread ran its timer while the file was read
    assert len(ticks) - checked_ticks > 3  # ... and while it was stored
    assert office_store.conn.execute("SELECT count(*) FROM value").fetchone()[0] == ROWS
    assert office_store.value(HOME_CODE, "SH_MND", Period(1990, 3)).value == 4
    assert d.progress_percent == 100 and d.progress_dialog is None


@pytest.mark.parametrize("percent", [1, 91])  # while reading; while storing
def test_stopping_in_the_middle_leaves_the_database_exactly_as_before(
        qtbot, office_store, large_file, percent):
    office_store.set_value(HOME_CODE, "SH_MND", Period(1990, 1), 7, comment="fra skjemaet")
    d = dialog(qtbot, office_store, large_file)
    d.check()
    before = dump(office_store)

    def stop():
        if d.progress_dialog is None or d.progress_percent < percent:
            QTimer.singleShot(0, stop)
            return
        d.progress_dialog.cancel()

    QTimer.singleShot(0, stop)
    assert d.import_file() is None
    assert percent <= d.progress_percent < 100
    assert "Importen ble stoppet. Ingenting er lagret." in d.status_label.text()
    assert dump(office_store) == before
    assert d.import_file().applied  # the file may be imported after all
    assert dump(office_store) != before


def test_a_stopped_check_says_so_in_english(qtbot, office_store, large_file, english):
    d = dialog(qtbot, office_store, large_file)

    def stop():
        if d.progress_dialog is None or d.progress_percent < 1:
            QTimer.singleShot(0, stop)
            return
        d.progress_dialog.cancel()

    QTimer.singleShot(0, stop)
    before = dump(office_store)
    assert d.check() is None
    assert d.status_label.text() == "Stopped. Nothing is saved."
    assert dump(office_store) == before


def test_the_worker_hands_back_the_result_and_what_the_work_raised(qtbot):
    assert Worker(lambda work: 42).run() == 42
    with pytest.raises(OSError, match="disk"):
        Worker(lambda work: (_ for _ in ()).throw(OSError("disk full"))).run()


def test_a_cancelled_worker_stops_where_the_work_asks(qtbot):
    seen = []

    def count(work):
        n = 0
        while not work.cancelled():
            n += 1
            work.progress(n, 0)
        return n

    worker = Worker(count)
    worker.progressed.connect(lambda done, total, text: seen.append(done))
    worker.progressed.connect(lambda done, total, text: done == 3 and worker.cancel())
    assert worker.run() == 3
    assert seen == [1, 2, 3]  # each report waits for the window: none after the stop
