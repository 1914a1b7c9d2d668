"""Undo and redo of the goal card's own changes: targets, comments and structure.

Every edit of the card runs here in one transaction that reads the card's rows before
and after it, and keeps what changed as a step: the rows as they were and as they
became (a removal keeps the whole subtree with its ids, positions, targets and every
version of its comments, so undoing it restores exactly what was removed). A comment
is a step of its own: undoing it writes a new version (source ``undo``/``redo``), as
the month form's values do, so the comment's history stays whole.

An undo or redo first checks that the card still is as the step left it. When another
program (the command line, another window) changed those rows in between, it is
refused with a message and nothing is written: an undo never silently overwrites
someone else's change. A refused step stays where it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from navdesk.domain.goalcard import Direction, GoalCard
from navdesk.domain.period import MONTH_NAMES, Period
from navdesk.domain.said import QT_TRANSLATE_NOOP, Said, said
from navdesk.domain.units import ValueRejected, check_comment
from navdesk.store import goalcard as card_store
from navdesk.store.connection import store_error, transaction
from navdesk.store.database import Store

# A row of the card, by key:
#   ("perspective", id) -> (position, name)
#   ("goal", id) -> (perspective, position, name)
#   ("measure", id) -> (goal, position, indicator, direction, yellow_band)
#   ("target", measure, year) -> (target,)            year 0: every other year
#   ("comment", office, measure, period) -> (text,)  the latest version, when not empty
# The comment keys are only compared (they say what the leader sees); the versions
# themselves are kept per removed measure and written back with it.
Key = tuple[Any, ...]
Row = tuple[Any, ...]
Rows = dict[Key, Row | None]
Versions = dict[int, list[Row]]  # measure -> [(office, period, change, comment)]
T = TypeVar("T")

_STRUCTURE = ("perspective", "goal", "measure", "target")
_PARENT_KIND = {"goal": "perspective", "measure": "goal"}


def _read_card(conn: sqlite3.Connection) -> tuple[dict[Key, Row], Versions]:
    """Every row of the goal card, and every comment version per measure."""
    rows: dict[Key, Row] = {}
    for p_id, pos, name in conn.execute("SELECT id, position, name FROM perspective"):
        rows[("perspective", p_id)] = (pos, name)
    for g_id, p_id, pos, name in conn.execute("SELECT id, perspective, position, name FROM goal"):
        rows[("goal", g_id)] = (p_id, pos, name)
    for m_id, g_id, pos, code, direction, band in conn.execute(
            "SELECT id, goal, position, indicator, direction, yellow_band FROM measure"):
        rows[("measure", m_id)] = (g_id, pos, code, direction, band)
    for m_id, year, target in conn.execute("SELECT measure, year, target FROM measure_target"):
        rows[("target", m_id, year)] = (target,)
    versions: Versions = {}
    latest: dict[Key, str | None] = {}
    for office, m_id, period, change, text in conn.execute(
            "SELECT office, measure, period, change, comment FROM measure_comment ORDER BY change"):
        versions.setdefault(m_id, []).append((office, period, change, text))
        latest[(office, m_id, period)] = text
    for (office, m_id, period), text in latest.items():
        if text:
            rows[("comment", office, m_id, period)] = (text,)
    return rows, versions


def _there(row: Row | None) -> Row:
    """A row a step says is there (made by it, or removed by it)."""
    assert row is not None
    return row


def _period_words(period: Period) -> Said | str:
    """"mars 2025", or "2025" for a year's own value."""
    if period.month is None:
        return str(period.year)
    return said(QT_TRANSLATE_NOOP("", "{month} {year}"), month=said(MONTH_NAMES[period.month - 1]),
                year=period.year)


@dataclass(frozen=True)
class Label:
    """What a step is, as the Edit menu names it after "Angre" / "Gjør om" (a template
    with its arguments; ``measure`` is an indicator code, named when said)."""

    template: str
    args: dict[str, Any] = field(default_factory=dict)

    def said(self, name: Callable[[str], str]) -> Said:
        args = dict(self.args)
        if "measure" in args:
            args["measure"] = name(args["measure"])
        return said(self.template, **args)


