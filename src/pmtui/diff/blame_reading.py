"""Reading the body's sections of many versions of one case, for blame.

Versions of a case differ in a sentence or two, so almost every piece of text has been
read before. The body is cut before each ``##`` line and each part is read once and
remembered by its text. A part that holds only plain paragraphs (no line that Markdown
could read as anything but paragraph text) is read one paragraph at a time: a blank
line always ends a plain paragraph, so each reads the same alone as within its part,
and a version that changed one paragraph costs one paragraph's reading.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pydantic import ValidationError

from pmtui.format.body import parse_body
from pmtui.format.decoding import decode_case_text
from pmtui.format.frontmatter import split_front_matter
from pmtui.format.problems import CaseFileError
from pmtui.model.body import Section
from pmtui.model.prose import starts_like_markup

_UNSAFE_TO_CUT = re.compile(r"^(?:```|~~~|<)", re.MULTILINE)
_BLANK = re.compile(r"[ \t]*")
_PIECE_HEADING = "## -\n"  # any heading: a paragraph is read as the only block of a part


def body_sections(text: str) -> list[Section] | None:
    """Only the body's sections of a case file (``None`` if it cannot be read). Blame
    needs no front matter; each ``##`` part is read once and remembered by its text."""
    try:
        split = split_front_matter(decode_case_text(text).text)
        return [s for chunk in _chunks(split.body) for s in _parsed_chunk(chunk)]
    except (CaseFileError, ValidationError):
        return None


def _chunks(body: str) -> list[str]:
    """The body cut before each ``## `` line; not cut when a fence or HTML block could
    hold such a line that is not a heading."""
    if ("```" in body or "~~~" in body or "<" in body) and _UNSAFE_TO_CUT.search(body):
        return [body]
    pieces = body.split("\n## ")  # the same cuts as before each "## " line, without a regex
    chunks = [pieces[0], *("## " + piece for piece in pieces[1:])]
    return [c + "\n" if i < len(chunks) - 1 else c for i, c in enumerate(chunks) if c.strip()]


@lru_cache(maxsize=2048)
def _parsed_chunk(chunk: str) -> tuple[Section, ...]:
    heading, _, rest = chunk.partition("\n")
    paragraphs = _plain_paragraphs(rest) if heading.startswith("## ") else None
    only = _heading_only(heading) if paragraphs is not None else None
    if paragraphs is None or only is None:
        return tuple(Section.model_validate(s) for s in parse_body(chunk, 1).sections)
    section = dict(only)
    section["innehåll"] = [block for text in paragraphs for block in _paragraph_blocks(text)]
    return (Section.model_validate(section),)


def _plain_paragraphs(rest: str) -> list[str] | None:
    """The paragraphs of a part's text after its heading line, if every line is blank or
    plain paragraph text; None otherwise (the part is read whole)."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in rest.split("\n"):
        if _BLANK.fullmatch(line):
            if lines:
                paragraphs.append("\n".join(lines))
            lines = []
        elif starts_like_markup(line):
            return None
        else:
            lines.append(line)
    if lines:
        paragraphs.append("\n".join(lines))
    return paragraphs


@lru_cache(maxsize=512)
def _heading_only(heading: str) -> dict[str, Any] | None:
    sections = parse_body(heading + "\n", 1).sections
    return sections[0] if len(sections) == 1 and not sections[0]["innehåll"] else None


@lru_cache(maxsize=8192)
def _paragraph_blocks(text: str) -> tuple[dict[str, Any], ...]:
    """The blocks of one plain paragraph. Its lines start with no indent and no block
    syntax, so no Markdown rule can end or change it: Markdown's paragraph text is the
    lines joined, stripped. Inline syntax is not read (the paragraph keeps it as text).
    A first ``[`` (a link definition?) or a character Markdown rewrites (CR, NUL) goes to
    the Markdown reader."""
    if text[:1] != "[" and "\r" not in text and "\x00" not in text:
        return ({"typ": "stycke", "text": text.strip()},)
    sections = parse_body(_PIECE_HEADING + text, 1).sections
    return tuple(block for section in sections for block in section["innehåll"])
