"""The trends page through its widgets, on a real database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from navdesk.domain.period import Period
from navdesk.service import OfficeService
from navdesk.ui.trends_view import OVERLAY, YEARLY, TrendsView

JUNE = Period(2025, 6)


def make(qtbot, store, last=JUNE):
    view = TrendsView(OfficeService(store), last)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_opens_on_the_last_24_months_of_two_indicators_in_two_panels(qtbot, demo_store):
    view = make(qtbot, demo_store)
    options = view.options()
    assert options.codes == ["SH_MND", "SAK_DAGER"]
    assert (options.first, options.last) == (Period(2024, 1), Period(2025, 12))  # the demo's latest
    assert len(view.plot.plots) == 2  # persons and days never share a scale


def test_typing_in_search_and_enter_ticks_the_indicator(qtbot, demo_store):
    view = make(qtbot, demo_store)
    QTest.keyClicks(view.search, "SH_BRUTTO")
    assert view.filtered.rowCount() == 1
    QTest.keyClick(view.search, Qt.Key.Key_Return)
    assert view.codes() == ["SH_MND", "SH_BRUTTO", "SAK_DAGER"]
    assert [p.axis_label for p in view.plot.picture.panels] == ["personer", "tusen kr", "dager"]
    view.search.clear()
    QTest.keyClicks(view.search, "saksbehandlingstid")  # by name too
    QTest.keyClick(view.search, Qt.Key.Key_Return)
    assert "SAK_DAGER" not in view.codes()


def test_yearly_and_year_over_year_points(qtbot, demo_store):
    view = make(qtbot, demo_store)
    view.span.setCurrentIndex(3)  # the whole history
    view.points.button(YEARLY).setChecked(True)
    assert view.plot.picture.axis == "year"
    assert view.plot.picture.value_lines()[0].xs == [2024, 2025]
    view.points.button(OVERLAY).setChecked(True)
    assert [ln.label[-4:] for ln in view.plot.picture.value_lines()] == ["2024", "2025"] * 2
    assert not view.rolling.isEnabled()  # a rolling mean is for month figures


def test_from_the_goal_card_one_indicator_with_its_target(qtbot, demo_store):
    view = make(qtbot, demo_store)
    view.show_indicator("SAK_DAGER", Period(2025, 3))
    assert view.codes() == ["SAK_DAGER"] and view.target.isChecked()
    assert view.options().last == Period(2025, 3)
    kinds = [ln.kind for ln in view.plot.picture.panels[0].lines]
    assert kinds == ["value", "target"]


def test_saving_png_and_svg_leaves_the_page_as_it_was(qtbot, demo_store, tmp_path):
    view = make(qtbot, demo_store)
    size = view.plot.size()
    assert view.save("png", str(tmp_path / "t.png")) and view.save("svg", str(tmp_path / "t.svg"))
    assert (tmp_path / "t.png").stat().st_size > 10_000
    assert (tmp_path / "t.svg").stat().st_size > 10_000
    assert view.plot.size() == size


def test_nothing_ticked_says_what_to_do(qtbot, demo_store):
    view = make(qtbot, demo_store)
    view.set_codes([])
    view.redraw()
    assert "Kryss av" in view.title.text()
    assert not view.save("png", "/nonexistent/x.png")


def test_a_new_indicator_of_the_office_appears_in_the_list_and_ticks_stay(qtbot, demo_store):
    from dataclasses import replace

    from navdesk.ui.main_window import TRENDS_TAB, MainWindow

    window = MainWindow(OfficeService(demo_store), period=Period(2025, 6))
    qtbot.addWidget(window)
    window.show()
    view = window.open_page(TRENDS_TAB)
    own = replace(demo_store.catalogue["SH_MND"], code="EGEN_TELLING", name="Egen telling",
                  name_en="Own count", parent=None, group=None)
    # through the office service, as the catalogue dialog does: every page hears of it
    window.service.merge_catalogue([own])
    view.search.setText("Egen telling")
    assert view.filtered.rowCount() == 1
    assert view.codes() == ["SH_MND", "SAK_DAGER"]


def test_an_office_without_figures_gets_a_word_instead_of_empty_plots(qtbot, office_store):
    view = make(qtbot, office_store)
    assert view.notes.text().startswith("Ingen tall i denne perioden.")
    assert all(not p.listDataItems() for p in view.plot.plots)