@dataclass(eq=False)
class Step:
    """One change of the card. ``item`` is the line it is about (kind, id), ``parent``
    that line's parent; ``adds`` True when the step made the line, False when it
    removed it. ``year`` / ``period``: the year or month the card must show for the
    change to be seen (a target of a year, a comment of a month)."""

    label: Label
    item: tuple[str, int] | None = None
    parent: tuple[str, int] | None = None
    adds: bool | None = None
    year: int | None = None
    period: Period | None = None

    def place(self, undo: bool) -> tuple[str, int] | None:
        """The line where the step's change is seen before it is undone (or redone):
        an added line before undoing, its parent before redoing; a removed one the
        other way round."""
        if self.adds is None:
            return self.item
        there = self.adds if undo else not self.adds
        return self.item if there else self.parent


@dataclass(eq=False)
class RowStep(Step):
    """A change of the card's rows: each touched row as it was and as it became (None:
    not there)."""

    before: Rows = field(default_factory=dict)
    after: Rows = field(default_factory=dict)
    versions: Versions = field(default_factory=dict)  # of measures removed by either side


@dataclass(eq=False)
class CommentStep(Step):
    office: str = ""
    measure: int = 0
    old: str | None = None
    new: str | None = None


class GoalCardHistory:
    """The goal card's edits with undo and redo, for one office's window. ``name``
    names an indicator in the messages (the window sets its language's names)."""

    def __init__(self, store: Store, office: str, user: str | None = None) -> None:
        self.store = store
        self.office = office
        self.user = user
        self.name: Callable[[str], str] = lambda code: (
            store.catalogue[code].name if code in store.catalogue else code)
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        # told of every step made, undone or redone (the office service announces it)
        self.changed: Callable[[Step], object] = lambda step: None

    # ---- the lists ------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def next_undo(self) -> Step | None:
        return self._undo[-1] if self._undo else None

    def next_redo(self) -> Step | None:
        return self._redo[-1] if self._redo else None

    def what(self, step: Step) -> Said:
        """The step as the Edit menu names it: "målverdi for Andel langtidsmottakere 2026"."""
        return step.label.said(self.name)

    def _push(self, step: Step) -> None:
        self._undo.append(step)
        self._redo.clear()
        self._log(step, "")
        self.changed(step)

    def _log(self, step: Step, how: str) -> None:
        """The card's structure and targets in the change log, as the Edit menu names
        the step, in bokmål (a comment's every version is kept with its own change)."""
        if isinstance(step, CommentStep):
            return
        from navdesk.store.audit import log_change

        catalogue = self.store.catalogue
        words = str(step.label.said(
            lambda code: catalogue[code].name if code in catalogue else code))
        with self._transaction() as conn:
            log_change(conn, f"styringskort: {how}{words}", self.user)

    # ---- recording edits ------------------------------------------------------------
    def _run(self, act: Callable[[], T]) -> tuple[T, RowStep | None]:
        """Run ``act`` (edits of the card) in one transaction; returns its result and the
        step it made (None when nothing changed)."""
        with self._transaction() as conn:
            before, versions = _read_card(conn)
            result = act()
            after, _ = _read_card(conn)
        keys = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
        if not keys:
            return result, None
        gone = {k[1] for k in keys if k[0] == "measure" and k not in after}
        step = RowStep(Label(""), before={k: before.get(k) for k in keys},
                       after={k: after.get(k) for k in keys},
                       versions={m: versions.get(m, []) for m in gone})
        return result, step

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return transaction(self.store.conn)

    def _run_adding(self, act: Callable[[], int]) -> tuple[int, RowStep]:
        """:meth:`_run` for an edit that adds a line (so always makes a step)."""
        new_id, step = self._run(act)
        assert step is not None  # a new row differs from no row
        return new_id, step

    def _measure_code(self, measure_id: int) -> str:
        row = self.store.conn.execute("SELECT indicator FROM measure WHERE id = ?",
                                      (measure_id,)).fetchone()
        if row is None:
            raise ValueRejected.because(QT_TRANSLATE_NOOP(
                "", "Målingen finnes ikke lenger på styringskortet"))
        code: str = row[0]
        return code

    def _goal_of(self, measure_id: int) -> tuple[str, int] | None:
        row = self.store.conn.execute("SELECT goal FROM measure WHERE id = ?",
                                      (measure_id,)).fetchone()
        return ("goal", row[0]) if row else None

    def set_target(self, measure_id: int, year: int | None, target: float | None) -> bool:
        """The target of a measure for ``year`` (None: every year). True if it changed."""
        code = self._measure_code(measure_id)
        _, step = self._run(lambda: card_store.set_target(self.store, measure_id, year, target))
        if step is None:
            return False
        step.label = (Label(QT_TRANSLATE_NOOP("", "målverdi for {measure} {year}"),
                            {"measure": code, "year": year}) if year is not None else
                      Label(QT_TRANSLATE_NOOP("", "målverdi for {measure}, alle år"),
                            {"measure": code}))
        step.item, step.parent, step.year = ("measure", measure_id), self._goal_of(measure_id), year
        self._push(step)
        return True

    def set_comment(self, measure_id: int, period: Period, text: str | None) -> bool:
        """The leader's comment on a measure for a month. True if it changed."""
        code = self._measure_code(measure_id)
        text = check_comment(text)
        with self._transaction():  # what it replaces is read in the same transaction
            old = card_store.measure_comments(self.store, self.office, period).get(measure_id)
            if not card_store.set_measure_comment(self.store, self.office, measure_id, period,
                                                  text, self.user):
                return False
        self._push(CommentStep(
            Label(QT_TRANSLATE_NOOP("", "kommentar til {measure}, {period}"),
                  {"measure": code, "period": _period_words(period)}),
            ("measure", measure_id), self._goal_of(measure_id), None, None, period,
            office=self.office, measure=measure_id, old=old, new=text))
        return True

    def add_perspective(self, name: str) -> int:
        p_id, step = self._run_adding(lambda: card_store.add_perspective(self.store, name))
        step.label = Label(QT_TRANSLATE_NOOP("", "nytt perspektiv «{name}»"),
                           {"name": _there(step.after[("perspective", p_id)])[1]})
        step.item, step.adds = ("perspective", p_id), True
        self._push(step)
        return p_id

    def add_goal(self, perspective_id: int, name: str) -> int:
        g_id, step = self._run_adding(
            lambda: card_store.add_goal(self.store, perspective_id, name))
        step.label = Label(QT_TRANSLATE_NOOP("", "nytt mål «{name}»"),
                           {"name": _there(step.after[("goal", g_id)])[2]})
        step.item, step.parent, step.adds = ("goal", g_id), ("perspective", perspective_id), True
        self._push(step)
        return g_id

    def add_measure(self, goal_id: int, indicator: str, direction: Direction,
                    yellow_band: float, targets: dict[int | None, float | None] | None = None
                    ) -> int:
        """A new measure with its targets ({year or None: target}), as one step."""
        def act() -> int:
            m_id = card_store.add_measure(self.store, goal_id, indicator, direction, yellow_band)
            for year, target in (targets or {}).items():
                card_store.set_target(self.store, m_id, year, target)
            return m_id

        m_id, step = self._run_adding(act)
        step.label = Label(QT_TRANSLATE_NOOP("", "ny måling {measure}"), {"measure": indicator})
        step.item, step.parent, step.adds = ("measure", m_id), ("goal", goal_id), True
        self._push(step)
        return m_id

    def update_measure(self, measure_id: int, direction: Direction, yellow_band: float,
                       targets: dict[int | None, float | None] | None = None) -> bool:
        """Direction, yellow band and targets of a measure (its dialog), as one step."""
        code = self._measure_code(measure_id)

        def act() -> None:
            card_store.update_measure(self.store, measure_id, direction, yellow_band)
            for year, target in (targets or {}).items():
                card_store.set_target(self.store, measure_id, year, target)

        _, step = self._run(act)
        if step is None:
            return False
        step.label = Label(QT_TRANSLATE_NOOP("", "endring av målingen {measure}"),
                           {"measure": code})
        step.item, step.parent = ("measure", measure_id), self._goal_of(measure_id)
        self._push(step)
        return True

    def rename(self, kind: str, item_id: int, name: str) -> bool:
        """A new name for a perspective or a goal. True if it changed."""
        rename = card_store.rename_perspective if kind == "perspective" else card_store.rename_goal
        _, step = self._run(lambda: rename(self.store, item_id, name))
        if step is None:
            return False
        new = _there(step.after[(kind, item_id)])[-1]
        step.label = Label(QT_TRANSLATE_NOOP("", "nytt navn «{name}»"), {"name": new})
        step.item = (kind, item_id)
        self._push(step)
        return True

    def move(self, kind: str, item_id: int, steps: int) -> bool:
        """Move a line among its siblings; False when it is already first or last."""
        moved, step = self._run(lambda: card_store.move_item(self.store, kind, item_id, steps))
        if step is None:
            return bool(moved)
        step.label = self._item_label(kind, item_id, step.after,
                                      QT_TRANSLATE_NOOP("", "flytting av «{name}»"),
                                      QT_TRANSLATE_NOOP("", "flytting av målingen {measure}"))
        step.item = (kind, item_id)
        self._push(step)
        return bool(moved)

    def remove(self, kind: str, item_id: int) -> None:
        """Remove a line with everything under it; undo brings all of it back."""
        if kind not in _PARENT_KIND and kind != "perspective":
            raise ValueError(kind)
        _, step = self._run(lambda: card_store.remove_item(self.store, kind, item_id))
        if step is None:
            raise ValueRejected.because(QT_TRANSLATE_NOOP("", "Det finnes ikke lenger"))
        step.label = self._item_label(kind, item_id, step.before,
                                      QT_TRANSLATE_NOOP("", "fjerning av «{name}»"),
                                      QT_TRANSLATE_NOOP("", "fjerning av målingen {measure}"))
        step.item, step.adds = (kind, item_id), False
        row = _there(step.before[(kind, item_id)])
        step.parent = (_PARENT_KIND[kind], row[0]) if kind in _PARENT_KIND else None
        self._push(step)

    def copy_targets(self, from_year: int, to_year: int) -> int:
        """Last year's own targets to this year where it has none; one step."""
        copied, step = self._run(lambda: card_store.copy_targets(self.store, from_year, to_year))
        if step is not None:
            step.label = Label(QT_TRANSLATE_NOOP("", "kopierte målverdier for {year}"),
                               {"year": to_year})
            step.year = to_year
            self._push(step)
        return copied

    def replace(self, card: GoalCard, file_name: str) -> bool:
        """The whole card from a template; undo restores the previous card exactly."""
        _, step = self._run(lambda: card_store.replace_goal_card(self.store, card))
        if step is None:
            return False
        step.label = Label(QT_TRANSLATE_NOOP("", "import av malen {file}"), {"file": file_name})
        self._push(step)
        return True

    @staticmethod
    def _item_label(kind: str, item_id: int, rows: Rows, named: str, measured: str) -> Label:
        row = rows.get((kind, item_id))
        if kind == "measure":
            return Label(measured, {"measure": row[2] if row else "?"})
        return Label(named, {"name": row[-1] if row else "?"})

    # ---- undo and redo ----------------------------------------------------------------
    def undo(self) -> Step | None:
        """Undo the latest step. Returns it (None when there was none). Raises
        ValueRejected (the card was changed meanwhile) or StoreError (a busy or
        read-only database); the step then stays."""
        if not self._undo:
            return None
        step = self._undo[-1]
        self._apply(step, undo=True)
        self._redo.append(self._undo.pop())
        self._log(step, "angret ")
        self.changed(step)
        return step

    def redo(self) -> Step | None:
        """Do the latest undone step again (raises like :meth:`undo`)."""
        if not self._redo:
            return None
        step = self._redo[-1]
        self._apply(step, undo=False)
        self._undo.append(self._redo.pop())
        self._log(step, "gjort om ")
        self.changed(step)
        return step

    def _apply(self, step: Step, undo: bool) -> None:
        try:
            with self._transaction() as conn:
                if isinstance(step, CommentStep):
                    self._apply_comment(conn, step, undo)
                else:
                    assert isinstance(step, RowStep)  # the one other kind of step
                    self._apply_rows(conn, step, undo)
        except sqlite3.IntegrityError:
            # a row in the way that the check did not foresee: changed meanwhile
            raise self._changed(step, undo) from None
        except sqlite3.Error as exc:
            raise store_error(exc) from None

    def _changed(self, step: Step, undo: bool) -> ValueRejected:
        what = self.what(step)
        if undo:
            return ValueRejected.because(QT_TRANSLATE_NOOP(
                "", "Styringskortet er endret et annet sted etter «{what}» (en import, en "
                "kommando eller et annet navdesk-vindu). Angre ville skrevet over det; "
                "ingenting er endret."), what=what)
        return ValueRejected.because(QT_TRANSLATE_NOOP(
            "", "Styringskortet er endret et annet sted etter at «{what}» ble angret (en "
            "import, en kommando eller et annet navdesk-vindu). Gjør om ville skrevet over "
            "det; ingenting er endret."), what=what)

    def _gone(self, step: Step) -> ValueRejected:
        return ValueRejected.because(QT_TRANSLATE_NOOP(
            "", "«{what}» gjelder noe som er fjernet fra styringskortet i mellomtiden; "
            "ingenting er endret."), what=self.what(step))

    def _apply_comment(self, conn: sqlite3.Connection, step: CommentStep, undo: bool) -> None:
        if not conn.execute("SELECT 1 FROM measure WHERE id = ?", (step.measure,)).fetchone():
            raise self._gone(step)
        assert step.period is not None  # a comment is on a month
        now = card_store.measure_comments(self.store, step.office, step.period).get(step.measure)
        leaving, text = (step.new, step.old) if undo else (step.old, step.new)
        if now != leaving:
            raise self._changed(step, undo)
        card_store.set_measure_comment(self.store, step.office, step.measure, step.period, text,
                                       self.user, source="undo" if undo else "redo")

    def _apply_rows(self, conn: sqlite3.Connection, step: RowStep, undo: bool) -> None:
        leaving, target = (step.after, step.before) if undo else (step.before, step.after)
        current, versions = _read_card(conn)
        for key, row in leaving.items():
            if current.get(key) != row:
                if row is not None and current.get(key) is None and key[0] in _STRUCTURE:
                    raise self._gone(step)
                raise self._changed(step, undo)
        deleting = {k for k, row in target.items() if row is None and k[0] in _STRUCTURE}
        # a row to delete must take nothing with it that the step does not know of (a
        # goal added under the perspective meanwhile, a comment written on the measure)
        for key, row in current.items():
            if self._parent_key(key, row) in deleting and key not in target:
                raise self._changed(step, undo)
        order = {"target": 0, "measure": 1, "goal": 2, "perspective": 3}
        for key in sorted(deleting, key=lambda k: order[k[0]]):
            if key[0] == "measure":  # its comment versions go with it: keep them
                step.versions[key[1]] = versions.get(key[1], [])
                card_store.keep_comments(conn, [key[1]])
            self._delete(conn, key)
        writing = {k: row for k, row in target.items() if row is not None and k[0] in _STRUCTURE}
        for key in sorted(writing, key=lambda k: -order[k[0]]):
            self._write_row(conn, key, writing[key])
            if key[0] == "measure":
                conn.executemany(
                    "INSERT OR IGNORE INTO measure_comment (office, measure, period, change,"
                    " comment) VALUES (?, ?, ?, ?, ?)",
                    [(office, key[1], period, change, text)
                     for office, period, change, text in step.versions.get(key[1], [])])
                card_store.revive_comments(conn, key[1])  # and no longer kept apart

    @staticmethod
    def _parent_key(key: Key, row: Row) -> Key | None:
        kind = key[0]
        if kind == "goal":
            return ("perspective", row[0])
        if kind == "measure":
            return ("goal", row[0])
        if kind in ("target", "comment"):
            return ("measure", key[1] if kind == "target" else key[2])
        return None

    @staticmethod
    def _delete(conn: sqlite3.Connection, key: Key) -> None:
        if key[0] == "target":
            conn.execute("DELETE FROM measure_target WHERE measure = ? AND year = ?", key[1:])
        else:
            conn.execute(f"DELETE FROM {key[0]} WHERE id = ?", (key[1],))

    @staticmethod
    def _write_row(conn: sqlite3.Connection, key: Key, row: Row) -> None:
        kind = key[0]
        if kind == "perspective":
            conn.execute("INSERT INTO perspective (id, position, name) VALUES (?, ?, ?)"
                         " ON CONFLICT (id) DO UPDATE SET position = excluded.position,"
                         " name = excluded.name", (key[1], *row))
        elif kind == "goal":
            conn.execute("INSERT INTO goal (id, perspective, position, name) VALUES (?, ?, ?, ?)"
                         " ON CONFLICT (id) DO UPDATE SET perspective = excluded.perspective,"
                         " position = excluded.position, name = excluded.name", (key[1], *row))
        elif kind == "measure":
            conn.execute("INSERT INTO measure (id, goal, position, indicator, direction,"
                         " yellow_band) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                         " goal = excluded.goal, position = excluded.position,"
                         " indicator = excluded.indicator, direction = excluded.direction,"
                         " yellow_band = excluded.yellow_band", (key[1], *row))
        else:
            conn.execute("INSERT INTO measure_target (measure, year, target) VALUES (?, ?, ?)"
                         " ON CONFLICT DO UPDATE SET target = excluded.target", (*key[1:], *row))
