"""Durability: a value is on disk once set_value returns, and a bulk import killed at any
moment leaves either all of its rows or none of them.

Both tests run the writer in a separate process and kill it with SIGKILL (no clean-up,
no atexit, no close), then open the database again as the next start of navdesk would.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from navdesk.domain.period import Period, parse_period
from navdesk.store import open_store
from tests.conftest import HOME_CODE, HOME_NAME

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

ACKNOWLEDGED = 200

# Writes values one by one and prints "code period value" for each, only after
# set_value has returned. Runs until it is killed.
_WRITER = r"""
import sys
from navdesk.domain.period import Period, month_range
from navdesk.store import open_store
store = open_store(sys.argv[1])
office = sys.argv[2]
codes = ["SH_MND", "SH_HIA", "SAK_VEDTAK", "KVP_MND", "BO_MIDL_DOGN"]
n = 0
for period in month_range(Period(1990, 1), Period(2100, 12)):
    for code in codes:
        n += 1
        store.set_value(office, code, period, n, user="durability")
        print(code, period, n, flush=True)
"""

# Stages a large batch, prints "staged", then applies it (printing "applied" after).
_IMPORTER = r"""
import sys
from navdesk.domain.period import Period, month_range
from navdesk.store import open_store
store = open_store(sys.argv[1])
offices = sys.argv[2].split(",")
total = int(sys.argv[3])
codes = [i.code for i in store.catalogue if i.is_entered and not i.is_yearly]
months = [str(p) for p in month_range(Period(1990, 1), Period(2100, 12))]
rows = []
line = 1
for office in offices:
    for period in months:
        for code in codes:
            line += 1
            rows.append((line, office, code, period, line % 997, None))
            if len(rows) == total:
                break
        if len(rows) == total:
            break
    if len(rows) == total:
        break
assert len(rows) == total, len(rows)
batch = store.import_batch()
batch.add(rows)
print("staged", flush=True)
outcome = batch.finish(source="import stor.csv", user="durability")
print("applied" if outcome.applied else "refused", flush=True)
"""


def spawn(script: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def kill(proc: subprocess.Popen) -> tuple[str, str]:
    """SIGKILL ``proc`` and return what it wrote that was not read yet."""
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err
    return out, err


@pytest.mark.slow
def test_every_acknowledged_value_survives_kill_9(db_path):
    with open_store(db_path) as s:
        s.save_office(HOME_CODE, HOME_NAME, "Oslo", home=True)
    proc = spawn(_WRITER, str(db_path), HOME_CODE)
    lines = []
    try:
        while len(lines) < ACKNOWLEDGED:
            line = proc.stdout.readline()
            assert line, f"the writer stopped early: {proc.stderr.read()}"
            lines.append(line)
    finally:
        rest, _ = kill(proc)
    # values acknowledged between the last read and the kill count too
    lines += rest.splitlines(keepends=True)
    acknowledged = [ln.split() for ln in lines if ln.endswith("\n")]
    assert len(acknowledged) >= ACKNOWLEDGED

    with open_store(db_path) as s:
        figures = s.figures(HOME_CODE)
        for code, period, value in acknowledged:
            assert figures[code][parse_period(period)] == int(value), (code, period)
        assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # each acknowledged value was audited in the same transaction
        audited = s.conn.execute(
            "SELECT count(*) FROM audit_log WHERE changed_by = 'durability'").fetchone()[0]
        assert audited >= len(acknowledged)


IMPORT_ROWS = 200_000
OFFICES = ["0312", "0301", "0314"]


@pytest.mark.slow
def test_an_import_killed_at_any_moment_leaves_all_rows_or_none(tmp_path):
    template = tmp_path / "template.sqlite"
    with open_store(template) as s:
        for code in OFFICES:
            s.save_office(code, f"NAV {code}")
    rng = random.Random(20240301)
    for attempt in range(5):
        path = tmp_path / f"attempt{attempt}.sqlite"
        shutil.copyfile(template, path)
        proc = spawn(_IMPORTER, str(path), ",".join(OFFICES), str(IMPORT_ROWS))
        try:
            assert proc.stdout.readline() == "staged\n", proc.stderr.read()
            time.sleep(rng.uniform(0.0, 1.5))  # somewhere in (or after) the apply
        finally:
            if proc.poll() is None:
                kill(proc)
            else:
                proc.communicate(timeout=30)

        with open_store(path) as s:
            values = s.conn.execute("SELECT count(*) FROM value").fetchone()[0]
            audited = s.audit_count()
            assert values in (0, IMPORT_ROWS), f"attempt {attempt}: {values} rows"
            assert audited == values
            assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            if values:
                # the rows that are there are the file's rows, not something half-written
                v = s.value("0301", "SH_MND", Period(1990, 1))
                assert v is not None and v.changed_by == "durability"
        for p in (path, tmp_path / f"{path.name}-wal", tmp_path / f"{path.name}-shm"):
            if p.exists():
                os.remove(p)
