"""The goal card in the database: perspectives, goals, measures, targets per year and
the leader's comments per measure and month (every version kept)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from navdesk.domain.goalcard import Direction, Goal, GoalCard, Measure, Perspective
from navdesk.domain.period import Period
from navdesk.domain.said import QT_TRANSLATE_NOOP
from navdesk.domain.units import ValueRejected, check_comment
from navdesk.store.connection import default_user, new_change, now_text, transaction

# the functions below take the Store the window holds; the store's migrations call this
# module, so it imports the Store's module only for the type checker
if TYPE_CHECKING:
    from navdesk.domain.catalogue import Catalogue
    from navdesk.store.database import Store


@contextmanager
def _card_write(store: Store) -> Iterator[sqlite3.Connection]:
    """A write of the goal card: its own transaction, or part of the caller's when one
    is open (the card's history runs an edit and reads the card before and after it in
    one transaction, so nothing can come in between)."""
    if store.conn.in_transaction:
        yield store.conn
    else:
        with transaction(store.conn) as conn:
            yield conn


def template_goal_card(catalogue: Catalogue) -> GoalCard:
    """The shipped template (resources/goalcard_template.csv) on ``catalogue``."""
    from navdesk.formats.template_file import default_goal_card as shipped

    return shipped(catalogue)


def default_goal_card(store: Store) -> GoalCard:
    """The shipped template (resources/goalcard_template.csv) on the store's catalogue."""
    return template_goal_card(store.catalogue)


def seed_default_goal_card(conn: sqlite3.Connection, catalogue: Catalogue) -> None:
    """Fill an empty goal card with the default template on ``catalogue`` (inside the
    migration that makes the card's tables)."""
    _apply_card(conn, template_goal_card(catalogue), comments=False)


def load_goal_card(store: Store) -> GoalCard:
    """The office's goal card, in its order; each measure carries its id."""
    card = GoalCard()
    goals: dict[int, Goal] = {}
    perspectives: dict[int, Perspective] = {}
    conn = store.conn
    for p_id, name in conn.execute("SELECT id, name FROM perspective ORDER BY position"):
        perspectives[p_id] = Perspective(name, id=p_id)
        card.perspectives.append(perspectives[p_id])
    for g_id, p_id, name in conn.execute(
            "SELECT id, perspective, name FROM goal ORDER BY perspective, position"):
        goals[g_id] = Goal(name, id=g_id)
        perspectives[p_id].goals.append(goals[g_id])
    targets: dict[int, dict[int | None, float]] = {}
    for m_id, year, target in conn.execute("SELECT measure, year, target FROM measure_target"):
        targets.setdefault(m_id, {})[year or None] = target
    for m_id, g_id, code, direction, band in conn.execute(
            "SELECT id, goal, indicator, direction, yellow_band FROM measure"
            " ORDER BY goal, position"):
        goals[g_id].measures.append(Measure(code, Direction(direction), targets.get(m_id, {}),
                                            band, id=m_id))
    return card


def set_target(store: Store, measure_id: int, year: int | None, target: float | None) -> None:
    """Set (or with None remove) the target of a measure for ``year`` (None: every year)."""
    if target is not None and target < 0:
        raise ValueRejected.because(QT_TRANSLATE_NOOP("", "En målverdi kan ikke være negativ"))
    with _card_write(store) as conn:
        if target is None:
            conn.execute("DELETE FROM measure_target WHERE measure = ? AND year = ?",
                         (measure_id, year or 0))
        else:
            conn.execute("INSERT INTO measure_target (measure, year, target) VALUES (?, ?, ?)"
                         " ON CONFLICT DO UPDATE SET target = excluded.target",
                         (measure_id, year or 0, target))


def measure_comments(store: Store, office: str, period: Period) -> dict[int, str]:
    """The current comment of every measure for ``period`` (measure id -> text)."""
    rows = store.conn.execute(
        "SELECT c.measure, c.comment FROM measure_comment c WHERE c.office = ? AND c.period = ?"
        " AND c.change = (SELECT max(change) FROM measure_comment x WHERE x.office = c.office"
        " AND x.measure = c.measure AND x.period = c.period)", (office, str(period)))
    return {m: text for m, text in rows if text}


