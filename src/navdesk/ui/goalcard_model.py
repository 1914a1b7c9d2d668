"""The goal card as a tree: perspectives, goals (with the worst status of their
measures) and measures with value, targets, traffic light, last year and comment."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from navdesk.domain.goalcard import Direction, GoalCard, Status, summarize
from navdesk.domain.units import ValueRejected
from navdesk.present.goalcard import GoalCardRow, goal_card_cells, status_cell
from navdesk.ui import i18n
from navdesk.ui.i18n import message, month_title, tr
from navdesk.ui.month_model import REJECT_BG
from navdesk.ui.refused import refused_hint
from navdesk.ui.tree_model import NodeTreeModel

NAME, VALUE, TARGET_YEAR, TARGET_PERIOD, STATUS, LAST_YEAR, CHANGE, TREND, COMMENT = range(9)


def headers() -> list[str]:
    """The column titles in the window's language."""
    return [tr("Perspektiv, mål og måling"), tr("Verdi"), tr("Målverdi år"), tr("Mål hittil"),
            tr("Status"), tr("I fjor"), tr("Endring"), tr("Siste 24 mnd"), tr("Kommentar")]


def status_word(status: Status) -> str:
    """A status as the window shows it (the enum's value is the file format's word)."""
    return {Status.GREEN: tr("grønn"), Status.YELLOW: tr("gul"), Status.RED: tr("rød"),
            Status.MISSING: tr("mangler")}[status]


def status_text(status: Status) -> str:
    """"● grønn" as every surface writes a status, in the window's language."""
    return i18n.text(status_cell(status))


def direction_word(direction: Direction) -> str:
    """"høyere" or "lavere" as the window shows it, as in "... er bedre"."""
    return {Direction.HIGHER: tr("høyere"), Direction.LOWER: tr("lavere")}[direction]


def rule_text(direction: Direction, yellow_band: float) -> str:
    """Which way is better and how far from the target a measure is still yellow."""
    return tr("{direction} er bedre, gul innenfor {band} % av målet.").format(
        direction=direction_word(direction), band=f"{yellow_band:g}")

STATUS_BG = {Status.GREEN: QColor("#c8e6c9"), Status.YELLOW: QColor("#fff0a8"),
             Status.RED: QColor("#f6c4bf")}
MeasureIdRole = Qt.ItemDataRole.UserRole + 10
IndicatorRole = Qt.ItemDataRole.UserRole + 11
SeriesRole = Qt.ItemDataRole.UserRole + 12  # the 24 month figures, for the sparkline
KindRole = Qt.ItemDataRole.UserRole + 13  # "perspective", "goal" or "measure"
IdRole = Qt.ItemDataRole.UserRole + 14  # the database id of the node


@dataclass(eq=False)
class CardNode:
    kind: str  # "perspective", "goal" or "measure"
    title: str
    id: int | None = None
    card_row: GoalCardRow | None = None
    status: Status = Status.MISSING
    counts: dict = field(default_factory=dict)
    children: list[CardNode] = field(default_factory=list)
    parent: CardNode | None = None
    row: int = 0  # position among its siblings
    cells: tuple | None = None  # (language, the row's GoalCardCells), once shown


def build_tree(card: GoalCard, rows: list[GoalCardRow]) -> list[CardNode]:
    """Perspectives with their goals and measures, in the card's order; perspectives
    and goals without measures are shown too (so a new one can be filled)."""
    by_measure = {r.result.measure.id: r for r in rows}
    tops: list[CardNode] = []
    for perspective in card.perspectives:
        p = CardNode("perspective", perspective.name, perspective.id, row=len(tops))
        tops.append(p)
        for goal in perspective.goals:
            g = CardNode("goal", goal.name, goal.id, parent=p, row=len(p.children))
            p.children.append(g)
            for measure in goal.measures:
                row = by_measure.get(measure.id)
                if row is None:
                    continue
                g.children.append(CardNode("measure", row.name, measure.id, row,
                                           row.result.status, parent=g, row=len(g.children)))
            g.status, g.counts = summarize(m.status for m in g.children)
    return tops


