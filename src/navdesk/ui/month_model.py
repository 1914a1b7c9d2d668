"""The month form's table: a tree model over a MonthSheet (sections, indicators, and
breakdown groups under their parent). Testable without a window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from navdesk.domain.catalogue import Catalogue
from navdesk.domain.month_sheet import GROUP, INDICATOR, SECTION, MonthSheet, SheetNode
from navdesk.domain.units import Unit, ValueRejected
from navdesk.ui import i18n, symbols
from navdesk.ui.i18n import format_display, indicator_name, message, tr
from navdesk.ui.tree_model import NodeTreeModel

NAME, UNIT, VALUE, PREVIOUS, LAST_YEAR, NOTE = range(6)
HEADERS = ["Indikator", "Enhet", "Verdi", "Forrige måned", "Samme måned i fjor", "Merknad"]


def headers() -> list[str]:
    """The column titles in the window's language (``HEADERS`` are the bokmål sources)."""
    return [tr("Indikator"), tr("Enhet"), tr("Verdi"), tr("Forrige måned"),
            tr("Samme måned i fjor"), tr("Merknad")]

CodeRole = Qt.ItemDataRole.UserRole + 1  # the indicator code of a line (None for headings)
RejectedRole = Qt.ItemDataRole.UserRole + 2  # the reason a typed value was refused
# the Merknad column's symbols as names ("refused", "warning" or "explained", "comment")
SymbolsRole = Qt.ItemDataRole.UserRole + 3

# looked up once: data() runs thousands of times per repaint
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_READ = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_WRITE = _READ | Qt.ItemFlag.ItemIsEditable
_NONE = Qt.ItemFlag.NoItemFlags

WARN_BG = QColor("#fff4ce")  # a line with a warning (light amber)
REJECT_BG = QColor("#fde7e9")  # a refused value (light red)
LOCKED_BG = QColor("#f0f0f0")
COMPUTED_FG = QColor("#555555")
MUTED_FG = QColor("#5f5f5f")  # an explained warning: seen, nothing left to do

# Called with (code, period text) to store what was typed; raises ValueRejected.
Saver = Callable[[SheetNode, str], None]


def _explained(node: SheetNode) -> bool:
    """The line's warnings count as explained when its value carries a comment (the
    rule of ``domain.completeness.is_explained``, for the line's own warnings)."""
    return bool(node.comment)


def _fmt(node: SheetNode, value) -> str:
    if value is None:
        return ""
    ind = node.indicator
    if ind is not None and ind.is_ratio:
        return format_display(value, 1)
    return format_display(value)


