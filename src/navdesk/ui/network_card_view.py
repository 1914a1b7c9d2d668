"""The goal card of all offices together, on the offices page (issue 16 point 3): each
measure by the network's figure (the offices read as one office), its status against
the card's targets, as the goal card page shows one office's — read only: the targets
and comments are edited on the goal card page, an office's own card is that office's.

The month it runs through is, by default, the latest month every office with figures
has figures for (:mod:`navdesk.present.network_card`); a later month only some offices
have, and the offices lacking the chosen month, are said under the title.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from navdesk.domain.period import MAX_YEAR, MIN_YEAR, Period, month_name
from navdesk.present.goalcard import NoFigures, goal_card_cells
from navdesk.service import OfficeService
from navdesk.ui import i18n
from navdesk.ui.following import Follower
from navdesk.ui.goalcard_model import STATUS_BG
from navdesk.ui.i18n import indicator_name, tr
from navdesk.ui.worker import Rereading, read_aside

NAME, VALUE, TARGET, STATUS, LAST_YEAR, CHANGE = range(6)
LATEST_COMMON = 0  # the month box's first choice: the latest month every office has


def column_titles() -> list[str]:
    return [tr("Perspektiv, mål og måling"), tr("Alle kontorer"), tr("Mål hittil"),
            tr("Status"), tr("I fjor"), tr("Endring")]


class NetworkCardView(QWidget):
    """The network's goal card for a chosen year (through a chosen month, or the latest
    month every office has figures for)."""

    def __init__(self, service: OfficeService, period: Period, parent=None) -> None:
        super().__init__(parent)
        self.service = service
        self._rereading = Rereading(self._read_and_show)  # reads in a pool thread, one at a time
        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(period.year)
        self.month = QComboBox()
        self.month.addItem(tr("siste måned alle har tall for"), LATEST_COMMON)
        for m in range(1, 13):
            self.month.addItem(i18n.text(month_name(m)), m)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("networkCard")
        self.tree.setAccessibleName(tr("Styringskort for alle kontorer"))
        self.tree.setColumnCount(len(column_titles()))
        self.tree.setHeaderLabels(column_titles())
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setRootIsDecorated(False)
        header = self.tree.header()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col in range(VALUE, CHANGE + 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        hint = QLabel(tr("Alle kontorenes tall lest som ett kontor: summer summeres, andeler "
                         "regnes av de summerte delene. Målene og kommentarene endres på "
                         "siden Styringskort."))
        hint.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("&År:"), buddy=self.year))  # type: ignore[call-overload]  # a Qt property as keyword: PySide6 takes it, its stubs do not
        top.addWidget(self.year)
        top.addWidget(QLabel(tr("til &og med:"), buddy=self.month))  # type: ignore[call-overload]  # a Qt property as keyword: PySide6 takes it, its stubs do not
        top.addWidget(self.month)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.notes)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)

        self.year.valueChanged.connect(lambda *_: self.refresh())
        self.month.currentIndexChanged.connect(lambda *_: self.refresh())
        events = service.events
        self.follower = Follower(self, self.refresh, (
            events.values, events.goal_card, events.catalogue, events.database))
        # read when first shown: a tab beside the grid, hundreds of offices to combine
        self.follower.stale = True

    def chosen_month(self) -> int | None:
        return self.month.currentData() or None

    def refresh(self) -> None:
        """Read the card again, in a pool thread (the window keeps drawing: 0.2 s at 250
        offices); a refresh asked for meanwhile reads once more when this one is done."""
        self._rereading()

    def _read_and_show(self) -> None:
        year, month = self.year.value(), self.chosen_month()
        try:
            card = read_aside(self.service.worker_opener(),
                              lambda copy: copy.network_card(year, month))
        except NoFigures as exc:
            self.tree.clear()
            self.title.setText(i18n.message(exc))
            self.notes.hide()
            return
        self.tree.clear()
        # as the window says a month ("juni 2025"), not the files' 2025-06
        self.title.setText(tr("Styringskort for alle kontorer ({count}) til og med {month} "
                              "{year}").format(count=len(card.offices),
                                               month=i18n.text(month_name(card.through_month)),
                                               year=card.year))
        notes = [i18n.text(n) for n in card.notes()]
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        through = Period(card.year, card.through_month)
        lang = i18n.current()
        cat = self.service.catalogue
        perspective = goal = None
        for row in card.rows:
            if row.perspective != perspective:
                perspective, goal = row.perspective, None
                heading = QTreeWidgetItem(self.tree, [row.perspective])
                font = heading.font(NAME)
                font.setBold(True)
                heading.setFont(NAME, font)
                heading.setFirstColumnSpanned(True)
            if row.goal != goal:
                goal = row.goal
                QTreeWidgetItem(self.tree, ["   " + row.goal]).setFirstColumnSpanned(True)
            cells = goal_card_cells(row, through, lang)
            code = row.result.measure.indicator  # named in the window's language
            name = indicator_name(cat[code]) if code in cat else cells.name
            texts = {NAME: "      " + name, VALUE: cells.value, TARGET: cells.target,
                     STATUS: cells.status, LAST_YEAR: cells.last_year, CHANGE: cells.change}
            item = QTreeWidgetItem(self.tree, [i18n.text(texts[c]) for c in range(CHANGE + 1)])
            for col in (VALUE, TARGET, LAST_YEAR, CHANGE):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            bg = STATUS_BG.get(row.result.status)
            if bg is not None:
                item.setBackground(STATUS, QBrush(bg))
            if cells.through:
                item.setToolTip(VALUE, i18n.text(cells.through))
