"""Symbols that show everywhere: no emoji in the window's texts (they are empty boxes
without an emoji font, as on most Linux desktops), the symbol characters it does use
are in the UI font, and the pictures shipped instead are there at both sizes."""

from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from navdesk.resources_path import resource_path
from navdesk.ui import symbols

UI = Path(__file__).resolve().parents[2] / "src" / "navdesk" / "ui"

# Symbols and punctuation of Windows Glyph List 4, which Segoe UI (Windows) and DejaVu
# Sans (Linux) both cover: the only ones the window's texts may use
WGL4_SYMBOLS = set("«»·–—…×→←↑↓−≤≥■□▲▼►◄●○◊•‘’“”°±§¶¦¤¢£¥€©®™¹²³¼½¾¿¡†‡‰‹›√∞≈≠")


def ui_strings():
    """(file name, line, text) of every string constant in the window's code."""
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield path.name, node.lineno, node.value


def problems(text: str) -> list[str]:
    """The characters of ``text`` that may not show everywhere."""
    found = []
    for ch in text:
        if ord(ch) > 0xFFFF or ch == "\ufe0f":  # emoji planes, emoji presentation
            found.append(f"emoji U+{ord(ch):04X}")
        elif ord(ch) > 127 and unicodedata.category(ch)[0] in "SP" and ch not in WGL4_SYMBOLS:
            found.append(f"U+{ord(ch):04X} {unicodedata.name(ch, '?')}")
    return found


def test_no_emoji_and_no_symbol_outside_the_common_fonts_in_the_windows_texts():
    found = [f"{name}:{line}: {p}" for name, line, text in ui_strings() for p in problems(text)]
    assert found == []


def test_the_check_refuses_emoji_and_symbols_segoe_ui_lacks():
    # a guard against a check that silently finds nothing
    assert problems("Rapportert og låst 🔒") == ["emoji U+1F512"]
    assert problems("⚠ avvik ✔") == ["U+26A0 WARNING SIGN", "U+2714 HEAVY CHECK MARK"]
    assert problems("«Mottakere» – 3 av 75 tall · ≤ 14 ● ▲ ■ ◄ ►") == []
    assert sum(1 for _ in ui_strings()) > 500


def test_the_symbol_characters_used_are_in_the_ui_font(qapp):
    used = {ch for _, _, text in ui_strings() for ch in text if ch in WGL4_SYMBOLS}
    metrics = QFontMetrics(QApplication.font())
    missing = sorted(f"U+{ord(ch):04X} {ch}" for ch in used if not metrics.inFontUcs4(ord(ch)))
    assert missing == [], f"not in {QApplication.font().family()}"


@pytest.mark.parametrize("name", symbols.NAMES)
def test_every_symbol_is_shipped_at_both_sizes_and_loads(qapp, name):
    assert resource_path(f"symbol-{name}.png").is_file()
    assert resource_path(f"symbol-{name}@2x.png").is_file()
    icon = symbols.icon(name)
    assert not icon.isNull()
    assert icon.actualSize(QSize(16, 16)) == QSize(16, 16)
    assert not symbols.pixmap(name).isNull()


def test_symbols_side_by_side_make_one_wider_picture(qapp):
    pair = symbols.icon("warning", "comment")
    assert pair.actualSize(QSize(symbols.row_width(3), 16)) == QSize(symbols.row_width(2), 16)
    assert symbols.icon("warning", "comment") is pair  # built once
    with pytest.raises(KeyError):
        symbols.icon("padlock")
