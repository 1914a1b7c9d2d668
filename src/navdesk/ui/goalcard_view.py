"""The goal card page: pick the year and the month it runs through, read the traffic
lights, set targets and write the leader's comments."""

from __future__ import annotations

from html import escape as html_escape
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from navdesk.domain.goalcard import (
    TEMPLATE_COLUMNS,
    GoalCard,
    Status,
    TemplateError,
    describe_changes,
    template_rows,
)
from navdesk.domain.period import MAX_YEAR, MIN_YEAR, Period
from navdesk.domain.units import ValueRejected, parse_number
from navdesk.formats.csvfile import FileRefused, decoded_text, guard, unguard, write_csv_file
from navdesk.formats.template_file import parse_template
from navdesk.service import CommentStep, OfficeService, StoreError
from navdesk.ui import file_dialogs, i18n
from navdesk.ui.file_dialogs import documents, open_start, save_start
from navdesk.ui.following import Follower
from navdesk.ui.goalcard_model import (
    CHANGE,
    COMMENT,
    NAME,
    STATUS,
    TARGET_YEAR,
    TREND,
    GoalCardModel,
    IdRole,
    IndicatorRole,
    KindRole,
    SeriesRole,
    rule_text,
    status_word,
)
from navdesk.ui.goalcard_tree import GoalCardTree
from navdesk.ui.i18n import month_name, tr
from navdesk.ui.month_combo import PARTIAL_STYLE, label_months, month_combo
from navdesk.ui.refused import ask_to_drop, refused_hint
from navdesk.ui.sparkline import SparklineDelegate


def remove_question(kind: str, title: str) -> str:
    """"Remove the perspective/goal/measure «title»" (without the question mark)."""
    return {"perspective": tr("Fjerne perspektivet «{title}»"),
            "goal": tr("Fjerne målet «{title}»"),
            "measure": tr("Fjerne målingen «{title}»")}[kind].format(title=title)


def span_text(p: Period, months) -> str:
    """"Januar–desember 2026 · desember 2026: 3 av 75 tall (delvis måned)" when the card
    runs through a month that is not whole; "Januar–november 2026 (desember er delvis og
    ikke med)" when a later month is partial; else the months alone."""
    span = f"{month_name(1).capitalize()}–{month_name(p.month_of_year)} {p.year}"
    shown = months[p.month_of_year]
    if shown.is_labelled:  # not whole, or reported with lines missing
        return tr("{span} · {label}").format(span=span, label=i18n.text(shown.partial_label()))
    later = [c for m, c in months.items() if m > p.month and c.entered and not c.is_whole]
    if later:
        return tr("{span} ({month} er delvis og ikke med)").format(
            span=span, month=month_name(later[-1].period.month))
    return span