def set_measure_comment(store: Store, office: str, measure_id: int, period: Period,
                        comment: str | None, user: str | None = None, *,
                        source: str = "goal card") -> bool:
    """Save the leader's explanation of a measure for a month; earlier versions stay.
    ``source`` is recorded with the change ("undo" and "redo" for the card's history).
    Returns False when the comment was already so (no new version). A reported month
    is read-only, its comments too: raises ValueRejected until it is reopened (an undo
    or redo of such a comment as well)."""
    store.refuse_if_locked(office, period)
    comment = check_comment(comment)
    user = user or default_user()
    if comment == measure_comments(store, office, period).get(measure_id):
        return False  # unchanged: no new version
    with _card_write(store) as conn:
        change = new_change(conn, source, user, now_text())
        conn.execute("INSERT INTO measure_comment (office, measure, period, change, comment)"
                     " VALUES (?, ?, ?, ?, ?)", (office, measure_id, str(period), change, comment))
    return True


def replace_goal_card(store: Store, card: GoalCard, why: str | None = None) -> None:
    """Make the stored goal card ``card``, in one transaction. A measure that keeps its
    perspective, goal and indicator keeps its identity, and so its comments; what the
    new card no longer has is removed. ``why`` goes into the change log with it (the
    window's own edits are logged by their history)."""
    with _card_write(store) as conn:
        _apply_card(conn, card)
        if why:
            from navdesk.store.audit import log_change

            log_change(conn, why)


def keep_comments(conn: sqlite3.Connection, measure_ids: Iterable[int]) -> None:
    """Before measures are deleted: their comments, every version, are kept by indicator
    (:func:`revive_comments` gives them to the next measure of the indicator)."""
    for measure_id in measure_ids:
        conn.execute(
            "INSERT OR IGNORE INTO kept_measure_comment"
            " (indicator, office, period, change, comment)"
            " SELECT m.indicator, c.office, c.period, c.change, c.comment"
            " FROM measure_comment c JOIN measure m ON m.id = c.measure WHERE c.measure = ?",
            (measure_id,))


def revive_comments(conn: sqlite3.Connection, measure_id: int) -> None:
    """A measure added (again): the comments kept for its indicator come back to it."""
    row = conn.execute("SELECT indicator FROM measure WHERE id = ?", (measure_id,)).fetchone()
    if row is None:
        return
    conn.execute(
        "INSERT OR IGNORE INTO measure_comment (office, measure, period, change, comment)"
        " SELECT office, ?, period, change, comment FROM kept_measure_comment"
        " WHERE indicator = ?", (measure_id, row[0]))
    conn.execute("DELETE FROM kept_measure_comment WHERE indicator = ?", (row[0],))


def _measures_under(conn: sqlite3.Connection, kind: str, item_id: int) -> list[int]:
    sql = {"perspective": "SELECT m.id FROM measure m JOIN goal g ON g.id = m.goal"
                          " WHERE g.perspective = ?",
           "goal": "SELECT id FROM measure WHERE goal = ?",
           "measure": "SELECT id FROM measure WHERE id = ?"}[kind]
    return [r[0] for r in conn.execute(sql, (item_id,))]


