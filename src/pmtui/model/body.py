"""The body of a case: sections in document order, each of paragraphs and Markdown blocks.

Known section kinds are recognised by heading; any other heading is kept as written.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from markdown_it import MarkdownIt
from pydantic import AfterValidator, Field, field_validator

from pmtui.model.base import CaseModel, Line, writable
from pmtui.model.prose import normalize_whitespace, starts_like_markup
from pmtui.texts import model as texts


class SectionKind(StrEnum):
    SUMMARY = "sammanfattning"
    PREPARATION = "beredning"
    VIEWS = "synpunkter"
    BACKGROUND = "ärendet"
    REFERRALS = "remissammanställning"
    OTHER = "övrigt"


_KIND_BY_HEADING: dict[str, SectionKind] = {
    "sammanfattning av ärendet": SectionKind.SUMMARY,
    "sammanfattning": SectionKind.SUMMARY,
    "beredning": SectionKind.PREPARATION,
    "remisser": SectionKind.PREPARATION,
    "föredragande borgarrådets synpunkter": SectionKind.VIEWS,
    "föredragande borgarrådens synpunkter": SectionKind.VIEWS,
    "mina synpunkter": SectionKind.VIEWS,
    "våra synpunkter": SectionKind.VIEWS,
    "ärendet": SectionKind.BACKGROUND,
    "ärendena": SectionKind.BACKGROUND,
    "bakgrund": SectionKind.BACKGROUND,
    "förslaget": SectionKind.BACKGROUND,
    "remissammanställningen": SectionKind.REFERRALS,
    "remissammanställning": SectionKind.REFERRALS,
}


def section_kind(heading: str) -> SectionKind:
    """The kind of a section from its heading; unknown headings are ``OTHER``."""
    return _KIND_BY_HEADING.get(normalize_whitespace(heading).casefold(), SectionKind.OTHER)


def _heading(value: str) -> str:
    if value.rstrip().endswith("#"):
        raise ValueError(texts.HEADING_HASH)
    return value


def _paragraph(value: str) -> str:
    text = normalize_whitespace(writable(value))
    if starts_like_markup(text):
        raise ValueError(texts.PARAGRAPH_MARKUP.format(start=text[:3]))
    return text


def _markdown(value: str) -> str:
    unified = writable(value).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in unified.split("\n")]
    text = _fold_blank_runs(lines).strip("\n")
    if not text.strip():
        raise ValueError(texts.EMPTY_TEXT)
    _stays_a_block(text)
    return text


_MARKDOWN = MarkdownIt("commonmark")
_SENTINEL = "## \u2063"


def _fold_blank_runs(lines: list[str]) -> str:
    """Runs of blank lines become one, except inside code, which is kept as written."""
    code: set[int] = set()
    for token in _MARKDOWN.parse("\n".join(lines)):
        if token.type in ("fence", "code_block") and token.map:
            code.update(range(token.map[0], token.map[1]))
    kept = [
        line
        for number, line in enumerate(lines)
        if line or number in code or number == 0 or lines[number - 1] or number - 1 in code
    ]
    return "\n".join(kept)


def _stays_a_block(text: str) -> None:
    """Refuse Markdown that a file would read back as something else (prose, a section),
    or that would swallow the text after it (an unclosed code fence or HTML comment)."""
    for index, token in enumerate(tokens := _MARKDOWN.parse(text)):
        if token.level != 0 or token.nesting == -1:
            continue
        if token.type == "heading_open" and token.tag in ("h1", "h2", "h3"):
            raise ValueError(texts.MARKDOWN_HEADING)
        if token.type == "paragraph_open" and not starts_like_markup(tokens[index + 1].content):
            raise ValueError(texts.MARKDOWN_PROSE)
    after = _MARKDOWN.parse(f"{text}\n\n{_SENTINEL}\n")
    if len(after) < 3 or after[-3].type != "heading_open" or after[-2].content != "\u2063":
        raise ValueError(texts.MARKDOWN_UNCLOSED)


Heading = Annotated[Line, AfterValidator(_heading)]


class Paragraph(CaseModel):
    """Prose; stored in the file one sentence per line."""

    kind: Literal["stycke"] = Field(default="stycke", alias="typ")
    text: Annotated[str, AfterValidator(_paragraph), Field(min_length=1)]


class MarkdownBlock(CaseModel):
    """Any other Markdown block (list, table, quote, code), kept exactly as written."""

    kind: Literal["markdown"] = Field(default="markdown", alias="typ")
    text: Annotated[str, AfterValidator(_markdown)]


Block = Annotated[Paragraph | MarkdownBlock, Field(discriminator="kind")]


def _merge_markdown_blocks(
    blocks: list[Paragraph | MarkdownBlock],
) -> list[Paragraph | MarkdownBlock]:
    """Adjacent Markdown blocks read back as one (e.g. two lists), so keep them as one."""
    merged: list[Paragraph | MarkdownBlock] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if isinstance(block, MarkdownBlock) and isinstance(previous, MarkdownBlock):
            merged[-1] = MarkdownBlock(text=f"{previous.text}\n\n{block.text}")
        else:
            merged.append(block)
    return merged


class Subsection(CaseModel):
    """A ``###`` part of a section, e.g. one remissinstans's statement."""

    heading: Heading = Field(alias="rubrik")
    blocks: list[Block] = Field(default_factory=list, alias="innehåll")

    _merge = field_validator("blocks")(_merge_markdown_blocks)

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if isinstance(b, Paragraph)]


class Section(CaseModel):
    """A ``##`` section of the body, in document order."""

    heading: Heading = Field(alias="rubrik")
    blocks: list[Block] = Field(default_factory=list, alias="innehåll")
    subsections: list[Subsection] = Field(default_factory=list, alias="underavsnitt")

    _merge = field_validator("blocks")(_merge_markdown_blocks)

    @property
    def kind(self) -> SectionKind:
        return section_kind(self.heading)

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if isinstance(b, Paragraph)]

    def subsection(self, heading: str) -> Subsection | None:
        wanted = normalize_whitespace(heading).casefold()
        return next((s for s in self.subsections if s.heading.casefold() == wanted), None)
