"""What the export tests share: the bundled cases, and reading words back out of each
format as a reader sees them."""

from __future__ import annotations

import functools
import io
import re
from html.parser import HTMLParser

from pmtui.format import parse_case
from pmtui.model import Case
from tests.conftest import BUNDLED_CASES, SEED_TEXT

SEED_CASE = "2023/ks-2023-886.md"
NESTED_CASE = "2016/317-2208-2016.md"  # an utlåtande: two blocks, points 3.1 and 3.2
MARKDOWN_CASE = "2025/ks-2025-214.md"  # a Markdown list, a table and a quote in the body

# "Sida 2 (5)" or a bare page number on a line of its own.
PAGE_NUMBER = re.compile(r"^[ \t]*(?:Sida[ \t]+)?\d+(?:[ \t]*\(\d+\))?[ \t]*$", re.MULTILINE)
# A word broken at a line end by automatic hyphenation (U+2010 or a soft hyphen).
AUTOMATIC_HYPHEN = re.compile(r"(\w)[\u2010\u00ad][ \t]*\n[ \t]*(\w)")


@functools.cache
def bundled(name: str) -> Case:
    return parse_case((BUNDLED_CASES / name).read_bytes())


def words(text: str) -> list[str]:
    """The words of a printed text in order: wrapping, blank lines, page breaks and page
    numbers ignored, words hyphenated by the layout joined."""
    return AUTOMATIC_HYPHEN.sub(r"\1\2", PAGE_NUMBER.sub(" ", text)).split()


def seed_words() -> list[str]:
    return words(SEED_TEXT.read_text(encoding="utf-8"))


class _BodyText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skipping += tag in ("style", "title", "head")
        self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.skipping -= tag in ("style", "title", "head")
        self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.chunks.append(data)


def html_text(page: str) -> str:
    """What a browser shows of an HTML page, one block a line."""
    parser = _BodyText()
    parser.feed(page)
    parser.close()
    return "".join(parser.chunks)


def docx_text(data: bytes) -> str:
    """The paragraphs of a .docx file, as python-docx reads them (list numbers are
    Word's, not text, so they are not in it)."""
    import docx

    document = docx.Document(io.BytesIO(data))
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def pdf_pages(data: bytes) -> list[str]:
    import pypdf

    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]