class MonthModel(NodeTreeModel):
    HEADERS = HEADERS

    rejected_changed = Signal(str)  # the code whose refused value appeared or went away

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sheet: MonthSheet | None = None
        # the form sets it: warnings name indicators in its language
        self.catalogue: Callable[[], Catalogue] | None = None
        self.locked = False
        self.read_only = False  # the window may not write (issue 13): no line takes a value
        self.saver: Saver | None = None
        # typed text that was refused, by code, with the reason: shown until corrected
        self.rejected: dict[str, tuple[str, str]] = {}

    # ---- content ---------------------------------------------------------------
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return headers()[section]
        return None

    def set_sheet(self, sheet: MonthSheet, locked: bool) -> None:
        self.beginResetModel()
        if self.sheet is None or sheet.period != self.sheet.period:
            self.rejected.clear()
        self.sheet = sheet
        self.locked = locked
        self.endResetModel()

    def refresh(self, sheet: MonthSheet, locked: bool) -> None:
        """Show new figures for the same month without resetting the view (the lines
        stay the same; a saved value changes sums, shares and warnings elsewhere)."""
        old = self.sheet
        if old is None or old.period != sheet.period or list(old.by_code) != list(sheet.by_code):
            self.set_sheet(sheet, locked)
            return
        for code, node in old.by_code.items():
            new = sheet.by_code[code]
            node.value, node.previous, node.last_year = new.value, new.previous, new.last_year
            node.comment, node.findings = new.comment, new.findings
        old.findings = sheet.findings
        self.locked = locked
        self._all_changed(QModelIndex(), old.sections)

    def _all_changed(self, parent: QModelIndex, children: list[SheetNode]) -> None:
        if not children:
            return
        self.dataChanged.emit(self.index(0, 0, parent),
                              self.index(len(children) - 1, NOTE, parent))
        for row, child in enumerate(children):
            if child.children:
                self._all_changed(self.index(row, 0, parent), child.children)

    def roots(self) -> list[SheetNode]:
        return self.sheet.sections if self.sheet is not None else []

    def index_of(self, code: str, column: int = VALUE) -> QModelIndex:
        node = self.sheet.by_code.get(code) if self.sheet else None
        if node is None:
            return QModelIndex()
        return self.index_for(node, column)

    def flags(self, index):
        node = self.node(index)
        if node is None:
            return _NONE
        if index.column() == VALUE and node.editable and not self.locked and not self.read_only:
            return _WRITE
        return _READ

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        col = index.column()
        if role == CodeRole:
            return node.code
        if node.kind != INDICATOR:
            return self._heading_data(node, col, role)
        ind = node.indicator
        rejected = self.rejected.get(ind.code)
        if role == _DISPLAY:
            if col == NAME:
                return indicator_name(ind)
            if col == UNIT:
                if ind.is_ratio and ind.unit is Unit.PERCENT:
                    return "%"
                return ind.unit.label_en if i18n.current() == "en" else ind.unit.label
            if col == VALUE:
                return rejected[0] if rejected else _fmt(node, node.value)
            if col == PREVIOUS:
                return _fmt(node, node.previous)
            if col == LAST_YEAR:
                return _fmt(node, node.last_year)
            if col == NOTE:
                return self._note_text(node, rejected)
            return None
        if col == NOTE and role in (_DECORATION, SymbolsRole):
            names = self._note_symbols(node, rejected)
            if role == SymbolsRole:
                return names
            return symbols.icon(*names) if names else None
        if role == _EDIT and col == VALUE:
            if rejected:
                return rejected[0]
            return "" if node.value is None else format_display(node.value).replace("\u00a0", " ")
        if role == RejectedRole:
            return rejected[1] if rejected else None
        if role == _TOOLTIP:
            return self._tooltip(node, rejected)
        if role == _ALIGN and col in (VALUE, PREVIOUS, LAST_YEAR):
            return _RIGHT
        if role == _BACKGROUND:
            if col == VALUE and rejected:
                return QBrush(REJECT_BG)
            if col in (VALUE, NOTE) and node.findings and not _explained(node):
                return QBrush(WARN_BG)
            if col == VALUE and self.locked:
                return QBrush(LOCKED_BG)
            return None
        if role == _FOREGROUND and (ind.is_ratio or col in (PREVIOUS, LAST_YEAR)):
            return QBrush(COMPUTED_FG)
        if role == _FOREGROUND and col == NOTE and not rejected and _explained(node):
            return QBrush(MUTED_FG)
        if role == _FONT and ind.is_ratio and col == VALUE:
            font = QFont()
            font.setItalic(True)
            return font
        if role == _ACCESSIBLE and col == VALUE:
            return f"{indicator_name(ind)}: {_fmt(node, node.value) or tr('tom')}"
        if role == _ACCESSIBLE and col == NOTE:
            words = [self._note_text(node, rejected)]
            if node.comment:
                words.append(tr("kommentar"))
            return ", ".join(w for w in words if w)
        return None

    @staticmethod
    def _note_symbols(node: SheetNode, rejected) -> tuple[str, ...]:
        names = []
        if rejected:
            names.append("refused")
        if node.findings:
            names.append("explained" if _explained(node) else "warning")
        if node.comment:
            names.append("comment")
        return tuple(names)

    @staticmethod
    def _note_text(node: SheetNode, rejected) -> str:
        """The words beside the symbols: why a value was refused, how many warnings and
        whether a comment explains them (the comment itself is the bubble)."""
        if rejected:
            return rejected[1]
        n = len(node.findings)
        if not n:
            return ""
        if _explained(node):
            return tr("avvik forklart") if n == 1 else tr("{n} avvik forklart").format(n=n)
        return tr("avvik") if n == 1 else tr("{n} avvik").format(n=n)

    def finding_text(self, finding) -> str:
        if self.catalogue is None:
            return finding.message
        return i18n.finding_text(finding, self.catalogue())

    def _heading_data(self, node: SheetNode, col: int, role):
        if role == _DISPLAY and col == NAME:
            return i18n.catalogue_word(node.title)
        if role == _FONT:
            font = QFont()
            font.setBold(node.kind == SECTION)
            font.setItalic(node.kind == GROUP)
            return font
        return None

    def _tooltip(self, node: SheetNode, rejected) -> str:
        ind = node.indicator
        assert ind is not None  # only an indicator's line has this tooltip
        lines = [f"{indicator_name(ind)} ({ind.code})"]
        if ind.is_ratio:
            lines.append(tr("Beregnes av navdesk fra tellerne og nevnerne; kan ikke skrives inn."))
        if ind.is_yearly:
            lines.append(tr("Registreres én gang per år (gjelder {period}).").format(
                period=node.period))
        if rejected:
            lines.append(tr("Ikke lagret: {reason}. Esc viser den lagrede verdien igjen.").format(
                reason=rejected[1]))
        explained = _explained(node)
        for f in node.findings:
            lines.append((tr("Avvik, forklart av kommentaren: {warning}") if explained
                          else tr("Avvik uten kommentar: {warning}")).format(
                              warning=self.finding_text(f)))
        if node.comment:
            lines.append(tr("Kommentar: {comment}").format(comment=node.comment))
        return "\n".join(lines)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if (role != Qt.ItemDataRole.EditRole or node is None or index.column() != VALUE
                or not node.editable or self.saver is None):
            return False
        text = str(value)
        try:
            self.saver(node, text)
        except ValueRejected as exc:
            self.rejected[node.code] = (text, message(exc))
            self._changed(node)
            self.rejected_changed.emit(node.code)
            return True
        if self.rejected.pop(node.code, None) is not None:
            self.rejected_changed.emit(node.code)
        return True

    def clear_rejected(self, code: str) -> bool:
        """Forget a refused value so the stored one shows again (Escape)."""
        if self.rejected.pop(code, None) is None:
            return False
        node = self.sheet.by_code.get(code) if self.sheet else None
        if node is not None:
            self._changed(node)
        self.rejected_changed.emit(code)
        return True

    def _changed(self, node: SheetNode) -> None:
        self.dataChanged.emit(self.index_for(node, 0), self.index_for(node, NOTE))

    def persistent(self, code: str) -> QPersistentModelIndex:
        return QPersistentModelIndex(self.index_of(code))
