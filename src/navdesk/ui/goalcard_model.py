"""The goal card as a tree: perspectives, goals (with the worst status of their
measures) and measures with value, targets, traffic light, last year and comment."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from navdesk.domain.goalcard import Status, summarize
from navdesk.domain.units import format_display
from navdesk.io.goalcard_file import GoalCardRow
from navdesk.ui.tree_model import NodeTreeModel

NAME, VALUE, TARGET_YEAR, TARGET_PERIOD, STATUS, LAST_YEAR, CHANGE, COMMENT = range(8)
HEADERS = ["Perspektiv, mål og måling", "Verdi", "Målverdi år", "Mål hittil",
           "Status", "I fjor", "Endring", "Kommentar"]
STATUS_BG = {Status.GREEN: QColor("#c8e6c9"), Status.YELLOW: QColor("#fff0a8"),
             Status.RED: QColor("#f6c4bf")}
MeasureIdRole = Qt.ItemDataRole.UserRole + 10
IndicatorRole = Qt.ItemDataRole.UserRole + 11


@dataclass(eq=False)
class CardNode:
    kind: str  # "perspective", "goal" or "measure"
    title: str
    card_row: GoalCardRow | None = None
    status: Status = Status.MISSING
    counts: dict = field(default_factory=dict)
    children: list[CardNode] = field(default_factory=list)
    parent: CardNode | None = None
    row: int = 0  # position among its siblings


def build_tree(rows: list[GoalCardRow]) -> list[CardNode]:
    """Perspectives with their goals and measures, in the card's order."""
    tops: list[CardNode] = []
    goal_nodes: dict[tuple[str, str], CardNode] = {}
    by_name: dict[str, CardNode] = {}
    for row in rows:
        p = by_name.get(row.perspective)
        if p is None:
            p = by_name[row.perspective] = CardNode("perspective", row.perspective, row=len(tops))
            tops.append(p)
        g = goal_nodes.get((row.perspective, row.goal))
        if g is None:
            g = CardNode("goal", row.goal, parent=p, row=len(p.children))
            goal_nodes[(row.perspective, row.goal)] = g
            p.children.append(g)
        g.children.append(CardNode("measure", row.name, row, row.result.status, parent=g,
                                   row=len(g.children)))
    for g in goal_nodes.values():
        g.status, g.counts = summarize(m.status for m in g.children)
    return tops


def _fmt(value, decimals=1) -> str:
    """One decimal for small figures; whole numbers from a thousand up (kroner)."""
    if value is None:
        return ""
    return format_display(round(value, 0 if abs(value) >= 1000 else decimals))


class GoalCardModel(NodeTreeModel):
    HEADERS = HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tops: list[CardNode] = []
        self.on_target = None  # callable(measure_id, text); raises ValueRejected
        self.on_comment = None  # callable(measure_id, text)

    def set_rows(self, rows: list[GoalCardRow]) -> None:
        self.beginResetModel()
        self.tops = build_tree(rows)
        self.endResetModel()

    def measure_index(self, indicator: str, column: int = NAME) -> QModelIndex:
        for p in self.tops:
            for g in p.children:
                for m in g.children:
                    if m.card_row.result.measure.indicator == indicator:
                        return self.index_for(m, column)
        return QModelIndex()

    def roots(self) -> list[CardNode]:
        return self.tops

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        node = index.internalPointer()
        if node.kind == "measure" and index.column() in (TARGET_YEAR, COMMENT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: CardNode = index.internalPointer()
        col = index.column()
        if node.kind != "measure":
            if role == Qt.ItemDataRole.DisplayRole:
                if col == NAME:
                    return node.title
                if col == STATUS and node.kind == "goal":
                    parts = ", ".join(f"{n} {s.value}" for s, n in sorted(
                        node.counts.items(), key=lambda i: list(Status).index(i[0])))
                    return f"{node.status.symbol} {node.status.value} ({parts})"
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
        if role == IndicatorRole:
            return r.measure.indicator
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == NAME:
                return node.title
            if col == VALUE:
                return _fmt(r.value)
            if col == TARGET_YEAR:
                return _fmt(r.target_year, 2)
            if col == TARGET_PERIOD:
                if r.target_period is None:
                    return ""
                return f"{'≥' if r.measure.direction.value == 'høyere' else '≤'} {_fmt(r.target_period)}"
            if col == STATUS:
                return f"{r.status.symbol} {r.status.value}"
            if col == LAST_YEAR:
                return _fmt(r.last_year)
            if col == CHANGE:
                if r.change is None:
                    return ""
                mark = "" if r.better is None else (" bedre" if r.better else " verre")
                sign = "+" if r.change > 0 else ""
                return f"{sign}{_fmt(r.change)}{mark}"
            if col == COMMENT:
                return node.card_row.comment or ""
        if role == Qt.ItemDataRole.BackgroundRole and col == STATUS:
            bg = STATUS_BG.get(r.status)
            return QBrush(bg) if bg else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (VALUE, TARGET_YEAR, TARGET_PERIOD,
                                                                  LAST_YEAR, CHANGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{node.title} ({r.measure.indicator}), {r.measure.direction.value} er bedre, "
                    f"gul innenfor {r.measure.yellow_band:g} % av målet. "
                    "Dobbeltklikk for månedstallene.")
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        node: CardNode = index.internalPointer()
        if node.kind != "measure":
            return False
        measure_id = node.card_row.result.measure.id
        if index.column() == TARGET_YEAR and self.on_target is not None:
            self.on_target(measure_id, str(value))
            return True
        if index.column() == COMMENT and self.on_comment is not None:
            self.on_comment(measure_id, str(value))
            return True
        return False
