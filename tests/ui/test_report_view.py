"""The report page: breakdown tables, their CSV and the status report PDF, through the
main window on a real database."""

from __future__ import annotations

from navdesk.domain.period import Period
from navdesk.service import OfficeService
from navdesk.ui.main_window import REPORT_TAB, TRENDS_TAB, MainWindow


def open_window(qtbot, store):
    window = MainWindow(OfficeService(store), period=Period(2025, 6))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_pages_are_built_when_first_opened(qtbot, demo_store):
    window = open_window(qtbot, demo_store)
    assert window.trends is None and window.report is None
    trends = window.open_page(TRENDS_TAB)
    assert trends is window.trends and trends.plot.picture is not None
    report = window.open_page(REPORT_TAB)
    assert report is window.report
    assert (report.year.value(), report.month.currentIndex() + 1, report.compare.text()) == (
        2025, 6, "2024")


def test_breakdown_tables_show_counts_shares_and_totals(qtbot, demo_store):
    window = open_window(qtbot, demo_store)
    report = window.open_page(REPORT_TAB)
    html = report.tables.toPlainText()
    assert "Alder" in html and "Kjønn" in html and "Totalt" in html and "100,0 %" in html
    assert "januar–juni 2025" in report.info.text() and "2024" in report.info.text()
    report.compare.setText("2024, tjue")
    report.compare.editingFinished.emit()
    assert "«tjue» er ikke et årstall" in report.info.text()


def test_csv_and_pdf_from_the_report_page(qtbot, demo_store, tmp_path):
    window = open_window(qtbot, demo_store)
    report = window.open_page(REPORT_TAB)
    csv = tmp_path / "fordelinger.csv"
    assert report.export_csv(str(csv))
    lines = csv.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "fordeling;kategori;indikator;år;til_og_med;antall;andel;måned_status"
    assert any(line.startswith("Kjønn;Totalt;;2025;2025-06;") and line.endswith(";komplett")
               for line in lines)
    pdf = tmp_path / "rapport.pdf"
    pages = report.write_pdf(str(pdf))
    assert pages >= 3 and pdf.read_bytes().startswith(b"%PDF")
    assert f"({pages} sider)" in report.info.text()


def test_a_report_for_a_year_without_figures_says_so(qtbot, demo_store, tmp_path, dialogs):
    said = dialogs.messages("warning")
    window = open_window(qtbot, demo_store)
    report = window.open_page(REPORT_TAB)
    report.year.setValue(2019)
    assert "Ingen fordelinger har tall" in report.info.text()
    assert report.write_pdf(str(tmp_path / "tom.pdf")) == 0
    assert said == ["Ingen tall er registrert for 2019"] and not (tmp_path / "tom.pdf").exists()