class GoalCardView(QWidget):
    show_indicator = Signal(str, object)  # code, month Period: "show its trend"
    open_in_form = Signal(str, object)  # code, month Period: "show it in the month form"
    data_changed = Signal()  # the card was edited (what Edit > Undo names may have changed)
    note = Signal(str)  # a short sentence for the window's status line

    def __init__(self, service: OfficeService, period: Period, parent=None) -> None:
        super().__init__(parent)
        self.service, self.office = service, service.code
        # every edit of the card goes through its history, so that it can be undone
        assert service.goal_card is not None  # the card is shown for an office
        self.history = service.goal_card
        self.history.name = lambda code: (i18n.indicator_name(service.catalogue[code])
                                          if code in service.catalogue else code)
        self.card: GoalCard | None = None
        self.year_spin = QSpinBox()
        self.year_spin.setRange(MIN_YEAR, MAX_YEAR)
        self.year_spin.setValue(period.year)
        self.year_spin.setAccessibleName(tr("År"))
        self.month_combo = month_combo()  # each month with its state: a partial one shows
        self.month_combo.setCurrentIndex(period.month_of_year - 1)
        self.month_combo.setAccessibleName(tr("Til og med måned"))
        self.copy_button = QPushButton(tr("&Kopier fjorårets målverdier"))
        self.copy_button.setToolTip(tr("Gi hver måling med egen målverdi i fjor den samme i år"))
        self.info = QLabel()
        # a long message must not widen the window: it is cut instead (full text on hover)
        self.info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.edit_button = QToolButton()
        self.edit_button.setText(tr("&Endre kortet"))
        self.edit_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.edit_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("&År:"), buddy=self.year_spin))  # type: ignore[call-overload]  # PySide6 sets Qt properties given as keywords; its stubs lack them
        top.addWidget(self.year_spin)
        top.addWidget(QLabel(tr("til &og med:"), buddy=self.month_combo))  # type: ignore[call-overload]  # as above
        top.addWidget(self.month_combo)
        top.addSpacing(12)
        top.addWidget(self.info, 1)
        top.addWidget(self.copy_button)
        top.addWidget(self.edit_button)

        self.model = GoalCardModel(self)
        self.model.read_only = service.read_only is not None
        self.model.on_target = self._set_target
        self.model.on_comment = self._set_comment
        self.model.on_rename = self._rename
        self.view = GoalCardTree()  # typing never jumps to another measure
        self.view.setModel(self.model)
        self.view.note.connect(self.note.emit)
        self.model.refused.connect(self.note.emit)
        # a refused cell's reason under the card too (selected, its red does not show)
        self.model.dataChanged.connect(lambda *_: self._show_details())
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAccessibleName(tr("Styringskort"))
        self.view.setItemDelegateForColumn(TREND, SparklineDelegate(SeriesRole, self.view))
        # the names take the room that is left; the figures fit their widest content
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        yellow, green = status_word(Status.YELLOW), status_word(Status.GREEN)
        widest = {STATUS: max(f"▲ {yellow} (1 ●, 3 ▲, 1 ■)", f"▲ {green} (1 ●, 3 ▲, 1 ■)",
                              key=metrics.horizontalAdvance),
                  CHANGE: "−92 849 " + max(tr("bedre"), tr("verre"), key=len),
                  COMMENT: "En kommentar på noen"}
        for col in range(1, COMMENT + 1):
            title = self.model.headerData(col, Qt.Orientation.Horizontal)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            widest_cell = widest.get(col, "≤ 9 999 999")
            self.view.setColumnWidth(col, max(metrics.horizontalAdvance(title),
                                              metrics.horizontalAdvance(widest_cell)) + 14)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(metrics.height() * 3)
        legend = QLabel(tr("● grønn: målet er nådd   ▲ gul: nesten (innenfor den gule grensen)   "
                           "■ rød: langt unna   – mangler: ingen verdi eller ingen målverdi.   "
                           "Skriv i Målverdi år eller Kommentar for å endre dem; dobbeltklikk "
                           "for utviklingen; høyreklikk eller «Endre kortet» for resten."))
        legend.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addWidget(legend)

        self._build_actions()
        self._shown = self.period  # the year and month the card was last drawn for
        self.year_spin.valueChanged.connect(self._year_changed)
        self.month_combo.currentIndexChanged.connect(lambda *_: self._month_changed())
        self.copy_button.clicked.connect(self.copy_last_year)
        self.view.doubleClicked.connect(self._opened)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_details())
        self.view.installEventFilter(self)  # Enter on a measure: its trend
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        # a note about the cell left behind is old news on the next one, and so is one
        # about what was refused once something is stored (an empty note clears); the
        # card redrawn with the same cell selected is no move
        self._noted_at: tuple[object, object, int] | None = None
        self.view.selectionModel().currentChanged.connect(lambda *_: self._cell_changed())
        self.data_changed.connect(lambda: self.note.emit(""))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(
            lambda pos: self.edit_menu.exec(self.view.viewport().mapToGlobal(pos)))
        self.refresh()
        # figures, the catalogue and reported months change elsewhere; the card's own
        # edits come from this page, which shows them itself
        events = service.events
        self.follower = Follower(self, self.refresh, (
            events.values, events.catalogue, events.month_locked, events.database),
            typing=self.view)
        self.access_follower = Follower(self, self._access_changed, (events.access,))
        if self.model.read_only:  # nothing that writes is offered
            self._update_actions()

    def _access_changed(self) -> None:
        """The window became read-only or writable again (issue 13)."""
        self.model.read_only = self.service.read_only is not None
        self.view.viewport().update()
        self._update_actions()

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if (watched is self.view and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and self.view.state() != QAbstractItemView.State.EditingState
                and self.view.currentIndex().data(IndicatorRole)):
            self._open_trend()
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.view.setFocus)  # arrows, F2 and typing work at once

    # ---- actions -------------------------------------------------------------------
    def _build_actions(self) -> None:
        menu = self.edit_menu = QMenu(self)

        def action(text, slot, shortcut=None, tip=None) -> QAction:
            act = QAction(text, self)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                # only while the card itself has the keyboard, never inside a cell editor
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                act.setShortcutVisibleInContextMenu(True)
                self.view.addAction(act)
            if tip:
                act.setToolTip(tip)
                act.setStatusTip(tip)
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        self.new_perspective_action = action(tr("Nytt &perspektiv …"), self.new_perspective)
        self.new_goal_action = action(tr("Nytt &mål …"), self.new_goal, "Ctrl+Shift+N",
                                      tr("Et nytt strategisk mål under det valgte perspektivet"))
        self.new_measure_action = action(tr("Ny må&ling …"), self.new_measure, "Ctrl+N",
                                         tr("En ny måling under det valgte målet"))
        self.edit_action = action(tr("&Endre …"), self.edit_current, "F2",
                                  tr("Gi nytt navn, eller endre retning, gul grense og målverdier"))
        menu.addSeparator()
        self.up_action = action(tr("Flytt &opp"), lambda: self.move_current(-1), "Ctrl+Up")
        self.down_action = action(tr("Flytt &ned"), lambda: self.move_current(1), "Ctrl+Down")
        menu.addSeparator()
        self.remove_action = action(tr("&Fjern …"), self.remove_current, "Delete")
        menu.addSeparator()
        self.trend_action = action(tr("Vis &utviklingen") + "\tEnter", self._open_trend, None,
                                   tr("Målingens indikator over tid, med målverdien"))
        self.form_action = action(tr("Vis må&neden i skjemaet"), self._open_form, None,
                                  tr("Gå til indikatoren i månedsskjemaet"))
        menu.addSeparator()
        action(tr("&Importer mal fra kommunen …"), lambda: self.import_template(),
               tip=tr("Erstatt styringskortet med en mal (CSV), etter at du har sett endringene"))
        action(tr("E&ksporter som mal …"), lambda: self.export_template(),
               tip=tr("Skriv styringskortet som mal (CSV) for andre kontorer"))
        self.edit_button.setMenu(menu)
        menu.aboutToShow.connect(self._update_actions)

    def _current(self):
        """(kind, id, index at NAME) of the selected line, or (None, None, invalid)."""
        index = self.view.currentIndex().siblingAtColumn(NAME)
        if not index.isValid():
            return None, None, index
        return index.data(KindRole), index.data(IdRole), index

    def _update_actions(self) -> None:
        kind, _, index = self._current()
        writable = not self.model.read_only  # a read-only window changes nothing
        self.new_goal_action.setEnabled(writable and kind is not None)
        self.new_measure_action.setEnabled(writable and kind in ("goal", "measure"))
        for act in (self.edit_action, self.remove_action):
            act.setEnabled(writable and kind is not None)
        for act in (self.trend_action, self.form_action):
            act.setEnabled(kind == "measure")
        self.up_action.setEnabled(writable and kind is not None and index.row() > 0)
        self.down_action.setEnabled(
            writable and kind is not None
            and index.row() < self.model.rowCount(index.parent()) - 1)
        self.copy_button.setEnabled(writable)

    def _year_changed(self, year: int) -> None:
        """Another year: through its latest whole month (else its latest month with
        figures; a whole year when it has none), as every report's default is."""
        if not self._may_change_period():
            return
        month = self.service.card_month(year).period.month_of_year
        if month - 1 != self.month_combo.currentIndex():
            self.month_combo.blockSignals(True)
            self.month_combo.setCurrentIndex(month - 1)
            self.month_combo.blockSignals(False)
        self.refresh()

    def _cell_changed(self) -> None:
        kind, item_id, _ = self._current()
        here = (kind, item_id, self.view.currentIndex().column())
        if kind is not None and here != self._noted_at:
            self.note.emit("")
        self._noted_at = here if kind is not None else self._noted_at

    def _month_changed(self) -> None:
        if self._may_change_period():
            self.refresh()

    def _may_change_period(self) -> bool:
        """Before the card shows another year or month: refused targets and comments
        belong to the one shown, so they are asked about first (:meth:`may_leave`);
        going back to correct them puts the year and month back."""
        if self.period == self._shown or self.may_leave():
            return True
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(self._shown.year)
        self.year_spin.blockSignals(False)
        self.month_combo.blockSignals(True)
        self.month_combo.setCurrentIndex(self._shown.month_of_year - 1)
        self.month_combo.blockSignals(False)
        return False

    def refused_lines(self) -> list[tuple[str, str, str]]:
        """The targets and comments typed and refused, in the card's order, as (what,
        the text typed, why it was refused)."""
        p = self._shown
        lines = []
        for _, _, measure in (self.card.measures() if self.card else []):
            assert measure.id is not None  # read from the database
            for column in (TARGET_YEAR, COMMENT):
                refused = self.model.rejected.get((measure.id, column))
                if refused is None:
                    continue
                name = (i18n.indicator_name(self.service.catalogue[measure.indicator])
                        if measure.indicator in self.service.catalogue else measure.indicator)
                what = (tr("{measure}, målverdi for {year}") if column == TARGET_YEAR
                        else tr("{measure}, kommentar for {month} {year}"))
                lines.append((what.format(measure=name, year=p.year,
                                          month=month_name(p.month_of_year)), *refused))
        return lines

    def drop_refused(self) -> None:
        """Forget the refused targets and comments (and what an open editor holds):
        the stored ones show again."""
        self._commit_editor(commit=False)
        self.model.drop_rejected()

    def may_leave(self) -> bool:
        """Before the card shows another year or month, or the window closes: a refused
        target or comment is never dropped silently. True at once when there is none;
        else the leader goes back to correct them (False, the cursor on the first) or
        drops them (True)."""
        self._commit_editor()
        refused = self.refused_lines()
        if not refused:
            self.model.rejected.clear()  # of a measure no longer on the card
            return True
        intro = (tr("En verdi du skrev på styringskortet, er ikke lagret:") if len(refused) == 1
                 else tr("{n} verdier du skrev på styringskortet, er ikke lagret:")).format(
                     n=len(refused))
        if ask_to_drop(self, intro, refused):
            self.model.drop_rejected()
            return True
        measure_id, column = next(iter(self.model.rejected))
        self._go_to(("measure", measure_id), column)
        self.view.setFocus()
        return False

    def _commit_editor(self, commit: bool = True) -> None:
        """Store what an open target or comment editor holds, as Enter would (a new year
        or a closing window would otherwise drop it unread); with ``commit`` False,
        close it unread (the leader chose to drop what was typed)."""
        if self.view.state() != QAbstractItemView.State.EditingState:
            return
        from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit

        Hint = QAbstractItemDelegate.EndEditHint
        for editor in self.view.viewport().findChildren(QLineEdit):
            if not editor.isHidden():  # a closed editor is hidden until it is deleted
                if commit:
                    self.view.commitData(editor)
                self.view.closeEditor(editor, Hint.NoHint if commit else Hint.RevertModelCache)
                return

    def _say(self, text: str) -> None:
        self.info.setStyleSheet("")
        self.info.setText(text)
        self.info.setToolTip(text)

    # ---- reading ---------------------------------------------------------------------
    @property
    def period(self) -> Period:
        return Period(self.year_spin.value(), self.month_combo.currentIndex() + 1)

    def refresh(self, select: tuple[str, int] | None = None) -> None:
        """Evaluate the card for the year and month chosen and show it; keep (or with
        ``select``, move to) the selected line."""
        if select is None:
            kind, item_id, index = self._current()
            column = self.view.currentIndex().column()
            select = (kind, item_id) if kind else None
        else:
            column = NAME
        p = self.period
        if p != self._shown:  # what was refused in another year or month was asked about
            self.model.rejected.clear()
        self._shown = p
        try:
            self.card = self.service.load_goal_card()
            rows = self.service.goal_card_rows(p.year, p.month, card=self.card,
                                  require_figures=False)
            months = self.service.months_of_year(p.year)
            # a reported month is read-only, the card's comments on it too
            self.model.comments_locked = self.service.is_locked(p)
        except StoreError as exc:
            self._say(i18n.message(exc))
            return
        self.view.locked_month = f"{month_name(p.month_of_year)} {p.year}".capitalize()
        label_months(self.month_combo, months)
        if not any(c.entered for c in months.values()):
            self._say(tr("Ingen tall er registrert for {year}").format(year=p.year))
        else:
            self._say(span_text(p, months))
            if months[p.month_of_year].is_labelled:
                self.info.setStyleSheet(PARTIAL_STYLE)
        if i18n.current() != i18n.DEFAULT:  # the measures' names in the window's language
            from dataclasses import replace

            cat = self.service.catalogue
            rows = [replace(r, name=i18n.indicator_name(cat[r.result.measure.indicator]))
                    for r in rows]
        self.model.set_card(self.card, rows, p)
        self.view.expandAll()
        if select is not None:
            index = self.model.find(*select, column=max(column, 0))
            if index.isValid():
                self.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.view.scrollTo(index)
        self._show_details()

    def _show_details(self) -> None:
        """The selected measure's description and the history of its comment."""
        kind, item_id, index = self._current()
        if kind != "measure":
            self.details.setText("<i>" + tr("Velg en måling for å se kommentarhistorikken.")
                                 + "</i>")
            return
        node = self.model.node(index)
        r = node.card_row.result
        p = self.period
        head = (f"<b>{html_escape(node.title)}</b> ({r.measure.indicator}): "
                + rule_text(r.measure.direction, r.measure.yellow_band))
        history = self.service.comment_history(item_id, p)
        month = month_name(p.month_of_year)
        current = self.view.currentIndex()
        refused = self.model.rejected.get((item_id, current.column()))
        if refused is not None:
            head += ("<br><span style='color: #a4262c; font-weight: bold;'>"
                     + html_escape(refused_hint(*refused)) + "</span>")
        if not history:
            lines = tr("Ingen kommentar for {month} {year}.").format(month=month, year=p.year)
        else:
            emptied = "<i>" + tr("(tømt)") + "</i>"
            lines = tr("Kommentar for {month} {year}, nyeste først:").format(
                month=month, year=p.year) + " " + " · ".join(
                f"{_when(at)} {html_escape(by)}: "
                + (tr("«{text}»").format(text=html_escape(text)) if text else emptied)
                for at, by, text in history[:4])
            if len(history) > 4:
                lines += " · " + tr("og {n} eldre").format(n=len(history) - 4)
        self.details.setText(f"{head}<br>{lines}")

    # ---- targets and comments --------------------------------------------------------
    # Both raise ValueRejected when what was typed is not stored: the model keeps it in
    # its cell, red, with the reason (a busy or read-only database is no fault of the
    # text, but the text is kept all the same, to store once it can be).
    def _warn_later(self, title: str, reason: str) -> None:
        # not inside the edit: the message waits until the editor has closed
        QTimer.singleShot(0, lambda: QMessageBox.warning(self, title, reason))

    def _set_target(self, measure_id: int, text: str) -> None:
        try:
            value = float(parse_number(text, i18n.current())) if text.strip() else None
            self.history.set_target(measure_id, self._shown.year, value)
        except StoreError as exc:
            raise ValueRejected(exc.args[0] if len(exc.args) == 1 else str(exc)) from None
        # not inside the edit: the model is rebuilt once the editor has closed
        QTimer.singleShot(0, self._edited)

    def _edited(self) -> None:
        self.refresh()
        self.data_changed.emit()

    def _set_comment(self, measure_id: int, text: str) -> None:
        try:
            self.history.set_comment(measure_id, self._shown, text.strip())
        except StoreError as exc:
            raise ValueRejected(exc.args[0] if len(exc.args) == 1 else str(exc)) from None
        QTimer.singleShot(0, self._edited)

    def _rename(self, kind: str, item_id: int, text: str) -> None:
        try:
            self.history.rename(kind, item_id, text)
        except (ValueRejected, StoreError) as exc:
            self._warn_later(tr("Navnet ble ikke endret"), i18n.message(exc))
            return
        def redrawn() -> None:
            self.refresh((kind, item_id))
            self.data_changed.emit()

        QTimer.singleShot(0, redrawn)

    def copy_last_year(self) -> int:
        year = self.period.year
        try:
            copied = self.history.copy_targets(year - 1, year)
        except StoreError as exc:
            QMessageBox.warning(self, tr("Målverdiene ble ikke kopiert"), i18n.message(exc))
            return 0
        self.refresh()
        self.data_changed.emit()
        self._say(tr("{n} målverdier kopiert fra {last} til {year}.").format(
            n=copied, last=year - 1, year=year))
        return copied

    # ---- structure -------------------------------------------------------------------
    def _ask_name(self, title: str, label: str, text: str = "") -> str | None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, title, label, text=text)
        return name if ok else None

    def _do(self, title: str, act, select_kind: str | None = None):
        """Run a store edit; refuse with a message, or show the card with the result
        selected. Returns what ``act`` returned (None when refused)."""
        try:
            result = act()
        except (ValueRejected, StoreError) as exc:
            QMessageBox.warning(self, title, i18n.message(exc))
            return None
        self.refresh((select_kind, result) if select_kind and result else None)
        self.view.setFocus()
        self.data_changed.emit()
        return result

    def new_perspective(self, name: str | None = None) -> int | None:
        name = name if name is not None else self._ask_name(tr("Nytt perspektiv"),
                                                            tr("Navn på perspektivet:"))
        if name is None:
            return None
        return self._do(tr("Perspektivet ble ikke lagt til"),
                        lambda: self.history.add_perspective(name), "perspective")

    def new_goal(self, name: str | None = None) -> int | None:
        kind, _, index = self._current()
        if kind is None:
            return None
        while self.model.node(index).kind != "perspective":
            index = index.parent()
        perspective = self.model.node(index)
        name = name if name is not None else self._ask_name(
            tr("Nytt mål"), tr("Nytt strategisk mål under «{perspective}»:").format(
                perspective=perspective.title))
        if name is None:
            return None
        return self._do(tr("Målet ble ikke lagt til"),
                        lambda: self.history.add_goal(perspective.id, name), "goal")

    def new_measure(self) -> int | None:
        from navdesk.ui.measure_dialog import MeasureDialog

        kind, _, index = self._current()
        if kind == "measure":
            index = index.parent()
        elif kind != "goal":
            return None
        goal = self.model.node(index)
        dialog = MeasureDialog(self.service.catalogue, self.period.year, goal_name=goal.title,
                               parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        v = dialog.result_values
        assert v is not None  # set when the dialog is accepted
        return self._do(tr("Målingen ble ikke lagt til"), lambda: self.history.add_measure(
            goal.id, v["indicator"], v["direction"], v["band"], v["targets"]), "measure")

    def edit_current(self) -> None:
        """F2: edit the cell in place where it can be edited (a name, a target, a
        comment), else the measure's dialog."""
        kind, item_id, index = self._current()
        if kind is None:
            return
        current = self.view.currentIndex()
        if current.flags() & Qt.ItemFlag.ItemIsEditable:
            self.view.edit(current)
        elif kind == "measure" and current.column() == COMMENT:  # a reported month's
            self.note.emit(self.view.typing_refused(current))
        elif kind != "measure":
            self.view.setCurrentIndex(index)
            self.view.edit(index)
        else:
            self.edit_measure(item_id)

    def edit_measure(self, measure_id: int) -> bool:
        from navdesk.ui.measure_dialog import MeasureDialog

        assert self.card is not None  # the measure is on the card shown
        measure = next(m for _, _, m in self.card.measures() if m.id == measure_id)
        goal = next(g for _, g, m in self.card.measures() if m.id == measure_id)
        dialog = MeasureDialog(self.service.catalogue, self.period.year, measure, goal.name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        v = dialog.result_values

        def change():
            self.history.update_measure(measure_id, v["direction"], v["band"], v["targets"])
            return measure_id

        return self._do(tr("Målingen ble ikke endret"), change, "measure") is not None

    def move_current(self, step: int) -> bool:
        kind, item_id, _ = self._current()
        if kind is None:
            return False
        moved = self._do(tr("Kunne ikke flytte"), lambda: self.history.move(kind, item_id, step))
        self.refresh((kind, item_id))
        return bool(moved)

    def remove_current(self, confirmed: bool = False) -> bool:
        kind, item_id, index = self._current()
        if kind is None:
            return False
        title = self.model.node(index).title
        counts = self.service.removal_counts(kind, item_id)
        parts = []
        if counts["goals"]:
            parts.append(tr("1 mål") if counts["goals"] == 1
                         else tr("{n} mål").format(n=counts["goals"]))
        if kind != "measure" and counts["measures"]:
            parts.append(tr("1 måling") if counts["measures"] == 1
                         else tr("{n} målinger").format(n=counts["measures"]))
        if counts["comments"]:
            parts.append(tr("1 kommentar") if counts["comments"] == 1
                         else tr("{n} kommentarer").format(n=counts["comments"]))
        text = remove_question(kind, title)
        if parts:
            text = tr("{question} med {parts}?").format(
                question=text, parts=(" " + tr("og") + " ").join(parts))
        else:
            text += "?"
        text += "\n\n" + tr("Målverdiene og kommentarene forsvinner med det. Tallene som er "
                             "registrert for indikatorene, blir ikke berørt.")
        if not confirmed:
            answer = QMessageBox.question(
                self, tr("Fjerne fra styringskortet"), text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        # select the neighbour that takes its place
        neighbour = index.sibling(index.row() + 1, NAME)
        if not neighbour.isValid():
            neighbour = index.sibling(index.row() - 1, NAME) if index.row() else index.parent()
        after = (neighbour.data(KindRole), neighbour.data(IdRole)) if neighbour.isValid() else None
        self._do(tr("Kunne ikke fjerne"), lambda: self.history.remove(kind, item_id))
        if after:
            self.refresh(after)
        return True

    # ---- template files --------------------------------------------------------------
    def export_template(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = file_dialogs.save_file_name(
                self, tr("Eksporter styringskortet som mal"),
                save_start(tr("styringskort-mal.csv")), tr("CSV-filer (*.csv)"))
            if not path:
                return False
        rows = [[guard(r[c]) for c in TEMPLATE_COLUMNS]
                for r in template_rows(self.service.load_goal_card())]
        try:
            write_csv_file(Path(path), TEMPLATE_COLUMNS, rows)
        except OSError as exc:
            from navdesk.formats.files import cannot_write

            QMessageBox.warning(self, tr("Malen ble ikke skrevet"),
                                i18n.text(cannot_write(path, exc)))
            return False
        self._say(tr("Malen er skrevet til {name}.").format(name=Path(path).name))
        return True

    def import_template(self, path: str | None = None) -> bool:
        """Read a template, show what would change, and replace the card only when the
        leader confirms. Returns True when the card was replaced."""
        if path is None:
            path, _ = file_dialogs.open_file_name(
                self, tr("Importer mal for styringskortet"), open_start(documents()),
                tr("CSV-filer (*.csv *.txt);;Alle filer (*)"))
            if not path:
                return False
        file = Path(path)
        try:
            text = decoded_text(file)
            card = parse_template(text, self.service.catalogue, clean=unguard)
        except OSError as exc:
            QMessageBox.warning(self, tr("Malen ble ikke lest"),
                                tr("Kan ikke lese {path}: {reason}").format(
                                    path=file, reason=exc.strerror or exc))
            return False
        except FileRefused:  # not its encoding's words: what the leader can do
            QMessageBox.warning(self, tr("Malen ble ikke lest"),
                                tr("{name} kan ikke leses som tekst. Lagre malen som CSV "
                                   "(semikolondelt) og prøv igjen.").format(name=file.name))
            return False
        except (TemplateError, ValueRejected) as exc:
            ChangesDialog(
                tr("{name} ble ikke lest inn; ingenting er endret:").format(name=file.name),
                i18n.message(exc).splitlines(), self, problems=True).exec()
            return False
        current = self.service.load_goal_card()
        changes = [i18n.text(change) for change in describe_changes(current, card)]
        if not changes:
            QMessageBox.information(self, tr("Ingenting å endre"),
                                    tr("Malen er lik styringskortet; ingenting er endret."))
            return False
        from navdesk.domain.goalcard import removal_warning, removed_measures, removes_much

        dialog = ChangesDialog(tr("Dette endres hvis styringskortet erstattes med {name}. "
                                  "Kommentarene til målinger som fjernes, tas vare på og kommer "
                                  "tilbake hvis målingen legges til igjen.").format(
                                      name=file.name), changes, self)
        if removes_much(current, card):  # a file cut short, or the wrong one: a tick first
            removed, total = removed_measures(current, card)
            dialog.ask_to_tick(i18n.text(removal_warning(current, card)),
                               tr("Ja, fjern {removed} av {total} målinger").format(
                                   removed=removed, total=total))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        def replace() -> bool:
            from navdesk.service.backups import BEFORE_TEMPLATE

            # as navdesk-cli template import: the card before can be restored
            self.service.backups().make(BEFORE_TEMPLATE)
            return self.history.replace(card, file.name) or True

        if self._do(tr("Styringskortet ble ikke endret"), replace) is None:
            return False
        self._say(tr("Styringskortet er oppdatert fra {name}: {n} endring(er).").format(
            name=file.name, n=len(changes)))
        return True

    def _opened(self, index) -> None:
        """Double-click: a measure's trend."""
        code = index.data(IndicatorRole)
        if code:
            self.show_indicator.emit(code, self.period)

    def _open_trend(self) -> None:
        self._opened(self.view.currentIndex())

    def _open_form(self) -> None:
        code = self.view.currentIndex().data(IndicatorRole)
        if code:
            self.open_in_form.emit(code, self.period)

    # ---- undo and redo (the main window's Edit menu, while this page is shown) ---------
    def undo_label(self, undo: bool = True) -> str | None:
        """What the next undo (redo) changes, in the window's language; None if nothing."""
        step = self.history.next_undo() if undo else self.history.next_redo()
        return None if step is None else i18n.text(self.history.what(step))

    def undo(self) -> str | None:
        return self._undo_step(True)

    def redo(self) -> str | None:
        return self._undo_step(False)

    def _undo_step(self, undo: bool) -> str | None:
        """Undo (redo) the card's latest step when the card shows it. When it is in
        another year or month, or under a collapsed line, show it first instead and say
        what the next Ctrl+Z (Ctrl+Y) does: nothing changes where the leader cannot see
        it. Returns a note for the status line; raises ValueRejected or StoreError when
        it cannot be done (nothing changed, the step stays)."""
        step = self.history.next_undo() if undo else self.history.next_redo()
        if step is None:
            return None
        what = self.undo_label(undo)
        if not self._shows(step, undo):
            if not self._bring_into_view(step, undo):
                return None  # the leader went back to a refused target or comment
            return (tr("Neste Ctrl+Z angrer {what}.") if undo
                    else tr("Neste Ctrl+Y gjør om {what}.")).format(what=what)
        try:
            self.history.undo() if undo else self.history.redo()
        finally:  # also after a refusal: the card as it is stored now
            self.refresh()
            for place in (step.item, step.parent):
                if place is not None and self._go_to(place, self._step_column(step)):
                    break
            self.view.setFocus()
        self.data_changed.emit()
        return (tr("Angret {what}.") if undo else tr("Gjorde om {what}.")).format(what=what)

    @staticmethod
    def _step_column(step) -> int:
        from navdesk.ui.goalcard_model import TARGET_YEAR

        if isinstance(step, CommentStep):
            return COMMENT
        return TARGET_YEAR if step.year is not None and step.item is not None else NAME

    def _shows(self, step, undo: bool) -> bool:
        """Whether the card shows the step's change: its year (a target), its month (a
        comment), and its line not hidden under a collapsed one."""
        p = self.period
        if step.period is not None and step.period != p:
            return False
        if step.year is not None and step.year != p.year:
            return False
        place = step.place(undo)
        index = self.model.find(*place) if place is not None else None
        if index is None or not index.isValid():
            return True  # nothing to show (removed meanwhile): the undo says why
        parent = index.parent()
        while parent.isValid():
            if not self.view.isExpanded(parent):
                return False
            parent = parent.parent()
        return True

    def _bring_into_view(self, step, undo: bool) -> bool:
        """Show the step's year, month and line; False when refused targets or comments
        kept the card where it is."""
        elsewhere = ((step.period is not None and step.period != self.period)
                     or (step.year is not None and step.year != self.period.year))
        if elsewhere and not self.may_leave():  # asked once, not for the year and the month
            return False
        if step.period is not None and step.period != self.period:
            self.year_spin.setValue(step.period.year)
            self.month_combo.setCurrentIndex(step.period.month - 1)
        elif step.year is not None and step.year != self.period.year:
            self.year_spin.setValue(step.year)
        place = step.place(undo)
        if place is not None:
            self._go_to(place, self._step_column(step))
        self.view.setFocus()
        return True

    def _go_to(self, place: tuple[str, int], column: int = NAME) -> bool:
        """Select a line (opening the lines above it); False when it is not on the card."""
        index = self.model.find(*place, column=column)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.view.expand(parent)
            parent = parent.parent()
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True


class ChangesDialog(QDialog):
    """A list of changes to confirm (or of problems to read)."""

    def __init__(self, intro: str, lines: list[str], parent=None, problems: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Malen har feil") if problems else tr("Erstatte styringskortet?"))
        self.resize(640, 420)
        label = QLabel(intro)
        label.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setReadOnly(True)
        if problems:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.reject)
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                       | QDialogButtonBox.StandardButton.Cancel)
            replace = (tr("&Erstatt ({n} endring)") if len(lines) == 1
                       else tr("&Erstatt ({n} endringer)"))
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(replace.format(n=len(lines)))
            cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(tr("Avbryt"))
            # Enter cancels: the box makes its accept button the default when it is shown
            # unless that button may not be one (found by pressing Enter: it replaced)
            buttons.button(QDialogButtonBox.StandardButton.Ok).setAutoDefault(False)
            cancel.setDefault(True)
            buttons.accepted.connect(self.accept)
            buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.tick: QCheckBox | None = None
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def ask_to_tick(self, warning: str, tick: str) -> None:
        """The replacement removes much of the card: say so in bold, and "Erstatt" waits
        for a tick in ``tick`` (Avbryt stays the default)."""
        label = QLabel(f"<b>{html_escape(warning)}</b>")
        label.setObjectName("removalWarning")
        label.setWordWrap(True)
        self.tick = QCheckBox(tick)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.tick.toggled.connect(ok.setEnabled)
        self._layout.insertWidget(self._layout.count() - 1, label)
        self._layout.insertWidget(self._layout.count() - 1, self.tick)



def _when(at: str) -> str:
    """'2025-06-30T14:05:09' as '30.06.2025 14:05'."""
    date, _, time = at.partition("T")
    y, m, d = date.split("-")
    return f"{d}.{m}.{y} {time[:5]}"
