"""The goal card page: pick the year and the month it runs through, read the traffic
lights, set targets and write the leader's comments."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
    QSpinBox, QTreeView, QVBoxLayout, QWidget,
)

from navdesk.domain.period import MONTH_NAMES, Period
from navdesk.domain.units import ValueRejected, parse_number
from navdesk.io.goalcard_file import NoFigures, goal_card_rows
from navdesk.store import StoreError
from navdesk.store.database import Store
from navdesk.store.goalcard import copy_targets, set_measure_comment, set_target
from navdesk.ui.goalcard_model import CHANGE, COMMENT, NAME, STATUS, IndicatorRole, GoalCardModel



class GoalCardView(QWidget):
    show_indicator = Signal(str, object)  # code, month Period: "open its monthly values"

    def __init__(self, store: Store, office: str, period: Period, parent=None) -> None:
        super().__init__(parent)
        self.store, self.office = store, office
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(period.year)
        self.year_spin.setAccessibleName("År")
        self.month_combo = QComboBox()
        self.month_combo.addItems([m.capitalize() for m in MONTH_NAMES])
        self.month_combo.setCurrentIndex(period.month - 1)
        self.month_combo.setAccessibleName("Til og med måned")
        self.copy_button = QPushButton("&Kopier fjorårets målverdier")
        self.copy_button.setToolTip("Gi hver måling med egen målverdi i fjor den samme i år")
        self.info = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel("&År:", buddy=self.year_spin))
        top.addWidget(self.year_spin)
        top.addWidget(QLabel("til og &med:", buddy=self.month_combo))
        top.addWidget(self.month_combo)
        top.addSpacing(12)
        top.addWidget(self.info, 1)
        top.addWidget(self.copy_button)

        self.model = GoalCardModel(self)
        self.model.on_target = self._set_target
        self.model.on_comment = self._set_comment
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setAccessibleName("Styringskort")
        # the names take the room that is left; the figures fit their widest content
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        widest = {STATUS: "▲ gul (1 gul, 1 mangler)", CHANGE: "−923 849 bedre",
                  COMMENT: "En kommentar på noen ord"}
        for col in range(1, COMMENT + 1):
            title = self.model.headerData(col, Qt.Orientation.Horizontal)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(col, max(metrics.horizontalAdvance(title),
                                              metrics.horizontalAdvance(widest.get(col, "≤ 99 999 999"))) + 16)
        legend = QLabel("● grønn: målet er nådd   ▲ gul: nesten (innenfor den gule grensen)   "
                        "■ rød: langt unna   – mangler: ingen verdi eller ingen målverdi.   "
                        "Målverdi år og kommentar kan endres (F2 eller skriv).")
        legend.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(legend)

        self.year_spin.valueChanged.connect(lambda *_: self.refresh())
        self.month_combo.currentIndexChanged.connect(lambda *_: self.refresh())
        self.copy_button.clicked.connect(self.copy_last_year)
        self.view.doubleClicked.connect(self._opened)
        self.refresh()

    @property
    def period(self) -> Period:
        return Period(self.year_spin.value(), self.month_combo.currentIndex() + 1)

    def refresh(self) -> None:
        p = self.period
        try:
            rows = goal_card_rows(self.store, self.office, p.year, p.month)
        except NoFigures as exc:
            rows = []
            self.info.setText(str(exc))
        else:
            self.info.setText(f"Januar–{MONTH_NAMES[p.month - 1]} {p.year}")
        self.model.set_rows(rows)
        self.view.expandAll()

    def _set_target(self, measure_id: int, text: str) -> None:
        try:
            value = float(parse_number(text)) if text.strip() else None
            set_target(self.store, measure_id, self.period.year, value)
        except (ValueRejected, StoreError) as exc:
            reason = str(exc)  # the name exc is gone once the except block ends
            QTimer.singleShot(0, lambda: QMessageBox.warning(
                self, "Målverdien ble ikke lagret", reason))
            return
        # not inside the edit: the model is rebuilt once the editor has closed
        QTimer.singleShot(0, self.refresh)

    def _set_comment(self, measure_id: int, text: str) -> None:
        try:
            set_measure_comment(self.store, self.office, measure_id, self.period, text.strip())
        except (ValueRejected, StoreError) as exc:
            reason = str(exc)
            QTimer.singleShot(0, lambda: QMessageBox.warning(
                self, "Kommentaren ble ikke lagret", reason))
            return
        QTimer.singleShot(0, self.refresh)

    def copy_last_year(self) -> int:
        year = self.period.year
        copied = copy_targets(self.store, year - 1, year)
        self.info.setText(f"{copied} målverdier kopiert fra {year - 1} til {year}.")
        self.refresh()
        return copied

    def _opened(self, index) -> None:
        code = index.data(IndicatorRole)
        if code:
            self.show_indicator.emit(code, self.period)
