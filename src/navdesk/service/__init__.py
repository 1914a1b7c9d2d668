"""Between the pages and the store: the office service (queries and commands for one
office) and the events it announces. The window's pages and dialogs import from here,
never from ``navdesk.store`` (tests/test_layers.py checks it).

The names below the first block are looked up when first used (PEP 562): the window's
first frame needs the service but not the goal card's history or the import's hints.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from navdesk.domain.units import ValueRejected
from navdesk.service.events import (
    CatalogueChanged,
    DatabaseReplaced,
    GoalCardChanged,
    MonthLocked,
    OfficeEvents,
    ValuesChanged,
)
from navdesk.service.office import OfficeService, open_office_service
from navdesk.store.database import Change, Office, StoreError

if TYPE_CHECKING:
    from navdesk.store.closing import MonthNotBegun, MonthNotReady
    from navdesk.store.goalcard_history import CommentStep, GoalCardHistory
    from navdesk.store.importing import ADD_OFFICES_HINT, RESTORE_ZEROS_HINT
    from navdesk.store.locks import LockEvent
    from navdesk.store.session import EntrySession

_LATER = {
    "MonthNotBegun": "navdesk.store.closing", "MonthNotReady": "navdesk.store.closing",
    "CommentStep": "navdesk.store.goalcard_history",
    "GoalCardHistory": "navdesk.store.goalcard_history",
    "ADD_OFFICES_HINT": "navdesk.store.importing", "RESTORE_ZEROS_HINT": "navdesk.store.importing",
    "EntrySession": "navdesk.store.session", "LockEvent": "navdesk.store.locks",
}


def __getattr__(name: str) -> object:
    if name in _LATER:
        return getattr(import_module(_LATER[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ADD_OFFICES_HINT", "RESTORE_ZEROS_HINT", "CatalogueChanged", "Change", "CommentStep",
    "DatabaseReplaced", "EntrySession", "GoalCardChanged", "GoalCardHistory", "LockEvent",
    "MonthLocked", "MonthNotBegun", "MonthNotReady", "Office", "OfficeEvents",
    "OfficeService", "StoreError", "ValueRejected", "ValuesChanged", "open_office_service",
]
