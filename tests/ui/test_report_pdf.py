"""The status report: its content from a real database and the PDF Qt writes."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QImage, QPainter

from navdesk.domain.goalcard import Status
from navdesk.domain.period import Period
from navdesk.present.goalcard import NoFigures
from navdesk.present.report import KEY_TRENDS, MAX_TRENDS, report_content
from navdesk.ui.report_pdf import Table, Text, _is_head, _paginate, write_report_pdf


def pictures(store, office):
    """The office's trend pictures, as the window's service gives them."""
    from navdesk.present.trends import trend_picture

    return lambda options: trend_picture(store, office.code, options)


def pdf_pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", path.read_bytes()))


def test_the_content_follows_the_goal_card_and_compares_with_last_year(demo_store):
    office = demo_store.home_office()
    content = report_content(demo_store, office, 2025, 7)
    assert content.period_words == "januar–juli 2025"
    assert len(content.goal_card) == 18 and all(r.result.through == Period(2025, 7)
                                                for r in content.goal_card)
    codes = [opts.codes[0] for _, opts in content.trends]
    assert codes[:2] == KEY_TRENDS and len(codes) <= MAX_TRENDS
    statuses = {r.result.measure.indicator: r.result.status for r in content.goal_card}
    off = [c for c in codes[2:]]
    assert all(statuses[c] in (Status.RED, Status.YELLOW) for c in off)
    reds = [c for c in off if statuses[c] is Status.RED]
    assert off[:len(reds)] == reds  # the red ones first
    assert all(t.years == (2024, 2025) and t.through_month == 7 for t in content.breakdowns)
    assert all(f.period.year == 2025 and f.period.month <= 7 for f in content.findings)


def test_the_pdf_has_pages_and_is_not_trivial(qtbot, demo_store, tmp_path):
    office = demo_store.home_office()
    path = tmp_path / "rapport.pdf"
    pages = write_report_pdf(report_content(demo_store, office, 2025),
                             pictures(demo_store, office), str(path))
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 100_000
    assert pages == pdf_pages(path) >= 3
    assert b"navdesk" in data  # the creator


def test_a_year_without_figures_is_refused(demo_store):
    with pytest.raises(NoFigures, match="Ingen tall"):
        report_content(demo_store, demo_store.home_office(), 2019)


def test_a_long_table_goes_on_with_its_header_on_every_page(qtbot):
    image = QImage(2000, 3000, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        table = Table(["Kategori", "Antall"], [0.8, 0.2], right={1})
        for n in range(300):
            table.add([f"Linje {n}", str(n)])
        blocks = [Text("Overskrift", keep_with_next=True), table]
        pages = _paginate(painter, blocks, 1800, 2800)
    finally:
        painter.end()
    assert len(pages) > 2
    assert isinstance(pages[0][0][0], Text) and _is_head(pages[0][1][0])  # heading with its table
    assert all(_is_head(page[0][0]) for page in pages[1:])
    rows = [item for page in pages for item, _ in page
            if not _is_head(item) and item is not blocks[0]]
    # each row once, in order
    assert [r.cells[0] for r in rows] == [f"Linje {n}" for n in range(300)]


def _pdf_title(path) -> str:
    """The title in the PDF's own information dictionary (UTF-16 as Qt writes it)."""
    data = path.read_bytes()
    start = data.index(b"/Title (") + len(b"/Title (")
    raw, n = bytearray(), start
    while data[n:n + 1] != b")":
        if data[n:n + 1] == b"\\":
            n += 1
        raw += data[n:n + 1]
        n += 1
    return raw.decode("utf-16")


def _texts(blocks) -> list[str]:
    out = []
    for block in blocks:
        if isinstance(block, Text):
            out.append(block.text)
        elif isinstance(block, Table):
            out += [" | ".join(row.cells) for row in block.rows]
    return out


def test_a_partial_month_is_named_on_the_cover_in_the_period_and_on_every_page(
        qtbot, demo_store, tmp_path):
    from navdesk.ui.report_pdf import footer_text, report_blocks
    from tests.partial_case import half_enter_december

    half_enter_december(demo_store)
    office = demo_store.home_office()
    content = report_content(demo_store, office, 2025, 12)
    texts = _texts(report_blocks(content, []))
    assert texts[0] == "Statusrapport året 2025"
    assert texts[1] == "Desember 2025: 3 av 75 tall (delvis måned)"  # right under the title
    assert ("Tallene gjelder året 2025 (desember delvis: 3 av 75 tall), sammenlignet med de "
            "samme månedene året før. Desember 2025 er ikke ferdig registrert, så tallene for "
            "perioden er ufullstendige.") in texts[3]
    assert any(t.startswith("Antall og andel av summen av delene, året 2025 (desember delvis: "
                            "3 av 75 tall)") for t in texts)
    # like with like: without a December figure the flow is read through November, and
    # its line says so (86 against >= 100, red, was the trap of issue 11)
    assert any("Personer som gikk fra stønad til arbeid (til og med november) | 86 | ≥ 91,7 | "
               "▲ gul" in t for t in texts)
    assert footer_text(content) == ("NAV Frogner · statusrapport året 2025 (desember delvis: "
                                    "3 av 75 tall)")
    path = tmp_path / "delvis.pdf"
    assert write_report_pdf(content, pictures(demo_store, content.office), str(path)) >= 3
    assert _pdf_title(path) == ("Statusrapport NAV Frogner året 2025 (desember delvis: "
                                "3 av 75 tall)")


def test_by_default_the_report_runs_through_the_latest_whole_month_without_a_label(
        qtbot, demo_store, tmp_path):
    from navdesk.ui.report_pdf import footer_text, report_blocks
    from tests.partial_case import half_enter_december

    half_enter_december(demo_store)
    content = report_content(demo_store, demo_store.home_office(), 2025)
    texts = _texts(report_blocks(content, []))
    assert texts[0] == "Statusrapport januar–november 2025"
    assert texts[1] == "Desember 2025 er delvis (3 av 75 tall) og ikke med."  # never silent
    assert not any("delvis måned" in t or "ufullstendige" in t for t in texts)
    assert not any("(til og med " in t for t in texts)
    assert any("Personer som gikk fra stønad til arbeid | 86 | ≥ 91,7 | ▲ gul" in t
               for t in texts)
    assert footer_text(content) == "NAV Frogner · statusrapport januar–november 2025"
    path = tmp_path / "november.pdf"
    write_report_pdf(content, pictures(demo_store, content.office), str(path))
    assert _pdf_title(path) == "Statusrapport NAV Frogner januar–november 2025"
