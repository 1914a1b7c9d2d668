"""File > Export: the dialog writes exactly the file ``navdesk-cli export`` writes for
the same options, says how many rows it wrote, and never shows a traceback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox

from navdesk.cli.main import main as cli_main
from navdesk.domain.period import Period
from navdesk.service import OfficeService
from navdesk.ui.export_dialog import (
    ExportDialog,
    default_file_name,
    file_slug,
    run_export,
)


def dialog_for(qtbot, store, year=2025, month=None, **kw):
    d = ExportDialog(OfficeService(store), year, month, **kw)
    qtbot.addWidget(d)
    d.show()
    return d


def cli_export(store, out, *options) -> bytes:
    code = cli_main(["export", "--db", str(store.path), "--out", str(out), *options])
    assert code == 0
    return out.read_bytes()


@pytest.mark.parametrize("options", [
    {},
    {"month": 3},
    {"format": "wide"},
    {"format": "wide", "month": 6, "decimal": "point", "suppress": 5},
    {"decimal": "point", "suppress": 10, "year": 2024},
])
def test_the_file_is_byte_identical_to_the_command_lines(qtbot, demo_store, tmp_path, options):
    year = options.get("year", 2025)
    d = dialog_for(qtbot, demo_store, path=tmp_path / "vindu.csv")
    d.year_spin.setValue(year)
    args = ["--year", str(year)]
    if "month" in options:
        d.one_month.setChecked(True)
        d.month_combo.setCurrentIndex(options["month"] - 1)
        args += ["--month", str(options["month"])]
    if options.get("format") == "wide":
        d.wide_format.setChecked(True)
        args += ["--format", "wide"]
    if options.get("decimal") == "point":
        d.decimal_point.setChecked(True)
        args += ["--decimal", "point"]
    if "suppress" in options:
        d.suppress_box.setChecked(True)
        d.suppress_spin.setValue(options["suppress"])
        args += ["--suppress-below", str(options["suppress"])]

    rows = d.export()
    reference = cli_export(demo_store, tmp_path / "cli.csv", *args)
    written = (tmp_path / "vindu.csv").read_bytes()
    assert written == reference
    assert rows == written.count(b"\r\n") - 1 > 0
    assert d.rows_written == rows and d.written_path == tmp_path / "vindu.csv"
    assert d.status_label.text() == f"Skrev {rows} rader til {tmp_path / 'vindu.csv'}."
    assert d.close_button.text() == "&Lukk"


def test_the_default_file_name_follows_the_options_until_the_user_types_one(
        qtbot, demo_store, tmp_path):
    d = dialog_for(qtbot, demo_store)
    assert d.path_edit.text().endswith("nav-frogner-2025.csv")
    d.one_month.setChecked(True)
    d.month_combo.setCurrentIndex(2)
    assert d.path_edit.text().endswith("nav-frogner-2025-03.csv")
    d.wide_format.setChecked(True)
    assert d.path_edit.text().endswith("nav-frogner-2025-03-bred.csv")
    d.path_edit.clear()
    qtbot.keyClicks(d.path_edit, str(tmp_path / "min.csv"))
    d.year_spin.setValue(2024)
    assert d.path_edit.text() == str(tmp_path / "min.csv")


def test_the_month_given_is_preselected(qtbot, demo_store):
    d = dialog_for(qtbot, demo_store, 2025, 4)
    assert d.one_month.isChecked() and d.month == 4
    assert "april 2025" in d.summary_label.text()


@pytest.mark.parametrize("name, slug", [
    ("NAV Frogner", "nav-frogner"), ("NAV Bærum", "nav-baerum"),
    ("NAV Grünerløkka", "nav-grunerlokka"),
    ("NAV St. Hanshaugen", "nav-st-hanshaugen"), ("???", "navdesk"),
])
def test_office_names_become_file_names(name, slug):
    assert file_slug(name) == slug
    assert default_file_name(name, 2025, 3, wide=True) == f"{slug}-2025-03-bred.csv"


def test_choose_file_uses_the_save_dialog_which_already_asked_to_replace(
        qtbot, demo_store, tmp_path, dialogs):
    target = tmp_path / "til-kommunen"
    target.with_suffix(".csv").write_text("gammel")
    asked = dialogs.save_file(target)
    d = dialog_for(qtbot, demo_store)
    qtbot.mouseClick(d.choose_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].start.endswith("nav-frogner-2025.csv")  # starts at the default
    assert d.path_edit.text() == str(target) + ".csv"
    rows = d.export()  # no second question: the save dialog asked
    assert rows and target.with_suffix(".csv").read_bytes().startswith(b"\xef\xbb\xbfkontornr;")


def test_a_file_that_cannot_be_written_is_a_message_and_leaves_nothing(qtbot, demo_store, tmp_path):
    d = dialog_for(qtbot, demo_store, path=tmp_path / "finnes-ikke" / "ut.csv")
    assert d.export() is None
    assert d.rows_written is None
    assert "Kan ikke skrive" in d.status_label.text()
    assert "Ingen fil er skrevet" in d.status_label.text()
    assert not (tmp_path / "finnes-ikke").exists()


def test_a_folder_or_an_empty_path_is_refused_with_a_hint(qtbot, demo_store, tmp_path):
    d = dialog_for(qtbot, demo_store, path=tmp_path)
    assert d.export() is None
    assert "er en mappe" in d.status_label.text()
    d.path_edit.clear()
    assert d.export() is None
    assert "velg filen" in d.status_label.text()


def test_an_existing_file_is_replaced_only_when_the_user_says_so(
        qtbot, demo_store, tmp_path, dialogs):
    path = tmp_path / "ut.csv"
    path.write_text("gammel")
    dialogs.answer(QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    d = dialog_for(qtbot, demo_store, path=path)
    assert d.export() is None
    assert path.read_text() == "gammel"
    assert d.export() > 0
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert d.export() > 0  # written by this dialog just now: no question (answers are used up)


def test_a_year_without_values_writes_only_the_header_and_says_so(qtbot, demo_store, tmp_path):
    d = dialog_for(qtbot, demo_store, path=tmp_path / "tom.csv")
    d.year_spin.setValue(d.year_spin.minimum())
    assert d.export() == 0
    assert (tmp_path / "tom.csv").read_bytes().count(b"\r\n") == 1
    assert "bare overskriften" in d.status_label.text()


def test_all_offices_write_a_long_file_of_every_office(qtbot, demo_store, tmp_path):
    demo_store.save_office("0301", "NAV Gamle Oslo")
    demo_store.set_value("0301", "SH_MND", Period(2025, 1), 12)
    d = dialog_for(qtbot, demo_store, path=tmp_path / "alle.csv")
    d.wide_format.setChecked(True)
    d.office_combo.setCurrentIndex(d.office_combo.findData("*"))
    assert d.long_format.isChecked() and not d.wide_format.isEnabled()
    rows = d.export()
    reference = cli_export(demo_store, tmp_path / "cli.csv", "--year", "2025", "--office", "all")
    assert (tmp_path / "alle.csv").read_bytes() == reference
    assert b"\r\n0301;NAV Gamle Oslo;2025-01;SH_MND;" in reference and rows > 1


def test_run_export_returns_the_rows_written(qtbot, demo_store, tmp_path):
    def export_then_close():
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, ExportDialog) and w.isVisible() and w.isModal()]
        if not shown:
            QTimer.singleShot(20, export_then_close)
            return
        shown[0].path_edit.setText(str(tmp_path / "meny.csv"))
        shown[0].export_button.click()
        shown[0].close_button.click()

    QTimer.singleShot(0, export_then_close)
    rows = run_export(None, OfficeService(demo_store), 2025, 3)
    assert rows == (tmp_path / "meny.csv").read_bytes().count(b"\r\n") - 1 > 0


def test_every_control_has_its_own_mnemonic(qtbot, demo_store):
    demo_store.save_office("0301", "NAV Gamle Oslo")  # shows the office choice too
    d = dialog_for(qtbot, demo_store)
    texts = [b.text() for b in d.findChildren(QAbstractButton) if b.isVisible() and b.text()]
    texts += [label.text() for label in d.findChildren(QLabel)
              if label.buddy() is not None]
    keys = []
    for text in texts:
        assert "&" in text, text
        keys.append(text[text.index("&") + 1].lower())
    assert len(keys) == len(set(keys)), texts
    assert {"k", "å", "f"} <= set(keys)
