"""Closing a month on purpose ("Marker som rapportert", Ctrl+L) and reopening it.

Before a month is locked the dialog shows how whole it is (lines entered of lines
expected, per section, the missing lines by name), the warnings still open and those a
comment explains, and the month's earlier closings. When lines are missing or warnings
are open, Cancel is the default; a month that is not over cannot be closed without
ticking a box that says so. Reopening asks for a reason, which is logged.

The dialogs do not write themselves: they call ``apply`` (the form passes
``navdesk.store.closing``'s functions), and a refusal from it — an empty reason, a busy
database — is shown in the dialog, which then stays open.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from navdesk.domain.catalogue import Catalogue
from navdesk.domain.completeness import MonthReview, has_ended
from navdesk.domain.period import Period
from navdesk.domain.rules import Finding
from navdesk.domain.units import ValueRejected
from navdesk.service import LockEvent, StoreError
from navdesk.ui import i18n, symbols
from navdesk.ui.i18n import (
    catalogue_word,
    indicator_name,
    message,
    month_title,
    text,
    tr,
)

MUTED = QColor("#5f5f5f")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ERROR_STYLE = "color: #a4262c; font-weight: bold;"
SHOW_MISSING_AT_ONCE = 12  # more missing lines than this: their sections start collapsed
MAX_LIST_LINES = 6
HISTORY_LINES = 4
WIDTH = 780  # wide enough for most warnings on one line (a laptop screen has 1280)



def event_text(event: LockEvent) -> str:
    """One line of a month's lock history: what, when, who, and its note."""
    when = event.at[:16].replace("T", " ")
    line = (tr("Rapportert {at} av {by}") if event.action == "locked"
            else tr("Gjenåpnet {at} av {by}")).format(at=when, by=event.by)
    return f"{line}: {event.note}" if event.note else line


def fit_list(widget: QListWidget, most: int = MAX_LIST_LINES) -> None:
    """A list as high as its lines, up to ``most`` lines (then it scrolls)."""
    rows = min(widget.count(), most)
    height = (sum(widget.sizeHintForRow(r) for r in range(rows)) if rows
              else widget.fontMetrics().height() + 4)
    widget.setFixedHeight(height + 2 * widget.frameWidth())


def _heading(words: str) -> QLabel:
    label = QLabel(words)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def history_list(events: Sequence[LockEvent]) -> QListWidget:
    """The month's closings and reopenings, newest first."""
    widget = QListWidget()
    widget.setAccessibleName(tr("Månedens historikk"))
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    for e in events:
        item = QListWidgetItem(event_text(e))
        item.setToolTip(event_text(e))
        widget.addItem(item)
    fit_list(widget, HISTORY_LINES)
    return widget


