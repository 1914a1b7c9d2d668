"""The one place that knows where shipped data files live.

Installed (wheel or editable), the top-level ``resources/`` folder is the package
``navdesk.resources``; inside a PyInstaller bundle it sits in the bundle's data folder.
Never resolve resources relative to the current directory.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def resource_path(name: str) -> Path:
    """Absolute path of the shipped resource file ``name`` (e.g. ``catalogue.csv``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / name
    return Path(str(resources.files("navdesk.resources").joinpath(name)))


def read_resource_bytes(name: str) -> bytes:
    return resource_path(name).read_bytes()
