"""The Markdown body: ``##`` sections and ``###`` subsections, read with markdown-it-py.

Paragraphs become prose (one sentence per line when written back). Every other block
(lists, tables, quotes, code, HTML, link definitions) is kept exactly as written, so no
text is ever dropped. Headings come from markdown-it's tokens, so ATX and setext
headings and closing ``#``s are all understood.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from pmtui.format.problems import CaseFileError, file_error
from pmtui.model.problems import Problem
from pmtui.model.prose import starts_like_markup
from pmtui.texts import format as texts

# Block structure only: the body reads each inline token's ``content`` (its source text),
# never its children, so the core "inline" rule that builds them is off (~35% of a parse).
_PARSER = MarkdownIt("commonmark").disable("inline")


@dataclass
class _Element:
    """A top-level piece of the body: a heading, a paragraph or a verbatim block."""

    line: int  # 0-based line in the body
    kind: str  # "h1", "h2", "h3", "stycke", "markdown"
    text: str


@dataclass
class ParsedBody:
    """The body as model input (``avsnitt``) and the file line of each part."""

    sections: list[dict[str, Any]] = field(default_factory=list)
    locations: dict[str, int] = field(default_factory=dict)


def _elements(body: str) -> list[_Element]:
    tokens = _PARSER.parse(body)
    lines = body.split("\n")
    elements: list[_Element] = []
    covered: set[int] = set()
    for index, token in enumerate(tokens):
        if token.level != 0 or token.map is None or token.nesting == -1:
            continue
        start, end = token.map
        covered.update(range(start, end))
        elements.append(_element(token, tokens[index + 1 : index + 2], lines[start:end], start))
    elements.extend(_uncovered(lines, covered))
    return sorted(elements, key=lambda e: e.line)


def _element(token: Token, following: list[Token], source: list[str], start: int) -> _Element:
    inline = following[0].content if following else ""
    if token.type == "heading_open" and token.tag in ("h1", "h2", "h3"):
        return _Element(start, token.tag, inline.strip())
    if token.type == "paragraph_open" and not starts_like_markup(inline.lstrip()):
        return _Element(start, "stycke", inline)
    return _Element(start, "markdown", "\n".join(source))


def _uncovered(lines: list[str], covered: set[int]) -> list[_Element]:
    """Lines markdown-it consumed without a block (link definitions): kept verbatim."""
    runs: list[_Element] = []
    for number, line in enumerate(lines):
        if number in covered or not line.strip():
            continue
        if runs and runs[-1].line + runs[-1].text.count("\n") + 1 == number:
            runs[-1].text += "\n" + line
        else:
            runs.append(_Element(number, "markdown", line))
    return runs


class _SectionBuilder:
    def __init__(self, first_line: int) -> None:
        self.first_line = first_line
        self.result = ParsedBody()
        self.section: dict[str, Any] | None = None
        self.target: dict[str, Any] | None = None
        self.errors: list[Problem] = []

    def path(self) -> str:
        sections = self.result.sections
        path = f"avsnitt.{len(sections) - 1}"
        if self.section is not self.target and self.section is not None:
            path += f".underavsnitt.{len(self.section['underavsnitt']) - 1}"
        return path

    def add(self, element: _Element) -> None:
        line = element.line + self.first_line
        if element.kind == "h1":
            self.errors.append(file_error("rubrik-niva-1", texts.BODY_LEVEL_ONE_HEADING, line))
        elif element.kind == "h2":
            self.section = {"rubrik": element.text, "innehåll": [], "underavsnitt": []}
            self.target = self.section
            self.result.sections.append(self.section)
            self.locate_heading(element.text, line)
        elif element.kind == "h3":
            self.add_subsection(element.text, line)
        else:
            self.add_block(element, line)

    def add_subsection(self, heading: str, line: int) -> None:
        if self.section is None:
            message = texts.BODY_SUBSECTION_WITHOUT_SECTION
            self.errors.append(file_error("underavsnitt-utan-avsnitt", message, line))
            return
        self.target = {"rubrik": heading, "innehåll": []}
        self.section["underavsnitt"].append(self.target)
        self.locate_heading(heading, line)

    def locate_heading(self, heading: str, line: int) -> None:
        self.result.locations[self.path()] = line
        self.result.locations.setdefault(f"avsnitt:{heading}", line)

    def add_block(self, element: _Element, line: int) -> None:
        if self.target is None:
            self.errors.append(
                file_error("text-fore-avsnitt", texts.BODY_TEXT_BEFORE_SECTION, line)
            )
            return
        blocks = self.target["innehåll"]
        self.result.locations[f"{self.path()}.innehåll.{len(blocks)}"] = line
        blocks.append({"typ": element.kind, "text": element.text})


def parse_body(body: str, first_line: int) -> ParsedBody:
    """Read the body into model input; raise ``CaseFileError`` on structural errors."""
    builder = _SectionBuilder(first_line)
    for element in _elements(body):
        builder.add(element)
    if builder.errors:
        raise CaseFileError(builder.errors)
    return builder.result
