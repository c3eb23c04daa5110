"""Case → DOCX: the official layout with Word's own styles, so that Word and LibreOffice
see a real document (a navigation pane of headings, numbered points that renumber).

Title and subtitles have the Title and Subtitle styles, sections Heading 1, subsections
(one remissinstans) Heading 2; decision points are "List Number" paragraphs (level 2:
"List Number 2"), a numbered list per decision block that restarts at 1. The language is
Swedish (hyphenation and spelling in Word) and each page's footer reads "Sida N (M)".
"""

from __future__ import annotations

import io
from typing import Any

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph

from pmtui.export.word_markdown import MarkdownBlocks, add_inline
from pmtui.export.word_numbering import ListNumbering, number_paragraph
from pmtui.format.render import DocumentPart, Role
from pmtui.texts import export as texts

LANGUAGE = "sv-SE"
_STYLES = {
    Role.TITLE: "Title",
    Role.SUBTITLE: "Subtitle",
    Role.HEADING: "Heading 1",
    Role.SUBHEADING: "Heading 2",
}
_POINT_STYLES = ("List Number", "List Number 2", "List Number 3")


class _WordWriter:
    def __init__(self) -> None:
        self.document: WordDocument = docx.Document()
        self.numbering = ListNumbering(self.document)
        self.blocks = MarkdownBlocks(self.document, self.numbering)
        self.list_id = 0

    def add(self, part: DocumentPart) -> None:
        if part.role is Role.PARAGRAPH:
            add_inline(self.document.add_paragraph(), part.text)
        elif part.role is Role.MARKDOWN:
            self.blocks.add(part.text)
        elif part.role is Role.INTRO:
            self.list_id = self.numbering.new_list(self.numbering.points)
            self.document.add_paragraph(part.text)
        elif part.role is Role.POINT and part.number:
            style = _POINT_STYLES[min(part.level, 3) - 1]
            number_paragraph(
                self.document.add_paragraph(part.text, style), self.list_id, part.level - 1
            )
        elif part.role is Role.HEADER:
            self.document.add_paragraph().add_run(part.text).bold = True
        else:
            self.document.add_paragraph(part.text, _STYLES.get(part.role, "Normal"))


def _swedish(document: WordDocument) -> None:
    """Swedish as the language of the document's text (Word hyphenates and spells by it)."""
    defaults: Any = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    for old in run_defaults.findall(qn("w:lang")):
        run_defaults.remove(old)
    run_defaults.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{LANGUAGE}"/>'))


def _field(paragraph: Paragraph, code: str) -> None:
    """A field (PAGE, NUMPAGES) that Word and LibreOffice fill in on each page."""
    element: Any = paragraph.paragraph_format.element
    element.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr="{code}"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )


def _footer(document: WordDocument) -> None:
    """ "Sida N (M)" at the bottom right of every page."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraph.add_run(f"{texts.PAGE} ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" (")
    _field(paragraph, "NUMPAGES")
    paragraph.add_run(")")


def word_document(parts: list[DocumentPart]) -> bytes:
    """The parts as the bytes of a .docx file."""
    writer = _WordWriter()
    _swedish(writer.document)
    writer.document.core_properties.title = next(
        (p.text for p in parts if p.role is Role.TITLE), ""
    )
    writer.document.core_properties.language = LANGUAGE
    for part in parts:
        writer.add(part)
    _footer(writer.document)
    output = io.BytesIO()
    writer.document.save(output)
    return output.getvalue()
