"""navdesk-cli goalcard: the goal card as a table or a file, from the domain's rules."""

from __future__ import annotations

import csv
import io

from navdesk.cli.main import main
from navdesk.domain.goalcard import evaluate_measure
from navdesk.domain.period import Period
from navdesk.present.goalcard import GOALCARD_COLUMNS
from navdesk.store.goalcard import load_goal_card, set_measure_comment, set_target
from tests.conftest import HOME_CODE


def run(capsysbinary, *args):
    code = main([*(str(a) for a in args)])
    out = capsysbinary.readouterr()
    return code, out.out, out.err.decode("utf-8")


def test_csv_has_the_columns_and_the_domains_figures(demo_store, capsysbinary):
    days = next(m for _, _, m in load_goal_card(demo_store).measures()
                if m.indicator == "SAK_DAGER")
    set_target(demo_store, days.id, 2025, 9)
    set_measure_comment(demo_store, HOME_CODE, days.id, Period(2025, 6), "=Ny rutine")
    code, out, _ = run(capsysbinary, "goalcard", "--db", demo_store.path, "--year", 2025,
                       "--month", 6, "--format", "csv")
    assert code == 0
    assert out.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(out.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert tuple(rows[0]) == GOALCARD_COLUMNS
    row = next(r for r in rows[1:] if r[2] == "SAK_DAGER")
    figures = demo_store.figures(HOME_CODE, [2024, 2025])
    days = next(m for _, _, m in load_goal_card(demo_store).measures() if m.id == days.id)
    expected = evaluate_measure(demo_store.catalogue, figures, days, 2025, 6)
    assert row[4] == "2025-06"
    assert row[5] == f"{round(expected.value, 2):.2f}".rstrip("0").rstrip(".").replace(".", ",")
    assert (row[6], row[7], row[8], row[10]) == ("9", "9", "lavere", expected.status.value)
    assert row[13] == "'=Ny rutine"  # guarded against Excel formulas
    assert {r[10] for r in rows[1:]} <= {"grønn", "gul", "rød", "mangler"}


def test_the_sum_target_is_pro_rated_in_the_file(demo_store, capsysbinary):
    work = next(m for _, _, m in load_goal_card(demo_store).measures()
                if m.indicator == "ARB_TIL_ARBEID")
    set_target(demo_store, work.id, None, 120)
    code, out, _ = run(capsysbinary, "goalcard", "--db", demo_store.path, "--year", 2025,
                       "--month", 3, "--format", "csv")
    row = next(r for r in csv.reader(io.StringIO(out.decode("utf-8-sig")), delimiter=";")
               if r[2] == "ARB_TIL_ARBEID")
    assert (row[6], row[7]) == ("120", "30")


def test_the_text_table_shows_status_words_and_symbols(demo_store, capsysbinary):
    code, out, _ = run(capsysbinary, "goalcard", "--db", demo_store.path, "--year", 2025)
    text = out.decode("utf-8")
    assert code == 0
    assert "Styringskort til og med 2025-12" in text
    assert "BRUKERPERSPEKTIV" in text and "● grønn" in text  # processing time under 14 days


def test_a_year_without_figures_is_refused_with_a_message(demo_store, capsysbinary):
    code, out, err = run(capsysbinary, "goalcard", "--db", demo_store.path, "--year", 2019)
    assert code == 2 and out == b""
    assert "Ingen tall" in err and "Traceback" not in err
