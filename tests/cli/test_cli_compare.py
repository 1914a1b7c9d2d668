"""navdesk-cli compare: the offices side by side, indexed to the network = 100, as the
issue spells the file; figures worked out by hand in the comments."""

from __future__ import annotations

import pytest

from navdesk.domain.period import Period
from navdesk.present.comparison import COMPARISON_COLUMNS, comparison
from navdesk.store.network import offices_figures

Y = 2024


@pytest.fixture
def network(office_store):
    """Three offices of very different sizes: 0312 (the home office) is small, 0301
    large, 0313 has entered only January."""
    s = office_store
    s.save_office("0301", "NAV Alna", "Oslo")
    s.save_office("0313", "NAV Gamle Oslo", "Oslo")
    for office, brutto in (("0301", (100_000, 120_000, 110_000)),
                           ("0312", (5_000, 8_000, 6_000)), ("0313", (1_000,))):
        s.put_many(office, [("SH_BRUTTO", Period(Y, m), v) for m, v in enumerate(brutto, 1)],
                   source="test")
    s.put_many("0301", [("SH_HIA", Period(Y, 3), 1_300)], source="test")
    s.put_many("0312", [("SH_HIA", Period(Y, 3), 65)], source="test")
    return s


def test_csv_has_a_row_per_office_then_the_network(network, cli):
    run = cli("compare", "--db", network.path, "--indicator", "SH_BRUTTO", "--year", Y,
              "--format", "csv")
    assert run.code == 0, run.err
    # network 330 000 + 19 000 + 1 000 = 350 000; indexes 330/350 = 94.29, 19/350 = 5.43,
    # 1/350 = 0.29
    assert run.rows == [list(COMPARISON_COLUMNS),
                        ["0301", "NAV Alna", "330000", "94,29"],
                        ["0312", "NAV Frogner", "19000", "5,43"],
                        ["0313", "NAV Gamle Oslo", "1000", "0,29"],
                        ["alle", "Alle kontorer", "350000", "100"]]


def test_month_means_the_year_so_far(network, cli, tmp_path):
    out = tmp_path / "sammenligning.csv"
    run = cli("compare", "--db", network.path, "--indicator", "sh_brutto", "--year", Y,
              "--month", 1, "--format", "csv", "--out", out)
    assert run.code == 0, run.err
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    # January: 100 000 + 5 000 + 1 000 = 106 000; 100/106 = 94.34, 5/106 = 4.72, 1/106 = 0.94
    assert out.read_text("utf-8-sig").splitlines() == [
        "kontornr;kontor;verdi;indeks", "0301;NAV Alna;100000;94,34",
        "0312;NAV Frogner;5000;4,72", "0313;NAV Gamle Oslo;1000;0,94",
        "alle;Alle kontorer;106000;100"]


def test_a_ratio_is_from_the_summed_parts(network, cli):
    run = cli("compare", "--db", network.path, "--indicator", "D_BRUTTO_PER_MOTTAKER",
              "--year", Y, "--format", "csv")
    assert run.code == 0, run.err
    # 0313 has no recipients: no figure, no row. Network (330 000 + 19 000 + 1 000) /
    # (1 300 + 65) = 350 000 / 1 365 = 256.41; 0301 253.85 -> 99.0; 0312 292.31 -> 114.0
    assert run.rows[1:] == [["0301", "NAV Alna", "253,85", "99"],
                            ["0312", "NAV Frogner", "292,31", "114"],
                            ["alle", "Alle kontorer", "256,41", "100"]]


def test_text_marks_the_partial_office(network, cli):
    run = cli("compare", "--db", network.path, "--indicator", "SH_BRUTTO", "--year", Y)
    assert run.code == 0, run.err
    text = run.out.decode("utf-8")
    assert text.startswith("Brutto utbetalt sosialhjelp (SH_BRUTTO), 2024: indeksert mot")
    line = next(li for li in text.splitlines() if li.startswith("0313"))
    assert line.endswith("0,3 *")
    assert "* 0313 NAV Gamle Oslo: delvis, mangler februar, mars" in text
    assert not next(li for li in text.splitlines() if li.startswith("0301")).endswith("*")


