"""Reading a document into lines of text: plain text, PDF (pypdf) and DOCX (python-docx).

A PDF or a text file is printed text: its lines may be hard-wrapped, so the recogniser
joins them. A DOCX paragraph is a whole paragraph already, and a numbered paragraph gets
its printed number (``2.``, ``3.1.``) back from the list's level, which Word does not keep
in the text.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pmtui.importing.errors import ImportFailed
from pmtui.texts import importing as texts

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ""})


@dataclass(frozen=True)
class SourceText:
    """The document's text as lines; ``wrapped``: lines may end inside a paragraph."""

    lines: list[str]
    wrapped: bool = True


def read_source(path: Path) -> SourceText:
    """The text of ``path`` by its suffix; ``ImportFailed`` (Swedish) when unreadable."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | {".pdf", ".docx"}:
        raise ImportFailed(texts.UNKNOWN_SUFFIX.format(path=path, suffix=suffix))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFailed(texts.READ_FAILED.format(path=path, error=error.strerror)) from None
    if suffix == ".pdf":
        return SourceText(pdf_text(data, path).split("\n"))
    if suffix == ".docx":
        return SourceText(docx_lines(data, path), wrapped=False)
    return SourceText(plain_text(data, path).split("\n"))


def plain_text(data: bytes, path: Path) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFailed(texts.NOT_TEXT.format(path=path, offset=error.start)) from None
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")


def pdf_text(data: bytes, path: Path) -> str:
    """Every page's text in order, a page break as a line break."""
    import pypdf  # only when a PDF is imported
    from pypdf.errors import PyPdfError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join(page.extract_text() for page in reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError) as error:
        raise ImportFailed(texts.PDF_UNREADABLE.format(path=path, detail=error)) from None


def docx_lines(data: bytes, path: Path) -> list[str]:
    """One line per paragraph, a blank line between them; list paragraphs numbered."""
    import docx  # python-docx: only when a DOCX is imported
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, ValueError, KeyError) as error:
        raise ImportFailed(texts.DOCX_UNREADABLE.format(path=path, detail=error)) from None
    numbering = _Numbering()
    lines: list[str] = []
    for paragraph in document.paragraphs:
        style = paragraph.style.element if paragraph.style is not None else None
        number = numbering.number_of(paragraph.paragraph_format.element, style)
        text = paragraph.text.replace("\v", " ")
        lines.extend([f"{number}. {text}" if number else text, ""])
    return lines


class _Numbering:
    """Printed numbers of list paragraphs: one counter per list and level (``numPr``)."""

    def __init__(self) -> None:
        self.counters: dict[str, list[int]] = {}

    def number_of(self, properties: Any, style: Any) -> str:
        """The number of the paragraph whose ``<w:pPr>`` is ``properties`` ("" if none);
        a list style (``List Number``) numbers its paragraphs through the style."""
        from docx.oxml.ns import qn

        num_pr = properties.find(qn("w:numPr"))
        if num_pr is None and style is not None:
            num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        list_id = None if num_pr is None else num_pr.find(qn("w:numId"))
        if num_pr is None or list_id is None:
            return ""
        ilvl = num_pr.find(qn("w:ilvl"))
        level = 0 if ilvl is None else int(ilvl.get(qn("w:val")))
        counters = self.counters.setdefault(str(list_id.get(qn("w:val"))), [])
        del counters[level + 1 :]
        counters.extend([0] * (level + 1 - len(counters)))
        counters[level] += 1
        return ".".join(str(n) for n in counters)
