"""The offices page's "Sammenlign" tab on a real database of four offices with
hand-known figures: the table's rows and order, sorting with the network's row last,
a partial office marked, another indicator chosen by keys, the bars, the profile, a
refusal said calmly, and the exports (CSV byte for byte, xlsx read back, PNG)."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from navdesk.domain.period import Period
from navdesk.service import OfficeService
from navdesk.store import open_store
from navdesk.ui.comparison_view import INDEX, NOTE, OFFICE, VALUE
from navdesk.ui.pages import OFFICES_TAB
from tests.ui.windows import shown_service_window

Y = 2024


@pytest.fixture
def network(office_store):
    """SH_BRUTTO, January to March 2024 (kroner): 0301 100 000 + 120 000 + 100 000 =
    320 000; 0312 (the window's own) 5 000 + 8 000 + 7 000 = 20 000; 0313 only January,
    10 000 (partial: no February, March); 0314 20 000 + 20 000 + 10 000 = 50 000. The
    network 400 000: indexes 80, 5, 2.5, 12.5. Recipients so far this year (SH_HIA,
    March): 1 500, 80, none, 420: the network's gross per recipient 400 000 / 2 000 =
    200 kr, 0312's 20 000 / 80 = 250, index 125."""
    s = office_store
    s.save_office("0301", "NAV Alna", "Oslo")
    s.save_office("0313", "NAV Gamle Oslo", "Oslo")
    s.save_office("0314", "NAV Sagene", "Oslo")
    for office, brutto in (("0301", (100_000, 120_000, 100_000)),
                           ("0312", (5_000, 8_000, 7_000)), ("0313", (10_000,)),
                           ("0314", (20_000, 20_000, 10_000))):
        s.put_many(office, [("SH_BRUTTO", Period(Y, m), v) for m, v in enumerate(brutto, 1)],
                   source="test")
    for office, hia in (("0301", 1_500), ("0312", 80), ("0314", 420)):
        s.put_many(office, [("SH_HIA", Period(Y, 3), hia)], source="test")
    return s


def shown_comparison(qtbot, store, code="SH_BRUTTO"):
    window = shown_service_window(qtbot, OfficeService(open_store(store.path)), Period(Y, 3))
    page = window.open_page(OFFICES_TAB)
    view = page.comparison
    view.choose(code)
    page.sections.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.chart is not None and view.comparison is not None)
    return window, view


def table(view) -> list[list[str]]:
    model = view.proxy
    return [[model.index(r, c).data().replace("\xa0", " ") for c in range(4)]
            for r in range(model.rowCount())]


def test_the_table_shows_each_office_by_index_and_the_network_last(qtbot, network):
    _, view = shown_comparison(qtbot, network)
    assert table(view) == [
        ["0301 NAV Alna", "320 000", "80,0", ""],
        ["0314 NAV Sagene", "50 000", "12,5", ""],
        ["0312 NAV Frogner", "20 000", "5,0", ""],
        ["0313 NAV Gamle Oslo", "10 000", "2,5", "mangler feb–mar"],
        ["Alle kontorer", "400 000", "100,0", ""]]
    assert view.model.headerData(VALUE, Qt.Orientation.Horizontal) == "Verdi (kr)"
    partial = view.proxy.index(3, NOTE)
    assert partial.data(Qt.ItemDataRole.ToolTipRole).startswith(
        "NAV Gamle Oslo har ikke tall for februar, mars")
    assert view.title.text().splitlines() == [  # kroner are summed: the index is a share
        "Brutto utbetalt sosialhjelp (SH_BRUTTO), 2024: indeksert mot alle kontorer = 100",
        "Kontorenes tall legges sammen til alle kontorers: indeksen er kontorets andel av "
        "summen, i prosent"]


def test_sorting_keeps_the_network_last_and_the_bars_follow(qtbot, network):
    _, view = shown_comparison(qtbot, network)
    header = view.table.horizontalHeader()
    for column, first in ((INDEX, "0313"), (OFFICE, "0301")):
        # a click on the column's header: ascending first when it is a new column
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(column) + 5, 5))
        assert view.sorted_offices()[0] == first
        assert view.sorted_offices()[-1] == "alle"
    assert view.sorted_offices() == ["0301", "0312", "0313", "0314", "alle"]
    view.table.sortByColumn(INDEX, Qt.SortOrder.AscendingOrder)
    assert view.sorted_offices() == ["0313", "0312", "0314", "0301", "alle"]
    bars = view.chart.bars
    assert [(b.label, b.index, b.highlighted, b.partial) for b in bars] == [
        ("0313 NAV Gamle Oslo", 2.5, False, True), ("0312 NAV Frogner", 5.0, True, False),
        ("0314 NAV Sagene", 12.5, False, False), ("0301 NAV Alna", 80.0, False, False)]
    item = view.chart.item.opts
    assert list(item["x0"]) == [0, 0, 0, 0] and list(item["width"]) == [2.5, 5, 12.5, 80]


def test_a_month_means_the_year_so_far(qtbot, network):
    _, view = shown_comparison(qtbot, network)
    view.span.setCurrentIndex(view.span.findData(1))
    # January: 100 000 + 5 000 + 10 000 + 20 000 = 135 000; nobody is partial
    rows = table(view)
    assert rows[-1] == ["Alle kontorer", "135 000", "100,0", ""]
    assert all(r[NOTE] == "" for r in rows)
    assert view.title.text().splitlines()[0].endswith(
        "2024 til og med januar: indeksert mot alle kontorer = 100")