def _fmt(value) -> str:
    """A figure as every surface writes it (:mod:`navdesk.present.figures`)."""
    from navdesk.present.figures import for_people

    return for_people(value, i18n.current())


REFUSED_FG = QColor("#a4262c")  # the text of a refused cell, as the month form's reason
TYPED = (TARGET_YEAR, COMMENT)  # the measure's cells the leader types in


class GoalCardModel(NodeTreeModel):
    """The card's tree. A target or comment that is refused stays in its cell (red,
    the reason in its tooltip) until it is corrected or dropped with Esc, as a value in
    the month form does: :attr:`rejected`, by (measure id, column), with the text typed
    and why it was refused."""

    refused = Signal(str)  # why what was just typed was not stored

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.HEADERS = headers()
        self.tops: list[CardNode] = []
        # callables(measure_id, text): store what was typed, or raise ValueRejected
        self.on_target: Callable[[int, str], None] | None = None
        self.on_comment: Callable[[int, str], None] | None = None
        self.on_rename: Callable[[str, int, str], None] | None = None  # (kind, id, text)
        self.comments_locked = False  # the month shown is reported: its comments too
        self.read_only = False  # the window may not write (issue 13): nothing is editable
        self.through = None  # the month the card runs through (a Period), set with the card
        self.rejected: dict[tuple[int, int], tuple[str, str]] = {}

    def set_card(self, card: GoalCard, rows: list[GoalCardRow], through=None) -> None:
        """Show ``card`` with its evaluated ``rows``; ``through`` is the month it runs
        through (a measure read through an earlier one is marked)."""
        self.beginResetModel()
        self.tops = build_tree(card, rows)
        self.through = through
        self.endResetModel()

    def _earlier(self, r) -> bool:
        """A measure without a figure in the card's last month is read through its own
        latest month (like with like: last year and the target too)."""
        return self.through is not None and r.through != self.through

    @staticmethod
    def _counts(node):
        return sorted(node.counts.items(), key=lambda i: list(Status).index(i[0]))

    def find(self, kind: str, item_id: int, column: int = NAME) -> QModelIndex:
        """The index of the perspective, goal or measure with database id ``item_id``."""
        for p in self.tops:
            for node in (p, *p.children, *(m for g in p.children for m in g.children)):
                if node.kind == kind and node.id == item_id:
                    return self.index_for(node, column)
        return QModelIndex()

    def measure_index(self, indicator: str, column: int = NAME) -> QModelIndex:
        for p in self.tops:
            for g in p.children:
                for m in g.children:
                    if m.card_row.result.measure.indicator == indicator:  # type: ignore[union-attr]  # a measure's
                        return self.index_for(m, column)
        return QModelIndex()

    def roots(self) -> list[CardNode]:
        return self.tops

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        node = index.internalPointer()
        if self.read_only:
            return flags
        if node.kind == "measure" and index.column() == TARGET_YEAR:
            flags |= Qt.ItemFlag.ItemIsEditable
        if node.kind == "measure" and index.column() == COMMENT and not self.comments_locked:
            flags |= Qt.ItemFlag.ItemIsEditable
        if node.kind != "measure" and index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsEditable  # renamed in place
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: CardNode = index.internalPointer()
        col = index.column()
        if role == KindRole:
            return node.kind
        if role == IdRole:
            return node.id
        if node.kind != "measure":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) and col == NAME:
                return node.title
            if role == Qt.ItemDataRole.DisplayRole:
                if col == NAME:
                    return node.title
                if col == STATUS and node.kind == "goal":
                    # the counts by symbol keep the column narrow; the tooltip has the words
                    parts = ", ".join(f"{n} {s.symbol}" for s, n in self._counts(node))
                    return f"{status_text(node.status)} ({parts})"
            if role == Qt.ItemDataRole.ToolTipRole and col == STATUS and node.kind == "goal":
                return ", ".join(f"{n} {status_word(s)}" for s, n in self._counts(node))
            if role == Qt.ItemDataRole.FontRole and col == NAME:
                font = QFont()
                font.setBold(node.kind == "perspective")
                return font
            if role == Qt.ItemDataRole.BackgroundRole and col == STATUS and node.kind == "goal":
                bg = STATUS_BG.get(node.status)
                return QBrush(bg) if bg else None
            return None
        r = node.card_row.result
        if role == MeasureIdRole:
            return r.measure.id
        rejected = self.rejected.get((r.measure.id, col)) if col in TYPED else None
        if rejected is not None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return rejected[0]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(REJECT_BG)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(REFUSED_FG)
            if role == Qt.ItemDataRole.ToolTipRole:
                return refused_hint(*rejected)
        if role == IndicatorRole:
            return r.measure.indicator
        if role == SeriesRole and col == TREND:
            return node.card_row.recent
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == NAME:
                return node.title
            lang = i18n.current()
            if node.cells is None or node.cells[0] != lang:  # made once per card and language
                node.cells = (lang, goal_card_cells(node.card_row, self.through, lang))
            cells = node.cells[1]
            text = {VALUE: cells.value, TARGET_YEAR: cells.target_year,
                    TARGET_PERIOD: cells.target, STATUS: cells.status,
                    LAST_YEAR: cells.last_year, CHANGE: cells.change,
                    COMMENT: cells.comment}.get(col)
            return None if text is None else i18n.text(text)
        if role == Qt.ItemDataRole.BackgroundRole and col == STATUS:
            bg = STATUS_BG.get(r.status)
            return QBrush(bg) if bg else None
        if col in (VALUE, LAST_YEAR, CHANGE) and self._earlier(r):
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("Til og med {month}: målingen har ingen verdi for {last} ennå, så "
                          "verdien, fjoråret og målet gjelder til og med {month}.").format(
                    month=month_title(r.through), last=month_title(self.through))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (VALUE, TARGET_YEAR, TARGET_PERIOD,
                                                                  LAST_YEAR, CHANGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == TREND:
            known = [v for v in node.card_row.recent if v is not None]
            if not known:
                return tr("Ingen månedstall de siste 24 månedene")
            return tr("Siste 24 måneder til og med {through}: laveste {low}, høyeste {high}, "
                      "siste {last}").format(through=r.through, low=_fmt(min(known)),
                                             high=_fmt(max(known)), last=_fmt(known[-1]))
        if role == Qt.ItemDataRole.ToolTipRole and col == COMMENT and node.card_row.comment:
            return node.card_row.comment
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{node.title} ({r.measure.indicator}), "
                    + rule_text(r.measure.direction, r.measure.yellow_band) + " "
                    + tr("Dobbeltklikk eller Enter for utviklingen over tid."))
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        node: CardNode = index.internalPointer()
        if node.kind != "measure":
            if index.column() == NAME and self.on_rename is not None and str(value) != node.title:
                self.on_rename(node.kind, node.id, str(value))  # type: ignore[arg-type]  # stored: an id
                return True
            return False
        measure_id: int = node.card_row.result.measure.id  # type: ignore[union-attr,assignment]  # a stored measure's
        store = {TARGET_YEAR: self.on_target, COMMENT: self.on_comment}.get(index.column())
        if store is None:
            return False
        key, text = (measure_id, index.column()), str(value)
        try:
            store(measure_id, text)
        except ValueRejected as exc:
            self.rejected[key] = (text, message(exc))
            self.dataChanged.emit(index, index)
            self.refused.emit(message(exc))
            return True
        if self.rejected.pop(key, None) is not None:
            self.dataChanged.emit(index, index)
        return True

    def is_rejected(self, index: QModelIndex) -> bool:
        measure_id = index.data(MeasureIdRole)
        return measure_id is not None and (measure_id, index.column()) in self.rejected

    def drop_rejected(self) -> None:
        """Forget every refused target and comment: the stored ones show again."""
        keys, self.rejected = list(self.rejected), {}
        for measure_id, column in keys:
            index = self.find("measure", measure_id, column)
            if index.isValid():
                self.dataChanged.emit(index, index)

    def clear_rejected(self, index: QModelIndex) -> bool:
        """Forget a refused target or comment so the stored one shows again (Esc)."""
        measure_id = index.data(MeasureIdRole)
        if self.rejected.pop((measure_id, index.column()), None) is None:
            return False
        self.dataChanged.emit(index, index)
        return True