def _apply_card(conn: sqlite3.Connection, card: GoalCard, *, comments: bool = True) -> None:
    """Bring the goal-card tables to ``card`` inside the caller's transaction (on empty
    tables this simply writes the card). ``comments`` False: the card is new, with no
    comments to keep or give back (a migration's seed, before their table exists)."""
    keep_p, keep_g, keep_m = set(), set(), set()
    added: list[int] = []
    for p_pos, perspective in enumerate(card.perspectives, 1):
        row = conn.execute("SELECT id FROM perspective WHERE name = ?",
                           (perspective.name,)).fetchone()
        if row:
            p_id = row[0]
            conn.execute("UPDATE perspective SET position = ? WHERE id = ?", (p_pos, p_id))
        else:
            p_id = conn.execute("INSERT INTO perspective (position, name) VALUES (?, ?)",
                                (p_pos, perspective.name)).lastrowid
        keep_p.add(p_id)
        for g_pos, goal in enumerate(perspective.goals, 1):
            row = conn.execute("SELECT id FROM goal WHERE perspective = ? AND name = ?",
                               (p_id, goal.name)).fetchone()
            if row:
                g_id = row[0]
                conn.execute("UPDATE goal SET position = ? WHERE id = ?", (g_pos, g_id))
            else:
                g_id = conn.execute(
                    "INSERT INTO goal (perspective, position, name) VALUES (?, ?, ?)",
                    (p_id, g_pos, goal.name)).lastrowid
            keep_g.add(g_id)
            for m_pos, m in enumerate(goal.measures, 1):
                row = conn.execute("SELECT id FROM measure WHERE goal = ? AND indicator = ?",
                                   (g_id, m.indicator)).fetchone()
                if row:
                    m_id = row[0]
                    conn.execute("UPDATE measure SET position = ?, direction = ?,"
                                 " yellow_band = ? WHERE id = ?",
                                 (m_pos, m.direction.value, m.yellow_band, m_id))
                else:
                    m_id = _new_id(conn.execute(
                        "INSERT INTO measure (goal, position, indicator, direction,"
                        " yellow_band) VALUES (?, ?, ?, ?, ?)",
                        (g_id, m_pos, m.indicator, m.direction.value, m.yellow_band)))
                    added.append(m_id)
                keep_m.add(m_id)
                conn.execute("DELETE FROM measure_target WHERE measure = ?", (m_id,))
                conn.executemany(
                    "INSERT INTO measure_target (measure, year, target) VALUES (?, ?, ?)",
                    [(m_id, year or 0, t) for year, t in m.targets.items()])
    # a measure that moved (to another goal) or left keeps its comments: kept first,
    # then given to the card's new measure of the same indicator, if it has one
    gone = [m_id for (m_id,) in conn.execute("SELECT id FROM measure").fetchall()
            if m_id not in keep_m]
    if comments:
        keep_comments(conn, gone)
    for table, keep in (("measure", keep_m), ("goal", keep_g), ("perspective", keep_p)):
        for (row_id,) in conn.execute(f"SELECT id FROM {table}").fetchall():
            if row_id not in keep:
                conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    for m_id in added if comments else ():
        revive_comments(conn, m_id)


def copy_targets(store: Store, from_year: int, to_year: int) -> int:
    """Give every measure that has its own target for ``from_year`` and none for
    ``to_year`` that same target for ``to_year``. Returns how many were copied."""
    with _card_write(store) as conn:
        return conn.execute(
            "INSERT INTO measure_target (measure, year, target)"
            " SELECT measure, ?, target FROM measure_target WHERE year = ?"
            " AND measure NOT IN (SELECT measure FROM measure_target WHERE year = ?)",
            (to_year, from_year, to_year)).rowcount


# ------------------------------------------------------------------ editing the card
# Each edit works on ids, so renaming or moving a goal keeps its measures, targets and
# comments. Names are the template file's keys: a perspective's name is unique, a goal's
# within its perspective, and a goal measures an indicator at most once.

_PARENT = {"perspective": None, "goal": "perspective", "measure": "goal"}
MAX_NAME = 200