def test_another_indicator_chosen_by_keys(qtbot, network):
    window, view = shown_comparison(qtbot, network)
    view.indicator.setFocus()
    edit = view.indicator.lineEdit()
    edit.selectAll()
    QTest.keyClicks(edit, "Brutto utbetalt per mottaker (D_BRUTTO_PER_MOTTAKER)")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.comparison.code == "D_BRUTTO_PER_MOTTAKER")
    # 0313 has no recipients: no figure, no row; 0301 320 000 / 1 500 = 213,33 -> 106,7;
    # 0314 50 000 / 420 = 119,05 -> 59,5; the network 200
    assert table(view) == [["0312 NAV Frogner", "250", "125,0", ""],
                           ["0301 NAV Alna", "213,33", "106,7", ""],
                           ["0314 NAV Sagene", "119,05", "59,5", ""],
                           ["Alle kontorer", "200", "100,0", ""]]
    assert len(view.title.text().splitlines()) == 1  # a rate: indexed to the network's


def test_the_profile_draws_bars_from_100_and_follows_the_chosen_office(qtbot, network):
    _, view = shown_comparison(qtbot, network)
    assert view.charts.tabText(1) == "Profil for NAV Frogner"
    row = next(r for r in view.profile_rows if r.code == "D_BRUTTO_PER_MOTTAKER")
    assert (row.value, row.network, row.index) == (250, 200, 125)
    chart = view.profile_chart
    n = next(i for i, b in enumerate(chart.bars) if b.label == "Brutto utbetalt per mottaker")
    shown = [i for i, b in enumerate(chart.bars) if b.index is not None]
    assert shown == [n]  # no other indicator of the profile has figures
    assert list(chart.item.opts["x0"]) == [100] and list(chart.item.opts["width"]) == [25]
    # Alna chosen in the table: 320 000 / 1 500 = 213,33 kr, index 106,67
    view.table.setCurrentIndex(view.proxy.index(0, OFFICE))  # 0301, the highest index
    assert view.charts.tabText(1) == "Profil for NAV Alna"
    assert list(chart.item.opts["x0"]) == [100]
    assert list(chart.item.opts["width"]) == [pytest.approx(6.67, abs=0.01)]


def test_a_year_without_figures_is_said_calmly(qtbot, network):
    _, view = shown_comparison(qtbot, network)
    view.year.setValue(2023)
    assert view.message.isVisible() and not view.splitter.isVisible()
    assert view.message.text() == "Ingen kontorer har tall for SH_BRUTTO i 2023."
    assert not view.export_button.isEnabled()
    view.year.setValue(2024)
    assert view.splitter.isVisible() and not view.message.isVisible()


def test_export_csv_xlsx_and_png(qtbot, network, tmp_path):
    _, view = shown_comparison(qtbot, network)
    csv = tmp_path / "sammenligning.csv"
    assert view.export(str(csv))
    assert csv.read_bytes() == (
        b"\xef\xbb\xbfkontornr;kontor;verdi;indeks\r\n"
        b"0301;NAV Alna;320000;80\r\n0312;NAV Frogner;20000;5\r\n"
        b"0313;NAV Gamle Oslo;10000;2,5\r\n0314;NAV Sagene;50000;12,5\r\n"
        b"alle;Alle kontorer;400000;100\r\n")
    assert view.saved.text() == "Lagret sammenligning.csv."
    book = tmp_path / "sammenligning.xlsx"
    assert view.export(str(book))
    sheet = openpyxl.load_workbook(book).active
    assert [list(r) for r in sheet.iter_rows(values_only=True)] == [
        ["kontornr", "kontor", "verdi", "indeks"], ["0301", "NAV Alna", 320000, 80],
        ["0312", "NAV Frogner", 20000, 5], ["0313", "NAV Gamle Oslo", 10000, 2.5],
        ["0314", "NAV Sagene", 50000, 12.5], ["alle", "Alle kontorer", 400000, 100]]
    png = tmp_path / "sammenligning.png"
    assert view.export(str(png))
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    view.charts.setCurrentIndex(1)  # the profile's chart, as SVG
    svg = tmp_path / "profil.svg"
    assert view.export(str(svg))
    assert "Brutto utbetalt per mottaker" in svg.read_text("utf-8")


def test_a_code_or_a_word_typed_in_the_indicator_box_is_taken(qtbot, network):
    """Found in review: the box showed the typed text while the table stayed on the
    indicator before. A code in any case, or a word of one indicator's name, is taken;
    anything else is said and the box shows the indicator compared again."""
    _, view = shown_comparison(qtbot, network)
    edit = view.indicator.lineEdit()
    for typed, code in (("d_brutto_per_mottaker", "D_BRUTTO_PER_MOTTAKER"),
                        ("SH_BRUTTO", "SH_BRUTTO")):
        view.indicator.setFocus()
        edit.selectAll()
        QTest.keyClicks(edit, typed)
        QTest.keyClick(edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda c=code: view.comparison is not None and view.comparison.code == c)
        assert view.indicator.currentText().endswith(f"({code})")
    edit.selectAll()
    QTest.keyClicks(edit, "finnes ikke")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert view.comparison.code == "SH_BRUTTO"
    assert view.indicator.currentText().endswith("(SH_BRUTTO)")
    assert view.saved.text() == "Fant ingen indikator «finnes ikke»; velg i listen."
