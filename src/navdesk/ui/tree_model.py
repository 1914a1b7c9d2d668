"""The plumbing every navdesk tree model shares: nodes that know their ``children``,
their ``parent`` and their ``row`` among their siblings, under fixed column titles."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt


class NodeTreeModel(QAbstractItemModel):
    """A read-only tree over plain node objects. Subclasses set ``HEADERS``, implement
    :meth:`roots` (the top-level nodes) and ``data``."""

    HEADERS: tuple[str, ...] | list[str] = ()

    def roots(self) -> list:
        raise NotImplementedError

    def node(self, index: QModelIndex):
        return index.internalPointer() if index.isValid() else None

    def index_for(self, node, column: int) -> QModelIndex:
        return self.createIndex(node.row, column, node)

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:  # noqa: B008
        children = parent.internalPointer().children if parent.isValid() else self.roots()
        if not (0 <= row < len(children) and 0 <= column < len(self.HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index=QModelIndex()):  # noqa: B008 - Qt's signature
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.index_for(node.parent, 0)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.roots())
        return len(parent.internalPointer().children) if parent.column() == 0 else 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None
