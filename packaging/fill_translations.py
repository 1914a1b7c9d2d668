"""Fill the English translations of resources/navdesk_en.ts from packaging/en/*.tsv (one
text a line: the bokmål source, a tab, the English), for every text found there; a
translator may instead use Qt Linguist on the .ts file. The filled .ts is what the window
(compiled to .qm) and ``navdesk.domain.said.english`` (read as it is) both say in English.

    .venv/bin/python packaging/translations.py update
    .venv/bin/python packaging/fill_translations.py      # lists the texts still missing
    .venv/bin/python packaging/translations.py compile
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TS = HERE.parent / "resources" / "navdesk_en.ts"


def table() -> dict[str, str]:
    out: dict[str, str] = {}
    for tsv in sorted((HERE / "en").glob("*.tsv")):
        for n, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            source, sep, english = line.partition("\t")
            if not sep or not english:
                raise SystemExit(f"{tsv.name}:{n}: expected 'bokmål<TAB>English'")
            out[source] = english
    return out


def main() -> int:
    en = table()
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if source in en:
            translation.text = en[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not translation.text:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"not translated yet: {source!r}", file=sys.stderr)
    print(f"{len(en)} translations in packaging/en, {len(missing)} texts without one")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
