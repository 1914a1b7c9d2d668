"""One source of English below the window: texts are marked messages (``said``) or
names in both languages (``Named``); the window translates them with Qt, and
``said.english`` reads the same English (resources/navdesk_en.ts) where there is no Qt.
No module below the window keeps an English table of its own."""

from __future__ import annotations

import ast
import pickle
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from navdesk.domain.closing import month_words
from navdesk.domain.period import MONTH_NAMES, Period, month_name, month_title
from navdesk.domain.said import Named, english, said
from navdesk.domain.units import Unit, ValueRejected, parse_value
from navdesk.resources_path import resource_path

SRC = Path(__file__).resolve().parents[2] / "src" / "navdesk"
BELOW_THE_WINDOW = ["domain", "store", "formats", "present", "cli"]


def translations() -> dict[str, str]:
    root = ET.parse(resource_path("navdesk_en.ts")).getroot()
    return {m.findtext("source"): m.findtext("translation") for m in root.iter("message")}


def test_months_are_said_in_bokmal_and_read_in_english():
    assert [str(month_name(m)) for m in range(1, 13)] == list(MONTH_NAMES)
    assert month_title(Period(2025, 3)) == "mars 2025" == month_words(Period(2025, 3))
    assert english(month_title(Period(2025, 3))) == "March 2025"
    assert [english(month_name(m)) for m in (1, 5, 12)] == ["January", "May", "December"]


def test_unit_labels_have_their_english_from_the_translations():
    assert [u.label_en for u in Unit] == [
        "persons", "count", "NOK", "days", "months", "nights", "%", "score"]
    assert all(translations()[u.label] == u.label_en for u in Unit if u.label != "%")


def test_a_message_its_parts_and_names_in_english_without_qt():
    name = Named("Mottakere i måneden", "Recipients in the month")
    target = said("Mål: {name}", name=name)
    assert target == "Mål: Mottakere i måneden"
    assert english(target) == "Target: Recipients in the month"
    assert english(Named("Eget navn")) == "Eget navn"  # no English name: as typed
    assert english(said("{name} · {span}", name=target, span="2024–2025")) == \
        "Target: Recipients in the month · 2024–2025"
    assert english("tekst uten engelsk") == "tekst uten engelsk"
    reason = ValueRejected.because("Må være et helt tall ({unit})", unit=Unit.PERSONS.label).reason
    assert english(reason) == "Must be a whole number (persons)"
    assert pickle.loads(pickle.dumps(name)).english == "Recipients in the month"
    try:
        parse_value(Unit.COUNT, "1,5")
    except ValueRejected as exc:
        assert english(exc.reason) == "Must be a whole number (count)"


IDENTIFIER = re.compile(r"[a-z_]+")  # "name", "unit": a field's name, not a text
ENGLISH_NAME = re.compile(r"(^|_)(EN|ENGLISH)(_|$)", re.IGNORECASE)


def english_tables(path: Path, table: dict[str, str]) -> list[str]:
    """Where ``path`` keeps English of its own: a dict from bokmål texts to their
    English, a collection of three or more English texts (month names, labels), or a
    table named for English (``EN_WORDS``, ``_LABELS_EN``)."""
    prose = {en for nb, en in table.items() if en and en != nb and not IDENTIFIER.fullmatch(en)}

    def text(node) -> str | None:
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        return node.value if is_text else None

    where = f"{path.parent.name}/{path.name}"
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            pairs = [(text(k), text(v))
                     for k, v in zip(node.keys, node.values, strict=True) if k is not None]
            if sum(1 for k, v in pairs if k and v and v != k and table.get(k) == v) >= 2:
                found.append(f"{where}:{node.lineno}")
                continue
            items = node.values
        elif isinstance(node, ast.List | ast.Tuple | ast.Set):
            items = node.elts
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and ENGLISH_NAME.search(t.id) for t in targets) \
                    and isinstance(node.value, ast.Dict | ast.List | ast.Tuple):
                found.append(f"{where}:{node.lineno}")
            continue
        else:
            continue
        if sum(text(i) in prose for i in items) >= 3:
            found.append(f"{where}:{node.lineno}")
    return sorted(set(found), key=lambda hit: int(hit.rsplit(":", 1)[1]))


def test_no_module_below_the_window_keeps_an_english_table():
    table = translations()
    found = [hit for layer in BELOW_THE_WINDOW for f in sorted((SRC / layer).rglob("*.py"))
             for hit in english_tables(f, table)]
    assert found == []


def test_the_checker_finds_tables_like_the_old_ones(tmp_path):
    old = tmp_path / "trends.py"
    old.write_text('WORDS = {"tusen kr": "thousand NOK", "prosent": "per cent"}\n'
                   'MONTHS = ["January", "February", "March"]\n'
                   '_LABELS_EN = {Unit.PERSONS: "persons", Unit.NOK: "NOK"}\n'
                   'FIELDS = {"name": "navn", "unit": "enhet", "weight": "vekt"}\n',
                   encoding="utf-8")
    lines = [hit.rsplit(":", 1)[1] for hit in english_tables(old, translations())]
    assert lines == ["1", "2", "3"]
