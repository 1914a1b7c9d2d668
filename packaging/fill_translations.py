"""Fill the English translations of resources/navdesk_en.ts from the table below, for the
texts that have none yet (a translator may instead use Qt Linguist on the .ts file).

    .venv/bin/python packaging/translations.py update && .venv/bin/python packaging/fill_translations.py
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "navdesk_en.ts"

EN = {
    "Månedstall": "Monthly figures",
    "Styringskort": "Goal card",
    "Trender": "Trends",
    "Rapport": "Report",
    "Her følger du styringskortet: mål, målverdier og trafikklys.":
        "Here you follow the goal card: goals, targets and traffic lights.",
    "Her ser du utviklingen over tid i grafer.": "Here you see the trends over time in charts.",
    "Her lager du statusrapporten til kommunen.":
        "Here you make the status report for the municipality.",
    "{name}  (kontor {code}{place})": "{name}  (office {code}{place})",
    "Ingen kontor er satt opp ennå": "No office has been set up yet",
    "Henter månedens tall …": "Fetching the month's figures …",
    "Databasen har ikke noe kontor ennå. Start navdesk på nytt for å sette opp kontoret, "
    "eller prøv «navdesk --demo».":
        "The database has no office yet. Start navdesk again to set up the office, or try "
        "“navdesk --demo”.",
    "Datafil: {path}": "Data file: {path}",
    " (eksempeldata)": " (example data)",
    "&Fil": "&File",
    "&Importer fil …": "&Import file …",
    "Les inn en utvekslingsfil, med forhåndsvisning": "Read an exchange file, with a preview",
    "&Eksporter for kommunen …": "&Export for the municipality …",
    "Skriv året eller måneden som CSV-fil": "Write the year or the month as a CSV file",
    "Importer &katalog …": "Import &catalogue …",
    "Legg til og oppdater indikatorer fra en katalogfil, med forhåndsvisning":
        "Add and update indicators from a catalogue file, with a preview",
    "Lag &statusrapport (PDF) …": "Make &status report (PDF) …",
    "Styringskort, utvikling, fordelinger og åpne varsler på A4, for kommunen":
        "Goal card, trends, breakdowns and open warnings on A4, for the municipality",
    "Å&pne en annen database …": "&Open another database …",
    "&Avslutt": "&Quit",
    "&Rediger": "&Edit",
    "&Angre": "&Undo",
    "&Gjør om": "&Redo",
    "&Indikatorkatalog …": "&Indicator catalogue …",
    "Kontorets egne indikatorer: legg til, gi nytt navn, skjul eller vis":
        "The office's own indicators: add, rename, hide or show",
    "&Måned": "&Month",
    "&Forrige måned": "&Previous month",
    "&Neste måned": "&Next month",
    "&Gå til måned …": "&Go to month …",
    "&Marker som rapportert / gjenåpne": "&Mark as reported / reopen",
    "&Hjelp": "&Help",
    "&Veiledning": "&Guide",
    "Slik går månedsrutinen, og tastene du bruker mest":
        "How the monthly routine goes, and the keys you use most",
    "&Om navdesk": "&About navdesk",
    "Kan ikke angre": "Cannot undo",
    "Kan ikke gjøre om": "Cannot redo",
    "Katalogen er oppdatert: {n} endring(er).": "The catalogue is updated: {n} change(s).",
    "Åpne en annen database": "Open another database",
    "navdesk-database (*.sqlite *.db);;Alle filer (*)":
        "navdesk database (*.sqlite *.db);;All files (*)",
    "Kan ikke åpne databasen": "Cannot open the database",
    "{name} (kontor {code})": "{name} (office {code})",
    "<b>navdesk {version}</b><br>Månedstall, styringskort og rapportering for ett NAV-kontor, "
    "uten nett.<br><br>{office}Datafil: {path}<br><br><small>Python {python}, PySide6 {pyside}. "
    "navdesk bruker aldri nettet. Lisens: MIT.</small>":
        "<b>navdesk {version}</b><br>Monthly figures, goal card and reporting for one NAV "
        "office, offline.<br><br>{office}Data file: {path}<br><br><small>Python {python}, "
        "PySide6 {pyside}. navdesk never uses the network. Licence: MIT.</small>",
    "&Språk / Language": "&Language / Språk",
    "Om navdesk": "About navdesk",
}


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"not translated yet: {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
