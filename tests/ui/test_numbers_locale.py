"""Figures read the same in the window and outside it: the window writes them with
QLocale, the command line, the PDF and the messages with the domain's
``units.format_display``; for every figure, every number of decimals and both languages
the two strings are equal (the rounding rule included: half away from zero, of the
figure as written)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from navdesk.domain.units import MAX_VALUE, display_digits, format_display
from navdesk.ui import i18n

LOCALES = {"nb": QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}
LANGS = st.sampled_from(sorted(LOCALES))
BIG = float(MAX_VALUE)
# stored figures (whole, or at most two decimals), ratios with any decimals, and exact
# halves, quarters and eighths: the ties where a rounding rule shows
FIGURES = st.one_of(
    st.integers(min_value=0, max_value=int(MAX_VALUE)),
    st.integers(min_value=0, max_value=10**13).map(lambda n: n / 100),
    st.floats(min_value=0, max_value=BIG, allow_nan=False, allow_infinity=False),
    st.integers(min_value=0, max_value=10**9).map(lambda n: n / 8),
)
PLACES = st.integers(min_value=0, max_value=3)


@settings(max_examples=500)
@given(value=FIGURES, decimals=PLACES, lang=LANGS)
def test_qlocale_and_the_domain_write_a_rounded_figure_alike(value, decimals, lang):
    # the domain rounds (one rule for every surface); QLocale and the domain then write
    # the same digits, marks and groups
    digits = display_digits(value, decimals)
    assert LOCALES[lang].toString(float(digits), "f", decimals) == \
        format_display(value, decimals, lang=lang)


@given(value=FIGURES, lang=LANGS)
def test_qlocale_and_the_domain_agree_on_the_decimals_a_figure_shows(value, lang):
    # no decimals asked for: whole numbers bare, others with at most two
    digits = display_digits(value)
    places = len(digits.partition(".")[2])
    assert LOCALES[lang].toString(float(digits), "f", places) == format_display(value, lang=lang)


@given(value=st.one_of(FIGURES, FIGURES.map(lambda v: -v)),
       decimals=st.one_of(st.none(), PLACES), lang=LANGS)
def test_the_window_writes_every_figure_as_the_command_line_does(value, decimals, lang):
    # negative figures (changes) too: the minus is the plain hyphen-minus in both
    assert i18n.format_display(value, decimals, lang) == format_display(value, decimals, lang)


def test_the_rounding_rule_and_the_minus_sign():
    assert format_display(2.5, 0) == "3" and format_display(0.125, 2, lang="en") == "0.13"
    # the figure as written is rounded, not the binary float behind it (52.6499999…)
    assert format_display(52.65, 1) == "52,7" == i18n.format_display(52.65, 1, "nb")
    assert format_display(0.35, 1, lang="en") == "0.4" and format_display(2.675, 2) == "2,68"
    assert format_display(-0.35, 1) == "-0,4"
    assert format_display(-1234.5) == "-1\u00a0234,5" == i18n.format_display(-1234.5, None, "nb")
    assert LOCALES["nb"].toString(-1234.5, "f", 1) == "\u22121\u00a0234,5"  # not used: see units
    assert i18n.format_display(None) == ""


def test_month_names_from_the_domain_read_as_qt_names_them(qapp, english):
    # the domain decides the month names; they are the ones Qt's locale has
    for month in range(1, 13):
        assert i18n.month_name(month) == LOCALES["en"].standaloneMonthName(month)
        assert i18n.month_name(month, "nb") == LOCALES["nb"].standaloneMonthName(month)
