"""Why a catalogue file, an indicator or a goal-card template is refused, and what a
template would change, in the window's English: the layers below make these messages
in bokmål with ``said``, and the window translates them (``i18n.message``,
``i18n.text``). Through the real widgets on real database files; the bokmål the same
widgets show is checked in test_catalogue_dialog.py and test_goalcard_view.py, and here
where the English test has a bokmål twin."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from navdesk.domain.period import Period
from navdesk.service import OfficeService
from navdesk.store import open_store
from navdesk.store.goalcard import load_goal_card
from navdesk.ui.catalogue_import import CatalogueChangesDialog
from navdesk.ui.goalcard_view import ChangesDialog, GoalCardView
from navdesk.ui.main_window import MainWindow
from tests.conftest import when_modal_opens
from tests.ui.windows import catalogue_dialog, stored_catalogue

HEADER = ("kode;navn;navn_en;enhet;aggregering;vekt;periodetype;seksjon;fordeling;del_av;"
          "teller;nevner;faktor;aktiv")
TEMPLATE_HEADER = "perspektiv;mål;indikator;retning;år;målverdi;gul_grense"
UNITS = "persons, count, nok, days, months, nights, percent, score"


@pytest.fixture
def window(qtbot, demo_store):
    w = MainWindow(OfficeService(demo_store), period=Period(2025, 12))
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def dialog(qtbot, demo_store):
    return catalogue_dialog(qtbot, demo_store)


@pytest.fixture
def card(qtbot, demo_store):
    view = GoalCardView(OfficeService(demo_store), Period(2025, 6))
    qtbot.addWidget(view)
    view.show()
    return view


def stored_card(path):
    with open_store(path, create=False) as other:
        return [other.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
                for table in ("perspective", "goal", "measure", "measure_target")]


def write_catalogue(tmp_path, *lines, header=HEADER):
    path = tmp_path / "katalog.csv"
    path.write_text("\r\n".join([header, *lines]) + "\r\n", encoding="utf-8-sig")
    return path


def catalogue_import(window, path) -> dict:
    """File → Import catalogue of ``path``; what its dialog showed (closed at once)."""
    seen = {}

    def act(d):
        seen.update(title=d.windowTitle(), intro=d.intro.text(),
                    lines=d.lines.toPlainText().splitlines(),
                    buttons=sorted(b.text() for b in d.findChildren(QPushButton)))
        d.reject()

    when_modal_opens(CatalogueChangesDialog, act)
    window.import_catalogue(str(path))
    return seen


def template_import(card, tmp_path, text: str, accept: bool = False) -> tuple[bool, list]:
    """Goal card → Import template of ``text``: (replaced, the lines its dialog showed)."""
    path = tmp_path / "mal.csv"
    path.write_text(text, encoding="utf-8-sig")
    seen = []

    def act(d):
        seen.append((d.windowTitle(), d.text.toPlainText().splitlines()))
        (d.accept if accept else d.reject)()

    when_modal_opens(ChangesDialog, act)
    replaced = card.import_template(str(path))
    return replaced, seen[0] if seen else (None, [])


# ---------------------------------------------------------------------------- catalogue file
BAD_LINES = ("BY_A;Greit;Fine;persons;sum;;month;Egne;;;;;;1",
             "BY_B;Feil enhet;Bad unit;kilo;sum;;month;Egne;;;;;;1",
             "by c;Feil kode;Bad code;persons;sum;;month;Egne;;;;;;1",
             "BY_D;;;persons;sum;;month;Egne;;;;;;1",
             "BY_E;Snitt;Mean;persons;middel;;month;Egne;;;;;;1",
             "BY_F;Uke;Week;persons;sum;;week;Egne;;;;;;1",
             "BY_G;Andel;Share;percent;ratio;;month;Egne;;;BY_A;;;1",
             "BY_H;Andel;Share;percent;ratio;;month;Egne;;;BY_A;SH_HIA;x;1",
             "BY_I;Andel;Share;percent;ratio;;month;Egne;;;BY_A;SH_HIA;0;1",
             "BY_J;Sum;Sum;persons;sum;;month;Egne;;;BY_A;SH_HIA;;1",
             "BY_K;Vektet;Weighted;persons;sum;SH_HIA;month;Egne;;;;;;1",
             "BY_L;Aktiv;Active;persons;sum;;month;Egne;;;;;;ja",
             "BY_M;Del;Part;persons;sum;;month;Egne;Alder;;;;;1")


def test_a_bad_catalogue_file_names_its_lines_in_english(qtbot, window, demo_store, tmp_path,
                                                         english):
    before = stored_catalogue(demo_store.path)
    seen = catalogue_import(window, write_catalogue(tmp_path, *BAD_LINES))
    assert seen["title"] == "The catalogue file cannot be read in"
    assert seen["intro"] == "katalog.csv was not read in; nothing has been changed:"
    assert seen["lines"] == [
        f"Line 3: BY_B: unknown unit “kilo” (use {UNITS})",
        "Line 4: “by c” is not a valid code (capital letters A–Z, digits and _, "
        "2–40 characters)",
        "Line 5: BY_D: the name is missing",
        "Line 6: BY_E: unknown aggregation “middel” (use sum, average, last, ratio)",
        "Line 7: BY_F: periodetype (the period type) must be month or year",
        "Line 8: BY_G: a computed indicator needs a numerator and a denominator",
        "Line 9: BY_H: the factor “x” is not a number",
        "Line 10: BY_I: the factor must be greater than 0",
        "Line 11: BY_J: only the aggregation ratio can have a numerator and a denominator",
        "Line 12: BY_K: only the aggregation average can have a weight",
        "Line 13: BY_L: aktiv (active) must be 1 or 0",
        "Line 14: BY_M: a breakdown needs del_av (the code it breaks down)",
    ]
    assert stored_catalogue(demo_store.path) == before


def test_a_bad_catalogue_file_names_its_lines_in_bokmal_as_before(qtbot, window, demo_store,
                                                                  tmp_path):
    seen = catalogue_import(window, write_catalogue(tmp_path, *BAD_LINES))
    assert seen["title"] == "Katalogfilen kan ikke leses inn"
    assert seen["lines"] == [
        f"Linje 3: BY_B: ukjent enhet «kilo» (bruk {UNITS})",
        "Linje 4: «by c» er ikke en gyldig kode (store bokstaver A–Z, sifre og _, 2–40 tegn)",
        "Linje 5: BY_D: navn mangler",
        "Linje 6: BY_E: ukjent aggregering «middel» (bruk sum, average, last, ratio)",
        "Linje 7: BY_F: periodetype må være month eller year",
        "Linje 8: BY_G: en beregnet indikator trenger teller og nevner",
        "Linje 9: BY_H: faktor «x» er ikke et tall",
        "Linje 10: BY_I: faktor må være større enn 0",
        "Linje 11: BY_J: bare aggregering ratio kan ha teller og nevner",
        "Linje 12: BY_K: bare aggregering average kan ha vekt",
        "Linje 13: BY_L: aktiv må være 1 eller 0",
        "Linje 14: BY_M: en fordeling trenger del_av (koden den fordeler)",
    ]


def test_a_catalogue_file_without_its_columns_twice_a_code_or_not_text_in_english(
        qtbot, window, demo_store, tmp_path, english):
    before = stored_catalogue(demo_store.path)
    seen = catalogue_import(window, write_catalogue(tmp_path, "BY_A;Greit",
                                                    header="kode;navn;navn_en"))
    assert seen["lines"] == ["Line 1: the columns enhet, aggregering are missing"]
    seen = catalogue_import(window, write_catalogue(tmp_path, BAD_LINES[0], BAD_LINES[0]))
    assert seen["lines"] == ["The code BY_A appears twice"]
    path = tmp_path / "katalog.csv"
    path.write_bytes(b"\xff\xfe\x00\xd8")  # UTF-16 that breaks off inside a character
    seen = catalogue_import(window, path)
    assert seen["lines"] == ["katalog.csv cannot be read as text"]
    assert stored_catalogue(demo_store.path) == before


def test_references_to_unknown_codes_are_refused_in_english(qtbot, window, demo_store, tmp_path,
                                                             english):
    before = stored_catalogue(demo_store.path)
    seen = catalogue_import(window, write_catalogue(
        tmp_path,
        "BY_A;Del;Part;persons;sum;;month;Egne;;FINNES_IKKE;;;;1",
        "BY_B;Snitt;Mean;days;average;VEKT_X;month;Egne;;;;;;1",
        "BY_C;Andel;Share;percent;ratio;;month;Egne;;;TELLER_X;SH_HIA;100;1",
        "BY_D;Andel av andel;Share of share;percent;ratio;;month;Egne;;;BY_C;SH_HIA;100;1",
        "BY_E;Ring;Circle;persons;last;;month;Egne;;BY_F;;;;1",
        "BY_F;Ring;Circle;persons;last;;month;Egne;;BY_E;;;;1"))
    assert seen["title"] == "The catalogue file cannot be read in"
    assert seen["lines"] == ["; ".join([
        "BY_A: del_av (part of) refers to an unknown code, FINNES_IKKE",
        "BY_B: the weight refers to an unknown code, VEKT_X",
        "BY_C: the numerator or denominator refers to an unknown code, TELLER_X",
        "BY_D: the numerator or denominator cannot be a computed indicator (BY_C)",
        "BY_E: del_av (part of) goes round in a circle",
        "BY_F: del_av (part of) goes round in a circle"])]
    assert stored_catalogue(demo_store.path) == before


# ---------------------------------------------------------------------------- catalogue dialog
def test_the_catalogue_dialog_refuses_an_indicator_in_english(qtbot, dialog, demo_store, english):
    before = stored_catalogue(demo_store.path)
    dialog.new_button.click()
    dialog.code_edit.setText("by intro")
    dialog.name_edit.setText("Introduksjonsprogram")
    assert not dialog.save()
    assert dialog.message.text() == ("Not saved: “by intro” is not a valid code (capital "
                                     "letters A–Z, digits and _, 2–40 characters)")
    dialog.code_edit.setText("BY_INTRO")
    dialog.name_edit.setText("")
    assert not dialog.save()
    assert dialog.message.text() == "Not saved: BY_INTRO: the name is missing"
    dialog.name_edit.setText("Andel i introduksjonsprogram")
    dialog.aggregation_combo.setCurrentIndex(dialog.aggregation_combo.findData("ratio"))
    dialog.numerator_edit.setText("SH_HIA")
    assert not dialog.save()
    assert dialog.message.text() == ("Not saved: BY_INTRO: a computed indicator needs a "
                                     "numerator and a denominator")
    dialog.denominator_edit.setText("SH_HIA")
    dialog.factor_edit.setText("hundre")
    assert not dialog.save()
    assert dialog.message.text() == "Not saved: BY_INTRO: the factor “hundre” is not a number"
    dialog.factor_edit.setText("100")
    dialog.parent_combo.setEditText("FINNES_IKKE")
    assert not dialog.save()
    assert dialog.message.text() == ("Not saved: BY_INTRO: del_av (part of) refers to an "
                                     "unknown code, FINNES_IKKE")
    assert stored_catalogue(demo_store.path) == before


def test_the_catalogue_dialog_refuses_in_bokmal_as_before(qtbot, dialog, demo_store):
    dialog.new_button.click()
    dialog.code_edit.setText("BY_INTRO")
    dialog.name_edit.setText("Andel i introduksjonsprogram")
    dialog.aggregation_combo.setCurrentIndex(dialog.aggregation_combo.findData("ratio"))
    dialog.numerator_edit.setText("SH_HIA")
    dialog.denominator_edit.setText("SH_HIA")
    dialog.parent_combo.setEditText("FINNES_IKKE")
    assert not dialog.save()
    assert dialog.message.text() == ("Ikke lagret: BY_INTRO: del_av viser til ukjent kode "
                                     "FINNES_IKKE")


# ---------------------------------------------------------------------------- goal-card template
BAD_TEMPLATE = "\n".join([
    TEMPLATE_HEADER,
    ";Mål;SAK_DAGER;lavere;;;",
    "A;B;FINNES_IKKE;høyere;;;",
    "A;B;SAK_DAGER;opp;;;",
    "A;B;SAK_DAGER;lavere;20x5;;",
    "A;B;SAK_DAGER;lavere;;1.234;",
    "A;B;SAK_DAGER;lavere;;;-1",
    "A;B;SAK_DAGER;lavere;2025;14;",
    "A;B;SAK_DAGER;høyere;;;",
    "A;B;SAK_DAGER;lavere;2025;12;",
    "A;B;SAK_DAGER;lavere;;15;",
    "A;B;SAK_DAGER;lavere;;16;",
]) + "\n"


def test_a_bad_template_names_its_lines_in_english(qtbot, card, demo_store, tmp_path, english):
    before = stored_card(demo_store.path)
    replaced, (title, lines) = template_import(card, tmp_path, BAD_TEMPLATE)
    assert not replaced
    assert title == "The template has errors"
    assert lines == [
        "Line 2: perspektiv (perspective) and mål (goal) must be filled in",
        "Line 3: unknown indicator “FINNES_IKKE”",
        "Line 4: retning (direction) must be “høyere” (higher) or “lavere” (lower)",
        "Line 5: år (year) must be a year",
        "Line 6: “1.234” is ambiguous: is “.” a thousands separator or a decimal mark? Write "
        "1234 for a whole number, or use at most two decimals",
        "Line 7: gul_grense (the yellow margin) cannot be negative",
        "Line 9: SAK_DAGER has a different direction from a line above",
        "Line 10: the target for SAK_DAGER 2025 appears twice",
        "Line 12: the target for SAK_DAGER for all years appears twice",
    ]
    replaced, (_, lines) = template_import(card, tmp_path, "perspektiv;mål\nA;B\n")
    assert lines == ["Line 1: the columns indikator, retning are missing"]
    assert stored_card(demo_store.path) == before


def test_a_bad_template_names_its_lines_in_bokmal_as_before(qtbot, card, tmp_path):
    replaced, (title, lines) = template_import(card, tmp_path, BAD_TEMPLATE)
    assert title == "Malen har feil"
    assert lines == [
        "Linje 2: perspektiv og mål må fylles ut",
        "Linje 3: ukjent indikator «FINNES_IKKE»",
        "Linje 4: retning må være «høyere» eller «lavere»",
        "Linje 5: år må være et årstall",
        "Linje 6: «1.234» er tvetydig: er «.» tusenskille eller desimaltegn? Skriv 1234 for et "
        "helt tall, eller bruk høyst to desimaler",
        "Linje 7: gul_grense kan ikke være negativ",
        "Linje 9: SAK_DAGER har en annen retning enn på en linje over",
        "Linje 10: målverdien for SAK_DAGER 2025 står to ganger",
        "Linje 12: målverdien for SAK_DAGER alle år står to ganger",
    ]


def changed_template(card, tmp_path) -> tuple[str, str, str]:
    """The office's card as a template, with SAK_DAGER turned round and given new targets,
    a goal and a perspective more, and the rest of SAK_DAGER's goal's perspective gone."""
    exported = tmp_path / "eksport.csv"
    assert card.export_template(str(exported))
    lines = exported.read_text(encoding="utf-8-sig").splitlines()
    days = next(line for line in lines if ";SAK_DAGER;" in line)
    perspective, goal = days.split(";")[:2]
    kept = [line for line in lines if line == lines[0] or not line.startswith(perspective + ";")]
    return "\n".join([
        *kept,
        f"{perspective};{goal};SAK_DAGER;høyere;;12;15",
        f"{perspective};{goal};SAK_DAGER;høyere;2026;10,5;15",
        "Nytt perspektiv;Nytt mål;SH_HIA;lavere;;;",
    ]) + "\n", perspective, goal


def test_what_a_template_changes_is_listed_in_english(qtbot, card, demo_store, tmp_path,
                                                      english):
    text, perspective, goal = changed_template(card, tmp_path)
    old = load_goal_card(demo_store)
    gone_goals = [g.name for p in old.perspectives if p.name == perspective
                  for g in p.goals if g.name != goal]
    replaced, (title, lines) = template_import(card, tmp_path, text)
    assert not replaced and title == "Replace the goal card?"
    assert "New perspective: Nytt perspektiv" in lines
    assert "New goal: Nytt mål (Nytt perspektiv)" in lines
    assert "New measure: SH_HIA under “Nytt mål”" in lines
    assert all(f"Goal removed: {g} ({perspective})" in lines for g in gone_goals)
    assert any(line.startswith("Measure removed: ") for line in lines)
    assert "SAK_DAGER: direction lower → higher" in lines
    assert "SAK_DAGER: yellow margin 10 % → 15 %" in lines
    assert "SAK_DAGER: targets all years: 14 → all years: 12, 2026: 10.5" in lines
    assert not any("Nytt perspektiv:" in line or " fjernet: " in line or "målverdier" in line
                   for line in lines)
    # confirmed, the card is replaced and the page says so in English
    replaced, _ = template_import(card, tmp_path, text, accept=True)
    assert replaced
    assert card.info.text() == (f"The goal card has been updated from mal.csv: {len(lines)} "
                                "change(s).")


def test_what_a_template_changes_is_listed_in_bokmal_as_before(qtbot, card, tmp_path):
    text, _, _ = changed_template(card, tmp_path)
    _, (_, lines) = template_import(card, tmp_path, text)
    assert "Nytt perspektiv: Nytt perspektiv" in lines
    assert "SAK_DAGER: retning lavere → høyere" in lines
    assert "SAK_DAGER: gul grense 10 % → 15 %" in lines
    assert "SAK_DAGER: målverdier alle år: 14 → alle år: 12, 2026: 10.5" in lines


def test_a_template_without_targets_for_a_measure_says_none_in_english(qtbot, card, demo_store,
                                                                       tmp_path, english):
    exported = tmp_path / "eksport.csv"
    assert card.export_template(str(exported))
    text = exported.read_text(encoding="utf-8-sig").replace("SAK_DAGER;lavere;;14",
                                                            "SAK_DAGER;lavere;;")
    _, (_, lines) = template_import(card, tmp_path, text)
    assert lines == ["SAK_DAGER: targets all years: 14 → none"]


# ---------------------------------------------------------------------------- measure dialog
def test_a_bad_target_in_the_measure_dialog_is_refused_in_english(qtbot, demo_store, english):
    from navdesk.ui.measure_dialog import MeasureDialog

    days = next(m for _, _, m in load_goal_card(demo_store).measures()
                if m.indicator == "SAK_DAGER")
    dialog = MeasureDialog(demo_store.catalogue, 2025, days)
    qtbot.addWidget(dialog)
    dialog.target_year.setText("ti dager")
    dialog.accept()
    assert dialog.result_values is None
    assert dialog.message.text() == "The target: “ti dager” is not a number"
