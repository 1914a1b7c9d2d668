"""navdesk-cli on issue 11's case (December 2025 half entered): goalcard and report run
through the latest whole month by default; a partial month asked for with --month is
allowed and labelled, never refused."""

from __future__ import annotations

from navdesk.present.breakdown import BREAKDOWN_COLUMNS
from navdesk.present.goalcard import GOALCARD_COLUMNS
from tests.partial_case import WORK

LABEL = "desember 2025: 3 av 75 tall (delvis måned)"


def work_line(text: str) -> str:
    return next(line for line in text.splitlines() if "stønad til arbeid" in line)


def test_goalcard_text_defaults_to_the_latest_whole_month(cli, partial):
    run = cli("goalcard", *partial, "--year", 2025)
    assert run.code == 0, run.err
    text = run.out.decode("utf-8")
    assert text.startswith("Styringskort til og med 2025-11\n"
                           "Desember 2025 er delvis (3 av 75 tall) og ikke med\n\n")
    assert "▲ gul" in work_line(text) and "91,7" in work_line(text)
    assert "(delvis måned)" not in text and run.err == ""


def test_goalcard_for_a_partial_month_says_so_under_the_title(cli, partial):
    run = cli("goalcard", *partial, "--year", 2025, "--month", 12)
    assert run.code == 0, run.err
    lines = run.out.decode("utf-8").splitlines()
    assert lines[:2] == ["Styringskort til og med 2025-12", LABEL]
    # without a December figure the flow is read through November, and says so
    assert "▲ gul" in work_line("\n".join(lines))
    assert work_line("\n".join(lines)).endswith("(til og med november)")


def test_goalcard_csv_carries_the_months_state_on_every_row(cli, partial, tmp_path):
    run = cli("goalcard", *partial, "--year", 2025, "--month", 12, "--format", "csv")
    assert run.code == 0, run.err
    header, *rows = run.rows
    assert tuple(header) == GOALCARD_COLUMNS and header[-1] == "måned_status"
    assert {r[-1] for r in rows} == {"delvis: 3 av 75 tall"}
    assert next(r for r in rows if r[2] == WORK)[4] == "2025-11"  # its figure's month
    assert run.err == f"Merk: {LABEL}\n"  # the file has no title line: said beside it
    default = cli("goalcard", *partial, "--year", 2025, "--format", "csv")
    assert {r[4] for r in default.rows[1:]} == {"2025-11"}
    assert {r[-1] for r in default.rows[1:]} == {"komplett"}
    out = tmp_path / "kort.txt"
    to_file = cli("goalcard", *partial, "--year", 2025, "--month", 12, "--out", out)
    assert to_file.err == f"Merk: {LABEL}\n" and LABEL in out.read_text(encoding="utf-8")


def test_report_breakdown_defaults_to_the_latest_whole_month_and_labels_a_partial_one(
        cli, partial):
    run = cli("report", "breakdown", *partial, "--year", 2025, "--format", "csv")
    assert run.code == 0, run.err
    header, *rows = run.rows
    assert tuple(header) == BREAKDOWN_COLUMNS
    assert {(r[4], r[-1]) for r in rows} == {("2025-11", "komplett")}
    text = cli("report", "breakdown", *partial, "--year", 2025, "--month", 12)
    lines = text.out.decode("utf-8").splitlines()
    assert text.code == 0 and lines[0] == LABEL
    assert "hele året" in text.out.decode("utf-8")
    plain = cli("report", "breakdown", *partial, "--year", 2025).out.decode("utf-8")
    assert "januar–november" in plain and "(delvis måned)" not in plain
    assert plain.startswith("Desember 2025 er delvis (3 av 75 tall) og ikke med\n\n")


def test_report_pdf_defaults_to_the_latest_whole_month_and_labels_a_partial_one(
        cli, partial, tmp_path):
    run = cli("report", "pdf", *partial, "--year", 2025, "--out", tmp_path / "r.pdf")
    assert run.code == 0, run.err
    assert "statusrapport for januar–november 2025" in run.err
    assert "(delvis måned)" not in run.err
    assert run.err.endswith("\nMerk: Desember 2025 er delvis (3 av 75 tall) og ikke med\n")
    run = cli("report", "pdf", *partial, "--year", 2025, "--month", 12,
              "--out", tmp_path / "d.pdf")
    assert run.code == 0, run.err
    assert "statusrapport for året 2025" in run.err and f"Merk: {LABEL}" in run.err
    assert (tmp_path / "d.pdf").read_bytes().startswith(b"%PDF")