class CloseMonthDialog(QDialog):
    """What marking a month as reported will lock, and the question."""

    def __init__(self, review: MonthReview, events: Sequence[LockEvent], today: date,
                 catalogue: Catalogue, comments: Mapping[str, str],
                 apply: Callable[[], object], parent=None) -> None:
        """``comments``: the month's comments by code (an explained warning shows its
        own); ``apply`` marks the month as reported, raising a refusal."""
        super().__init__(parent)
        self.review = review
        self._apply = apply
        self._catalogue = catalogue
        c = review.completeness
        period = c.period
        self.ended = has_ended(period, today)
        self.setWindowTitle(tr("Marker {month} som rapportert").format(month=month_title(period)))
        layout = QVBoxLayout(self)

        title = _heading(tr("Marker {month} som rapportert til kommunen?").format(
            month=month_title(period)))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        layout.addWidget(title)
        self.summary = QLabel(text(review.summary()) + ".")
        layout.addWidget(self.summary)

        # ---- a month that is not over: an explicit yes
        self.not_over = QCheckBox(tr("&Jeg vil låse en måned som ikke er over"), self)
        if not self.ended:
            box = QFrame()
            box.setObjectName("notOver")
            box.setStyleSheet("#notOver { background: #fff4ce; border: 1px solid #e8a200; }")
            box_layout = QVBoxLayout(box)
            row = QHBoxLayout()
            icon = QLabel()
            icon.setPixmap(symbols.pixmap("warning"))
            row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            self.not_over_label = QLabel(tr(
                "{month} er ikke over ennå (i dag er {today}). Tall som kommer senere i "
                "måneden, kan ikke skrives inn før måneden gjenåpnes.").format(
                    month=month_title(period).capitalize(),
                    today=i18n.locale().toString(QDate(today.year, today.month, today.day),
                                                  tr("d. MMMM yyyy"))))  # Qt's date pattern
            self.not_over_label.setWordWrap(True)
            row.addWidget(self.not_over_label, 1)
            box_layout.addLayout(row)
            box_layout.addWidget(self.not_over)
            layout.addWidget(box)
        else:
            self.not_over.setVisible(False)

        # ---- how whole it is, per section, the missing lines by name
        layout.addWidget(_heading(tr("Tall per seksjon")))
        self.sections = QTreeWidget()
        self.sections.setAccessibleName(tr("Tall per seksjon"))
        self.sections.setHeaderHidden(True)
        self.sections.setColumnCount(2)
        self.sections.setRootIsDecorated(True)
        self.sections.setUniformRowHeights(True)
        self.sections.setIconSize(QSize(symbols.SIZE, symbols.SIZE))
        self._fill_sections()
        layout.addWidget(self.sections, 1)
        if len(c.missing) > SHOW_MISSING_AT_ONCE:
            hint = QLabel(tr("Åpne en seksjon (pil høyre) for å se linjene som mangler."))
            hint.setStyleSheet("color: #5f5f5f;")
            layout.addWidget(hint)

        # ---- the warnings: open ones first, then those a comment explains
        open_, explained = len(review.unexplained), len(review.explained)
        layout.addWidget(_heading(
            tr("Avvik: {open} uten kommentar, {explained} forklart").format(
                open=open_, explained=explained) if open_ or explained else tr("Ingen avvik.")))
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(tr("Månedens avvik"))
        self.warnings.setIconSize(QSize(symbols.SIZE, symbols.SIZE))
        # a line per warning (an explained one: and its comment), cut at the edge with the
        # whole text on hover, so that the list is exactly as high as its lines
        self.warnings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.warnings.setTextElideMode(Qt.TextElideMode.ElideRight)
        for f in review.unexplained:
            self._add_warning(f, None)
        for f in review.explained:
            self._add_warning(f, comments.get(f.code, ""))
        self.warnings.setVisible(bool(open_ or explained))
        fit_list(self.warnings)
        layout.addWidget(self.warnings)

        # ---- earlier closings of this month
        if events:
            layout.addWidget(_heading(tr("Historikk")))
            self.history: QListWidget | None = history_list(events)
            layout.addWidget(self.history)
        else:
            self.history = None

        note = QLabel(tr("Når måneden er rapportert, kan tallene ikke endres før den "
                         "gjenåpnes. Lukkingen blir logget med tellingen over."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        layout.addWidget(self.error)

        buttons = QDialogButtonBox()
        self.close_button = QPushButton(tr("&Marker som rapportert"))
        self.cancel_button = QPushButton(tr("Avbryt"))
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.close_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.not_over.toggled.connect(lambda *_: self._update_buttons())

        # a month with gaps or open warnings is closed by choice, never by a quick Enter
        self.cautious = bool(c.missing or review.unexplained or not self.ended)
        # (the buttons stay auto-default: Tab to the other one and Enter presses that)
        default = self.cancel_button if self.cautious else self.close_button
        default.setDefault(True)
        self._update_buttons()
        default.setFocus()
        self.resize(max(WIDTH, self.sizeHint().width()), self.sizeHint().height())

    def _fill_sections(self) -> None:
        c = self.review.completeness
        expand = len(c.missing) <= SHOW_MISSING_AT_ONCE
        for s in c.sections:
            whole = s.entered >= s.expected
            item = QTreeWidgetItem([catalogue_word(s.section),
                                    tr("{entered} av {expected} tall").format(
                                        entered=s.entered, expected=s.expected)])
            item.setIcon(0, symbols.icon("complete" if whole else "partial" if s.entered
                                         else "empty"))
            item.setTextAlignment(1, RIGHT)
            for code in s.missing:
                ind = self._catalogue.get(code)
                name = indicator_name(ind) if ind is not None else code
                child = QTreeWidgetItem([f"{name}  ({code})", tr("mangler")])
                child.setIcon(0, symbols.icon("empty"))
                child.setForeground(1, QBrush(QColor("#8a5d00")))
                child.setTextAlignment(1, RIGHT)
                child.setData(0, Qt.ItemDataRole.UserRole, code)
                item.addChild(child)
            self.sections.addTopLevelItem(item)
            item.setExpanded(expand)
        self.sections.resizeColumnToContents(1)
        self.sections.header().setStretchLastSection(False)
        self.sections.header().setSectionResizeMode(0, self.sections.header().ResizeMode.Stretch)
        self.sections.setMinimumHeight(self.sections.sizeHintForRow(0) * 6)

    def missing_codes(self) -> list[str]:
        """The codes the dialog names as missing, in its order."""
        out = []
        for i in range(self.sections.topLevelItemCount()):
            section = self.sections.topLevelItem(i)
            out += [section.child(j).data(0, Qt.ItemDataRole.UserRole)  # type: ignore[union-attr]  # rows that exist
                    for j in range(section.childCount())]  # type: ignore[union-attr]  # as above
        return out

    def _add_warning(self, finding: Finding, comment: str | None) -> None:
        words = i18n.finding_text(finding, self._catalogue)
        if comment is None:
            item = QListWidgetItem(symbols.icon("warning"), words)
            item.setToolTip(words)
        else:
            said = tr("Kommentar: {comment}").format(comment=comment)
            item = QListWidgetItem(symbols.icon("explained"), f"{words}\n{said}")
            item.setForeground(QBrush(MUTED))
            item.setToolTip(f"{words}\n{said}")
        item.setData(Qt.ItemDataRole.UserRole, "open" if comment is None else "explained")
        self.warnings.addItem(item)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # rows have their final height once shown: the lists are refitted to them
        fit_list(self.warnings)
        if self.history is not None:
            fit_list(self.history, HISTORY_LINES)

    def _update_buttons(self) -> None:
        self.close_button.setEnabled(self.ended or self.not_over.isChecked())

    def accept(self) -> None:
        if not self.close_button.isEnabled():
            return
        try:
            self._apply()
        except (ValueRejected, StoreError) as exc:
            self.error.setText(tr("Måneden ble ikke markert som rapportert: {reason}").format(
                reason=message(exc)))
            self.error.setVisible(True)
            return
        super().accept()


class ReopenMonthDialog(QDialog):
    """Why a reported month is opened again (required), and its history."""

    def __init__(self, period: Period, events: Sequence[LockEvent],
                 apply: Callable[[str], object], parent=None) -> None:
        super().__init__(parent)
        self._apply = apply
        self.setWindowTitle(tr("Gjenåpne {month}").format(month=month_title(period)))
        layout = QVBoxLayout(self)
        title = _heading(tr("Gjenåpne {month}?").format(month=month_title(period)))
        layout.addWidget(title)
        locked = next((e for e in events if e.action == "locked"), None)
        said_before = (tr("{month} ble rapportert {at} av {by}.").format(
            month=month_title(period).capitalize(), at=locked.at[:16].replace("T", " "),
            by=locked.by) if locked else tr("{month} er rapportert.").format(
            month=month_title(period).capitalize()))
        intro = QLabel(said_before + " " + tr(
            "Når den er åpnet, kan tallene endres igjen. Grunnen blir logget, og måneden "
            "må markeres som rapportert på nytt."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.why = QLineEdit()
        self.why.setAccessibleName(tr("Hvorfor måneden åpnes igjen"))
        self.why.setPlaceholderText(tr("F.eks. «Kommunen fant feil i KVP-tallene»"))
        label = QLabel(tr("&Hvorfor åpner du måneden igjen?"), buddy=self.why)  # type: ignore[call-overload]  # a Qt property as keyword: PySide6 takes it, its stubs do not
        layout.addWidget(label)
        layout.addWidget(self.why)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        if events:
            layout.addWidget(_heading(tr("Historikk")))
            self.history: QListWidget | None = history_list(events)
            layout.addWidget(self.history)
        else:
            self.history = None
        buttons = QDialogButtonBox()
        self.reopen_button = QPushButton(tr("&Gjenåpne måneden"))
        self.cancel_button = QPushButton(tr("Avbryt"))
        buttons.addButton(self.reopen_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.reopen_button.setDefault(True)  # Enter in the reason: reopen with it
        self.reopen_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.why.textChanged.connect(lambda *_: self.error.setVisible(False))
        self.why.setFocus()
        self.resize(max(640, self.sizeHint().width()), self.sizeHint().height())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.history is not None:  # rows have their final height once shown
            fit_list(self.history, HISTORY_LINES)
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def accept(self) -> None:
        try:
            self._apply(self.why.text())
        except (ValueRejected, StoreError) as exc:
            self.error.setText(message(exc))
            self.error.setVisible(True)
            self.why.setFocus()
            return
        super().accept()
