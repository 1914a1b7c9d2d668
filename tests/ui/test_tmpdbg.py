from tests.ui.test_user_test_form import go, window, current_code
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from tests.ui.typing_keys import press, type_keys
import pytest
@pytest.mark.parametrize("code", ["SAK_INNVILGET", "SH_ALDER_67P", "SAK_VEDTAK", "KVP_NYE"])
def test_dbg(qtbot, window, demo_store, code):
    form, view = window.month_form, window.month_form.view
    below = form.model.index_of(code)
    go(window, code)
    view.scrollTo(below, QAbstractItemView.ScrollHint.PositionAtBottom)
    QApplication.processEvents()
    print("before", view.viewport().rect(), view.visualRect(below))
    press(Qt.Key.Key_Delete)
    QApplication.processEvents()
    print("after", code, view.viewport().rect(), view.visualRect(view.currentIndex()), form.findings_list.isVisible(), current_code(window))
