"""The window's English and the English below it are one: ``said.english`` (no Qt)
says every text exactly as Qt's compiled translation does, and the trend picture's
words, made below the window, are shown in the window's language."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from navdesk.domain.period import Period
from navdesk.domain.said import english as say
from navdesk.domain.units import format_display
from navdesk.present.trends import TrendOptions, hover_text, month_x, trend_picture
from navdesk.resources_path import resource_path
from navdesk.service import OfficeService
from tests.conftest import HOME_CODE


def test_every_text_reads_the_same_with_and_without_qt(english):
    sources = [m.findtext("source")
               for m in ET.parse(resource_path("navdesk_en.ts")).getroot().iter("message")]
    assert len(sources) > 800
    differ = [s for s in sources if QCoreApplication.translate("", s) != say(s)]
    assert differ == []


def test_the_trend_picture_and_its_hover_in_the_window_and_without_qt(qtbot, demo_store, english):
    from navdesk.ui.trend_plot import TrendPlot

    options = TrendOptions(["SAK_DAGER", "SH_BRUTTO"], Period(2024, 1), Period(2025, 6),
                           target=True, projection=True, year_to_date=True, rolling=True)
    picture = trend_picture(demo_store, HOME_CODE, options)
    plot = TrendPlot()
    qtbot.addWidget(plot)
    plot.show_picture(picture)
    shown = plot.picture
    assert shown.title == say(picture.title) and shown.title.startswith("Average case processing")
    assert [p.axis_label for p in shown.panels] == ["days", "thousand NOK"]
    assert [ln.label for p in shown.panels for ln in p.lines] == \
        [say(ln.label) for p in picture.panels for ln in p.lines]
    assert shown.notes == [say(n) for n in picture.notes]
    assert "A rolling average is shown for monthly figures only." in shown.notes
    x = month_x(Period(2025, 3))
    text = plot.describe(x)
    assert text.startswith("March 2025: Average case processing time")
    assert (x, text) == hover_text(picture, x, say, lambda v: format_display(v, lang="en"))


def test_the_hover_in_bokmal_is_made_by_the_same_function(demo_store):
    picture = trend_picture(demo_store, HOME_CODE, TrendOptions(
        ["SH_MND"], Period(2024, 1), Period(2025, 6), target=True))
    x, text = hover_text(picture, month_x(Period(2025, 3)) + 0.4)
    value = demo_store.value(HOME_CODE, "SH_MND", Period(2025, 3)).value
    assert x == month_x(Period(2025, 3))
    name = "Mottakere av sosialhjelp i måneden"
    assert text.startswith(f"Mars 2025: {name}: {format_display(value)}")
    assert hover_text(trend_picture(demo_store, HOME_CODE, TrendOptions(
        [], Period(2024, 1), Period(2025, 6))), 0) is None


def test_the_trends_page_names_units_in_english(qtbot, demo_store, english):
    from navdesk.ui.trends_view import TrendsView

    view = TrendsView(OfficeService(demo_store), Period(2025, 6))
    qtbot.addWidget(view)
    tips = [view.indicators.item(r).toolTip() for r in range(view.indicators.rowCount())]
    assert any(tip.startswith("SH_BRUTTO: Gross social assistance paid, NOK,") for tip in tips)
