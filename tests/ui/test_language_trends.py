"""The trends and report pages, the trend plot and the guide in English; bokmål stays the
default (and the status report PDF stays in bokmål whatever the window's language)."""

from __future__ import annotations

from navdesk.domain.period import Period
from navdesk.present.trends import month_x
from navdesk.service import OfficeService
from navdesk.ui import i18n
from tests.conftest import HOME_CODE


def test_the_axes_and_hover_follow_the_language(qtbot, demo_store, english):
    from navdesk.present.trends import TrendOptions, trend_picture
    from navdesk.ui.trend_plot import TimeAxis, TrendPlot, in_language

    months = TimeAxis("month")
    assert months.tickStrings([month_x(Period(2024, 5))], 1, 3) == ["May 2024"]
    assert TimeAxis("calendar").tickStrings([1, 12], 1, 1) == ["Jan", "Dec"]
    plot = TrendPlot()
    qtbot.addWidget(plot)
    plot.show_picture(trend_picture(demo_store, HOME_CODE, TrendOptions(
        ["SH_MND"], Period(2024, 1), Period(2025, 6))))
    assert plot.describe(month_x(Period(2025, 3))).startswith("March 2025: ")
    with in_language("nb"):  # as the status report draws its charts
        assert months.tickStrings([month_x(Period(2024, 5))], 1, 3) == ["mai 2024"]
    assert months.tickStrings([month_x(Period(2024, 5))], 1, 3) == ["May 2024"]


def test_the_trends_page_in_english(qtbot, demo_store, english):
    from navdesk.ui.trends_view import TrendsView

    view = TrendsView(OfficeService(demo_store), Period(2025, 6))
    qtbot.addWidget(view)
    assert [view.span.itemText(i) for i in range(view.span.count())] == [
        "Last 12 months", "Last 24 months", "Last 60 months", "All history", "From–to"]
    assert [b.text() for b in view.points.buttons()] == [
        "Month&ly figures", "Year &to date", "&Yearly figures (by the rule)", "Year &over year"]
    assert view.copy_button.text() == "&Copy picture"
    assert view.readout.text() == "Hold the mouse over the chart to read the figures."
    assert view.search.placeholderText() == "Search by code or name …"
    assert view.date_to.text() == "December 2025"  # the demo's last month, in English
    view.set_codes([])
    view.redraw()
    assert view.title.text() == "Tick one or more indicators on the left."
    view.span.setCurrentIndex(0)  # the spans are still found by position, not by text
    assert view.date_from.text() == "January 2025"


def test_the_report_page_in_english(qtbot, demo_store, english):
    from navdesk.ui.report_view import ReportView

    view = ReportView(OfficeService(demo_store), Period(2025, 6))
    qtbot.addWidget(view)
    assert view.month.itemText(0) == "January" and view.month.currentText() == "June"
    assert view.info.text().startswith("The breakdowns for January–June 2025, against")
    assert "Share" in view.tables.toHtml() and "Change from 2024" in view.tables.toPlainText()
    view.compare.setText("2024, twenty")
    view.compare.editingFinished.emit()
    assert "“twenty” is not a year" in view.info.text()


def test_the_guide_in_english_and_in_bokmal(qtbot, qapp, english):
    from navdesk.ui.guide import GuideDialog

    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert "How to use navdesk" in dialog.text.toPlainText()
    i18n.install(qapp, "nb")
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert "Slik bruker du navdesk" in dialog.text.toPlainText()
    assert dialog.windowTitle() == "Veiledning – navdesk"
