"""The goal card of all offices together in the window (issue 16 point 3): a tab of the
offices page, read when first shown, through the month every office has by default or
a chosen one; and the report page's choice of a status report for all offices. The
figures are those worked out by hand in tests/cli/test_cli_network_card.py."""

from __future__ import annotations

from PySide6.QtCore import Qt

from navdesk.domain.period import Period
from navdesk.ui.goalcard_model import STATUS_BG
from navdesk.ui.main_window import REPORT_TAB
from navdesk.ui.network_card_view import CHANGE, NAME, STATUS, VALUE
from navdesk.ui.pages import OFFICES_TAB
from tests.cli.test_cli_network_card import Y, network  # noqa: F401 - the fixture
from tests.ui.windows import shown_window


def rows(view) -> list[list[str]]:
    tree = view.tree
    return [[tree.topLevelItem(i).text(c) for c in range(CHANGE + 1)]
            for i in range(tree.topLevelItemCount())]


def card_tab(qtbot, store):
    window = shown_window(qtbot, store, Period(Y, 3))
    page = window.open_page(OFFICES_TAB)
    view = page.network_card
    assert view.tree.topLevelItemCount() == 0  # not read before it is shown
    page.sections.setCurrentWidget(view)
    return window, view


def test_the_network_card_tab_shows_the_offices_read_as_one(qtbot, network):  # noqa: F811
    _, view = card_tab(qtbot, network)
    assert view.title.text() == "Styringskort for alle kontorer (3) til og med januar 2024"
    assert ("Februar–mars 2024 har tall fra bare noen av kontorene og er ikke med"
            in view.notes.text())
    shown = rows(view)
    assert [r[NAME].strip() for r in shown[:2]] == ["Økonomi", "God økonomistyring"]
    brutto, per = shown[2], shown[3]
    # 100 000 + 5 000 + 1 000 against 25 000: red; 106 000 / 1 060 = 100 kr: green
    assert brutto[VALUE] == "106\u00a0000" and "rød" in brutto[STATUS]
    assert per[VALUE] == "100" and "grønn" in per[STATUS]
    item = view.tree.topLevelItem(2)
    assert item.background(STATUS).color() == STATUS_BG[item_status(brutto)]


def item_status(row):
    from navdesk.domain.goalcard import Status

    return Status.RED if "rød" in row[STATUS] else Status.GREEN


def test_choosing_a_month_by_keys_reads_the_card_through_it(qtbot, network):  # noqa: F811
    _, view = card_tab(qtbot, network)
    view.month.setFocus()
    for _ in range(3):  # "siste måned alle har tall for", januar, februar, mars
        qtbot.keyClick(view.month, Qt.Key.Key_Down)
    assert view.month.currentData() == 3
    assert view.title.text().endswith("til og med mars 2024")
    assert view.notes.text() == "Delvis: 0313 mangler tall for mars"
    per = rows(view)[3]
    # 350 000 / (1 300 + 65 + 10): 0313's recipients (its latest, January) count too
    assert per[VALUE] == "254,5" and "grønn" in per[STATUS]


def test_a_year_without_figures_says_so_in_the_tab(qtbot, network):  # noqa: F811
    _, view = card_tab(qtbot, network)
    view.year.setValue(2019)
    assert view.title.text() == "Ingen kontorer har tall for styringskortet i 2019"
    assert view.tree.topLevelItemCount() == 0 and view.notes.isHidden()


def test_the_report_page_writes_the_status_report_of_all_offices(qtbot, network, tmp_path):  # noqa: F811
    """All offices' report is the network's goal card only (no trends, breakdowns or
    warnings: those are each office's own): fewer pages than the office's own report."""
    window = shown_window(qtbot, network, Period(Y, 3))
    report = window.open_page(REPORT_TAB)
    assert report.whom.isVisible()
    assert [report.whom.itemText(i) for i in range(report.whom.count())] == [
        "0312 NAV Frogner", "Alle kontorer (3)"]
    own = report.write_pdf(str(tmp_path / "eget.pdf"))
    report.whom.setCurrentIndex(1)
    everyone = report.write_pdf(str(tmp_path / "alle.pdf"))
    assert (tmp_path / "alle.pdf").read_bytes().startswith(b"%PDF")
    assert everyone == 1 < own
    assert report.info.text() == "Statusrapporten er skrevet til alle.pdf (1 side)."
    from pypdf import PdfReader

    text = " ".join(PdfReader(tmp_path / "alle.pdf").pages[0].extract_text().split())
    assert "Alle kontorer (3 kontorer)" in text


def test_with_one_office_the_report_page_has_no_choice(qtbot, office_store):
    window = shown_window(qtbot, office_store, Period(2025, 3))
    report = window.open_page(REPORT_TAB)
    assert report.whom.isHidden()


def test_in_english_the_tab_names_the_measures_in_english(qtbot, network, english):  # noqa: F811
    _, view = card_tab(qtbot, network)
    assert view.title.text() == "Goal card of all offices (3) through January 2024"
    names = [r[NAME].strip() for r in rows(view)]
    assert names[2:] == ["Gross social assistance paid", "Gross paid per recipient"]
    assert "red" in rows(view)[2][STATUS]


def test_the_card_is_read_while_the_window_keeps_answering(qtbot, network):  # noqa: F811
    """The card is read in a pool thread: an event queued before a refresh is handled
    while it reads (0.2 s at 250 offices: benchmarks/network.py), and a refresh asked
    for meanwhile reads once more afterwards, with the choice made in between."""
    from PySide6.QtCore import QTimer

    _, view = card_tab(qtbot, network)
    seen = []

    def meanwhile():
        seen.append(view._rereading.running)
        view.month.setCurrentIndex(view.month.findData(3))  # asks for another refresh

    QTimer.singleShot(0, meanwhile)
    view.refresh()
    assert seen == [True]
    assert view.title.text().endswith("til og med mars 2024")  # the second read's
