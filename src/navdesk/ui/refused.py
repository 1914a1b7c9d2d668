"""Values the leader typed and navdesk refused: kept in their cells until corrected,
never dropped silently. One wording for every page that keeps them (the month form, the
goal card): each refused value on a line of its own, and the question asked before they
would be lost (another month, another year, the window closing)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from navdesk.ui.i18n import tr

# how the messages quote a typed text: bokmål «…», the English window “…”
_QUOTES = (("«", "»"), ("“", "”"), ('"', '"'))


def names_value(value: str, reason: str) -> bool:
    """Whether ``reason`` already quotes the typed ``value`` ("«abc» er ikke et tall"):
    the value is then not repeated in front of it."""
    typed = value.strip()
    return bool(typed) and any(f"{a}{typed}{b}" in reason for a, b in _QUOTES)


def refused_line(name: str, value: str, reason: str) -> str:
    """"• Mottakere i måneden: «abc» er ikke et tall", or with the value in front where
    the reason does not name it: "• Sykefravær: «140» – En prosent må være mellom 0 og
    100"."""
    if names_value(value, reason):
        return tr("• {name}: {reason}").format(name=name, reason=reason)
    return tr("• {name}: «{value}» – {reason}").format(name=name, value=value, reason=reason)


def refused_hint(value: str, reason: str) -> str:
    """The reason beside a refused cell, with what to do about it."""
    if names_value(value, reason):
        return tr("Ikke lagret: {reason}. Skriv en ny verdi, eller trykk Esc for å se den "
                  "lagrede.").format(reason=reason)
    return tr("«{value}» er ikke lagret: {reason}. Skriv en ny verdi, eller trykk Esc for "
              "å se den lagrede.").format(value=value, reason=reason)


def ask_to_drop(parent, intro: str, lines: list[tuple[str, str, str]]) -> bool:
    """Ask what to do with refused values before they would be lost: True to drop them
    (the stored values show again), False to go back and correct them. ``lines`` are
    (what, the text typed, why it was refused); ``intro`` says where they were typed."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Verdier som ikke er lagret"), intro,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText("\n".join(refused_line(*line) for line in lines)
                           + "\n\n" + tr("Gå tilbake og rett dem, eller forkast dem (da står "
                                         "de lagrede verdiene som før)."))
    back = box.addButton(tr("&Gå tilbake og rett"), QMessageBox.ButtonRole.RejectRole)
    drop = box.addButton(tr("&Forkast dem"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    try:
        box.exec()
        return box.clickedButton() is drop
    finally:
        box.deleteLater()
