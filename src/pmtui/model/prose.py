"""Prose text: whitespace normalisation and Swedish-aware sentence splitting.

Case files store prose one sentence per line (semantic line breaks), so that a line diff
in ``git diff`` is a sentence diff. No maintained sentence splitter ships Swedish rules
without downloading models at run time (pysbd has no Swedish; NLTK's punkt needs a data
download), so the rules live here: a sentence ends at ``.``, ``!`` or ``?`` (optionally
followed by a closing quote or parenthesis) before whitespace and a capital letter,
unless the word is a known abbreviation or an initial. A unit of money (``mnkr.``,
``tkr.``, ``kr.``) is no such abbreviation: at the end of a sentence it ends it.
"""

from __future__ import annotations

import re

# Abbreviations that end with a full stop but do not end a sentence (lower case).
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "bl.a.",
        "t.ex.",
        "s.k.",
        "m.m.",
        "m.fl.",
        "dnr.",
        "kl.",
        "nr.",
        "ca.",
        "jfr.",
        "fr.o.m.",
        "t.o.m.",
        "dvs.",
        "d.v.s.",
        "osv.",
        "o.s.v.",
        "resp.",
        "st.",
        "p.g.a.",
        "pga.",
        "enl.",
        "inkl.",
        "exkl.",
        "ang.",
        "angr.",
        "tel.",
        "utl.",
        "prop.",
        "kap.",
        "bet.",
        "prot.",
        "f.d.",
        "s.",
        "sid.",
        "ff.",
        "t.f.",
        "t.h.",
        "t.v.",
        "fig.",
        "tab.",
        "avd.",
        "adr.",
        "org.nr.",
        "tfn.",
        "obs.",
        "etc.",
        "vs.",
        "mfl.",
        "mm.",
        "ev.",
        "bl.",
        "fil.",
        "dr.",
        "jur.",
        "kand.",
        "ekon.",
    }
)

# Units of money are written last in a sentence ("… till 5 mnkr."), so unlike the
# abbreviations above they end a sentence when a new one follows. They are not in
# ``ABBREVIATIONS``; the list says so for readers (and tests).
UNITS: frozenset[str] = frozenset({"kr.", "tkr.", "mnkr.", "mdkr.", "mkr.", "mdr."})

_WHITESPACE = re.compile(r"\s+")
# A candidate sentence end: terminal punctuation, optional closers, whitespace, then the
# start of the next sentence (a capital letter, a digit or an opening quote/parenthesis).
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-ZÅÄÖÉÜ0-9])")
# A line that Markdown would read as block syntax rather than paragraph text.
_BLOCK_START = re.compile(r"^(?:[#>*+\-=_`~|<]|\d+[.)](?:\s|$)|\s)")


def normalize_whitespace(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return _WHITESPACE.sub(" ", text).strip()


def starts_like_markup(line: str) -> bool:
    """True when a line of this text would be read as Markdown block syntax."""
    return bool(_BLOCK_START.match(line))


def _ends_with_abbreviation(text: str, end: int) -> bool:
    start = text.rfind(" ", 0, end) + 1
    word = text[start:end].lower().lstrip("(\"'“‘")
    if word in ABBREVIATIONS:
        return True
    # An initial ("K. Wanngård"). Lower-case one-letter words ("i", "å", "ö") end sentences.
    return len(word) == 2 and text[end - 2].isupper()


def split_sentences(text: str) -> list[str]:
    """Split normalised prose into sentences; ``" ".join`` of the result gives it back."""
    text = normalize_whitespace(text)
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        stop = match.start() + 1
        rest = text[match.end() :]
        if text[match.start()] == "." and _ends_with_abbreviation(text, stop):
            continue
        if starts_like_markup(rest):
            continue
        sentences.append(text[start : match.end()].rstrip())
        start = match.end()
    if start < len(text):
        sentences.append(text[start:])
    return sentences


def split_paragraphs(text: str) -> list[str]:
    """Split prose at blank lines into normalised, non-empty paragraphs."""
    return [p for p in (normalize_whitespace(b) for b in re.split(r"\n\s*\n", text)) if p]


def normalize_prose(text: str) -> str:
    """Canonical multi-paragraph prose: normalised paragraphs joined by a blank line."""
    return "\n\n".join(split_paragraphs(text))


def sentence_lines(text: str) -> str:
    """Prose laid out one sentence per line, paragraphs separated by a blank line."""
    return "\n\n".join("\n".join(split_sentences(p)) for p in split_paragraphs(text))
