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
"""

from __future__ import annotations

from collections.abc import Sequence
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

    def __reduce__(self) -> tuple[type[Said], tuple[str, dict[str, Any]]]:  # copies and pickles keep the template
        return (Said, (self.template, self.args))


def said(template: str, **args: Any) -> Said:
    """``template.format(**args)``, remembering both. Mark the template where it is
    written: ``said(QT_TRANSLATE_NOOP("", "Linje {line}: {reason}"), line=3, reason=r)``."""
    return Said(template, args)


def joined(parts: Sequence[str], separator: str) -> Said:
    """``separator.join(parts)`` as one message whose parts (``Said`` or plain text) the
    window translates one by one; the separator is the same in every language, so the
    template needs no translation of its own."""
    args = {f"part{n}": part for n, part in enumerate(parts)}
    return Said(separator.join("{%s}" % key for key in args), args)


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
