"""The month form and the import, export, error and setup dialogs in English (bokmål
stays the source and the default: the other tests check the bokmål texts)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from navdesk.domain.period import Period
from navdesk.service import OfficeService
from tests.conftest import HOME_CODE

MARCH = Period(2025, 3)


def mnemonic_keys(texts: list[str]) -> list[str]:
    keys = []
    for text in texts:
        assert "&" in text, text
        keys.append(text[text.index("&") + 1].lower())
    return keys


def test_month_form_in_english(qtbot, demo_store, english):
    from navdesk.ui.month_form import MonthForm
    from navdesk.ui.month_model import NAME, NOTE, UNIT

    form = MonthForm(OfficeService(demo_store), MARCH)
    qtbot.addWidget(form)
    assert form.title.text() == "March 2025"
    assert form.month_combo.itemText(0) == "January"
    assert form.lock_button.text() == "Mark as &reported"
    assert form.comment_button.text() == "&Save comment"
    assert form.findings_label.text() == (
        "Warnings in March 2025: 0 without a comment, 0 explained")
    assert form.summary_label.text() == "· 73 of 73 figures, no open warnings"
    assert form.lock_label.text() == "Complete"
    model = form.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (NAME, UNIT, NOTE)] == [
        "Indicator", "Unit", "Notes"]
    assert model.index_of("SH_BRUTTO", UNIT).data() == "NOK"
    demo_store.lock_month(HOME_CODE, MARCH, "test")
    form.refresh()
    assert form.lock_button.text() == "&Reopen the month …"
    assert "Reported and locked" in form.lock_label.text()


def test_export_dialog_in_english(qtbot, demo_store, tmp_path, english):
    from navdesk.ui.export_dialog import ExportDialog

    demo_store.save_office("0301", "NAV Gamle Oslo")  # shows the office choice too
    d = ExportDialog(OfficeService(demo_store), 2025, 4, path=tmp_path / "out.csv")
    qtbot.addWidget(d)
    d.show()
    assert d.windowTitle() == "Export file for the municipality – navdesk"
    assert d.export_button.text() == "&Export" and d.whole_year.text() == "&Whole year"
    assert "April 2025" in d.summary_label.text()
    assert d.month_combo.currentText() == "April"
    texts = [b.text() for b in d.findChildren(QAbstractButton) if b.isVisible() and b.text()]
    texts += [label.text() for label in d.findChildren(QLabel) if label.buddy() is not None]
    keys = mnemonic_keys(texts)
    assert len(keys) == len(set(keys)), texts
    rows = d.export()
    assert d.status_label.text() == f"Wrote {rows} rows to {tmp_path / 'out.csv'}."
    assert d.close_button.text() == "&Close"


def test_import_dialog_in_english(qtbot, office_store, tmp_path, english):
    from navdesk.ui.import_dialog import ChangeModel, ImportDialog

    path = tmp_path / "tall.csv"
    path.write_text("kontornr;kontor;periode;indikator;navn;verdi;enhet;kommentar\r\n"
                    "0312;NAV Frogner;2025-03;SH_MND;;473;;\r\n"
                    "0101;NAV Alna;2025-03;SH_MND;;12;;\r\n", encoding="utf-8")
    d = ImportDialog(OfficeService(office_store), path)
    qtbot.addWidget(d)
    d.show()
    d.check()
    assert d.windowTitle() == "Import tall.csv – navdesk"
    assert d.tabs.tabText(1) == "C&hanged values (0)"
    assert d.new_stat.caption.text() == "new values"
    assert d.add_offices_box.text() == (
        "Create the &offices in the file that are not in the database")
    assert "2 rows" in d.file_label.text() and "semicolon" in d.file_label.text()
    assert d.change_model.headerData(ChangeModel.OLD, Qt.Orientation.Horizontal) == "Old value"
    keys = mnemonic_keys([b.text() for b in d.findChildren(QAbstractButton)
                          if b.isVisible() and b.text()]
                         + [d.tabs.tabText(i) for i in range(d.tabs.count())])
    assert len(keys) == len(set(keys)), keys


def test_error_and_setup_dialogs_in_english(qtbot, store, english):
    from navdesk.ui.error_dialog import ErrorDialog
    from navdesk.ui.setup_dialog import SetupDialog, check_office_code

    err = ErrorDialog("Traceback …", None)
    qtbot.addWidget(err)
    assert err.headline.text() == "Something went wrong. The figures you have saved are safe."
    assert "Copy details" in err.message.text()
    keys = mnemonic_keys([b.text() for b in err.findChildren(QAbstractButton)])
    assert len(keys) == len(set(keys))

    setup = SetupDialog(database=store.path)
    qtbot.addWidget(setup)
    assert setup.windowTitle() == "Set up navdesk"
    assert setup.setup_button.text() == "&Set up the office"
    assert check_office_code("312") == "The office number has four digits. Did you mean 0312?"
    buddies = sorted(label.text() for label in setup.findChildren(QLabel) if label.buddy())
    assert buddies == ["&Municipality", "&Office number", "Office &name"]
