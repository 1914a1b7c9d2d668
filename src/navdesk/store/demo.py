"""Filling an office with the domain's demo figures, for trying navdesk and for
benchmarks. Refuses an office that already has figures of its own."""

from __future__ import annotations

from navdesk.domain.period import Period
from navdesk.domain.said import QT_TRANSLATE_NOOP
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
        known = store.office(office)
        name = known.name if known else office
        raise ValueRejected.because(QT_TRANSLATE_NOOP(
            "", "{name} har allerede egne tall; eksempeltall fylles bare i en database uten "
                "egne tall (bruk f.eks. --db demo.sqlite)"), name=name)
    from navdesk.domain.demo import demo_values  # not when the demo office exists already

    return store.put_many(office, demo_values(office, first, last), source="demo")


def set_demo_targets(store: Store, office: str, year: int) -> int:
    """Every-year targets for the measures that have none: a little better than the
    office did in ``year`` (3 % for most, rounded), so the demo's lights show a mix."""
    from navdesk.domain.aggregation import aggregate_year
    from navdesk.domain.goalcard import Direction
    from navdesk.store.goalcard import load_goal_card, set_target

    figures = store.figures(office, [year])
    count = 0
    for _, _, m in load_goal_card(store).measures():
        assert m.id is not None  # read from the database
        if m.targets:
            continue
        value = aggregate_year(store.catalogue, figures, m.indicator, year)
        if value is None:
            continue
        better = 1.03 if m.direction is Direction.HIGHER else 0.97
        target = value * better
        target = (round(target, 1) if abs(target) < 100
                  else float(round(target, -1 if target < 10_000 else -3)))
        set_target(store, m.id, None, target)
        count += 1
    return count


# The leader's explanations a demo office has written for its latest month.
DEMO_COMMENTS = {
    "D_LAR_IP": "Tre nye LAR-brukere i høst; planene deres lages innen desember.",
    "D_ANDEL_LANGTID": "Flere har gått over fra dagpenger. Eget oppfølgingsløp fra januar.",
    "D_BRUTTO_PER_MOTTAKER": "Høyere husleier i kommunale boliger trekker opp.",
}


def set_demo_comments(store: Store, office: str, period: Period) -> int:
    """A few comments of the kind a leader writes, on the demo office's card."""
    from navdesk.store.goalcard import load_goal_card, set_measure_comment

    count = 0
    for _, _, m in load_goal_card(store).measures():
        assert m.id is not None  # read from the database
        if m.indicator in DEMO_COMMENTS:
            set_measure_comment(store, office, m.id, period, DEMO_COMMENTS[m.indicator],
                                user="demo")
            count += 1
    return count


def ensure_demo_office(store: Store, last: Period, years: int = 3) -> Office:
    """The demo database's office, created with ``years`` years of figures through
    ``last`` the first time."""
    home = store.home_office()
    if home is not None:
        return home
    store.save_office(DEMO_OFFICE.code, DEMO_OFFICE.name, DEMO_OFFICE.municipality, home=True)
    fill_demo(store, DEMO_OFFICE.code, Period(last.year - years + 1, 1), last)
    set_demo_targets(store, DEMO_OFFICE.code, last.year - 1)
    set_demo_comments(store, DEMO_OFFICE.code, last)
    return DEMO_OFFICE
