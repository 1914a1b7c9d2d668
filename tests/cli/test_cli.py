"""navdesk-cli as a whole: exit codes, one-line messages instead of tracebacks, which
database it opens, ``init``, and unusable database files left exactly as they were."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from navdesk.store import open_store
from navdesk.store.schema import SCHEMA_VERSION

CONSOLE_SCRIPT = Path(sys.executable).with_name("navdesk-cli")


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


# ---------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(("args", "words"), [
    (["export"], "--year"),
    (["init", "--office-code", "0312"], "--office-name"),
    (["import"], "FIL"),
    ([], "KOMMANDO"),
    (["catalogue"], "HANDLING"),
    (["finnes-ikke"], "finnes-ikke"),
])
def test_a_missing_or_unknown_argument_exits_2_with_one_line_on_stderr(cli, db, args, words):
    result = cli(*args, *(db if args else []))
    assert result.code == 2
    assert words in one_line(result.err)
    assert "Traceback" not in result.err


@pytest.mark.parametrize("year", ["20x5", "2025-03", "1800", "tjuefemten"])
def test_a_bad_year_exits_2_with_one_line_on_stderr(cli, db, year):
    result = cli("export", *db, "--year", year)
    assert result.code == 2
    assert "--year" in one_line(result.err)
    assert result.out == b""


@pytest.mark.parametrize("args", [["--month", "13"], ["--month", "0"], ["--suppress-below", "0"],
                                  ["--format", "tall"], ["--decimal", "semikolon"]])
def test_a_bad_export_option_exits_2_with_one_line_on_stderr(cli, db, args):
    result = cli("export", *db, "--year", "2025", *args)
    assert result.code == 2
    one_line(result.err)
    assert "Traceback" not in result.err


def test_version_prints_the_version_and_exits_0(cli):
    from navdesk import __version__

    result = cli("--version")
    assert result.code == 0
    assert __version__ in result.out.decode()


# ---------------------------------------------------------------------------- init
def test_init_sets_up_the_database_for_the_office(cli, tmp_path):
    path = tmp_path / "ny.sqlite"
    result = cli("init", "--db", path, "--office-code", "0312", "--office-name", "NAV Frogner",
                 "--municipality", "Oslo")
    assert result.code == 0
    assert "0312 NAV Frogner" in result.err
    with open_store(path) as store:
        assert store.home_office().code == "0312"
        assert store.home_office().name == "NAV Frogner"
        assert store.home_office().municipality == "Oslo"


def test_init_again_with_the_same_office_code_renames_the_office(cli, db):
    result = cli("init", *db, "--office-code", "0312", "--office-name", "NAV Frogner og Majorstuen")
    assert result.code == 0
    with open_store(db[1]) as store:
        assert store.home_office().name == "NAV Frogner og Majorstuen"


def test_init_again_with_another_office_code_is_refused(cli, db):
    result = cli("init", *db, "--office-code", "0301", "--office-name", "NAV Sentrum")
    assert result.code == 2
    assert "0312" in one_line(result.err)
    with open_store(db[1]) as store:
        assert store.home_office().code == "0312"
        assert store.office("0301") is None


@pytest.mark.parametrize("code", ["03 12", "", "03-12"])
def test_init_with_an_unusable_office_code_exits_2(cli, tmp_path, code):
    result = cli("init", "--db", tmp_path / "x.sqlite", "--office-code", code,
                 "--office-name", "NAV X")
    assert result.code == 2
    assert "Kontornummeret" in one_line(result.err)


def test_commands_that_need_an_office_tell_to_run_init_first(cli, tmp_path):
    for args in (["export", "--year", "2025"], ["check"], ["demo"]):
        result = cli(*args, "--db", tmp_path / "tom.sqlite")
        assert result.code == 2
        assert "init" in one_line(result.err)


# ---------------------------------------------------------------------------- which database
def test_db_before_or_after_the_command_opens_that_file(cli, tmp_path):
    before, after = tmp_path / "before.sqlite", tmp_path / "after.sqlite"
    assert cli("--db", before, "init", "--office-code", "0101", "--office-name", "NAV A").code == 0
    assert cli("init", "--db", after, "--office-code", "0202", "--office-name", "NAV B").code == 0
    with open_store(before) as a, open_store(after) as b:
        assert (a.home_office().code, b.home_office().code) == ("0101", "0202")


def test_the_navdesk_db_environment_variable_chooses_the_database(cli, tmp_path, monkeypatch):
    path = tmp_path / "fra-miljo.sqlite"
    monkeypatch.setenv("NAVDESK_DB", str(path))
    assert cli("init", "--office-code", "0312", "--office-name", "NAV Frogner").code == 0
    assert path.is_file()
    assert cli("export", "--year", "2025").code == 0


def test_db_wins_over_the_environment_variable(cli, tmp_path, monkeypatch):
    env_path, flag_path = tmp_path / "env.sqlite", tmp_path / "flag.sqlite"
    monkeypatch.setenv("NAVDESK_DB", str(env_path))
    assert cli("init", "--db", flag_path, "--office-code", "0312",
               "--office-name", "NAV F").code == 0
    assert flag_path.is_file() and not env_path.exists()


def test_without_db_or_environment_the_database_lives_in_the_user_data_folder(
        cli, isolated_user_dirs):
    from navdesk.paths import data_dir

    assert cli("init", "--office-code", "0312", "--office-name", "NAV Frogner").code == 0
    path = data_dir() / "navdesk.sqlite"
    assert path.is_file()
    assert isolated_user_dirs in path.parents  # the test's own folder, never the real one
    assert cli("export", "--year", "2025").code == 0


# ---------------------------------------------------------------------------- unusable databases
def _navdesk_db(tmp_path) -> Path:
    path = tmp_path / "navdesk.sqlite"
    with open_store(path) as store:
        store.save_office("0312", "NAV Frogner", home=True)
    return path


def _newer(tmp_path) -> Path:
    path = _navdesk_db(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    return path


def _foreign(tmp_path) -> Path:
    path = tmp_path / "regnskap.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bilag (id INTEGER PRIMARY KEY, belop REAL)")
    conn.execute("INSERT INTO bilag (belop) VALUES (12.5)")
    conn.commit()
    conn.close()
    return path


def _text(tmp_path) -> Path:
    path = tmp_path / "notater.sqlite"
    path.write_text("Dette er ikke en database.\n", encoding="utf-8")
    return path


def _corrupt(tmp_path) -> Path:
    path = _navdesk_db(tmp_path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size:] = b"\xff" * (len(data) - page_size)  # every page after the first
    path.write_bytes(bytes(data))
    return path


def _truncated(tmp_path) -> Path:
    path = _navdesk_db(tmp_path)
    path.write_bytes(path.read_bytes()[:60])
    return path


UNUSABLE = {"newer than the program": (_newer, "nyere"),
            "not navdesk's": (_foreign, "ikke en navdesk"),
            "not sqlite": (_text, "ikke en"), "corrupt": (_corrupt, "skadet"),
            "truncated": (_truncated, "skadet")}
COMMANDS = [["init", "--office-code", "0312", "--office-name", "NAV Frogner"],
            ["export", "--year", "2025"], ["import", "IMPORT_FILE"], ["check"], ["demo"],
            ["catalogue", "export"]]


@pytest.mark.parametrize("kind", list(UNUSABLE))
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_an_unusable_database_exits_2_with_one_line_and_is_left_untouched(
        cli, tmp_path, kind, command):
    make, words = UNUSABLE[kind]
    path = make(tmp_path)
    before = path.read_bytes()
    import_file = tmp_path / "inn.csv"
    import_file.write_text("kontornr;periode;indikator;verdi\n0312;2025-01;SH_MND;5\n",
                           encoding="utf-8")
    args = [str(import_file) if a == "IMPORT_FILE" else a for a in command]
    result = cli(*args, "--db", path)
    assert result.code == 2
    assert words in one_line(result.err)
    assert "Traceback" not in result.err
    assert path.read_bytes() == before


def test_a_database_path_in_a_missing_folder_exits_2(cli, tmp_path):
    result = cli("init", "--db", tmp_path / "finnes" / "ikke.sqlite", "--office-code", "0312",
                 "--office-name", "NAV Frogner")
    assert result.code == 2
    assert "finnes ikke" in one_line(result.err)


def test_a_folder_given_as_database_exits_2(cli, tmp_path):
    result = cli("export", "--year", "2025", "--db", tmp_path)
    assert result.code == 2
    assert "mappe" in one_line(result.err)


def test_a_database_busy_with_another_writer_exits_2_without_a_crash_log(
        cli, db, tmp_path, isolated_user_dirs):
    path = tmp_path / "inn.csv"
    path.write_text("kontornr;periode;indikator;verdi\n0312;2025-01;SH_MND;5\n", encoding="utf-8")
    other = sqlite3.connect(db[1], isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another window in the middle of saving
        result = cli("import", *db, path)  # gives up after the store's busy timeout
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.code == 2
    assert "i bruk" in one_line(result.err)
    assert not list(isolated_user_dirs.rglob("navdesk.log"))
    with open_store(db[1]) as store:
        assert store.audit_count() == 0


# Runs navdesk-cli's main() with argv[1:] as a user without root rights (root ignores
# file permissions); privileges are dropped after the imports, because the interpreter may
# live in a folder only root can read.
_UNPRIVILEGED_CLI = r"""
import os, sys
from navdesk.cli.main import main
import gettext, locale  # noqa: F401 - argparse loads them lazily; nobody cannot read them
import navdesk.crashlog, navdesk.store, navdesk.store.demo  # noqa: F401 - loaded as root
if os.geteuid() == 0:
    os.setgroups([])
    os.setgid(65534)
    os.setuid(65534)
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX file permissions")
def test_a_read_only_database_exits_2_and_is_left_untouched(shared_dir):
    folder = shared_dir / "data"
    folder.mkdir()
    folder.chmod(0o777)  # only the file is read-only
    path = _navdesk_db(folder)
    path.chmod(0o444)
    before = path.read_bytes()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "XDG_STATE_HOME": str(folder / "state")}
    done = subprocess.run([sys.executable, "-c", _UNPRIVILEGED_CLI, "demo", "--db", str(path),
                           "--until", "2025-12"], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 2
    assert "skrivebeskyttet" in one_line(done.stderr)
    assert "Traceback" not in done.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [path.name]  # no -wal, -shm or log


# ---------------------------------------------------------------------------- real processes
def _process(args, tmp_path, *, module=False):
    cmd = [sys.executable, "-m", "navdesk.cli.main"] if module else [str(CONSOLE_SCRIPT)]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(cmd + [str(a) for a in args], capture_output=True, cwd=tmp_path, env=env,
                          timeout=120)


@pytest.mark.skipif(not CONSOLE_SCRIPT.exists(),
                    reason="navdesk-cli is not installed next to python")
def test_the_installed_console_script_sets_up_fills_and_exports_a_database(tmp_path):
    db = ["--db", tmp_path / "kontor.sqlite"]
    assert _process(["init", *db, "--office-code", "0312", "--office-name", "NAV Frogner"],
                    tmp_path).returncode == 0
    assert _process(["demo", *db, "--years", "1", "--until", "2025-12"], tmp_path).returncode == 0
    done = _process(["export", *db, "--year", "2025", "--out", tmp_path / "ut.csv"], tmp_path)
    assert done.returncode == 0, done.stderr
    printed = _process(["export", *db, "--year", "2025"], tmp_path)
    assert printed.returncode == 0
    assert printed.stdout == (tmp_path / "ut.csv").read_bytes()
    assert printed.stdout.startswith(b"\xef\xbb\xbfkontornr;kontor;periode;")


def test_running_the_module_with_a_missing_option_exits_2_without_a_traceback(tmp_path):
    done = _process(["export", "--db", tmp_path / "x.sqlite"], tmp_path, module=True)
    assert done.returncode == 2
    err = done.stderr.decode("utf-8")
    assert "--year" in one_line(err)
    assert "Traceback" not in err


def test_running_the_module_on_a_newer_database_exits_2_and_leaves_the_file_as_it_was(tmp_path):
    path = _newer(tmp_path)
    before = path.read_bytes()
    done = _process(["export", "--db", path, "--year", "2025"], tmp_path, module=True)
    assert done.returncode == 2
    err = done.stderr.decode("utf-8")
    assert "nyere" in one_line(err)
    assert "Traceback" not in err
    assert path.read_bytes() == before


@pytest.mark.skipif(not CONSOLE_SCRIPT.exists(),
                    reason="navdesk-cli is not installed next to python")
def test_the_console_script_refuses_a_bad_import_file_with_exit_2_and_no_traceback(tmp_path):
    db = ["--db", tmp_path / "kontor.sqlite"]
    assert _process(["init", *db, "--office-code", "0312", "--office-name", "NAV Frogner"],
                    tmp_path).returncode == 0
    bad = tmp_path / "feil.csv"
    bad.write_text("kontornr;periode;indikator;verdi\n0312;2025-01;SH_MND;mange\n",
                   encoding="utf-8")
    done = _process(["import", *db, bad], tmp_path)
    assert done.returncode == 2
    err = done.stderr.decode("utf-8")
    assert "linje 2" in err
    assert "Traceback" not in err
