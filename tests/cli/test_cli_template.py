"""navdesk-cli template export / import: the municipality's goal-card template."""

from __future__ import annotations

from navdesk.domain.period import Period
from navdesk.resources_path import read_resource_bytes
from navdesk.store.goalcard import load_goal_card, measure_comments, set_measure_comment
from tests.cli.runs import run
from tests.conftest import HOME_CODE


def test_export_of_the_default_goal_card_is_the_shipped_template(office_store, tmp_path, capsys):
    out = tmp_path / "mal.csv"
    code, _, _ = run(capsys, "template", "export", "--db", office_store.path, "--out", out)
    assert code == 0
    assert out.read_bytes() == read_resource_bytes("goalcard_template.csv")


def test_import_replaces_the_card_says_what_changed_and_keeps_comments(
        office_store, tmp_path, capsys):
    days = next(m for _, _, m in load_goal_card(office_store).measures()
                if m.indicator == "SAK_DAGER")
    set_measure_comment(office_store, HOME_CODE, days.id, Period(2025, 3), "Bemanningen er styrket")
    text = read_resource_bytes("goalcard_template.csv").decode("utf-8-sig")
    text = text.replace("SAK_DAGER;lavere;;14;10", "SAK_DAGER;lavere;;12;10\r\n"
                        "Brukerperspektiv;Riktig tjeneste og ytelse til rett tid;SAK_DAGER;"
                        "lavere;2026;10;10")
    text = text.replace("Økonomi;God økonomistyring;SH_BRUTTO;lavere;;;10\r\n", "")
    path = tmp_path / "kommunens-mal.csv"
    path.write_text(text, encoding="utf-8-sig")

    code, out, err = run(capsys, "template", "import", "--db", office_store.path, path, "--dry-run")
    assert code == 0 and "Prøvekjøring" in err
    assert "målverdier alle år: 14 → alle år: 12, 2026: 10" in out
    assert "Måling fjernet: SH_BRUTTO" in out
    assert any(m.indicator == "SH_BRUTTO" for _, _, m in load_goal_card(office_store).measures())

    code, out, err = run(capsys, "template", "import", "--db", office_store.path, path)
    assert code == 0 and "oppdatert" in err
    card = load_goal_card(office_store)
    after = next(m for _, _, m in card.measures() if m.indicator == "SAK_DAGER")
    assert after.id == days.id and after.targets == {None: 12.0, 2026: 10.0}
    assert not any(m.indicator == "SH_BRUTTO" for _, _, m in card.measures())
    assert measure_comments(office_store, HOME_CODE, Period(2025, 3)) == {
        days.id: "Bemanningen er styrket"}

    code, out, err = run(capsys, "template", "import", "--db", office_store.path, path)
    assert code == 0 and "ingenting å endre" in err


def test_a_bad_template_changes_nothing_and_names_its_lines(office_store, tmp_path, capsys):
    before = load_goal_card(office_store)
    path = tmp_path / "feil.csv"
    path.write_text("perspektiv;mål;indikator;retning;år;målverdi;gul_grense\r\n"
                    "Bruker;Raskt;SAK_DAGER;lavere;;14;10\r\n"
                    "Bruker;Raskt;UKJENT;lavere;;;\r\n"
                    "Bruker;Raskt;SH_MND;sidelengs;;;\r\n", encoding="utf-8-sig")
    code, out, err = run(capsys, "template", "import", "--db", office_store.path, path)
    assert code == 2
    assert "Linje 3" in err and "Linje 4" in err and "Traceback" not in err
    assert load_goal_card(office_store) == before


def test_a_formula_guard_in_a_template_is_undone(office_store, tmp_path, capsys):
    path = tmp_path / "vakt.csv"
    path.write_text("perspektiv;mål;indikator;retning;år;målverdi;gul_grense\r\n"
                    "Bruker;'=Raskt;SAK_DAGER;lavere;;14;10\r\n", encoding="utf-8-sig")
    # one measure for the whole card: --replace (issue 14)
    code, _, _ = run(capsys, "template", "import", "--db", office_store.path, path, "--replace")
    assert code == 0
    assert load_goal_card(office_store).perspectives[0].goals[0].name == "=Raskt"


def _tables(store) -> dict[str, list[tuple]]:
    names = [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {n: sorted(store.conn.execute(f"SELECT * FROM {n}").fetchall(), key=repr)
            for n in names}


def test_a_header_only_template_is_refused_without_replace_and_nothing_changes(
        office_store, tmp_path, capsys):
    """Issue 14: a template cut after its first line deleted the whole goal card and
    every comment, rc 0. Now: rc 2 and the reason, every table as it was."""
    days = next(m for _, _, m in load_goal_card(office_store).measures()
                if m.indicator == "SAK_DAGER")
    set_measure_comment(office_store, HOME_CODE, days.id, Period(2025, 3), "Forklaring")
    header = read_resource_bytes("goalcard_template.csv").decode("utf-8-sig").splitlines()[0]
    cut = tmp_path / "avkuttet.csv"
    cut.write_text(header + "\r\n", encoding="utf-8-sig")
    before = _tables(office_store)
    code, _, err = run(capsys, "template", "import", "--db", office_store.path, cut)
    assert code == 2
    total = len(list(load_goal_card(office_store).measures()))
    assert f"Malen fjerner {total} av {total} målinger" in err and "--replace" in err
    assert _tables(office_store) == before
    # with --replace the leader means it: the card is emptied, the comments are kept
    code, _, err = run(capsys, "template", "import", "--db", office_store.path, cut, "--replace")
    assert code == 0
    assert list(load_goal_card(office_store).measures()) == []
    assert office_store.conn.execute(
        "SELECT comment FROM kept_measure_comment WHERE indicator = 'SAK_DAGER'").fetchall() == [
        ("Forklaring",)]
    logged = [c.what for c in office_store.change_log()]
    assert any("avkuttet.csv" in what for what in logged)
    # the full template brings the measure and its comment back
    full = tmp_path / "mal.csv"
    full.write_bytes(read_resource_bytes("goalcard_template.csv"))
    assert run(capsys, "template", "import", "--db", office_store.path, full)[0] == 0
    back = next(m for _, _, m in load_goal_card(office_store).measures()
                if m.indicator == "SAK_DAGER")
    assert measure_comments(office_store, HOME_CODE, Period(2025, 3)) == {back.id: "Forklaring"}


def test_a_template_removing_less_than_half_needs_no_replace(office_store, tmp_path, capsys):
    text = read_resource_bytes("goalcard_template.csv").decode("utf-8-sig")
    lines = text.splitlines()
    path = tmp_path / "mal.csv"
    path.write_text("\r\n".join(lines[:-2]) + "\r\n", encoding="utf-8-sig")  # two measures fewer
    code, _, err = run(capsys, "template", "import", "--db", office_store.path, path)
    assert code == 0 and "oppdatert" in err, err
