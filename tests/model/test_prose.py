"""Prose: one sentence per line with Swedish abbreviations, initials and Markdown in mind."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmtui.model.prose import (
    ABBREVIATIONS,
    UNITS,
    normalize_prose,
    normalize_whitespace,
    sentence_lines,
    split_paragraphs,
    split_sentences,
    starts_like_markup,
)


def test_sentences_split_at_full_stop_question_and_exclamation() -> None:
    text = "Staden växer. Behövs fler skolor? Ja! Det gör det."
    assert split_sentences(text) == ["Staden växer.", "Behövs fler skolor?", "Ja!", "Det gör det."]


@pytest.mark.parametrize(
    "abbreviation",
    ["bl.a.", "t.ex.", "s.k.", "m.m.", "dnr.", "kl.", "nr.", "ca.", "jfr.", "dvs.", "fr.o.m."],
)
def test_swedish_abbreviations_do_not_end_a_sentence(abbreviation: str) -> None:
    text = f"Nämnden har {abbreviation} Stadsledningskontoret som stöd. Nästa mening."
    assert split_sentences(text) == [
        f"Nämnden har {abbreviation} Stadsledningskontoret som stöd.",
        "Nästa mening.",
    ]


@pytest.mark.parametrize("abbreviation", ["Bl.a.", "T.ex.", "Jfr.", "Ca."])
def test_capitalised_abbreviations_do_not_end_a_sentence(abbreviation: str) -> None:
    text = f"Det gäller {abbreviation} Kungsholmen. Slut."
    assert len(split_sentences(text)) == 2


def test_abbreviations_without_full_stop_never_split() -> None:
    text = "Se dnr KS 2023/886 och nr 5. Mötet börjar kl 9. Till mötet väntas ca 90 borgmästare."
    assert split_sentences(text) == [
        "Se dnr KS 2023/886 och nr 5.",
        "Mötet börjar kl 9.",
        "Till mötet väntas ca 90 borgmästare.",
    ]


def test_times_and_numbers_after_abbreviations_stay_in_the_sentence() -> None:
    text = "Mötet börjar kl. 9.30 i rummet. Det slutar kl. 12. Sedan lunch."
    assert split_sentences(text) == [
        "Mötet börjar kl. 9.30 i rummet.",
        "Det slutar kl. 12.",
        "Sedan lunch.",
    ]


def test_initials_do_not_end_a_sentence() -> None:
    text = "Motionen är skriven av K. Wanngård och A. B. Ojanne. Den bifalls."
    assert split_sentences(text) == [
        "Motionen är skriven av K. Wanngård och A. B. Ojanne.",
        "Den bifalls.",
    ]


def test_lower_case_one_letter_words_end_a_sentence() -> None:
    text = "Ett stycke bryts mitt i. Och en båt lägger till vid en ö. Sedan (K. Ek) talar."
    assert split_sentences(text) == [
        "Ett stycke bryts mitt i.",
        "Och en båt lägger till vid en ö.",
        "Sedan (K. Ek) talar.",
    ]


def test_sentence_may_end_with_closing_quote_or_parenthesis() -> None:
    text = "Han sade ”nej.” Sedan gick han. (Se bilaga.) Därefter."
    assert split_sentences(text) == [
        "Han sade ”nej.”",
        "Sedan gick han.",
        "(Se bilaga.)",
        "Därefter.",
    ]


def test_a_lower_case_word_does_not_start_a_sentence() -> None:
    assert split_sentences("Se punkt 3. och 4. i förslaget.") == ["Se punkt 3. och 4. i förslaget."]


def test_swedish_capitals_start_a_sentence() -> None:
    assert split_sentences("Ett. Åtta. Ärendet. Öppet.") == ["Ett.", "Åtta.", "Ärendet.", "Öppet."]


@pytest.mark.parametrize(
    "markup",
    [
        "1. Punkt",
        "2) Punkt",
        "# Rubrik",
        "> citat",
        "- lista",
        "+ lista",
        "* lista",
        "<div>",
        "| a |",
        "```",
        "~~~",
        "=",
        "_",
    ],
)
def test_never_a_break_before_markdown_syntax(markup: str) -> None:
    sentences = split_sentences(f"Första meningen. {markup} fortsätter.")
    assert not any(starts_like_markup(s) for s in sentences[1:])
    assert sentences[0].startswith(f"Första meningen. {markup.split()[0]}")


def test_starts_like_markup() -> None:
    assert starts_like_markup("1. ett")
    assert starts_like_markup("# x")
    assert not starts_like_markup("1.5 miljoner")
    assert not starts_like_markup("Staden")


def test_paragraphs_split_at_blank_lines_and_fold_whitespace() -> None:
    text = "  Ett\n stycke.  \n\n \n Andra\tstycket.\n"
    assert split_paragraphs(text) == ["Ett stycke.", "Andra stycket."]
    assert normalize_prose(text) == "Ett stycke.\n\nAndra stycket."
    assert sentence_lines("Ett ord. Två ord.\n\nTre.") == "Ett ord.\nTvå ord.\n\nTre."


def test_the_seed_sentence_with_ca_stays_whole() -> None:
    text = "Antalet medlemsstäder uppgår 2023 till ca 160. De nordiska huvudstäderna är medlemmar."
    assert split_sentences(text)[0] == "Antalet medlemsstäder uppgår 2023 till ca 160."


WORDS = st.sampled_from(
    [
        "Staden",
        "bl.a.",
        "t.ex.",
        "K.",
        "ca.",
        "kl.",
        "9.30",
        "1.",
        "2)",
        "#",
        ">",
        "-",
        "Ärendet.",
        "?",
        "!",
        "”",
        "(Se",
        "bilaga.)",
        "nr",
        "å",
        "Ö.",
        "\t",
        "\n",
        "  ",
        "\u00a0",
        "...",
        "…",
    ]
)


@given(st.one_of(st.text(), st.lists(WORDS).map(" ".join)))
def test_joining_the_sentences_gives_back_the_normalised_text(text: str) -> None:
    sentences = split_sentences(text)
    assert " ".join(sentences) == normalize_whitespace(text)
    assert all(s and s == s.strip() for s in sentences)


@given(st.lists(WORDS).map(" ".join))
def test_no_sentence_after_the_first_starts_like_markup(text: str) -> None:
    assert not any(starts_like_markup(s) for s in split_sentences(text)[1:])


@pytest.mark.parametrize("unit", sorted(UNITS))
def test_a_unit_of_money_at_the_end_ends_the_sentence(unit: str) -> None:
    text = f"Arbetet beräknas kosta ca 3 {unit} Det betalas av nämnden."
    assert split_sentences(text) == [
        f"Arbetet beräknas kosta ca 3 {unit}",
        "Det betalas av nämnden.",
    ]


def test_a_unit_inside_a_sentence_keeps_it_whole() -> None:
    text = "Avgiften är 3 tkr. per år och 2 mnkr. totalt."
    assert split_sentences(text) == [text]
    assert not UNITS & ABBREVIATIONS
