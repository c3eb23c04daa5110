"""From a document's raw lines to units: normalised paragraphs and heading lines.

Printed text comes with noise that is not the document's: page numbers (``Sida 2 (5)``,
``(1)``, a bare number), line-end hyphens of automatic hyphenation, ligatures and
decomposed å/ä/ö. ``clean_lines`` removes that and nothing else, and counts the page lines
it dropped. ``units`` joins hard-wrapped lines into paragraphs; a flattened page (a whole
page on one line, headings inline, as docplayer serves documents) is split at its
headings, formula, decision intros and points first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pmtui.importing import patterns as p

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\ufeff\u200b]")
_SPACES = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
PAGE_LINE = re.compile(
    r"^\s*(?:(?:Sida|sida)\s+\d{1,4}(?:\s*\(\d{1,4}\))?|\(\d{1,4}\)|\d{1,3})\s*$"
)
_PAGE_LEAD = re.compile(r"^\d{1,3} (?=\S)")
_HYPHENS = ("-", "\u2010", "\u00ad")
_KEEP_HYPHEN_BEFORE = frozenset({"och", "eller", "samt", "till"})
FLATTENED_WIDTH = 120


@dataclass(frozen=True)
class CleanText:
    lines: list[str]
    page_lines: int  # page numbers and page headers removed


def normalise(text: str) -> str:
    """NFC, ligatures spelled out, odd spaces as spaces, control characters gone."""
    text = unicodedata.normalize("NFC", text.translate(_LIGATURES))
    return _SPACES.sub(" ", _CONTROL.sub(" ", text)).rstrip()


def clean_lines(raw: list[str]) -> CleanText:
    """Normalised lines without page lines, line-end hyphens of broken words joined."""
    kept: list[str] = []
    dropped = 0
    for line in (normalise(line) for line in raw):
        if PAGE_LINE.match(line):
            dropped += 1
            continue
        kept.append(line)
    return CleanText(_join_hyphens(kept), dropped)


def _next_text(lines: list[str], start: int) -> int | None:
    return next((i for i in range(start, len(lines)) if lines[i].strip()), None)


def _broken_word(line: str, following: str) -> bool:
    """A line-end hyphen that broke a word: the next line goes on in lower case, and not
    with a word that follows a hyphen of its own (``social- och trygghetsborgarrådet``)."""
    if not line.endswith(_HYPHENS) or len(line) < 2 or not line[-2].isalpha():
        return False
    first = following.split()[0]
    return first[0].islower() and first.rstrip(",.") not in _KEEP_HYPHEN_BEFORE


def _join_hyphens(lines: list[str]) -> list[str]:
    joined: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index].replace("\u00ad ", "\u00ad")
        following = _next_text(lines, index + 1)
        while following is not None and _broken_word(line, lines[following].lstrip()):
            line = line[:-1] + lines[following].lstrip()
            index = following
            following = _next_text(lines, index + 1)
        joined.append(line.replace("\u00ad", ""))
        index += 1
    return joined


def is_flattened(lines: list[str]) -> bool:
    """A page flattened to one line: its header stands inline, with text after it."""
    return any(
        len(line) > FLATTENED_WIDTH
        and (match := p.HEADER.search(line)) is not None
        and line[match.end() :].strip()
        for line in lines
    )


def units(lines: list[str], wrapped: bool = True) -> list[str]:
    """The document's paragraphs and heading lines, in order."""
    if is_flattened(lines):
        return split_flattened(lines)
    texts = [line.strip() for line in lines]
    if not wrapped:
        return [t for t in texts if t]
    return _join_wrapped([t for t in texts if t])


def _wrap_width(lines: list[str]) -> int:
    widths = sorted(len(line) for line in lines if len(line) < FLATTENED_WIDTH)
    return widths[int(len(widths) * 0.9)] if widths else 0


def _starts_new(line: str) -> bool:
    return bool(
        p.POINT.match(line)
        or (line[:1].isupper() and line.casefold() in p.KNOWN_HEADINGS)  # a heading is capitalised
        or p.INTRO.fullmatch(line)
        or p.FORMULA.fullmatch(line)
        or p.PRESENTERS.match(line)
    )


def _continues(previous: str, line: str, width: int) -> bool:
    """``line`` goes on the paragraph that ``previous`` (its last line) wraps from."""
    if _starts_new(line) or p.HEADER.match(previous):
        return False
    if _starts_new(previous) and not p.POINT.match(previous):
        return False  # a heading or an intro line stands alone; a point may wrap
    if line[0].islower() and not p.SENTENCE_END.search(previous):
        return True
    if len(previous) < 0.6 * width:
        return False
    if p.SENTENCE_END.search(previous):
        return line[0].islower()
    return True


def _join_wrapped(lines: list[str]) -> list[str]:
    width = _wrap_width(lines)
    paragraphs: list[str] = []
    last = ""
    for line in lines:
        if paragraphs and _continues(last, line, width):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
        last = line
    return paragraphs


def split_flattened(lines: list[str]) -> list[str]:
    """Units of flattened pages: page numbers leading a page dropped, the pages joined,
    then split at every part the recogniser looks for."""
    pages = [_PAGE_LEAD.sub("", line) if len(line) > FLATTENED_WIDTH else line for line in lines]
    text = " ".join(line.strip() for line in pages if line.strip())
    cuts = _cut_points(text)
    pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return [piece for piece in pieces if piece]


def _cut_points(text: str) -> list[int]:
    cuts: set[int] = set()
    for pattern in (p.HEADER, p.FORMULA, p.INTRO, p.SIGNED):
        for match in pattern.finditer(text):
            cuts.update((match.start(), match.end()))
    for match in p.INLINE_HEADING.finditer(text):
        cuts.update((match.start("heading"), match.end("heading")))
    cuts.update(_point_cuts(text, sorted(cuts)))
    return sorted(c for c in cuts if 0 < c < len(text))


def _point_cuts(text: str, cuts: list[int]) -> list[int]:
    """Before each numbered point of a decision block (from an intro to the next cut)."""
    found: list[int] = []
    for intro in p.INTRO.finditer(text):
        end = next((c for c in cuts if c > intro.end()), len(text))
        found.extend(m.end() for m in p.INLINE_POINT.finditer(text, intro.end() - 1, end))
    return found
