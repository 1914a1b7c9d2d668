"""Filling an office with the domain's demo figures, for trying navdesk and for
benchmarks. Refuses an office that already has figures of its own."""

from __future__ import annotations

from navdesk.domain.demo import demo_values
from navdesk.domain.period import Period
from navdesk.domain.units import ValueRejected
from navdesk.store.database import Office, Store

DEMO_OFFICE = Office("9999", "NAV Eksempelby", "Eksempelby")


def fill_demo(store: Store, office: str, first: Period, last: Period) -> int:
    """Store demo values for ``office`` from month ``first`` to ``last``; returns how
    many values changed. Raises ValueRejected if the office has non-demo figures."""
    foreign = store.conn.execute(
        "SELECT count(*) FROM audit_log WHERE office = ? AND source <> 'demo'", (office,)
    ).fetchone()[0]
    if foreign:
        name = store.office(office).name if store.office(office) else office
        raise ValueRejected(f"{name} har allerede egne tall; eksempeltall fylles bare i en "
                            "database uten egne tall (bruk f.eks. --db demo.sqlite)")
    return store.put_many(office, demo_values(office, first, last), source="demo")


def ensure_demo_office(store: Store, last: Period, years: int = 3) -> Office:
    """The demo database's office, created with ``years`` years of figures through
    ``last`` the first time."""
    home = store.home_office()
    if home is not None:
        return home
    store.save_office(DEMO_OFFICE.code, DEMO_OFFICE.name, DEMO_OFFICE.municipality, home=True)
    fill_demo(store, DEMO_OFFICE.code, Period(last.year - years + 1, 1), last)
    return DEMO_OFFICE
