"""Case → one Markdown file for any Markdown tool: no front matter, the front matter's
content (header, title, proposal, signature, outcome) written into the text.

Front-matter values are plain text, so their Markdown characters are escaped; the body's
paragraphs and blocks are Markdown already and are written as they are. Decision points
keep their printed numbers (``3.1.``): a point ``1.`` starts a CommonMark ordered list,
and ``3.1.`` is no list marker, so every tool shows the numbers of the document.
"""

from __future__ import annotations

import re

from pmtui.format.render import DocumentPart, Role

_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
_BLOCK_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")
_CLOSING_HASH = re.compile(r"(?<!\\)#$")
_HEADINGS = {Role.TITLE: "# ", Role.HEADING: "## ", Role.SUBHEADING: "### "}


def escaped(text: str) -> str:
    """Plain text as Markdown that reads back as the same text."""
    text = _INLINE.sub(r"\\\1", text)
    return _BLOCK_START.sub(_escape_block_start, text)


def _escape_block_start(match: re.Match[str]) -> str:
    marker = match.group(2)
    if marker[0].isdigit():
        return f"{match.group(1)}{marker[:-1]}\\{marker[-1]}"
    return f"{match.group(1)}\\{marker}"


def _line(part: DocumentPart) -> str:
    if part.role in (Role.PARAGRAPH, Role.MARKDOWN):
        return part.text
    if part.role is Role.POINT and part.number:
        return f"{part.number}. {escaped(part.text)}"
    if part.role in _HEADINGS:  # a closing ``#`` would be read as the heading's end
        return _HEADINGS[part.role] + _CLOSING_HASH.sub(r"\\#", escaped(part.text))
    return escaped(part.text)


def markdown_text(parts: list[DocumentPart]) -> str:
    """The parts as Markdown, a blank line between blocks."""
    return "\n\n".join(_line(part) for part in parts) + "\n"