def test_text_says_what_the_index_of_a_summed_figure_is(network, cli):
    """Kroner paid are summed into the network's: an office's index is its share of the
    sum (said under the title); a ratio's index is against the network's rate (no note)."""
    summed = cli("compare", "--db", network.path, "--indicator", "SH_BRUTTO", "--year", Y)
    assert summed.out.decode("utf-8").splitlines()[1] == (
        "Kontorenes tall legges sammen til alle kontorers: indeksen er kontorets andel av "
        "summen, i prosent")
    rate = cli("compare", "--db", network.path, "--indicator", "D_BRUTTO_PER_MOTTAKER",
               "--year", Y)
    assert rate.out.decode("utf-8").splitlines()[1] == ""


@pytest.mark.parametrize("args, reason", [
    (["--indicator", "NO_SUCH", "--year", Y], "ukjent indikator «NO_SUCH»"),
    (["--indicator", "SH_BRUTTO", "--year", 2019], "ingen kontorer har tall for SH_BRUTTO i 2019"),
    (["--indicator", "SH_MND", "--year", Y], "ingen kontorer har tall for SH_MND i 2024"),
])
def test_bad_input_is_refused(network, cli, args, reason):
    run = cli("compare", "--db", network.path, *args)
    assert run.code == 2
    assert reason in run.err
    assert run.out == b""


def test_one_office_only_is_refused(office_store, cli):
    office_store.put_many("0312", [("SH_BRUTTO", Period(Y, 1), 5)], source="test")
    run = cli("compare", "--db", office_store.path, "--indicator", "SH_BRUTTO", "--year", Y)
    assert run.code == 2
    assert "bare ett kontor har tall for SH_BRUTTO i 2024" in run.err


def test_the_store_reads_every_office_and_the_parts(network):
    figures = offices_figures(network, ["D_BRUTTO_PER_MOTTAKER"], [Y])
    assert set(figures) == {"0301", "0312", "0313"}
    assert figures["0301"]["SH_HIA"] == {Period(Y, 3): 1_300}
    assert figures["0313"] == {"SH_BRUTTO": {Period(Y, 1): 1_000}}
    assert offices_figures(network, ["SH_BRUTTO"], [Y - 1]) == {}


def test_comparison_api_for_a_window(network):
    c = comparison(network, "SH_BRUTTO", Y, 2)
    # through February: 0313 lacks February
    assert [(r.office, r.partial) for r in c.rows] == [("0301", False), ("0312", False),
                                                       ("0313", True)]
    assert c.network == 234_000  # 220 000 + 13 000 + 1 000


def test_profile_gives_each_indicator_as_an_index(network):
    from navdesk.present.comparison import profile

    rows = {r.code: r for r in profile(network, "0312", ["SH_BRUTTO", "D_BRUTTO_PER_MOTTAKER",
                                                         "NO_SUCH"], Y)}
    assert set(rows) == {"SH_BRUTTO", "D_BRUTTO_PER_MOTTAKER"}
    # 19 000 / 350 000 x 100 = 5.43; (19 000 / 65) / (350 000 / 1 365) x 100 = 114.0
    assert rows["SH_BRUTTO"].index == pytest.approx(5.4285714)
    assert rows["D_BRUTTO_PER_MOTTAKER"].index == pytest.approx(114.0)
    assert rows["D_BRUTTO_PER_MOTTAKER"].network == pytest.approx(256.4102564)
    assert not rows["SH_BRUTTO"].partial
    assert profile(network, "0313", ["SH_BRUTTO"], Y)[0].partial


def test_a_yearly_indicator_is_its_years_whatever_month_is_asked(network, cli):
    network.put_many("0301", [("BRUKERTILFREDSHET", Period(Y), 80)], source="test")
    network.put_many("0312", [("BRUKERTILFREDSHET", Period(Y), 60)], source="test")
    run = cli("compare", "--db", network.path, "--indicator", "BRUKERTILFREDSHET",
              "--year", Y, "--month", 3)
    assert run.code == 0, run.err
    first = run.out.decode("utf-8").splitlines()[0]
    assert first.endswith(f"(BRUKERTILFREDSHET), {Y}: indeksert mot alle kontorer = 100")
    # a survey's share: the plain mean of 80 and 60 is 70
    assert "alle  Alle kontorer" in run.out.decode("utf-8")
    assert run.out.decode("utf-8").splitlines()[-1].split()[-2:] == ["70", "100"]
