"""The word-for-word guarantee as a property: over generated PM texts in the seed's
layout (hard-wrapped, blank lines between lines) and flattened like a web page, every
word of the input is in the imported case as it prints (with the kept section)."""

from __future__ import annotations

import textwrap
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pmtui.importing import import_text
from tests.importing.helpers import placed_words

_WORD = st.sampled_from(
    ["staden", "nämnden", "parken", "bänkar", "förslaget", "år", "och", "2024", "mnkr.",
     "Kommunen", "cyklar", "(x)", "ca", "fler", "får", "planen", "mål"]
)  # fmt: skip
_SENTENCE = st.lists(_WORD, min_size=3, max_size=14).map(lambda ws: " ".join(ws).capitalize() + ".")
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=4).map(" ".join)
_HEADINGS = st.sampled_from(["Bakgrund", "Ärendet", "Beredning", "Mina synpunkter", "Övrigt"])


def _document(title: str, points: list[str], sections: list[tuple[str, list[str]]]) -> list[str]:
    parts = ["PM Rotel III (Dnr KS 2024/55)", title, "Förslag till beslut",
             "Föredragande borgarrådet Eva Exempel"]  # fmt: skip
    for heading, paragraphs in sections:
        parts.extend([heading, *paragraphs])
    parts.append("Jag föreslår att kommunstyrelsen beslutar följande.")
    parts.extend(f"{n}. {p}" for n, p in enumerate(points, start=1))
    return parts


_DOCUMENTS = st.builds(
    _document,
    _SENTENCE.map(lambda s: s.rstrip(".")),
    st.lists(_SENTENCE, min_size=1, max_size=3),
    st.lists(st.tuples(_HEADINGS, st.lists(_PARAGRAPH, min_size=1, max_size=3)), max_size=4),
)


def _seed_layout(parts: list[str]) -> str:
    lines = [line for part in parts for line in textwrap.wrap(part, 70)]
    return "\n\n".join(f"{line} " for line in lines)


def _flattened(parts: list[str]) -> str:
    """A web page's text: boilerplate, then each page on one line, the formula inline."""
    inline = [
        f"{part} anför följande." if part.startswith("Föredragande") else part for part in parts
    ]
    return "Storlek: px\n\nTranskript\n\n1 " + " ".join(inline)


def _lost(text: str) -> Counter[str]:
    result = import_text(text)
    words_in = text.split()
    return Counter(words_in) - Counter(placed_words(result))


@settings(max_examples=40, deadline=None)
@given(_DOCUMENTS)
# A title wrapped so that its last line is a lowercase heading word ("förslaget").
@example(_document(" ".join(["Staden"] * 9 + ["förslaget"]), ["Staden staden staden."], []))
def test_no_word_is_lost_in_the_seeds_layout(parts: list[str]) -> None:
    assert not _lost(_seed_layout(parts))


@settings(max_examples=40, deadline=None)
@given(_DOCUMENTS)
def test_no_word_is_lost_when_flattened(parts: list[str]) -> None:
    text = _flattened(parts)
    assert not _lost(text) - Counter(["1"])  # the page number leading the page
