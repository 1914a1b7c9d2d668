"""The window's language: Norwegian bokmål by default, English as a choice.

The source texts are bokmål. English comes from Qt's own translation tools: the texts
are marked with :func:`tr` (which ``pyside6-lupdate`` finds), kept in
``resources/navdesk_en.ts`` and compiled to ``navdesk_en.qm`` by the build and at
install (``packaging/translations.py``). Qt's own texts (standard buttons, the file
dialog, context menus) come from Qt's ``qtbase_<lang>.qm``; Qt has no bokmål, so
navdesk ships its own ``resources/qtbase_nb.ts``, compiled the same way. Numbers and
dates in Qt's widgets follow the language through ``QLocale.setDefault``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from navdesk.domain.period import month_name as period_month_name
from navdesk.domain.period import month_title as period_month_title
from navdesk.domain.said import Named, Said
from navdesk.domain.units import display_digits

LANGUAGES = {"nb": "Norsk (bokmål)", "en": "English"}
DEFAULT = "nb"
LOCALES = {"nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
           "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom)}
_current = DEFAULT
_installed: list[QTranslator] = []


def tr(text: str) -> str:
    """``text`` (bokmål) in the window's language. Mark literal texts only (lupdate reads
    them from the source): ``tr("Lagret {n} verdier").format(n=n)``, never an f-string."""
    return QCoreApplication.translate("", text)


def current() -> str:
    return _current


def choose(lang: str | None) -> str:
    """A known language code for ``lang`` (from --lang or the settings), else bokmål."""
    lang = (lang or "").lower()[:2]
    return lang if lang in LANGUAGES else DEFAULT


def install(app, lang: str) -> bool:
    """Use ``lang`` for the texts and numbers of everything built from now on, Qt's own
    buttons, file dialog and context menus included. Returns False when its translation
    file is missing (the window then stays in bokmål)."""
    global _current
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = choose(lang)
    language, country = LOCALES[lang]
    QLocale.setDefault(QLocale(language, country))
    _current = lang
    from navdesk.resources_path import resource_path

    if lang == DEFAULT:
        # Qt ships no bokmål (only nynorsk): navdesk's own resources/qtbase_nb.ts. Without
        # it (not compiled) the window still works, with Qt's buttons in English.
        _add(app, str(resource_path(f"qtbase_{lang}.qm")))
        return True
    if not _add(app, str(resource_path(f"navdesk_{lang}.qm"))):
        _current = DEFAULT
        QLocale.setDefault(QLocale(*LOCALES[DEFAULT]))
        _add(app, str(resource_path(f"qtbase_{DEFAULT}.qm")))
        return False
    # Qt's own dialogs and buttons, from Qt's translations where it has the language
    _add(app, f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return True


def _add(app, name: str, folder: str = "") -> bool:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def indicator_name(indicator) -> str:
    """An indicator's name in the window's language (the catalogue holds both)."""
    if _current == "en" and getattr(indicator, "name_en", None):
        return indicator.name_en
    return indicator.name


def unit_label(unit) -> str:
    """A unit's short label in the window's language ("kr", "NOK"): the labels are marked
    texts of ``domain.units``, translated like any other."""
    return QCoreApplication.translate("", unit.label)


def catalogue_word(text: str) -> str:
    """A section or breakdown name of the catalogue in the window's language: the default
    catalogue's are translated (listed below for lupdate); an office's own stay as typed."""
    return QCoreApplication.translate("", text)


# the default catalogue's sections and breakdowns, so that lupdate collects them
_CATALOGUE_WORDS = [
    QT_TRANSLATE_NOOP("", "Økonomisk sosialhjelp"),
    QT_TRANSLATE_NOOP("", "Kvalifiseringsprogrammet"),
    QT_TRANSLATE_NOOP("", "Bolig"), QT_TRANSLATE_NOOP("", "Saksbehandling"),
    QT_TRANSLATE_NOOP("", "Rus og psykisk helse"), QT_TRANSLATE_NOOP("", "Arbeid og aktivitet"),
    QT_TRANSLATE_NOOP("", "Brukere og medarbeidere"),
    QT_TRANSLATE_NOOP("", "Nøkkeltall (beregnet)"),
    QT_TRANSLATE_NOOP("", "Alder"), QT_TRANSLATE_NOOP("", "Forsørgerstatus"),
    QT_TRANSLATE_NOOP("", "Hovedinntekt"), QT_TRANSLATE_NOOP("", "Kjønn"),
    QT_TRANSLATE_NOOP("", "Sivilstand"), QT_TRANSLATE_NOOP("", "Statsborgerskap"),
    QT_TRANSLATE_NOOP("", "Trygdeytelse"),
]


def format_display(value, decimals: int | None = None, lang: str | None = None) -> str:
    """A figure as the window writes it, with ``QLocale`` in the window's language (or
    ``lang``): ``1 234,5`` or ``1,234.5``. Rounded and signed by the domain's rule
    (:func:`navdesk.domain.units.display_digits`), so it reads exactly as
    ``units.format_display`` writes it for the command line and the PDF (a property
    test holds both to it)."""
    if value is None:
        return ""
    digits = display_digits(value, decimals)
    places = len(digits.partition(".")[2])
    sign = "-" if digits.startswith("-") else ""
    return sign + locale(lang).toString(abs(float(digits)), "f", places)


_LOCALES: dict[str, QLocale] = {}


def locale(lang: str | None = None) -> QLocale:
    """The window's language (or ``lang``) as a locale: never the system's, so the
    command line and the tests, which install no language, get bokmål."""
    code = choose(lang or _current)
    if code not in _LOCALES:  # made once: the month form writes hundreds of figures
        _LOCALES[code] = QLocale(*LOCALES[code])
    return _LOCALES[code]


def month_name(month: int, lang: str | None = None) -> str:
    """"juni" in bokmål (lower case, as in a sentence), "June" in English: the domain's
    month name (:func:`navdesk.domain.period.month_name`) in the window's language."""
    return text(period_month_name(month), lang)


