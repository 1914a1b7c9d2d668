"""Exchange files as the tests of the window and of the CLI write them (UTF-8 with a
byte-order mark and CRLF, as Excel saves them), and what an import may change."""

from __future__ import annotations

from pathlib import Path

HEADER = "kontornr;kontor;periode;indikator;navn;verdi;enhet;kommentar"


def write(tmp_path: Path, lines: list[str], name: str = "tall.csv", *,
          raw: bytes | None = None) -> Path:
    """The file ``name`` in ``tmp_path`` with ``lines`` (or exactly the bytes ``raw``)."""
    path = tmp_path / name
    path.write_bytes(raw if raw is not None else ("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    return path


def snapshot(store):
    """Everything an import may change."""
    q = store.conn.execute
    return (q("SELECT * FROM value ORDER BY office, indicator, period").fetchall(),
            q("SELECT * FROM audit_log ORDER BY id").fetchall(),
            q("SELECT code, name FROM office ORDER BY code").fetchall())
