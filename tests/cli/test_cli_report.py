"""navdesk-cli plot and report: pictures, breakdown tables and the PDF without a window."""

from __future__ import annotations

from PySide6.QtGui import QImage

from navdesk.domain.period import Period
from tests.conftest import HOME_CODE


def test_plot_writes_a_png_of_the_last_24_months(cli, demo_store, tmp_path):
    out = tmp_path / "trend.png"
    run = cli("plot", "--db", demo_store.path, "--indicator", "sh_mnd", "--indicator", "SAK_DAGER",
              "--target", "--out", out)
    assert run.code == 0, run.err
    image = QImage(str(out))
    assert image.width() > 600 and len({image.pixel(x, y) for x in range(0, image.width(), 9)
                                        for y in range(0, image.height(), 9)}) > 20
    assert "januar 2024 – desember 2025" in run.err  # the demo's last 24 months


def test_plot_yearly_svg_for_chosen_months(cli, demo_store, tmp_path):
    out = tmp_path / "trend.svg"
    run = cli("plot", "--db", demo_store.path, "--indicator", "SH_BRUTTO", "--yearly",
              "--from", "2024-01", "--to", "2025-06", "--out", out)
    assert run.code == 0, run.err
    text = out.read_text(encoding="utf-8")
    assert "<svg" in text and "tusen kr" in text


def test_plot_refuses_what_it_cannot_draw(cli, demo_store, tmp_path):
    bad = cli("plot", "--db", demo_store.path, "--indicator", "NOPE", "--out", tmp_path / "x.png")
    assert bad.code == 2 and "Ukjent indikator: NOPE" in bad.err
    bad = cli("plot", "--db", demo_store.path, "--indicator", "SH_MND", "--out", tmp_path / "x.jpg")
    assert bad.code == 2 and ".png eller .svg" in bad.err
    bad = cli("plot", "--db", demo_store.path, "--indicator", "SH_MND", "--from", "2025-13")
    assert bad.code == 2
    assert not list(tmp_path.glob("x.*"))


def test_report_breakdown_csv_matches_the_figures(cli, office_store):
    office_store.put_many(HOME_CODE, [("SH_KJONN_MENN", Period(2013, 7), 3),
                                      ("SH_KJONN_KVINNER", Period(2013, 7), 1),
                                      ("SH_KJONN_MENN", Period(2012, 7), 2),
                                      ("SH_KJONN_KVINNER", Period(2012, 7), 2)], source="test")
    run = cli("report", "breakdown", "--db", office_store.path, "--year", 2013, "--month", 7,
              "--compare", "2012", "--format", "csv")
    assert run.code == 0, run.err
    rows = [r for r in run.rows if r[0] == "Kjønn"]
    # July 2012 is the office's first month: every line of the form is expected of it
    first, then = "delvis: 2 av 73 tall", "komplett"
    assert rows == [
        ["Kjønn", "Menn", "SH_KJONN_MENN", "2012", "2012-07", "2", "50,0", first],
        ["Kjønn", "Menn", "SH_KJONN_MENN", "2013", "2013-07", "3", "75,0", then],
        ["Kjønn", "Kvinner", "SH_KJONN_KVINNER", "2012", "2012-07", "2", "50,0", first],
        ["Kjønn", "Kvinner", "SH_KJONN_KVINNER", "2013", "2013-07", "1", "25,0", then],
        ["Kjønn", "Totalt", "", "2012", "2012-07", "4", "100,0", first],
        ["Kjønn", "Totalt", "", "2013", "2013-07", "4", "100,0", then],
    ]
    text = cli("report", "breakdown", "--db", office_store.path, "--year", 2013, "--month", 7,
               "--compare", "2012")
    assert "KJØNN" in text.out.decode("utf-8") and "januar–juli" in text.out.decode("utf-8")


def test_report_pdf_and_a_year_without_figures(cli, demo_store, tmp_path):
    out = tmp_path / "rapport.pdf"
    run = cli("report", "pdf", "--db", demo_store.path, "--year", 2025, "--month", 6, "--out", out)
    assert run.code == 0, run.err
    assert out.read_bytes().startswith(b"%PDF") and "januar–juni 2025" in run.err
    none = cli("report", "pdf", "--db", demo_store.path, "--year", 2019,
               "--out", tmp_path / "n.pdf")
    assert none.code == 2 and "Ingen tall er registrert for 2019" in none.err
    assert not (tmp_path / "n.pdf").exists()
