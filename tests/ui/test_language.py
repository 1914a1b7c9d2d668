"""The window in Norwegian bokmål by default and in English as a choice, with Qt's own
translation files (resources/navdesk_en.ts compiled at install)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from navdesk.app import parse_args
from navdesk.service import OfficeService
from navdesk.ui import i18n
from navdesk.ui.main_window import MainWindow


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_bokmal_is_the_default(qtbot, qapp, office_store):
    from navdesk.ui.window_state import open_settings

    # as navdesk starts without --lang and without a choice in the settings
    assert i18n.install(qapp, parse_args([]).lang
                        or open_settings().value("language", i18n.DEFAULT))
    window = MainWindow(OfficeService(office_store))
    qtbot.addWidget(window)
    assert menu_titles(window) == ["&Fil", "&Rediger", "&Måned", "&Hjelp"]
    assert window.tabs.tabText(0) == "Månedstall"
    assert QLocale().language() == QLocale.Language.NorwegianBokmal


def test_english_menus_tabs_and_numbers(qtbot, office_store, english):
    window = MainWindow(OfficeService(office_store))
    qtbot.addWidget(window)
    assert menu_titles(window) == ["&File", "&Edit", "&Month", "&Help"]
    assert [window.tabs.tabText(i) for i in range(4)] == [
        "Monthly figures", "Goal card", "Trends", "Report"]
    assert "(office 0312" in window.office_label.text()
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"  # numbers follow the language
    # the pages are still found by their keys, whatever their titles say
    from navdesk.ui.main_window import GOALCARD_TAB

    assert window.open_page(GOALCARD_TAB) is window.goal_card


def test_lang_argument_and_unknown_codes():
    assert parse_args(["--lang", "en"]).lang == "en"
    assert i18n.choose("EN-gb") == "en" and i18n.choose("de") == "nb" and i18n.choose(None) == "nb"


def test_the_choice_in_the_help_menu_is_kept_for_the_next_start(qtbot, office_store, dialogs):
    from navdesk.ui.window_state import open_settings

    said = dialogs.messages("information")
    window = MainWindow(OfficeService(office_store))
    qtbot.addWidget(window)
    english_action = next(a for a in window.language_actions.actions() if a.data() == "en")
    english_action.trigger()
    assert open_settings().value("language") == "en"
    assert said and "next time navdesk starts" in said[0]
    assert QApplication.instance() is not None


def test_in_english_indicators_show_their_english_names(qtbot, demo_store, english):
    from navdesk.domain.period import Period
    from navdesk.ui.main_window import GOALCARD_TAB, TRENDS_TAB
    from navdesk.ui.month_model import NAME

    window = MainWindow(OfficeService(demo_store), period=Period(2025, 6))
    qtbot.addWidget(window)
    model = window.month_form.model
    assert model.index_of("SH_MND").siblingAtColumn(NAME).data() == \
        "Recipients of social assistance in the month"
    assert model.index(0, NAME).data() == "Financial social assistance"  # the section
    card = window.open_page(GOALCARD_TAB)
    assert card.model.measure_index("SAK_DAGER").data() == "Average case processing time"
    trends = window.open_page(TRENDS_TAB)
    assert any(trends.indicators.item(r).text() == "Average case processing time (SAK_DAGER)"
               for r in range(trends.indicators.rowCount()))


def test_in_english_the_trend_picture_speaks_english_too(qtbot, demo_store, english):
    from navdesk.domain.period import Period
    from navdesk.ui.main_window import TRENDS_TAB

    window = MainWindow(OfficeService(demo_store), period=Period(2025, 6))
    qtbot.addWidget(window)
    trends = window.open_page(TRENDS_TAB)
    trends.show_indicator("SAK_DAGER", Period(2025, 3))
    picture = trends.plot.picture
    assert picture.title == "Average case processing time · April 2023 – March 2025"
    assert [ln.label for ln in picture.panels[0].lines] == [
        "Average case processing time", "Target: Average case processing time"]
    assert picture.panels[0].axis_label == "days"


def test_in_english_figures_are_written_the_english_way(qtbot, demo_store, english):
    from navdesk.domain.period import Period
    from navdesk.domain.units import format_display
    from navdesk.ui.month_model import VALUE

    assert format_display(1234.5, lang="en") == "1,234.5"
    assert format_display(1234.5) == "1\u00a0234,5"
    window = MainWindow(OfficeService(demo_store), period=Period(2025, 6))
    qtbot.addWidget(window)
    stored = demo_store.value("0312", "SH_BRUTTO", Period(2025, 6)).value
    shown = window.month_form.model.index_of("SH_BRUTTO").siblingAtColumn(VALUE).data()
    assert "," in shown and "\u00a0" not in shown and float(shown.replace(",", "")) == stored


def test_in_english_a_refused_value_says_why_in_english(qtbot, demo_store, english):
    from navdesk.domain.period import Period
    from navdesk.ui.month_model import VALUE

    window = MainWindow(OfficeService(demo_store), period=Period(2025, 6))
    qtbot.addWidget(window)
    model = window.month_form.model
    index = model.index_of("SH_MND").siblingAtColumn(VALUE)
    model.setData(index, "1.234")
    assert model.rejected["SH_MND"][1].startswith("“1.234” is ambiguous")
    model.setData(index, "12.5")
    assert model.rejected["SH_MND"][1] == "Must be a whole number (persons)"
    model.setData(index, "12,5")  # the decimal comma is the bokmål window's
    assert model.rejected["SH_MND"][1].startswith("“12,5”: in the English window the decimal")
    assert demo_store.value("0312", "SH_MND", Period(2025, 6)).value != 12.5  # nothing stored


def test_in_english_the_checks_warnings_are_english(qtbot, demo_store, english):
    from navdesk.domain.period import Period

    # a breakdown that does not add up: men and women against the recipients so far
    demo_store.set_value("0312", "SH_KJONN_MENN", Period(2025, 6), 10_000)
    window = MainWindow(OfficeService(demo_store), period=Period(2025, 6))
    qtbot.addWidget(window)
    texts = [window.month_form.findings_list.item(i).text()
             for i in range(window.month_form.findings_list.count())]
    sex = next(t for t in texts if t.startswith("Sex:"))  # the warning sign is a picture
    assert "the parts add up to 10," in sex and "but “Recipients year to date" in sex


def test_in_english_the_report_pages_tables_are_english(qtbot, demo_store, english):
    from navdesk.domain.period import Period
    from navdesk.ui.main_window import REPORT_TAB

    window = MainWindow(OfficeService(demo_store), period=Period(2025, 6))
    qtbot.addWidget(window)
    text = window.open_page(REPORT_TAB).tables.toPlainText()
    assert "Age" in text and "Sex" in text and "Men" in text and "Women" in text
    assert "Total" in text and "100.0 %" in text and "Totalt" not in text


def test_in_english_a_message_is_said_again_with_its_parts_translated(english):
    from navdesk.domain.said import said
    from navdesk.domain.units import ValueRejected

    reason = ValueRejected.because("Må være et helt tall ({unit})", unit="personer").reason
    assert i18n.text(reason) == "Must be a whole number (persons)"
    # a template without English keeps its bokmål, its translated parts still change
    outer = said("Uoversatt mal {line}: {reason}", line=4, reason=reason)
    assert i18n.text(outer) == "Uoversatt mal 4: Must be a whole number (persons)"
    assert i18n.message(ValueError(outer)) == i18n.text(outer)
    assert i18n.text("ingen mal") == "ingen mal"


def test_in_bokmal_a_said_message_is_its_own_text(qapp):
    from navdesk.domain.said import said

    assert i18n.text(said("Må være et helt tall ({unit})", unit="personer")) == (
        "Må være et helt tall (personer)")
