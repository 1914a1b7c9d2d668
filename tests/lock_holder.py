"""A second navdesk process that opens a database the way the window does (the office
service, and the file's one-writer lock) and then waits: the other window of the tests
of issue 13, point 3. ``start_holder(path)`` returns once it holds the lock."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path


def start_holder(database: Path) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, __file__, str(database)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    line = holder.stdout.readline().strip()
    assert line == "held", line
    return holder


def kill_hard(holder: subprocess.Popen) -> None:
    """``kill -9``: the process gets no chance to release anything."""
    holder.kill()
    holder.wait()


if __name__ == "__main__":
    from navdesk.service import open_office_service

    service = open_office_service(sys.argv[1])
    print("held" if service.claim_writing() else "refused", flush=True)
    while True:
        time.sleep(60)
