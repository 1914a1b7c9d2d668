"""The month form: pick a month, type the figures, see warnings as you go.

Keyboard first: type a number and press Enter or Tab to save it and go to the next
line; Shift+Tab goes back; Delete empties a value; Escape shows the stored value again
after a refused one; Ctrl+PgUp / Ctrl+PgDown change month.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from navdesk.domain.period import MAX_YEAR, MIN_YEAR, Period
from navdesk.domain.units import ValueRejected
from navdesk.service import OfficeService, StoreError
from navdesk.ui import i18n, symbols
from navdesk.ui.close_month import CloseMonthDialog, ReopenMonthDialog, event_text, fit_list
from navdesk.ui.following import Follower
from navdesk.ui.i18n import (
    format_display,
    indicator_name,
    message,
    month_name,
    month_title,
    text,
    tr,
)
from navdesk.ui.month_chooser import (
    STATE_LOOK,
    capitalised,
    choose_month,
    state_colour,
    state_icon,
    state_text,
    state_word,
)
from navdesk.ui.month_model import MUTED_FG, NAME, NOTE, UNIT, VALUE, CodeRole, MonthModel
from navdesk.ui.refused import ask_to_drop, refused_hint
from navdesk.ui.typing_view import EnterStoresDelegate, TypingTreeView


def source_name(source: str) -> str:
    """Where a change came from, as the change log says it (an import names its file)."""
    return {"form": tr("skjema"), "undo": tr("angret"), "redo": tr("gjort om"),
            "demo": tr("eksempeldata")}.get(source, source)



FindingStateRole = Qt.ItemDataRole.UserRole + 5  # "open" or "explained", in the warnings list
FINDING_LINES = 5  # the warnings pane grows to this many lines, then scrolls


class ValueDelegate(EnterStoresDelegate):
    """A plain line editor, right-aligned like the numbers it replaces."""

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        return editor


class MonthView(TypingTreeView):
    """The form's tree. Enter and Tab save and move down; Shift+Tab moves up. Typing
    on a line that takes no value (a heading, a computed share, a reported month)
    stores nothing and says why in :attr:`note`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegateForColumn(VALUE, ValueDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setTabKeyNavigation(False)
        self.setAllColumnsShowFocus(True)

    def month_model(self) -> MonthModel:
        return self.model()  # type: ignore[return-value]  # the form's MonthModel

    def typing_refused(self, index: QModelIndex) -> str:
        model = self.month_model()
        node = model.node(index)
        if node is None or model.sheet is None:
            return tr("Velg en linje i skjemaet med piltastene før du skriver.")
        name = (indicator_name(node.indicator) if node.indicator is not None
                else i18n.catalogue_word(node.title))
        if node.indicator is None:
            return tr("«{name}» er en overskrift og tar ingen verdi – gå til en linje under "
                      "med pil ned.").format(name=name)
        if not node.editable:
            return tr("«{name}» beregnes av navdesk fra andre tall og kan ikke skrives "
                      "inn.").format(name=name)
        if model.read_only:
            return tr("Dette vinduet kan ikke endre tallene (se meldingen øverst), så "
                      "ingenting lagres.")
        if model.locked:
            return tr("{month} er rapportert og låst, så ingenting lagres. Gjenåpne måneden "
                      "med Ctrl+L for å endre tallene.").format(
                month=month_title(model.sheet.period).capitalize())
        return ""

    # ---- moving between lines ----------------------------------------------------
    def editable_indexes(self) -> list[QModelIndex]:
        model = self.month_model()
        if model.sheet is None:
            return []
        return [model.index_of(n.code) for n in model.sheet.entered_rows()]  # type: ignore[arg-type]  # lines with codes

    def step(self, current: QModelIndex, forward: bool) -> QModelIndex:
        """The value cell of the next (or previous) line that takes a value; from a
        heading or a computed line, the first one under (or above) it."""
        model = self.month_model()
        if model.sheet is None:
            return QModelIndex()
        lines: list = []  # every line in the order shown

        def walk(node) -> None:
            lines.append(node)
            for child in node.children:
                walk(child)

        for section in model.sheet.sections:
            walk(section)
        takes = [n for n in lines if n.editable]
        if not takes:
            return QModelIndex()
        node = model.node(current)
        if node not in lines:
            return model.index_for(takes[0], VALUE)
        at = lines.index(node)
        if forward:
            ahead = [n for n in lines[at + 1:] if n.editable]
            return model.index_for(ahead[0], VALUE) if ahead else QModelIndex()
        behind = [n for n in lines[:at] if n.editable]
        return model.index_for(behind[-1], VALUE) if behind else QModelIndex()

    def move(self, current: QModelIndex, forward: bool) -> None:  # type: ignore[override]  # not QWidget.move(x, y)
        """Enter, Tab, Shift+Tab: to the next (previous) line that takes a value. Past
        the form's last such line (or before its first) the cursor stays where it is:
        jumping back up from a computed line at the end looked like a key gone astray."""
        target = self.step(current, forward)
        if target.isValid():
            self.go_to(target)
        elif self.month_model().sheet is not None:
            self.note.emit(tr("Siste linje i skjemaet.") if forward
                           else tr("Første linje i skjemaet."))

    def go_to(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():  # a line inside a collapsed group
            self.expand(parent)
            parent = parent.parent()
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)

    def commit_editor(self, commit: bool = True) -> None:
        """Store what an open editor holds, as Enter would but staying on the line (a
        new month or a closing window would otherwise drop it unread); with ``commit``
        False, close it unread (the leader chose to drop what was typed)."""
        if self.state() != self.State.EditingState:
            return
        Hint = QAbstractItemDelegate.EndEditHint
        for editor in self.viewport().findChildren(QLineEdit):
            if not editor.isHidden():  # a closed editor is hidden until it is deleted
                if commit:
                    self.commitData(editor)
                self.closeEditor(editor, Hint.NoHint if commit else Hint.RevertModelCache)
                return

    def closeEditor(self, editor, hint) -> None:
        Hint = QAbstractItemDelegate.EndEditHint
        current = self.currentIndex()
        super().closeEditor(editor, Hint.NoHint)
        # the editor had the keyboard; give it back to the form explicitly (on X11 it
        # otherwise may end up nowhere once the editor is gone), but never take it from
        # the widget the leader clicked (the comment box, the year): keys typed there
        # must not open an editor on the line
        focus = QApplication.focusWidget()
        if focus is None or focus is editor or editor.isAncestorOf(focus):
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        if hint == Hint.RevertModelCache:
            return
        if current.data(CodeRole) in self.month_model().rejected:
            self.go_to(current)  # a refused value: stay on its line to correct it
            return
        if hint in (Hint.EditNextItem, Hint.SubmitModelCache, Hint.EditPreviousItem):
            self.move(current, hint != Hint.EditPreviousItem)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if (key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            event.ignore()  # Ctrl+Tab belongs to the page tabs
            return
        current = self.currentIndex()
        model = self.month_model()
        if current.isValid() and current.column() != VALUE and current.data(CodeRole):
            current = current.siblingAtColumn(VALUE)
            self.setCurrentIndex(current)
        if key == Qt.Key.Key_Escape and current.isValid() \
                and model.clear_rejected(current.data(CodeRole)):
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            if current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(current)
                return
            self.move(current, True)
            return
        if key == Qt.Key.Key_Tab:
            self.move(current, True)
            return
        if key == Qt.Key.Key_Backtab:
            self.move(current, False)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and current.isValid():
            if current.flags() & Qt.ItemFlag.ItemIsEditable and current.data(CodeRole):
                model.setData(current, "", Qt.ItemDataRole.EditRole)
            else:
                self.type_into(current, event)  # says why nothing is emptied
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        # the warnings pane under the form grows after a save (a new warning) and takes
        # its room from the form: the line in focus, often the bottom one after Enter,
        # would be left half hidden under it
        super().resizeEvent(event)
        current = self.currentIndex()
        if not current.isValid() or event.size().height() >= event.oldSize().height():
            return
        rect = self.visualRect(current)
        if rect.isValid() and rect.top() < event.oldSize().height() and (
                rect.bottom() >= event.size().height()):
            self.scrollTo(current)

    def focusNextPrevChild(self, next_: bool) -> bool:
        # Tab belongs to the form while it has focus (it moves between lines)
        if self.state() == self.State.EditingState:
            return False
        return super().focusNextPrevChild(next_)

    def event(self, event) -> bool:
        # plain Tab and Shift+Tab move between lines; Ctrl+Tab still changes page
        if (event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.keyPressEvent(event)
            return True
        return super().event(event)


class MonthForm(QWidget):
    """The whole month page: month picker, lock state, the form, warnings and the
    comment and history of the line in focus."""

    month_changed = Signal(object)  # Period
    data_changed = Signal()  # something was stored (undo state may have changed)
    note = Signal(str)  # a short sentence for the window's status line

    def __init__(self, service: OfficeService, period: Period, parent=None) -> None:
        super().__init__(parent)
        self.today = date.today  # the day a month "is not over yet" is judged by
        self.service = service
        assert service.session is not None  # the form is shown for an office
        self.session = service.session
        self.period = period
        self.model = MonthModel(self)
        self.model.catalogue = lambda: service.catalogue
        self.model.saver = self._save

        # ---- top: month navigation and lock state
        self.prev_button = QToolButton(text="◄")  # type: ignore[call-arg]  # a Qt property as keyword: PySide6 takes it, its stubs do not
        self.prev_button.setToolTip(tr("Forrige måned") + " (Ctrl+PgUp)")
        self.next_button = QToolButton(text="►")  # type: ignore[call-arg]  # a Qt property as keyword: PySide6 takes it, its stubs do not
        self.next_button.setToolTip(tr("Neste måned") + " (Ctrl+PgDown)")
        self.month_combo = QComboBox()
        self.month_combo.addItems([month_name(m).capitalize() for m in range(1, 13)])
        self.month_combo.setToolTip(tr("Gå til måned") + " (Ctrl+G)")
        self.month_combo.setAccessibleName(tr("Måned"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(MIN_YEAR, MAX_YEAR)
        self.year_spin.setAccessibleName(tr("År"))
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        # the month bar: the state by symbol, colour and word, then the count
        self.state_icon = QLabel()
        self.lock_label = QLabel()
        self.lock_label.setObjectName("lockLabel")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("monthSummary")
        self.lock_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.prev_button)
        top.addWidget(self.month_combo)
        top.addWidget(self.year_spin)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(self.title)
        top.addSpacing(12)
        # the state and the count take the room that is left: a narrow window cuts them
        # at the right rather than growing wider than the screen
        state_bar = QWidget()
        state_bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        state_layout = QHBoxLayout(state_bar)
        state_layout.setContentsMargins(0, 0, 0, 0)
        state_layout.addWidget(self.state_icon)
        state_layout.addWidget(self.lock_label)
        state_layout.addWidget(self.summary_label, 1)
        top.addWidget(state_bar, 1)
        top.addWidget(self.lock_button)

        # ---- middle: the form and the side panel
        self.view = MonthView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("Månedens tall"))
        self.view.note.connect(self.note.emit)
        # the name takes the room that is left; the figures keep a width that fits their
        # heading (measured, so larger Windows scaling does not cut them off)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        # the Merknad column's symbols (refused, warning, comment) side by side
        self.view.setIconSize(QSize(symbols.row_width(3), symbols.SIZE))
        for col in (UNIT, VALUE, VALUE + 1, VALUE + 2, NOTE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            title = self.model.headerData(col, Qt.Orientation.Horizontal)
            if col == NOTE:
                widest = symbols.row_width(2) + 6 + metrics.horizontalAdvance(
                    tr("{n} avvik forklart").format(n=9))
            else:
                widest = metrics.horizontalAdvance("99 999 999,99")
            self.view.setColumnWidth(col, max(metrics.horizontalAdvance(title), widest) + 20)
        header.setMinimumSectionSize(60)

        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.rejected_label = QLabel()
        self.rejected_label.setWordWrap(True)
        self.rejected_label.setStyleSheet("color: #a4262c; font-weight: bold;")
        self.rejected_label.setVisible(False)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setPlaceholderText(tr("Hvorfor tallet endret seg, hva som er anslått …"))
        self.comment_edit.setAccessibleName(tr("Kommentar"))
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumHeight(110)
        self.comment_button = QPushButton(tr("&Lagre kommentar"))
        self.comment_button.setToolTip(tr("Lagre kommentaren til verdien") + " (Ctrl+Enter)")
        self.history_list = QListWidget()
        self.history_list.setAccessibleName(tr("Endringslogg"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self.detail_title)
        side_layout.addWidget(self.rejected_label)
        side_layout.addWidget(QLabel(tr("&Kommentar"), buddy=self.comment_edit))  # type: ignore[call-overload]  # a Qt property as keyword: PySide6 takes it, its stubs do not
        side_layout.addWidget(self.comment_edit)
        side_layout.addWidget(self.comment_button, 0, Qt.AlignmentFlag.AlignRight)
        side_layout.addWidget(QLabel(tr("Endringslogg")))
        side_layout.addWidget(self.history_list, 1)

        self.findings_label = QLabel()
        self.findings_list = QListWidget()
        self.findings_list.setAccessibleName(tr("Avvik denne måneden"))
        self.findings_list.setIconSize(QSize(symbols.SIZE, symbols.SIZE))
        # one line per warning, cut at the edge (the whole text on hover): the pane's
        # height is its lines, with no scroll bar underneath eating one
        self.findings_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.findings_label)
        left_layout.addWidget(self.findings_list)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        side.setMinimumWidth(230)
        split.setSizes([1000, 240])
        side.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        # ---- wiring
        self.prev_button.clicked.connect(lambda: self.step_month(-1))
        self.next_button.clicked.connect(lambda: self.step_month(1))
        self.month_combo.activated.connect(self._picker_changed)
        self.year_spin.valueChanged.connect(self._picker_changed)
        self.lock_button.clicked.connect(self.toggle_lock)
        self.comment_button.clicked.connect(self.save_comment)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_detail())
        # a note about the line left behind is old news on the next one, and so is a
        # note about what was refused once something is stored (an empty note clears)
        self.view.selectionModel().currentChanged.connect(lambda *_: self.note.emit(""))
        self.data_changed.connect(lambda: self.note.emit(""))
        self.model.rejected_changed.connect(lambda *_: self._show_rejected())
        self.findings_list.itemActivated.connect(self._finding_activated)
        self.findings_list.itemClicked.connect(self._finding_activated)
        for keys, slot in [("Ctrl+PgUp", lambda: self.step_month(-1)),
                           ("Ctrl+PgDown", lambda: self.step_month(1)),
                           ("Alt+Left", lambda: self.step_month(-1)),
                           ("Alt+Right", lambda: self.step_month(1)),
                           ("Ctrl+G", self.choose_month),
                           ("Ctrl+L", self.toggle_lock),
                           ("Ctrl+Return", self.save_comment)]:
            QShortcut(QKeySequence(keys), self, slot)
        self.setTabOrder(self.view, self.comment_edit)
        self.setTabOrder(self.comment_edit, self.comment_button)
        self.setTabOrder(self.comment_button, self.findings_list)
        self.model.read_only = service.read_only is not None
        self.show_month(period)
        # what changes elsewhere: figures written by other means (an import: no keys; the
        # form's own values it shows itself), the catalogue, the whole file
        events = service.events
        self.follower = Follower(
            self, lambda: self.show_month(self.period),
            (events.values, events.catalogue, events.database),
            wanted=lambda event: getattr(event, "keys", None) is None, typing=self.view)
        self.access_follower = Follower(self, self._access_changed, (events.access,))
        self._apply_access()  # it may have changed while the form was built (damage met)

    def _access_changed(self) -> None:
        """The window became read-only or writable again (issue 13): the lines take
        typing again, or say why not."""
        self._apply_access()
        self._show_detail()

    def _apply_access(self) -> None:
        read_only = self.model.read_only = self.service.read_only is not None
        self.lock_button.setEnabled(not read_only)
        if read_only:
            self.comment_edit.setEnabled(False)
            self.comment_button.setEnabled(False)
        self.view.viewport().update()

    # ---- months ----------------------------------------------------------------
    def _picker_changed(self, *_):
        self.show_month(Period(self.year_spin.value(), self.month_combo.currentIndex() + 1))

    def show_month(self, period: Period) -> bool:
        """Show ``period``'s form; the line in focus stays the same indicator. What an
        open editor holds is stored first. Values typed in the month shown and refused
        are asked about before another month is shown (:meth:`may_leave`): False when
        the leader goes back to correct them, and the month stays."""
        self.view.commit_editor()
        if period != self.period and not self.may_leave():
            self._show_in_pickers(self.period)
            return False
        code = self.view.currentIndex().data(CodeRole)
        self.period = period
        self._show_in_pickers(period)
        self.model.set_sheet(self.session.month_sheet(period), self.session.is_locked(period))
        self.view.expandAll()
        self._update_month_state()
        target = self.model.index_of(code) if code else QModelIndex()
        if not target.isValid():
            rows = self.view.editable_indexes()
            target = rows[0] if rows else QModelIndex()
        self.view.go_to(target)
        self.month_changed.emit(period)
        return True

    def step_month(self, step: int) -> bool:
        """The month before (``step`` -1) or after (1) the one shown. There is none
        before January of the first year navdesk knows, nor after December of the
        last: the form stays and says so."""
        p = self.period
        if step < 0 and p == Period(MIN_YEAR, 1):
            self.note.emit(tr("Det finnes ingen måned før {month}.").format(
                month=month_title(p)))
            return False
        if step > 0 and p == Period(MAX_YEAR, 12):
            self.note.emit(tr("Det finnes ingen måned etter {month}.").format(
                month=month_title(p)))
            return False
        return self.show_month(p.previous_month() if step < 0 else p.next_month())

    def _show_in_pickers(self, period: Period) -> None:
        for w, v in ((self.month_combo, period.month - 1), (self.year_spin, period.year)):  # type: ignore[operator]  # a month
            w.blockSignals(True)
            if w is self.month_combo:
                w.setCurrentIndex(v)
            else:
                w.setValue(v)  # type: ignore[union-attr]  # the year's spin box
            w.blockSignals(False)

    def refused_lines(self) -> list[tuple[str, str, str]]:
        """The values typed in the month shown and refused, in the form's order, as
        (indicator name, the text typed, why it was refused)."""
        rejected = self.model.rejected
        order = [n.code for n in self.model.sheet.entered_rows()] if self.model.sheet else []
        codes = [c for c in order if c in rejected] + [c for c in rejected if c not in order]
        catalogue = self.service.catalogue
        return [(indicator_name(catalogue[code]) if code in catalogue else code,
                 *rejected[code]) for code in codes]

    def drop_refused(self) -> None:
        """Forget the values typed in the month shown and refused, and what an open
        editor holds: the stored values show again."""
        self.view.commit_editor(commit=False)
        for code in list(self.model.rejected):
            self.model.clear_rejected(code)

    def may_leave(self) -> bool:
        """Before another month is shown or the window closes: a refused value is never
        dropped silently. The refused values are listed, to go back and correct them
        (False: the form stays on the first of them) or to drop them (True, and the
        stored values show again). True at once when there are none."""
        self.view.commit_editor()
        refused = self.refused_lines()
        if not refused:
            return True
        intro = (tr("En verdi du skrev i {month}, er ikke lagret:") if len(refused) == 1
                 else tr("{n} verdier du skrev i {month}, er ikke lagret:")).format(
                     n=len(refused), month=month_title(self.period))
        if ask_to_drop(self, intro, refused):
            self.drop_refused()
            return True
        first = next((n.code for n in self.model.sheet.entered_rows()
                      if n.code in self.model.rejected), None) if self.model.sheet else None
        if first is not None:
            self.view.go_to(self.model.index_of(first))
        self.view.setFocus()
        return False

    def refresh(self) -> None:
        """Reread the shown month after a change (keeps the line in focus)."""
        self.model.refresh(self.session.month_sheet(self.period),
                           self.session.is_locked(self.period))
        self._update_month_state()
        self._show_detail()

    def _update_month_state(self) -> None:
        """The month bar (state and "x av y tall, z avvik uten kommentar"), the month
        picker's symbols and the warnings under the form, after every change."""
        locked = self.model.locked
        self.title.setText(month_title(self.period).capitalize())
        findings = self.model.sheet.findings if self.model.sheet else []
        review = self.session.review(self.period, findings)
        state = review.completeness.state
        self.state_icon.setPixmap(symbols.pixmap(STATE_LOOK[state][0]))
        word = tr("Rapportert og låst") if locked else capitalised(state_word(state))
        self.lock_label.setText(word)
        self.lock_label.setStyleSheet(f"color: {state_colour(state).name()}; font-weight: bold;")
        self.summary_label.setText("· " + text(review.summary()))
        self.summary_label.setToolTip(text(review.summary()))
        last = self.service.lock_events(self.period)[:1]
        self.lock_label.setToolTip(event_text(last[0]) if last else "")
        if locked:
            self.lock_button.setText(tr("&Gjenåpne måneden …"))
            self.lock_button.setToolTip(tr("Åpne måneden for endringer igjen (blir logget)"))
        else:
            # Alt+A: Alt+M opens the Måned menu
            self.lock_button.setText(tr("M&arker som rapportert"))
            self.lock_button.setToolTip(tr("Lås måneden når tallene er sendt til kommunen"))
        self._update_month_picker()
        self._show_findings(review)

    def _update_month_picker(self) -> None:
        """Each month of the picker's year with its state's symbol (reported, complete,
        partial, empty) and the state in words on hover."""
        months = self.session.months_of_year(self.period.year)
        for m, c in months.items():
            self.month_combo.setItemIcon(m - 1, state_icon(c.state))
            self.month_combo.setItemData(m - 1, capitalised(state_text(c)),
                                         Qt.ItemDataRole.ToolTipRole)

    def _show_findings(self, review) -> None:
        """The warnings under the form, open ones first; the pane is as high as its lines
        (up to a few, then it scrolls) and hidden when there are none."""
        explained = {id(f) for f in review.explained}
        findings = list(review.unexplained) + list(review.explained)
        self.findings_label.setText(
            tr("Avvik i {month}: {open} uten kommentar, {explained} forklart").format(
                month=month_title(self.period), open=len(review.unexplained),
                explained=len(review.explained)))
        self.findings_list.clear()
        for f in findings:
            # the messages name the indicators themselves
            words = self.model.finding_text(f)
            node = self.model.sheet.by_code.get(f.code) if self.model.sheet else None
            if id(f) in explained:
                item = QListWidgetItem(symbols.icon("explained"), words)
                item.setForeground(QBrush(MUTED_FG))
                comment = node.comment if node is not None else ""
                item.setToolTip(words + "\n" + tr("Forklart: {comment}").format(comment=comment))
                item.setData(FindingStateRole, "explained")
            else:
                item = QListWidgetItem(symbols.icon("warning"), words)
                item.setToolTip(words + "\n" + tr("Skriv en kommentar til verdien for å "
                                                  "forklare avviket."))
                item.setData(FindingStateRole, "open")
            item.setData(CodeRole, f.code)
            self.findings_list.addItem(item)
        self.findings_label.setVisible(bool(findings))
        self.findings_list.setVisible(bool(findings))
        if findings:
            fit_list(self.findings_list, FINDING_LINES)

    def _finding_activated(self, item: QListWidgetItem) -> None:
        index = self.model.index_of(item.data(CodeRole))
        self.view.go_to(index)
        self.view.setFocus()

    # ---- saving ----------------------------------------------------------------
    def _save(self, node, text: str) -> None:
        try:
            change = self.session.enter(node.code, node.period, text, i18n.current())
        except StoreError as exc:  # busy or read-only database: not the value's fault
            # its message as it is (a Said), so the form shows it in the window's language
            raise ValueRejected(exc.args[0] if len(exc.args) == 1 else str(exc)) from None
        if change is not None:
            self.refresh()
            self.data_changed.emit()

    def save_comment(self) -> None:
        node = self.model.node(self.view.currentIndex())
        if node is None or not node.editable:
            return
        try:
            self.session.set_comment(node.code, node.period,
                                     self.comment_edit.toPlainText().strip())
        except (ValueRejected, StoreError) as exc:
            QMessageBox.warning(self, tr("Kommentaren ble ikke lagret"), message(exc))
            return
        self.refresh()
        self.data_changed.emit()

    def toggle_lock(self) -> None:
        """Mark the month as reported (after the close-month dialog) or reopen it (with a
        reason); both are logged."""
        # what is typed counts: a number still in its editor is stored first, and a
        # refused one is asked about (a locked month could never take its correction)
        self.view.commit_editor()
        if self.model.read_only:
            self.note.emit(self.view.typing_refused(self.view.currentIndex()))
        elif self.model.locked:
            self._reopen()
        elif self.may_leave():
            self._close()

    def _close(self) -> None:
        service, period = self.service, self.period
        today = self.today()
        findings = self.model.sheet.findings if self.model.sheet else None
        review = self.session.review(period, findings)
        comments = ({code: node.comment for code, node in self.model.sheet.by_code.items()
                     if node.comment} if self.model.sheet else {})
        dialog = CloseMonthDialog(
            review, service.lock_events(period), today, service.catalogue, comments,
            lambda: service.close_month(period, today=today, anyway=True), self)
        self._after(dialog)

    def _reopen(self) -> None:
        service, period = self.service, self.period
        dialog = ReopenMonthDialog(
            period, service.lock_events(period),
            lambda why: service.reopen_month(period, why), self)
        self._after(dialog)

    def _after(self, dialog) -> None:
        try:
            done = dialog.exec() == dialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if done:
            self.refresh()
            self.data_changed.emit()

    def choose_month(self) -> None:
        """Ctrl+G: a chooser with every month of the year and its state."""
        chosen = choose_month(self, self.session.months_of_year, self.period)
        if chosen is not None:
            self.show_month(chosen)
            self.view.setFocus()

    # ---- the line in focus -------------------------------------------------------
    def _show_rejected(self) -> None:
        """The reason a typed value was refused, in full, beside the form."""
        code = self.view.currentIndex().data(CodeRole)
        refused = self.model.rejected.get(code) if code else None
        if refused:
            self.rejected_label.setText(refused_hint(*refused))
        self.rejected_label.setVisible(bool(refused))

    def _show_detail(self) -> None:
        node = self.model.node(self.view.currentIndex())
        self._show_rejected()
        self.history_list.clear()
        if node is None or node.indicator is None:
            self.detail_title.setText("")
            self.comment_edit.setPlainText("")
            self.comment_edit.setEnabled(False)
            self.comment_button.setEnabled(False)
            return
        ind = node.indicator
        self.detail_title.setText(f"<b>{indicator_name(ind)}</b><br>{ind.code} · {node.period}")
        can_comment = (node.editable and not self.model.locked and not self.model.read_only
                       and node.value is not None)
        self.comment_edit.setEnabled(can_comment)
        self.comment_button.setEnabled(can_comment)
        self.comment_edit.setPlainText(node.comment or "")
        if not node.editable:
            self.history_list.addItem(tr("Beregnet av navdesk."))
            return
        entries = self.service.history(ind.code, node.period)
        if not entries:
            self.history_list.addItem(tr("Ingen endringer ennå."))
        for e in entries:
            old = format_display(e.old_value) if e.old_value is not None else tr("tom")
            new = format_display(e.new_value) if e.new_value is not None else tr("tom")
            source = source_name(e.source)
            what = f"{old} → {new}" if old != new else tr("kommentar endret")
            item = QListWidgetItem(f"{e.changed_at[:16].replace('T', ' ')}  {what}\n"
                                   f"    {e.changed_by}, {source}")
            if e.new_comment != e.old_comment and e.new_comment:
                item.setToolTip(tr("Kommentar: {comment}").format(comment=e.new_comment))
            self.history_list.addItem(item)

    # ---- undo and redo (the main window's Edit menu, while this page is shown) ---------
    def undo_label(self, undo: bool = True) -> str | None:
        """What the next undo (redo) changes, in the window's language; None if nothing."""
        change = self.session.next_undo() if undo else self.session.next_redo()
        return None if change is None else i18n.text(self.session.what(change))

    def undo(self) -> str | None:
        return self._undo_step(True)

    def redo(self) -> str | None:
        return self._undo_step(False)

    def _undo_step(self, undo: bool) -> str | None:
        """Undo (redo) the latest value or comment when its month is shown; from another
        month, show that month and the line first and say what the next Ctrl+Z (Ctrl+Y)
        does. Returns a note for the status line; raises ValueRejected or StoreError
        when it cannot be done (nothing changed, the step stays)."""
        change = self.session.next_undo() if undo else self.session.next_redo()
        if change is None:
            return None
        what = self.undo_label(undo)
        p = change.period
        month = Period(p.year, 12) if p.is_year else p  # a year's own value: its December
        if month != self.period:
            if not self.show_month(month):  # the leader went back to a refused value
                return None
            self.view.go_to(self.model.index_of(change.code))
            self.view.setFocus()
            return (tr("Neste Ctrl+Z angrer {what}.") if undo
                    else tr("Neste Ctrl+Y gjør om {what}.")).format(what=what)
        try:
            self.session.undo() if undo else self.session.redo()
        finally:  # also after a refusal: the form shows what is stored now
            self.refresh()
            self.view.go_to(self.model.index_of(change.code))
            self.view.setFocus()
        self.data_changed.emit()
        return (tr("Angret {what}.") if undo else tr("Gjorde om {what}.")).format(what=what)
