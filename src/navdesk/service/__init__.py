"""Between the pages and the store: the office service (queries and commands for one
office) and the events it announces. The window's pages and dialogs import from here,
never from ``navdesk.store`` (tests/test_layers.py checks it).
"""

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
from navdesk.store.closing import MonthNotBegun, MonthNotReady
from navdesk.store.database import Change, LockEvent, Office, StoreError
from navdesk.store.goalcard_history import CommentStep, GoalCardHistory
from navdesk.store.importing import ADD_OFFICES_HINT, RESTORE_ZEROS_HINT
from navdesk.store.session import EntrySession

__all__ = [
    "ADD_OFFICES_HINT", "RESTORE_ZEROS_HINT", "CatalogueChanged", "Change", "CommentStep",
    "DatabaseReplaced", "EntrySession", "GoalCardChanged", "GoalCardHistory", "LockEvent",
    "MonthLocked", "MonthNotBegun", "MonthNotReady", "Office", "OfficeEvents",
    "OfficeService", "StoreError", "ValueRejected", "ValuesChanged", "open_office_service",
]
