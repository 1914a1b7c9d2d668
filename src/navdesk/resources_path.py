"""The one place that knows where shipped data files live.

Installed (wheel or editable), the top-level ``resources/`` folder is the package
``navdesk.resources``; inside a PyInstaller bundle it sits in the bundle's data folder.
Never resolve resources relative to the current directory.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(name: str) -> Path:
    """Absolute path of the shipped resource file ``name`` (e.g. ``catalogue.csv``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / name
    # a regular package on disk in both wheel and editable installs (never a zip), so
    # its folder is its files' folder; importlib.resources would cost 1.5 ms at start-up
    import navdesk.resources

    return Path(navdesk.resources.__file__).parent / name


def read_resource_bytes(name: str) -> bytes:
    return resource_path(name).read_bytes()
