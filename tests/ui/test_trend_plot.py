"""Drawing trend pictures with pyqtgraph: files that are real pictures, hover text with
exact values and comments, Norwegian axes."""

from __future__ import annotations

from PySide6.QtGui import QImage

from navdesk.domain.period import Period
from navdesk.present.trends import TrendOptions, month_x, trend_picture
from navdesk.ui.trend_plot import NumberAxis, TimeAxis, TrendPlot
from tests.conftest import HOME_CODE

OPTIONS = TrendOptions(["SH_MND", "SH_BRUTTO"], Period(2024, 1), Period(2025, 6),
                       target=True, rolling=True)


def test_png_and_svg_files_hold_the_picture(qtbot, demo_store, tmp_path):
    plot = TrendPlot()
    qtbot.addWidget(plot)
    plot.show_picture(trend_picture(demo_store, HOME_CODE, OPTIONS))
    assert len(plot.plots) == 2  # persons and kroner apart
    png, svg = tmp_path / "trend.png", tmp_path / "trend.svg"
    plot.save_png(str(png), 900, 500)
    plot.save_svg(str(svg), 900, 500)
    image = QImage(str(png))
    assert (image.width(), image.height()) == (900, 500)
    # many distinct colours: lines, not a blank page
    colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, 500, 7)}
    assert len(colours) > 20
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<?xml") and "<path" in text and svg.stat().st_size > 20_000
    assert "personer" in text and "tusen kr" in text


def test_hover_text_gives_exact_values_and_the_months_comment(qtbot, demo_store):
    demo_store.set_comment(HOME_CODE, "SH_MND", Period(2025, 3), "Flere flyktninger bosatt")
    plot = TrendPlot()
    qtbot.addWidget(plot)
    plot.show_picture(trend_picture(demo_store, HOME_CODE, OPTIONS))
    said = []
    plot.hovered.connect(said.append)
    text = plot.describe(month_x(Period(2025, 3)) + 0.3)  # nearest month: March
    value = demo_store.value(HOME_CODE, "SH_MND", Period(2025, 3)).value
    assert text.startswith("Mars 2025: ")
    assert f"Mottakere av sosialhjelp i måneden: {value}" in text
    assert "«Flere flyktninger bosatt»" in text


def test_the_axes_speak_norwegian():
    months = TimeAxis("month")
    assert months.tickStrings([month_x(Period(2024, 5))], 1, 3) == ["mai 2024"]
    assert months.tickStrings([month_x(Period(2024, 1))], 1, 12) == ["2024"]
    assert TimeAxis("calendar").tickStrings([1, 12], 1, 1) == ["jan", "des"]
    # a no-break space, as in the form
    assert NumberAxis("left").tickStrings([50000, 12.5], 1, 0.5) == ["50\xa0000", "12,5"]


def test_a_new_picture_replaces_the_old_whether_or_not_the_plots_are_reused(qtbot, demo_store):
    plot = TrendPlot()
    qtbot.addWidget(plot)
    one = TrendOptions(["SH_MND"], Period(2024, 1), Period(2025, 6))
    plot.show_picture(trend_picture(demo_store, HOME_CODE, OPTIONS))
    first_plots = list(plot.plots)
    plot.show_picture(trend_picture(demo_store, HOME_CODE, OPTIONS))
    assert plot.plots == first_plots  # same shape: the plots are reused
    assert [len(p.listDataItems()) for p in plot.plots] == [2, 2]  # value and rolling mean
    assert [len(legend.items) for legend in plot._legends] == [2, 2]
    plot.show_picture(trend_picture(demo_store, HOME_CODE, one))
    assert len(plot.plots) == 1 and len(plot.plots[0].listDataItems()) == 1
    assert len(plot._legends[0].items) == 1


def test_a_picture_without_figures_and_a_far_zoom_paint_without_errors(qtbot, office_store):
    # no figures at all: the axis shows the months asked for, not pyqtgraph's 0..1
    plot = TrendPlot()
    qtbot.addWidget(plot)
    plot.resize(800, 400)
    plot.show_picture(trend_picture(office_store, HOME_CODE, TrendOptions(
        ["SH_MND"], Period(2025, 1), Period(2025, 6))))
    plot.grab()  # pytest-qt fails the test on an exception raised while painting
    low, high = plot.plots[0].vb.viewRange()[0]
    assert low <= month_x(Period(2025, 1)) and high >= month_x(Period(2025, 6))
    plot.plots[0].vb.scaleBy((400, 1))  # zoomed out past every year a period can have
    plot.grab()
    assert TimeAxis("month").tickStrings([0, -5], 1, 1) == ["", ""]


def test_a_year_with_months_missing_is_drawn_hollow_and_apart_like_the_running_year(
        qtbot, demo_store):
    import math

    from tests.partial_case import half_enter_december

    half_enter_december(demo_store)
    plot = TrendPlot()
    qtbot.addWidget(plot)
    plot.show_picture(trend_picture(demo_store, HOME_CODE, TrendOptions(
        ["SH_MND"], Period(2024, 1), Period(2025, 12), yearly=True)))
    line, point = plot.plots[0].listDataItems()
    xs, ys = line.getData()
    assert list(xs) == [2024, 2025] and not math.isnan(ys[0]) and math.isnan(ys[1])
    assert line.opts["pen"] is not None
    assert list(point.getData()[0]) == [2025]
    assert point.opts["pen"] is None  # a point of its own, joined to nothing
    assert point.opts["symbolBrush"].name() == "#ffffff"  # hollow
    assert [label.text for _, label in plot._legends[0].items] == [
        "Mottakere av sosialhjelp i måneden",
        "Mottakere av sosialhjelp i måneden, år med måneder som mangler"]
