"""The SQLite file: offices, the catalogue, values, the audit trail and locked months.

Opened through :func:`navdesk.store.database.open_store`; every accepted change is
committed (WAL, synchronous=FULL) before the call that made it returns.
"""

from navdesk.store.database import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]
