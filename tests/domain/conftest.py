"""Fixtures of the domain's tests."""

from __future__ import annotations

import pytest

from navdesk.domain.catalogue import Catalogue, build_catalogue
from navdesk.formats.catalogue_file import default_catalogue


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    """The default catalogue (one per test module)."""
    return build_catalogue(default_catalogue())
