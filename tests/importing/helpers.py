"""Documents for the import tests, made here: a tiny PDF writer and a DOCX with a list."""

from __future__ import annotations

import io
from pathlib import Path

from pmtui.format.render import render_text
from pmtui.importing import ImportResult

IMPORT_DATA = Path(__file__).resolve().parent.parent / "data" / "import"


def placed_words(result: ImportResult) -> list[str]:
    """The words of the imported case as it prints (the kept section is in it)."""
    return render_text(result.case).split()


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF with ``lines`` in Helvetica (WinAnsi, so å, ä and ö print)."""

    def escaped(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    rows = "".join(f"({escaped(line)}) Tj 0 -14 Td " for line in lines)
    stream = f"BT /F1 11 Tf 50 800 Td {rows}ET".encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    start = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start)
    )
    return out.getvalue()


def docx_bytes(paragraphs: list[tuple[str, str | None]]) -> bytes:
    """A DOCX of (text, style) paragraphs; "List Number" paragraphs are Word's numbering."""
    import docx

    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
