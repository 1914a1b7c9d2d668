"""Guards against Qt binding releases that would crash a long session.

PySide6 6.12.0 under Python 3.11 returns None from void methods without taking a
reference to it; after enough calls (a few hours of use) Python aborts with
"deallocating None". pyproject.toml excludes that release; this fails on any release
that brings the fault back.
"""

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def test_void_methods_do_not_drain_the_reference_count_of_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        font.setItalic(True)
    # other code may take or drop a few references meanwhile; 4000 lost ones is the fault
    assert sys.getrefcount(None) - before > -100
