"""What closing a month needs an explicit yes for, and the note it is logged with."""

from __future__ import annotations

from datetime import date

from navdesk.domain.catalogue import build_catalogue
from navdesk.domain.closing import closing_note, closing_problems, month_words
from navdesk.domain.completeness import month_completeness, review_month
from navdesk.domain.demo import demo_values
from navdesk.domain.period import Period
from navdesk.formats.catalogue_file import default_catalogue

CAT = build_catalogue(default_catalogue())
JAN, FEB = Period(2025, 1), Period(2025, 2)
AFTER = date(2025, 3, 1)  # the first day February is over


def figures(first=JAN, last=FEB) -> dict:
    out: dict = {}
    for code, period, value in demo_values("0312", first, last):
        out.setdefault(code, {})[period] = value
    return out


def test_a_whole_month_that_is_over_needs_no_extra_yes_and_its_note_is_its_summary():
    review = review_month(CAT, figures(), {}, FEB)
    assert closing_problems(review, AFTER) == []
    assert closing_note(review, AFTER) == "73 av 73 tall, ingen åpne avvik"


def test_missing_lines_and_a_month_not_over_are_both_named():
    f = figures()
    del f["SH_NODHJELP"][FEB]
    review = review_month(CAT, f, {}, FEB)
    assert closing_problems(review, date(2025, 2, 28)) == [
        "1 av 73 tall mangler", "februar 2025 er ikke over ennå"]
    assert closing_note(review, date(2025, 2, 28)) == (
        "72 av 73 tall, ingen åpne avvik; rapportert med 1 tall som mangler; "
        "rapportert før måneden var over")


def test_open_warnings_are_noted_but_do_not_need_an_extra_yes():
    f = figures()
    f["SH_MND"][FEB] = f["SH_HIA"][FEB] + 1
    review = review_month(CAT, f, {}, FEB)
    assert review.unexplained
    assert closing_problems(review, AFTER) == []
    assert str(closing_note(review, AFTER)).endswith(" avvik uten kommentar")


def test_the_section_counts_name_their_missing_lines():
    f = figures()
    del f["KVP_NYE"][FEB]
    c = month_completeness(CAT, f, FEB)
    kvp = next(s for s in c.sections if s.section == CAT["KVP_NYE"].section)
    assert (kvp.entered, kvp.missing) == (kvp.expected - 1, ("KVP_NYE",))
    assert all(not s.missing for s in c.sections if s is not kvp)


def test_month_words_are_the_month_as_a_sentence_writes_it():
    assert month_words(Period(2025, 12)) == "desember 2025"
