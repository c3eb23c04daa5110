"""Markdown in Word: a paragraph's inline marks (emphasis, code, links) as runs, and the
body's other blocks (lists, tables, quotes, code, deeper headings) as Word's own
paragraph styles, lists and tables.

Only links that ``safe_markdown`` lets pass become hyperlinks; raw HTML is kept as text.
"""

from __future__ import annotations

from typing import Any

from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import RGBColor
from docx.text.paragraph import Paragraph
from markdown_it.token import Token

from pmtui.export.safe_markdown import safe_markdown
from pmtui.export.word_numbering import ListNumbering, number_paragraph

MONOSPACE = "Courier New"
LINK_COLOUR = RGBColor(0x05, 0x63, 0xC1)


class _Runs:
    """Runs added to one paragraph, with the marks open at the moment."""

    def __init__(self, paragraph: Paragraph) -> None:
        self.paragraph = paragraph
        self.bold = self.italic = 0
        self.link: Any = None  # the open <w:hyperlink>, if any

    def add(self, text: str, monospace: bool = False) -> None:
        run = self.paragraph.add_run(text)
        run.bold = self.bold > 0 or None
        run.italic = self.italic > 0 or None
        if monospace:
            run.font.name = MONOSPACE
        if self.link is not None:
            run.font.underline = True
            run.font.color.rgb = LINK_COLOUR
            self.link.append(run.font.element)  # the <w:r> moves into the hyperlink

    def open_link(self, url: str) -> None:
        relation = self.paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, True)
        self.link = parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{relation}"/>')
        self.paragraph.paragraph_format.element.append(self.link)

    def token(self, token: Token) -> None:
        kind = token.type
        if kind in ("strong_open", "strong_close"):
            self.bold += 1 if kind == "strong_open" else -1
        elif kind in ("em_open", "em_close"):
            self.italic += 1 if kind == "em_open" else -1
        elif kind == "link_open":
            self.open_link(str(token.attrGet("href")))
        elif kind == "link_close":
            self.link = None
        elif kind == "softbreak":
            self.add(" ")
        elif kind == "hardbreak":
            self.paragraph.add_run().add_break()
        elif token.content:
            self.add(token.content, monospace=kind == "code_inline")


def add_inline(paragraph: Paragraph, text: str) -> None:
    """``text`` (a paragraph of the body) as runs of ``paragraph``."""
    for block in safe_markdown().parseInline(text):
        add_tokens(paragraph, block.children or [])


def add_tokens(paragraph: Paragraph, tokens: list[Token]) -> None:
    runs = _Runs(paragraph)
    for token in tokens:
        runs.token(token)


class MarkdownBlocks:
    """Adds Markdown blocks to one document, lists numbered with its ``ListNumbering``."""

    def __init__(self, document: WordDocument, numbering: ListNumbering) -> None:
        self.document = document
        self.numbering = numbering
        self.lists: list[int | None] = []  # open lists: a numbering id, None for bullets
        self.quotes = 0
        self.fresh_item = False  # the next paragraph is the first of a list item

    def add(self, text: str) -> None:
        tokens = safe_markdown().parse(text)
        index = 0
        while index < len(tokens):
            index = self._block(tokens, index)

    def _block(self, tokens: list[Token], index: int) -> int:
        token = tokens[index]
        kind = token.type
        if kind == "table_open":
            return self._table(tokens, index)
        if kind in ("paragraph_open", "heading_open"):
            self._paragraph(token, tokens[index + 1].children or [])
            return index + 2
        if kind in ("fence", "code_block"):
            self._code(token.content)
        elif kind == "html_block":
            self.document.add_paragraph(token.content.rstrip("\n"))
        else:
            self._structure(token)
        return index + 1

    def _structure(self, token: Token) -> None:
        kind = token.type
        if kind == "bullet_list_open":
            self.lists.append(None)
        elif kind == "ordered_list_open":
            start = int(str(token.attrGet("start") or 1))
            self.lists.append(self.numbering.new_list(self.numbering.plain, start))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
        elif kind == "list_item_open":
            self.fresh_item = True
        elif kind in ("blockquote_open", "blockquote_close"):
            self.quotes += 1 if kind == "blockquote_open" else -1

    def _paragraph(self, opening: Token, inline: list[Token]) -> None:
        if opening.type == "heading_open":
            paragraph = self.document.add_heading(level=min(int(opening.tag[1:]), 9))
        else:
            paragraph = self.document.add_paragraph(style=self._style())
            if self.lists and self.fresh_item and self.lists[-1] is not None:
                number_paragraph(paragraph, self.lists[-1], len(self.lists) - 1)
            self.fresh_item = False
        add_tokens(paragraph, inline)

    def _style(self) -> str:
        if not self.lists:
            return "Quote" if self.quotes else "Normal"
        depth = "" if len(self.lists) == 1 else f" {min(len(self.lists), 3)}"
        if not self.fresh_item:
            return f"List Continue{depth}"
        return f"List Number{depth}" if self.lists[-1] is not None else f"List Bullet{depth}"

    def _code(self, content: str) -> None:
        paragraph = self.document.add_paragraph(style="No Spacing")
        for number, line in enumerate(content.rstrip("\n").split("\n")):
            if number:
                paragraph.add_run().add_break()
            paragraph.add_run(line).font.name = MONOSPACE

    def _table(self, tokens: list[Token], index: int) -> int:
        rows: list[list[list[Token]]] = []
        while tokens[index].type != "table_close":
            token = tokens[index]
            if token.type == "tr_open":
                rows.append([])
            elif token.type == "inline":
                rows[-1].append(token.children or [])
            index += 1
        width = max(len(row) for row in rows)
        table = self.document.add_table(rows=len(rows), cols=width, style="Table Grid")
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, inline in zip(row.cells, cells, strict=False):
                add_tokens(cell.paragraphs[0], inline)
        return index + 1
