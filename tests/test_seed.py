"""The seed document: every sentence of the real PM is in the case file, in its right part."""

from __future__ import annotations

import datetime as dt

import pytest

from pmtui.format import parse_case
from pmtui.format.render import render_text
from pmtui.model import Case, Dnr, Position, SectionKind
from pmtui.model.prose import normalize_whitespace, split_sentences
from tests.conftest import BUNDLED_CASES, SEED_TEXT

SEED = normalize_whitespace(SEED_TEXT.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def case() -> Case:
    return parse_case((BUNDLED_CASES / "2023" / "ks-2023-886.md").read_bytes())


def _between(start: str, end: str | None = None) -> str:
    """The part of the seed after the first ``start`` and before the next ``end``."""
    begin = SEED.index(start) + len(start)
    return SEED[begin : SEED.index(end, begin)] if end else SEED[begin:]


def test_rendered_case_is_the_seed_word_for_word(case: Case) -> None:
    assert normalize_whitespace(render_text(case)) == SEED


def test_every_seed_sentence_is_rendered(case: Case) -> None:
    rendered = normalize_whitespace(render_text(case))
    missing = [s for s in split_sentences(SEED) if s not in rendered]
    assert missing == []


def test_header_title_presenter_date_and_outcome(case: Case) -> None:
    assert SEED.startswith(f"{case.header} {case.title} {case.subtitles[0]} Förslag till beslut")
    assert case.dnr == Dnr.parse("KS 2023/886") and case.rotel == "I"
    assert case.title == "Strong Cities Network Global Summit"
    assert case.subtitles == ["New York, USA, den 19-21 september 2023"]
    assert case.presenters == ["Karin Wanngård"]
    assert f"Föredragande borgarrådet {case.presenters[0]} Sammanfattning" in SEED
    assert (case.place, case.date) == ("Stockholm", dt.date(2023, 9, 6))
    assert "Stockholm den 6 september 2023 Karin Wanngård" in SEED
    assert case.outcome is not None and case.outcome.position is Position.TILLSTYRKER
    assert f"Karin Wanngård {case.outcome.sentence} Ärendet" in SEED


def _paragraphs(case: Case, kind: SectionKind) -> list[str]:
    section = case.section(kind)
    assert section is not None
    return section.paragraphs


def test_summary_paragraphs_are_the_seeds_summary(case: Case) -> None:
    part = _between("Sammanfattning av ärendet ", " Beredning ")
    paragraphs = _paragraphs(case, SectionKind.SUMMARY)
    assert len(paragraphs) == 3
    assert " ".join(paragraphs) == part.strip()
    assert paragraphs[2].endswith(
        "Till mötet väntas ca 90 borgmästare och vice borgmästare från hela världen."
    )


def test_preparation_paragraphs_are_the_seeds_beredning(case: Case) -> None:
    part = _between(" Beredning ", " Föredragande borgarrådets synpunkter")
    paragraphs = _paragraphs(case, SectionKind.PREPARATION)
    assert paragraphs[0] == "Ärendet har beretts av stadsledningskontoret."
    assert " ".join(paragraphs) == part.strip()


def test_the_proposal_is_the_commissioners_and_the_boards(case: Case) -> None:
    (block,) = case.decision_blocks
    assert (
        block.intro
        == "Jag föreslår att borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande."
    )
    own = _between(
        "Jag föreslår att borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande. ",
        " Borgarrådsberedningen föreslår",
    )
    ((number, point),) = block.numbered_points()
    assert number == "" and point.text == own.strip()
    (board,) = case.board_proposal
    assert board.intro == "Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande."
    assert case.board_decision_blocks is None
    boards = _between(
        "Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande. ", " Stockholm den"
    )
    assert board.points[0].text == boards.strip()


def test_background_paragraphs_are_the_seeds_arendet(case: Case) -> None:
    part = _between(
        "tillstyrker föredragande borgarrådets förslag. Ärendet ", " Remissammanställningen "
    )
    paragraphs = _paragraphs(case, SectionKind.BACKGROUND)
    assert len(paragraphs) == 4
    assert " ".join(paragraphs) == part.strip()
    assert "(155-1302/2015)" in paragraphs[2]
    assert [r.dnr for r in case.references] == [Dnr.parse("155-1302/2015")]


def test_the_statement_of_stadsledningskontoret_is_its_subsection(case: Case) -> None:
    section = case.section(SectionKind.REFERRALS)
    assert section is not None
    assert section.paragraphs == ["Ärendet har beretts av stadsledningskontoret."]
    statement = section.subsection("Stadsledningskontoret")
    assert statement is not None
    part = _between(
        " Remissammanställningen Ärendet har beretts av stadsledningskontoret. "
        "Stadsledningskontoret "
    )
    assert " ".join(statement.paragraphs) == part.strip()
    assert statement.paragraphs[0] == (
        "Stadsledningskontorets tjänsteutlåtande daterat den 22 augusti 2023 "
        "har i huvudsak följande lydelse."
    )
    (referral,) = case.referrals
    assert (referral.body, referral.date, referral.declined) == (
        "Stadsledningskontoret",
        dt.date(2023, 8, 22),
        False,
    )


def test_views_section_holds_the_proposal_in_the_seed(case: Case) -> None:
    views = case.section(SectionKind.VIEWS)
    assert views is not None and views.heading == "Föredragande borgarrådets synpunkter"
    assert "Föredragande borgarrådets synpunkter Jag föreslår att" in SEED
