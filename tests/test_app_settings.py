"""A damaged or strange settings file never stops the window (issue 14 point 6): the
window starts with the defaults for what it cannot read, and the log says which."""

from __future__ import annotations

import pytest

from navdesk.crashlog import log_path
from navdesk.ui.window_state import settings_file
from tests.test_app import app_main, close_main_window_once_shown, run_main  # noqa: F401

STRANGE = {
    "geometry too large": b"[window]\ngeometry=1, 2, 99999999999, 4\n",
    "geometry of words": b"[window]\ngeometry=a, b, c, d\n",
    "geometry of two": b"[window]\ngeometry=1, 2\n",
    "language twice": b"[General]\nlanguage=en, nb\n",
    "language unknown": b"[General]\nlanguage=klingon\n",
    "tab too large": b"[window]\nlast_tab=99999999999999999999\n",
    "state of garbage": b"[window]\nstate=@ByteArray(\\xff\\xfe garbage)\nmaximized=kanskje\n",
    "garbage bytes": bytes(range(256)) * 8 + b"\n[window\ngeometry=\xff\xfe\n\x00\x00",
    "utf-16": "[General]\nlanguage=en\n".encode("utf-16"),
}


@pytest.mark.parametrize("content", STRANGE.values(), ids=STRANGE.keys())
def test_the_window_starts_whatever_the_settings_file_holds(qtbot, office_store, app_main,  # noqa: F811
                                                            content):
    path = office_store.path
    office_store.close()
    ini = settings_file()
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_bytes(content)
    titles: list[str] = []
    close_main_window_once_shown(titles)
    assert run_main(app_main, ["--db", str(path)]) == 0
    assert len(titles) == 1 and "NAV Frogner" in titles[0]
    log = log_path().read_text(encoding="utf-8")
    assert "Traceback" not in log and "uventet" not in log


@pytest.mark.parametrize("name", ["geometry too large", "language twice", "tab too large"])
def test_a_setting_that_cannot_be_used_is_named_in_the_log(qtbot, office_store, app_main,  # noqa: F811
                                                            name):
    path = office_store.path
    office_store.close()
    ini = settings_file()
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_bytes(STRANGE[name])
    close_main_window_once_shown([])
    assert run_main(app_main, ["--db", str(path)]) == 0
    assert "innstillingen" in log_path().read_text(encoding="utf-8")
