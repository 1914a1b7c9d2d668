"""The catalogue dialog's table: one row per indicator, hidden ones greyed and marked
"skjult" ("hidden" in English). Testable without a window."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from navdesk.domain.catalogue import Aggregation, Indicator, PeriodType
from navdesk.domain.units import Unit
from navdesk.ui import i18n
from navdesk.ui.i18n import tr

CODE, NAME, UNIT, AGGREGATION, SECTION, GROUP, SHOWN = range(7)
COLUMNS = 7

CodeRole = Qt.ItemDataRole.UserRole + 1


def headers() -> list[str]:
    """The column titles in the window's language."""
    return [tr("Kode"), tr("Navn"), tr("Enhet"), tr("Aggregering"), tr("Seksjon"),
            tr("Fordeling"), tr("Vises")]


# short words for the table; the form's choices say what each rule does
def aggregation_short(agg: Aggregation) -> str:
    return {Aggregation.SUM: tr("sum"), Aggregation.AVERAGE: tr("gjennomsnitt"),
            Aggregation.LAST: tr("siste"), Aggregation.RATIO: tr("beregnet")}[agg]


def aggregation_long(agg: Aggregation) -> str:
    return {
        Aggregation.SUM: tr("sum – året er summen av månedene"),
        Aggregation.AVERAGE: tr("gjennomsnitt – året er snittet per måned"),
        Aggregation.LAST: tr("siste – året er siste måned (hittil i år, per dato)"),
        Aggregation.RATIO: tr("beregnet – teller / nevner × faktor"),
    }[agg]


def period_long(ptype: PeriodType) -> str:
    return {PeriodType.MONTH: tr("per måned"), PeriodType.YEAR: tr("én gang per år")}[ptype]


def hidden_word() -> str:
    """The word the table shows for a hidden indicator (and the filter finds)."""
    return tr("skjult")


def unit_label(unit: Unit) -> str:
    """The unit's short label in the window's language."""
    return unit.label_en if i18n.current() == "en" else unit.label


HIDDEN_FG = QColor("#767676")  # grey that still reads on white (4.5:1)


class CatalogueModel(QAbstractTableModel):
    """The indicators of a catalogue, in catalogue order; ``used`` are the codes with
    stored values (their unit and rule are fixed)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Indicator] = []
        self.used: set[str] = set()
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_rows(self, indicators: list[Indicator], used: set[str]) -> None:
        self.beginResetModel()
        self._rows = list(indicators)
        self.used = set(used)
        self.endResetModel()

    def indicator(self, row: int) -> Indicator | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, code: str) -> int:
        return next((n for n, i in enumerate(self._rows) if i.code == code), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        ind = self.indicator(index.row()) if index.isValid() else None
        if ind is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(ind, col)
        if role == CodeRole:
            return ind.code
        if role == Qt.ItemDataRole.ForegroundRole and not ind.active:
            return HIDDEN_FG
        if role == Qt.ItemDataRole.FontRole and not ind.active:
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{ind.code}: {ind.name}"
            if ind.is_ratio:
                tip += (f"\n= ({' + '.join(ind.numerator)}) / ({' + '.join(ind.denominator)})"
                        f" × {ind.factor:g}")
            if ind.parent:
                tip += "\n" + tr("{group} av {parent}").format(group=ind.group or tr("Del"),
                                                               parent=ind.parent)
            if not ind.active:
                tip += "\n" + tr("Skjult: vises ikke i månedsskjemaet; verdiene er tatt vare på.")
            return tip
        return None

    def _text(self, ind: Indicator, col: int) -> str:
        if col == CODE:
            return ind.code
        if col == NAME:
            return ind.name
        if col == UNIT:
            return unit_label(ind.unit)
        if col == AGGREGATION:
            word = aggregation_short(ind.aggregation)
            return tr("{rule}, årlig").format(rule=word) if ind.is_yearly else word
        if col == SECTION:
            return ind.section
        if col == GROUP:
            return ind.group or ""
        return tr("ja") if ind.active else hidden_word()