def short_month_name(month: int, lang: str | None = None) -> str:
    """"jan" .. "des" in bokmål, "Jan" .. "Dec" in English: the first three letters."""
    return month_name(month, lang)[:3]


def month_title(period, lang: str | None = None) -> str:
    """"mars 2025" in bokmål, "March 2025" in English (a month and its year)."""
    return text(period_month_title(period), lang)


def message(exc: BaseException) -> str:
    """An error's message in the window's language, where the layer below made it with
    ``said`` (``ValueRejected.because``, a ``Said`` as its one argument); otherwise its
    bokmål text as it is."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return text(first) if isinstance(first, Said) else str(exc)


def text(message, lang: str | None = None) -> str:
    """A message of the layers below in the window's language (``lang="nb"``: in
    bokmål whatever the window speaks): a ``Said`` is translated from its template and
    filled again, its arguments that are ``Said`` or ``Named`` too in turn, and a
    ``unit`` argument as a unit's label; a ``Named`` gives its English name. Anything else
    stays as it is (:func:`navdesk.domain.said.english` follows the same rules)."""
    if choose(lang or _current) == DEFAULT or not isinstance(message, Said | Named):
        return str(message)
    if isinstance(message, Named):
        return message.english or str(message)
    args = {key: text(value) if isinstance(value, Said | Named) else value
            for key, value in message.args.items()}
    if isinstance(args.get("unit"), str):  # a unit's label, a marked text (domain.said)
        args["unit"] = QCoreApplication.translate("", args["unit"])
    return QCoreApplication.translate("", message.template).format(**args)


def finding_text(finding, catalogue) -> str:
    """A check's warning in the window's language (``Finding.render`` with the
    indicators' names, figures and catalogue words of that language)."""
    if _current == DEFAULT:
        return finding.message

    def name(code: str) -> str:
        return indicator_name(catalogue[code]) if code in catalogue else code

    return finding.render(lambda t: QCoreApplication.translate("", t), name,
                          lambda v, d: format_display(v, d), catalogue_word)