def _clean_name(name: str, what: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValueRejected.because(
            QT_TRANSLATE_NOOP("", "Perspektivet må ha et navn") if what == "Perspektivet"
            else QT_TRANSLATE_NOOP("", "Målet må ha et navn"))
    if len(name) > MAX_NAME:
        raise ValueRejected.because(
            QT_TRANSLATE_NOOP("", "Navnet er for langt (høyst {most} tegn)"), most=MAX_NAME)
    return name


def _check_band(band: float) -> float:
    if not 0 <= band <= 100:
        raise ValueRejected.because(
            QT_TRANSLATE_NOOP("", "Den gule grensen må være mellom 0 og 100 prosent"))
    return float(band)


def _next_position(conn: sqlite3.Connection, kind: str, parent_id: int | None) -> int:
    parent = _PARENT[kind]
    where, args = (f" WHERE {parent} = ?", (parent_id,)) if parent else ("", ())
    position: int = conn.execute(f"SELECT coalesce(max(position), 0) + 1 FROM {kind}{where}",
                                 args).fetchone()[0]
    return position


def _new_id(cursor: sqlite3.Cursor) -> int:
    """The id of the row an INSERT just made (a rowid table's always has one)."""
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def add_perspective(store: Store, name: str) -> int:
    """A new perspective last on the card; returns its id."""
    name = _clean_name(name, "Perspektivet")
    with _card_write(store) as conn:
        if conn.execute("SELECT 1 FROM perspective WHERE name = ?", (name,)).fetchone():
            raise ValueRejected.because(
                QT_TRANSLATE_NOOP("", "Perspektivet «{name}» finnes allerede"), name=name)
        return _new_id(conn.execute("INSERT INTO perspective (position, name) VALUES (?, ?)",
                                    (_next_position(conn, "perspective", None), name)))


def add_goal(store: Store, perspective_id: int, name: str) -> int:
    """A new goal last under its perspective; returns its id."""
    name = _clean_name(name, "Målet")
    with _card_write(store) as conn:
        _check_goal_name(conn, perspective_id, name)
        return _new_id(conn.execute(
            "INSERT INTO goal (perspective, position, name) VALUES (?, ?, ?)",
            (perspective_id, _next_position(conn, "goal", perspective_id), name)))


def _check_goal_name(conn: sqlite3.Connection, perspective_id: int, name: str,
                     goal_id: int | None = None) -> None:
    if conn.execute("SELECT 1 FROM goal WHERE perspective = ? AND name = ? AND id IS NOT ?",
                    (perspective_id, name, goal_id)).fetchone():
        raise ValueRejected.because(
            QT_TRANSLATE_NOOP("", "Målet «{name}» finnes allerede i dette perspektivet"),
            name=name)


def add_measure(store: Store, goal_id: int, indicator: str, direction: Direction,
                yellow_band: float = 10.0) -> int:
    """A new measure last under its goal; returns its id."""
    if indicator not in store.catalogue:
        raise ValueRejected.because(QT_TRANSLATE_NOOP("", "Ukjent indikator «{code}»"),
                                    code=indicator)
    band = _check_band(yellow_band)
    with _card_write(store) as conn:
        if conn.execute("SELECT 1 FROM measure WHERE goal = ? AND indicator = ?",
                        (goal_id, indicator)).fetchone():
            raise ValueRejected.because(
                QT_TRANSLATE_NOOP("", "Målet måles allerede med {code}"), code=indicator)
        measure_id = _new_id(conn.execute(
            "INSERT INTO measure (goal, position, indicator, direction, yellow_band)"
            " VALUES (?, ?, ?, ?, ?)",
            (goal_id, _next_position(conn, "measure", goal_id), indicator,
             Direction(direction).value, band)))
        revive_comments(conn, measure_id)
        return measure_id


def rename_perspective(store: Store, perspective_id: int, name: str) -> None:
    name = _clean_name(name, "Perspektivet")
    with _card_write(store) as conn:
        if conn.execute("SELECT 1 FROM perspective WHERE name = ? AND id != ?",
                        (name, perspective_id)).fetchone():
            raise ValueRejected.because(
                QT_TRANSLATE_NOOP("", "Perspektivet «{name}» finnes allerede"), name=name)
        conn.execute("UPDATE perspective SET name = ? WHERE id = ?", (name, perspective_id))


def rename_goal(store: Store, goal_id: int, name: str) -> None:
    name = _clean_name(name, "Målet")
    with _card_write(store) as conn:
        row = conn.execute("SELECT perspective FROM goal WHERE id = ?", (goal_id,)).fetchone()
        if row is None:
            raise ValueRejected.because(QT_TRANSLATE_NOOP("", "Målet finnes ikke lenger"))
        _check_goal_name(conn, row[0], name, goal_id)
        conn.execute("UPDATE goal SET name = ? WHERE id = ?", (name, goal_id))


def update_measure(store: Store, measure_id: int, direction: Direction, yellow_band: float) -> None:
    """Change which direction is better and the yellow band of a measure."""
    band = _check_band(yellow_band)
    with _card_write(store) as conn:
        conn.execute("UPDATE measure SET direction = ?, yellow_band = ? WHERE id = ?",
                     (Direction(direction).value, band, measure_id))


def move_item(store: Store, kind: str, item_id: int, step: int) -> bool:
    """Move a perspective, goal or measure ``step`` places among its siblings (-1 up,
    +1 down). Returns False when it is already first or last."""
    parent = _PARENT[kind]
    with _card_write(store) as conn:
        if not conn.execute(f"SELECT 1 FROM {kind} WHERE id = ?", (item_id,)).fetchone():
            raise ValueRejected.because(QT_TRANSLATE_NOOP("", "Det finnes ikke lenger"))
        if parent:
            (parent_id,) = conn.execute(f"SELECT {parent} FROM {kind} WHERE id = ?",
                                        (item_id,)).fetchone()
            siblings = [r[0] for r in conn.execute(
                f"SELECT id FROM {kind} WHERE {parent} = ? ORDER BY position", (parent_id,))]
        else:
            siblings = [r[0] for r in conn.execute(f"SELECT id FROM {kind} ORDER BY position")]
        at = siblings.index(item_id)
        to = at + step
        if not 0 <= to < len(siblings):
            return False
        siblings.insert(to, siblings.pop(at))
        conn.executemany(f"UPDATE {kind} SET position = ? WHERE id = ?",
                         [(n, i) for n, i in enumerate(siblings, 1)])
        return True


def removal_counts(store: Store, kind: str, item_id: int) -> dict[str, int]:
    """What removing the item takes with it: goals, measures and comment versions."""
    measures = {"perspective": "SELECT m.id FROM measure m JOIN goal g ON g.id = m.goal"
                               " WHERE g.perspective = ?",
                "goal": "SELECT id FROM measure WHERE goal = ?",
                "measure": "SELECT ? "}[kind]
    conn = store.conn
    goals = (conn.execute("SELECT count(*) FROM goal WHERE perspective = ?",
                          (item_id,)).fetchone()[0] if kind == "perspective" else 0)
    ids = [r[0] for r in conn.execute(measures, (item_id,))]
    comments = conn.execute(
        f"SELECT count(*) FROM measure_comment WHERE comment IS NOT NULL AND measure IN"
        f" ({','.join('?' * len(ids)) or 'NULL'})", ids).fetchone()[0]
    return {"goals": goals, "measures": len(ids), "comments": comments}


def remove_item(store: Store, kind: str, item_id: int) -> None:
    """Remove a perspective, goal or measure with everything under it (targets too); the
    measures' comments are kept (:func:`keep_comments`), the indicator's values are not
    touched."""
    if kind not in _PARENT:
        raise ValueError(kind)
    with _card_write(store) as conn:
        keep_comments(conn, _measures_under(conn, kind, item_id))
        conn.execute(f"DELETE FROM {kind} WHERE id = ?", (item_id,))


def comment_history(store: Store, office: str, measure_id: int,
                    period: Period) -> list[tuple[str, str, str | None]]:
    """Every version of a measure's comment for ``period``, newest first:
    (changed_at, changed_by, text; None when it was emptied)."""
    return store.conn.execute(
        "SELECT c.changed_at, c.changed_by, m.comment FROM measure_comment m"
        " JOIN change c ON c.id = m.change WHERE m.office = ? AND m.measure = ? AND m.period = ?"
        " ORDER BY m.change DESC", (office, measure_id, str(period))).fetchall()
