"""The office's own catalogue in the window: Rediger → Indikatorkatalog and
Fil → Importer katalog, on real database files through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from navdesk.domain.period import Period
from navdesk.domain.units import Unit
from navdesk.service import OfficeService
from navdesk.ui.catalogue_dialog import CatalogueDialog, fixed_note
from navdesk.ui.catalogue_import import CatalogueChangesDialog
from navdesk.ui.catalogue_model import CODE, HIDDEN_FG, NAME, SHOWN, CatalogueModel
from navdesk.ui.main_window import MainWindow
from navdesk.ui.month_model import NAME as FORM_NAME
from tests.conftest import HOME_CODE, when_modal_opens
from tests.ui.windows import catalogue_dialog, stored_catalogue

HEADER = ("kode;navn;navn_en;enhet;aggregering;vekt;periodetype;seksjon;fordeling;del_av;"
          "teller;nevner;faktor;aktiv")
DECEMBER = Period(2025, 12)


@pytest.fixture
def window(qtbot, demo_store):
    w = MainWindow(OfficeService(demo_store), period=DECEMBER)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def dialog(qtbot, demo_store):
    return catalogue_dialog(qtbot, demo_store)


def in_catalogue_dialog(window, act):
    """Open Rediger → Indikatorkatalog, run ``act(dialog)``, then close it with Esc."""
    from PySide6.QtTest import QTest

    failed = []

    def run(dialog):
        try:
            act(dialog)
        except BaseException as exc:  # noqa: BLE001 - raised again once the dialog is closed
            failed.append(exc)
            dialog.done(0)
            return
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        if dialog.isVisible():
            failed.append(AssertionError("Esc did not close the dialog"))
            dialog.done(0)

    seen = when_modal_opens(CatalogueDialog, run)
    action = next(a for a in window.menuBar().actions() if a.text() == "&Rediger")
    catalogue = next(a for a in action.menu().actions() if a.text() == "&Indikatorkatalog …")
    catalogue.trigger()
    if failed:
        raise failed[0]
    assert seen == ["Indikatorkatalog"]


def choose(dialog, code):
    """Click the row of ``code`` in the list."""
    index = dialog.proxy.mapFromSource(dialog.model.index(dialog.model.row_of(code), CODE))
    assert index.isValid(), code
    dialog.table.setCurrentIndex(index)
    assert dialog.code_edit.text() == code


def press_enter(qtbot, widget):
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Return)


# ---------------------------------------------------------------------------- the list
def test_the_table_model_marks_hidden_indicators_grey_and_skjult(demo_store):
    from dataclasses import replace

    demo_store.merge_catalogue([replace(demo_store.catalogue["SH_NODHJELP"], active=False)])
    model = CatalogueModel()
    model.set_rows(list(demo_store.catalogue), demo_store.codes_with_values())
    assert model.rowCount() == len(demo_store.catalogue)
    hidden = model.row_of("SH_NODHJELP")
    assert model.index(hidden, SHOWN).data() == "skjult"
    assert model.index(hidden, NAME).data(Qt.ItemDataRole.ForegroundRole) == HIDDEN_FG
    assert model.index(hidden, NAME).data(Qt.ItemDataRole.FontRole).italic()
    shown = model.row_of("SH_MND")
    assert model.index(shown, SHOWN).data() == "ja"
    assert model.index(shown, NAME).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "SH_NODHJELP" in model.used


def test_typing_in_the_search_field_filters_and_enter_goes_to_the_first_match(qtbot, dialog,
                                                                              demo_store):
    qtbot.keyClicks(dialog.filter_edit, "alder")
    matches = [i.code for i in demo_store.catalogue
               if "alder" in f"{i.code} {i.name} {i.section} {i.group}".lower()]
    assert len(matches) == 8  # the seven age groups and the retirement pension (alderspensjon)
    shown = [dialog.proxy.index(n, CODE).data() for n in range(dialog.proxy.rowCount())]
    assert shown == matches
    total = len(demo_store.catalogue)
    assert dialog.count_label.text() == f"Viser 8 av {total} indikatorer, 0 skjult"
    press_enter(qtbot, dialog.filter_edit)
    assert dialog.focusWidget() is dialog.table
    assert dialog.code_edit.text() == "SH_ALDER_18_24"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter in the list: to the name
    assert dialog.focusWidget() is dialog.name_edit


# ---------------------------------------------------------------------------- adding
def test_an_indicator_of_the_offices_own_is_added_and_shown_in_the_month_form(qtbot, window,
                                                                              demo_store):
    assert not window.month_form.model.index_of("BY_INTRO").isValid()
    said = []

    def add(dialog):
        dialog.new_button.click()
        assert dialog.focusWidget() is dialog.code_edit and not dialog.code_edit.isReadOnly()
        qtbot.keyClicks(dialog.code_edit, "BY_INTRO")
        dialog.name_edit.setText("Deltakere i introduksjonsprogram")
        dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData(Unit.PERSONS.value))
        dialog.aggregation_combo.setCurrentIndex(dialog.aggregation_combo.findData("average"))
        dialog.section_combo.setEditText("Bydelens egne")
        press_enter(qtbot, dialog.section_combo.lineEdit())  # Enter saves
        said.append(dialog.message.text())
        assert dialog.code_edit.isReadOnly()  # stored: the code is fixed from now on
        assert dialog.model.row_of("BY_INTRO") == dialog.model.rowCount() - 1

    in_catalogue_dialog(window, add)
    assert said == ["Lagret. Ny indikator: BY_INTRO Deltakere i introduksjonsprogram"]
    ind = demo_store.catalogue["BY_INTRO"]
    assert (ind.unit, ind.aggregation.value, ind.section, ind.active) == (
        Unit.PERSONS, "average", "Bydelens egne", True)
    assert ind.name_en == "Deltakere i introduksjonsprogram"  # empty English name: the name
    # the open month form has the new line under its own section, ready for a figure
    form = window.month_form
    index = form.model.index_of("BY_INTRO", FORM_NAME)
    assert index.data() == "Deltakere i introduksjonsprogram"
    assert index.parent().data() == "Bydelens egne"
    assert form.session.enter("BY_INTRO", DECEMBER, "14") is not None
    assert demo_store.value(HOME_CODE, "BY_INTRO", DECEMBER).value == 14


def test_a_ratio_of_the_offices_own_uses_numerator_denominator_and_factor(qtbot, dialog,
                                                                          demo_store):
    dialog.new_button.click()
    assert not dialog.numerator_edit.isEnabled()
    dialog.code_edit.setText("BY_ANDEL_UNGE")
    dialog.name_edit.setText("Andel unge blant mottakerne")
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("percent"))
    dialog.aggregation_combo.setCurrentIndex(dialog.aggregation_combo.findData("ratio"))
    assert dialog.numerator_edit.isEnabled() and dialog.factor_edit.isEnabled()
    dialog.numerator_edit.setText("SH_ALDER_18_24")
    dialog.denominator_edit.setText("SH_HIA")
    dialog.factor_edit.setText("100")
    assert dialog.save()
    ind = demo_store.catalogue["BY_ANDEL_UNGE"]
    assert (ind.numerator, ind.denominator, ind.factor) == (("SH_ALDER_18_24",), ("SH_HIA",), 100)
    assert ind.is_ratio


def test_a_bad_or_taken_code_is_refused_with_a_clear_message(qtbot, dialog, demo_store):
    before = stored_catalogue(demo_store.path)
    name_before = demo_store.catalogue["SH_MND"].name
    changed = []
    dialog.catalogue_changed.connect(lambda: changed.append(True))
    dialog.new_button.click()
    dialog.code_edit.setText("by intro")
    dialog.name_edit.setText("Introduksjonsprogram")
    assert not dialog.save()
    assert dialog.message.text() == ("Ikke lagret: «by intro» er ikke en gyldig kode (store "
                                     "bokstaver A–Z, sifre og _, 2–40 tegn)")
    dialog.code_edit.setText("SH_MND")  # a new indicator may not take over an existing code
    press_enter(qtbot, dialog.name_edit)
    assert "Koden SH_MND finnes allerede" in dialog.message.text()
    dialog.code_edit.setText("BY_INTRO")
    dialog.name_edit.setText("")
    assert not dialog.save()
    assert dialog.message.text() == "Ikke lagret: BY_INTRO: navn mangler"
    assert stored_catalogue(demo_store.path) == before
    assert demo_store.catalogue["SH_MND"].name == name_before
    assert changed == []


# ---------------------------------------------------------------------------- editing
def test_renaming_shows_the_new_name_in_the_month_form_and_keeps_the_code(qtbot, window,
                                                                         demo_store):
    history = demo_store.history(HOME_CODE, "SH_NODHJELP", DECEMBER)

    def rename(dialog):
        choose(dialog, "SH_NODHJELP")
        assert dialog.code_edit.isReadOnly()
        assert "aldri endres eller slettes" in dialog.code_edit.toolTip()
        dialog.name_edit.setText("Nødhjelpsvedtak")
        press_enter(qtbot, dialog.name_edit)
        assert dialog.message.text() == "Lagret. Endret: SH_NODHJELP (navn)"
        assert not dialog.dirty

    in_catalogue_dialog(window, rename)
    assert demo_store.catalogue["SH_NODHJELP"].name == "Nødhjelpsvedtak"
    assert window.month_form.model.index_of("SH_NODHJELP", FORM_NAME).data() == "Nødhjelpsvedtak"
    assert demo_store.history(HOME_CODE, "SH_NODHJELP", DECEMBER) == history


def test_hiding_takes_the_line_out_of_the_month_form_and_keeps_values_and_history(
        qtbot, window, demo_store):
    value = demo_store.value(HOME_CODE, "SH_NODHJELP", DECEMBER)
    history = demo_store.history(HOME_CODE, "SH_NODHJELP", DECEMBER)
    assert value is not None and history
    assert window.month_form.model.index_of("SH_NODHJELP").isValid()
    seen = {}

    window.month_form.view.go_to(window.month_form.model.index_of("SH_NODHJELP"))

    def hide(dialog):
        assert dialog.code_edit.text() == "SH_NODHJELP"  # opens at the line in focus
        assert dialog.hide_button.text() == "&Skjul"
        dialog.hide_button.click()
        row = dialog.model.row_of("SH_NODHJELP")
        seen["shown"] = dialog.model.index(row, SHOWN).data()
        seen["button"] = dialog.hide_button.text()
        seen["state"] = dialog.state_label.text()
        seen["form"] = window.month_form.model.index_of("SH_NODHJELP").isValid()

    in_catalogue_dialog(window, hide)
    assert seen == {"shown": "skjult", "button": "Vi&s", "form": False,
                    "state": "<b>Skjult</b>: vises ikke i månedsskjemaet; verdiene og "
                             "historikken er tatt vare på"}
    assert not demo_store.catalogue["SH_NODHJELP"].active
    assert not window.month_form.model.index_of("SH_NODHJELP").isValid()
    assert demo_store.value(HOME_CODE, "SH_NODHJELP", DECEMBER) == value
    assert demo_store.history(HOME_CODE, "SH_NODHJELP", DECEMBER) == history

    def show_again(dialog):
        qtbot.keyClicks(dialog.filter_edit, "skjult")
        assert dialog.proxy.rowCount() == 1
        press_enter(qtbot, dialog.filter_edit)
        assert dialog.code_edit.text() == "SH_NODHJELP"
        dialog.hide_button.click()

    in_catalogue_dialog(window, show_again)
    assert demo_store.catalogue["SH_NODHJELP"].active
    assert window.month_form.model.index_of("SH_NODHJELP").data() == value_text(value.value)


def value_text(value) -> str:
    from navdesk.domain.units import format_display

    return format_display(value)


def test_hiding_keeps_unsaved_edits_in_the_form(qtbot, dialog, demo_store):
    choose(dialog, "SH_GJELD")
    dialog.name_edit.setText("Gjeldsrådgivning, nye")
    dialog.hide_button.click()
    assert not demo_store.catalogue["SH_GJELD"].active
    assert demo_store.catalogue["SH_GJELD"].name != "Gjeldsrådgivning, nye"
    assert dialog.dirty and dialog.name_edit.text() == "Gjeldsrådgivning, nye"


def test_unit_and_rule_of_a_code_with_values_are_fixed_and_a_change_is_refused(qtbot, dialog,
                                                                              demo_store):
    choose(dialog, "SH_NODHJELP")
    assert not dialog.unit_combo.isEnabled() and not dialog.aggregation_combo.isEnabled()
    assert dialog.fixed_note.isVisibleTo(dialog) and dialog.fixed_note.text() == fixed_note()
    before = stored_catalogue(demo_store.path)
    changed = []
    dialog.catalogue_changed.connect(lambda: changed.append(True))
    # the store refuses it even if the form let it through (another window stored a value)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("nok"))
    dialog.name_edit.setText("Nødhjelp i kroner")
    assert not dialog.save()
    assert dialog.message.text() == ("Ikke lagret: SH_NODHJELP: enhet kan ikke endres fra count "
                                     "til nok når koden har verdier")
    assert stored_catalogue(demo_store.path) == before
    assert changed == []


def test_a_code_without_values_may_change_unit_and_rule(qtbot, office_store):
    dialog = CatalogueDialog(OfficeService(office_store), select="SH_NODHJELP")
    qtbot.addWidget(dialog)
    assert dialog.unit_combo.isEnabled() and not dialog.fixed_note.isVisibleTo(dialog)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("nok"))
    assert dialog.save()
    assert office_store.catalogue["SH_NODHJELP"].unit is Unit.NOK


def test_unsaved_edits_are_asked_about_before_another_indicator_is_shown(qtbot, dialog,
                                                                        demo_store):
    choose(dialog, "SH_NODHJELP")
    dialog.name_edit.setText("Nødhjelpsvedtak")

    def press(label):
        return lambda box: next(b for b in box.buttons() if b.text() == label).click()

    when_modal_opens(QMessageBox, press("&Avbryt"))
    dialog.table.setCurrentIndex(dialog.proxy.index(0, 0))  # SH_MND
    assert dialog.code_edit.text() == "SH_NODHJELP" and dialog.name_edit.text() == "Nødhjelpsvedtak"
    assert dialog.table.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "SH_NODHJELP"
    when_modal_opens(QMessageBox, press("&Forkast"))
    dialog.table.setCurrentIndex(dialog.proxy.index(0, 0))
    assert dialog.code_edit.text() == "SH_MND"
    assert demo_store.catalogue["SH_NODHJELP"].name != "Nødhjelpsvedtak"


# ---------------------------------------------------------------------------- import
def write(tmp_path, *lines, encoding="utf-8-sig"):
    path = tmp_path / "katalog.csv"
    path.write_text("\r\n".join([HEADER, *lines]) + "\r\n", encoding=encoding)
    return path


def answer_changes(accept: bool, seen: dict):
    def act(dialog):
        seen["title"] = dialog.windowTitle()
        seen["intro"] = dialog.intro.text()
        seen["lines"] = dialog.lines.toPlainText().splitlines()
        seen["buttons"] = sorted(b.text() for b in dialog.findChildren(QPushButton))
        (dialog.accept if accept else dialog.reject)()

    return when_modal_opens(CatalogueChangesDialog, act)


NEW_AND_RENAMED = (
    "BY_INTRO;Deltakere i introduksjonsprogram for flyktninger i bydelen;Introduction programme;"
    "persons;average;;month;Bydelens egne;;;;;;1",
    "SH_NODHJELP;Nødhjelpsvedtak;Emergency aid decisions;count;sum;;month;"
    "Økonomisk sosialhjelp;;;;;;1",
)


def test_importing_a_catalogue_lists_the_changes_and_applies_them_on_confirmation(
        qtbot, window, demo_store, tmp_path):
    path = write(tmp_path, *NEW_AND_RENAMED, encoding="cp1252")  # as Excel saves it
    seen = {}
    answer_changes(True, seen)
    window.import_catalogue(str(path))
    assert seen["title"] == "Importere indikatorkatalog?"
    assert seen["lines"] == [
        "Ny indikator: BY_INTRO Deltakere i introduksjonsprogram for flyktninger i bydelen",
        "Endret: SH_NODHJELP (navn)"]
    assert "&Importer (2 endringer)" in seen["buttons"]
    assert demo_store.catalogue["SH_NODHJELP"].name == "Nødhjelpsvedtak"
    assert "BY_INTRO" in demo_store.catalogue
    form = window.month_form.model
    assert form.index_of("BY_INTRO", FORM_NAME).parent().data() == "Bydelens egne"
    assert form.index_of("SH_NODHJELP", FORM_NAME).data() == "Nødhjelpsvedtak"
    assert "2 endring(er)" in window.statusBar().currentMessage()


def test_a_cancelled_catalogue_import_changes_nothing(qtbot, window, demo_store, tmp_path):
    path = write(tmp_path, *NEW_AND_RENAMED)
    before = stored_catalogue(demo_store.path)
    seen = {}
    answer_changes(False, seen)
    window.import_catalogue(str(path))
    assert len(seen["lines"]) == 2
    assert stored_catalogue(demo_store.path) == before
    assert "BY_INTRO" not in demo_store.catalogue
    assert not window.month_form.model.index_of("BY_INTRO").isValid()


def test_a_bad_catalogue_file_names_its_lines_and_changes_nothing(qtbot, window, demo_store,
                                                                  tmp_path):
    path = write(tmp_path,
                 "BY_A;Greit;Fine;persons;sum;;month;Egne;;;;;;1",
                 "BY_B;Feil enhet;Bad unit;kilo;sum;;month;Egne;;;;;;1",
                 "by c;Feil kode;Bad code;persons;sum;;month;Egne;;;;;;1")
    before = stored_catalogue(demo_store.path)
    seen = {}
    answer_changes(True, seen)  # the only button closes: there is nothing to accept
    window.import_catalogue(str(path))
    assert seen["title"] == "Katalogfilen kan ikke leses inn"
    assert seen["intro"] == "katalog.csv ble ikke lest inn; ingenting er endret:"
    assert seen["buttons"] == ["Lukk"]
    assert seen["lines"][0].startswith("Linje 3: BY_B: ukjent enhet «kilo»")
    assert seen["lines"][1].startswith("Linje 4: «by c» er ikke en gyldig kode")
    assert stored_catalogue(demo_store.path) == before


def test_an_import_that_changes_the_unit_of_a_code_with_values_is_refused(qtbot, window,
                                                                         demo_store, tmp_path):
    path = write(tmp_path, *NEW_AND_RENAMED,
                 "SH_GJELD;Nye personer i gjeldsrådgivning;New;nok;sum;;month;"
                 "Økonomisk sosialhjelp;;;;;;1")
    before = stored_catalogue(demo_store.path)
    seen = {}
    answer_changes(True, seen)
    window.import_catalogue(str(path))
    assert seen["lines"] == [
        "SH_GJELD: enhet kan ikke endres fra persons til nok når koden har verdier"]
    assert stored_catalogue(demo_store.path) == before


def test_the_menus_open_the_catalogue_and_its_import(qtbot, window, dialogs):
    menus = {a.text(): [x.text() for x in a.menu().actions()] for a in window.menuBar().actions()}
    file_menu = menus["&Fil"]
    assert file_menu.index("Importer &katalog …") == file_menu.index(
        "&Eksporter for kommunen …") + 1
    assert menus["&Rediger"][-2:] == ["", "&Indikatorkatalog …"]
    asked = dialogs.open_file("")
    action = next(a for a in window.menuBar().actions() if a.text() == "&Fil")
    next(a for a in action.menu().actions() if a.text() == "Importer &katalog …").trigger()
    # a file is asked for; none chosen, no change
    assert [a.caption for a in asked] == ["Importer indikatorkatalog"]
