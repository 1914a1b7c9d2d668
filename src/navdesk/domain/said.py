"""Messages the window can say in the chosen language.

The layers below the window have no Qt and speak bokmål: the command line, the log and
the files for the municipality use their messages as they are. A message made with
:func:`said` is such a plain bokmål string, but it also keeps its template and its
arguments, so the window (``ui.i18n.text``) can translate the template with Qt's
tools and fill it again. Templates are marked with :func:`QT_TRANSLATE_NOOP`, the name
Qt's lupdate looks for, so they land in ``resources/navdesk_*.ts``.

A ``Said`` is a ``str``: comparing, joining, printing and logging it work as before.
Anything that builds a new string from it (an f-string, ``+``, ``str()``) keeps only
the bokmål; to combine messages, pass one as an argument of another ``said``.

This is the one way texts below the window get their English: there is no English table
in these layers. The window renders a ``Said`` with Qt's translator (``ui.i18n.text``);
the few places that must write English without Qt use :func:`english`, which reads the
same English from ``resources/navdesk_en.ts`` (filled from ``packaging/en/*.tsv``), the
file Qt's ``navdesk_en.qm`` is compiled from.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, Self


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for Qt's lupdate, which collects it for the window's English; returns
    it unchanged (this layer has no Qt: the window translates the message it shows)."""
    return text


class Said(str):
    """A bokmål message with the template and arguments it was made from."""

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, args: dict[str, Any]) -> Said:
        self = super().__new__(cls, template.format(**args))
        self.template = template
        self.args = args
        return self

    # copies and pickles keep the template
    def __reduce__(self) -> tuple[type[Said], tuple[str, dict[str, Any]]]:
        return (Said, (self.template, self.args))


class Named(str):
    """A name the catalogue holds in both languages (an indicator's): the bokmål name as
    the text itself, the English one beside it (empty when the catalogue has none), so a
    message can carry a name and still be shown in either language."""

    english: str

    def __new__(cls, name: str, english: str = "") -> Named:
        self = super().__new__(cls, name)
        self.english = english
        return self

    def __reduce__(self) -> tuple[type[Named], tuple[str, str]]:
        return (Named, (str(self), self.english))


def said(template: str, **args: Any) -> Said:
    """``template.format(**args)``, remembering both. Mark the template where it is
    written: ``said(QT_TRANSLATE_NOOP("", "Linje {line}: {reason}"), line=3, reason=r)``."""
    return Said(template, args)


def joined(parts: Sequence[str], separator: str) -> Said:
    """``separator.join(parts)`` as one message whose parts (``Said`` or plain text) the
    window translates one by one; the separator is the same in every language, so the
    template needs no translation of its own."""
    args = {f"part{n}": part for n, part in enumerate(parts)}
    return Said(separator.join(f"{{{key}}}" for key in args), args)


def first_upper(text: str) -> str:
    """``text`` as the start of a sentence: its first letter upper case ("desember 2026
    er delvis ..." -> "Desember 2026 er delvis ...")."""
    return text[:1].upper() + text[1:]


class Refusal(ValueError):
    """Why a value, a definition or a file is refused, in bokmål. Made with
    :meth:`because` or :meth:`listing`, its message is a :class:`Said`, which the window
    shows in its language (``ui.i18n.message``)."""

    @classmethod
    def because(cls, template: str, **args: Any) -> Self:
        return cls(said(template, **args))

    @classmethod
    def listing(cls, problems: Sequence[str]) -> Self:
        """One error for several problems: its message is one problem a line."""
        return cls(joined(problems, "\n"))

    @property
    def reason(self) -> str:
        """The message itself (a ``Said`` when made with :meth:`because`), to pass on
        as an argument of another message."""
        return self.args[0] if self.args else ""


def english(message: str) -> str:
    """``message`` in English without Qt, for the few places below the window that must
    write it (a unit's English label, which files may use): a ``Said`` from its template's
    English, filled again with its arguments in English (those that are ``Said`` or
    ``Named``, and a ``unit`` argument: a unit's label); a ``Named`` by its English name;
    any other text by its own English. A text without English stays as it is, as in the
    window."""
    if isinstance(message, Named):
        return message.english or str(message)
    table = _english_table()
    if not isinstance(message, Said):
        return table.get(message, message)
    args = {key: english(value) if isinstance(value, Said | Named) else value
            for key, value in message.args.items()}
    if isinstance(args.get("unit"), str):  # a unit's label (domain.units), marked
        args["unit"] = table.get(args["unit"], args["unit"])
    return table.get(message.template, message.template).format(**args)


@cache
def _english_table() -> dict[str, str]:
    """bokmål -> English, as ``lrelease`` compiles ``resources/navdesk_en.ts`` for the
    window: a translation marked unfinished still counts, an obsolete one does not. Read
    once, when English is first asked for (never at start-up)."""
    import xml.etree.ElementTree as ET

    from navdesk.resources_path import resource_path

    try:
        root = ET.parse(resource_path("navdesk_en.ts")).getroot()
    except (OSError, ET.ParseError):  # a build without it: bokmål, as the window then is
        return {}
    out = {}
    for message in root.iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if (source and translation is not None and translation.text
                and translation.get("type") not in ("obsolete", "vanished")):
            out[source] = translation.text
    return out
