"""The export formats and the one entry point, ``export_case``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from pmtui.export.html import html_page
from pmtui.export.markdown import markdown_text
from pmtui.export.secrecy import exportable
from pmtui.format.render import DocumentPart, document_parts, parts_text
from pmtui.model.case import Case


class ExportFormat(StrEnum):
    TXT = "txt"
    MD = "md"
    HTML = "html"
    DOCX = "docx"
    PDF = "pdf"

    @property
    def binary(self) -> bool:
        """Not text: never written to a terminal."""
        return self in (ExportFormat.DOCX, ExportFormat.PDF)


@dataclass(frozen=True)
class Exported:
    """The bytes of an export, and the headings of sekretess sections left out of it."""

    data: bytes
    left_out: list[str] = field(default_factory=list)


def _utf8(write: Callable[[list[DocumentPart]], str]) -> Callable[[list[DocumentPart]], bytes]:
    return lambda parts: write(parts).encode("utf-8")


def _docx(parts: list[DocumentPart]) -> bytes:
    from pmtui.export.word import word_document  # python-docx and lxml: only when asked

    return word_document(parts)


def _pdf(parts: list[DocumentPart]) -> bytes:
    from pmtui.export.pdf import pdf_document  # weasyprint, an optional extra

    return pdf_document(html_page(parts))


_WRITERS: dict[ExportFormat, Callable[[list[DocumentPart]], bytes]] = {
    ExportFormat.TXT: _utf8(parts_text),
    ExportFormat.MD: _utf8(markdown_text),
    ExportFormat.HTML: _utf8(html_page),
    ExportFormat.DOCX: _docx,
    ExportFormat.PDF: _pdf,
}


def export_case(case: Case, to: ExportFormat, *, with_secret: bool = False) -> Exported:
    """``case`` in the official layout as ``to``; raises ``ExportError`` (in Swedish) when
    it cannot be exported: a case marked sekretess as a whole without ``with_secret``, or
    pdf without its libraries."""
    shown, left_out = exportable(case, with_secret)
    return Exported(_WRITERS[to](document_parts(shown)), left_out)


def default_file_name(case: Case, to: ExportFormat) -> str:
    """``ks-2023-886.docx``: the case's slug, safe as a file name everywhere."""
    return f"{case.dnr.slug}.{to.value}"
