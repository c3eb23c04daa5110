"""Numbered lists in Word that restart where the document restarts them.

python-docx has no API for numbering, and its default template has one list for all of
"List Number" and no decimal second level. So this adds, in raw numbering XML: a decimal
definition for decision points (``1.``, ``3.1.``, ``3.1.1.``), one for Markdown ordered
lists (``1.`` at every level), and for each list a numbering entry of its own whose
levels restart (``startOverride``). Each list paragraph names its entry and level
itself, as Word and LibreOffice both read it, not only through its style.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docx.document import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph

LEVELS = 9
STEP = 425  # twips (0.75 cm) of indent per level
HANGING = 567  # room for the number


def _level(level: int, text: str) -> str:
    indent = STEP * level + HANGING
    return (
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent}" w:hanging="{HANGING}"/></w:pPr></w:lvl>'
    )


def _points_text(level: int) -> str:
    return "".join(f"%{n}." for n in range(1, level + 2))


class ListNumbering:
    """The numbering definitions of one document; ``new_list`` for each list."""

    def __init__(self, document: WordDocument) -> None:
        self._numbering: Any = document.part.numbering_part.element
        self.points = self._add_definition(_points_text)
        self.plain = self._add_definition(lambda level: f"%{level + 1}.")

    def _add_definition(self, text: Callable[[int], str]) -> int:
        ids = [int(v) for v in self._numbering.xpath("./w:abstractNum/@w:abstractNumId")]
        number = max(ids, default=-1) + 1
        levels = "".join(_level(level, text(level)) for level in range(LEVELS))
        definition = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{number}">'
            f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
        )
        first_list = self._numbering.find(qn("w:num"))
        if first_list is None:
            self._numbering.append(definition)
        else:
            first_list.addprevious(definition)
        return number

    def new_list(self, definition: int, start: int = 1) -> int:
        """A new list of ``definition`` whose first level starts at ``start`` and whose
        other levels at 1; its ``numId``."""
        ids = [int(v) for v in self._numbering.xpath("./w:num/@w:numId")]
        number = max(ids, default=0) + 1
        overrides = "".join(
            f'<w:lvlOverride w:ilvl="{level}">'
            f'<w:startOverride w:val="{start if level == 0 else 1}"/></w:lvlOverride>'
            for level in range(LEVELS)
        )
        entry = parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{number}">'
            f'<w:abstractNumId w:val="{definition}"/>{overrides}</w:num>'
        )
        cleanup = self._numbering.find(qn("w:numIdMacAtCleanup"))
        if cleanup is None:
            self._numbering.append(entry)
        else:
            cleanup.addprevious(entry)
        return number


def number_paragraph(paragraph: Paragraph, list_id: int, level: int) -> None:
    """Put ``paragraph`` (its style set already) in list ``list_id`` at ``level`` (0-based)."""
    element: Any = paragraph.paragraph_format.element
    properties = element.find(qn("w:pPr"))
    numbering = parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{min(level, LEVELS - 1)}"/>'
        f'<w:numId w:val="{list_id}"/></w:numPr>'
    )
    style = properties.find(qn("w:pStyle"))
    if style is None:
        properties.insert(0, numbering)
    else:
        style.addnext(numbering)
