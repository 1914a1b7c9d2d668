"""One process may hold several connections to the database (the window and its
workers); opening another must never drop the first ones' locks. On Linux, closing any
handle a process holds on a file drops every POSIX lock the process has on it, SQLite's
included: a header read by Python while the window's connection was open let another
program delete the window's WAL, and the window's later checkpoint undid that program's
import (found in a real window with ``navdesk-cli`` beside it). Two processes, as it
was found."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from navdesk.domain.period import Period
from navdesk.store import open_store
from tests.exchange_files import HEADER, write


def cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "navdesk.cli.main", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def test_another_connection_in_the_process_keeps_the_windows_locks(tmp_path):
    path = tmp_path / "kontor.sqlite"
    with open_store(path) as setup:
        setup.save_office("0312", "NAV Frogner", "Oslo", home=True)
    window = open_store(path, create=False)  # the window's connection, kept open
    try:
        window.set_value("0312", "SH_MND", Period(2025, 12), 999)
        worker = open_store(path, create=False)  # a worker's, opened and closed
        worker.close()
        assert cli("--db", path, "completeness", "--year", 2025).returncode == 0
        assert Path(f"{path}-wal").exists()  # another program never deletes our WAL
        csv = write(tmp_path, [HEADER, "0312;NAV Frogner;2025-11;SH_HIA;;440;;"])
        result = cli("--db", path, "import", csv)
        assert result.returncode == 0, result.stderr
        window.set_value("0312", "SH_MND", Period(2025, 11), 998)
    finally:
        window.close()
    with open_store(path, create=False) as after:
        assert after.value("0312", "SH_HIA", Period(2025, 11)).value == 440  # the CLI's
        assert after.value("0312", "SH_MND", Period(2025, 12)).value == 999  # the window's
        assert after.value("0312", "SH_MND", Period(2025, 11)).value == 998


def test_the_open_database_is_never_read_or_replaced_as_a_file(tmp_path):
    """Chosen by mistake as a file to import, or as the file to export to: refused
    before navdesk's file code opens it (which would drop the process's locks), and the
    database is unchanged."""
    from navdesk.formats.csvfile import FileRefused, decoded_text
    from navdesk.formats.files import cannot_write
    from navdesk.present.exchange import export_file
    from navdesk.service.importing import import_exchange_file

    path = tmp_path / "kontor.sqlite"
    with open_store(path) as store:
        store.save_office("0312", "NAV Frogner", "Oslo", home=True)
        store.set_value("0312", "SH_MND", Period(2025, 1), 5)
        report = import_exchange_file(store, path)
        assert [str(p) for _, p in report.problems] == [
            f"{path} er databasen navdesk har åpen, ikke en fil å lese eller skrive; velg "
            "en annen fil"]
        try:
            decoded_text(path)
        except FileRefused as exc:
            assert "databasen navdesk har åpen" in str(exc.problem)
        else:
            raise AssertionError("the open database was read as a text file")
        try:
            export_file(store, path, ["0312"], 2025)
        except OSError as exc:
            assert "databasen navdesk har åpen" in str(cannot_write(path, exc))
        else:
            raise AssertionError("the open database was replaced by an export")
        assert store.value("0312", "SH_MND", Period(2025, 1)).value == 5
