"""The HTML export is escaped and lets only http, https and mailto links through: a
property over text full of ``<``, ``&``, quotes and ``javascript:`` links in every kind of
part, and the cases that matter one by one."""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from pmtui.export import ExportFormat, export_case
from pmtui.export.html import html_page
from pmtui.format.render import DocumentPart, Role
from tests.export.helpers import SEED_CASE, bundled

TAGS = {
    "html", "head", "meta", "title", "style", "body", "p", "h1", "h2", "h3", "h4", "h5", "h6",
    "ol", "ul", "li", "span", "a", "em", "strong", "code", "pre", "blockquote", "hr", "br",
    "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ATTRIBUTES = {"class", "href", "lang", "charset", "name", "content", "start"}
SAFE = ("http:", "https:", "mailto:")
FRAGMENTS = [
    "<script>alert(1)</script>", "<", ">", "&", "&amp;", "&#60;", '"', "'", "javascript:",
    "JavaScript:", " javascript:", "data:text/html,<b>x</b>", "vbscript:", "file:///etc/passwd",
    "http://a.se", "https://b.se/?q=<1>&r=2", "mailto:x@y.se", "[", "](", ")", "![", "<a href=",
    " onerror=", "<img src=x>", "`", "*", "_", "\\", "\n", "\n\n", " ", "ä", "x", "1. ", "- ",
    "[x](javascript:alert(1))", "[x](data:text/html,y)", "[x](file:///etc/passwd)", "[x](a.html)",
    "<javascript:alert(1)>", "[x](https://ok.se)", "[r]\n\n[r]: javascript:x", "![i](http://i.se/i)",
]  # fmt: skip
TEXT = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=3), max_size=12).map("".join)


class Elements(HTMLParser):
    """Every tag and attribute of a page, and the text inside each element (by its class,
    ``.title``, or its tag when it has none)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.texts: dict[str, list[str]] = {}
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        name = dict(attrs).get("class")
        self.open.append(f".{name}" if name else tag)

    def handle_endtag(self, tag: str) -> None:
        self.open.pop()

    def handle_data(self, data: str) -> None:
        if self.open:
            self.texts.setdefault(self.open[-1], []).append(data)


def elements(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    parser.close()
    return parser


def parts_of(text: str) -> list[DocumentPart]:
    return [
        DocumentPart(Role.HEADER, text),
        DocumentPart(Role.TITLE, text),
        DocumentPart(Role.HEADING, text),
        DocumentPart(Role.PARAGRAPH, text),
        DocumentPart(Role.MARKDOWN, text),
        DocumentPart(Role.INTRO, text),
        DocumentPart(Role.POINT, text, "1"),
        DocumentPart(Role.POINT, text, "1.1"),
    ]


@given(TEXT)
def test_no_text_makes_a_tag_an_attribute_or_an_unsafe_link(text: str) -> None:
    """Whatever the text: only the page's own tags and attributes, links only to http,
    https and mailto, and front-matter values (title, header, intro) shown exactly as
    written, never read as Markdown or HTML."""
    page = elements(html_page(parts_of(text)))
    assert {tag for tag, _ in page.tags} <= TAGS
    for tag, attributes in page.tags:
        assert set(attributes) <= ATTRIBUTES
        if tag == "a":
            assert (attributes["href"] or "").casefold().startswith(SAFE)
    for name in (".title", ".header", ".heading", ".intro", "title"):
        assert "".join(page.texts.get(name, [])) == text


def _body(markdown: str) -> str:
    page = html_page([DocumentPart(Role.PARAGRAPH, markdown)])
    return page[page.index("<body>") : page.index("</body>")]


def test_a_javascript_link_stays_text() -> None:
    body = _body("Se [här](javascript:alert(1)) och <javascript:alert(2)>.")
    assert "<a" not in body
    assert "[här](javascript:alert(1))" in unescape(body)
    assert "&lt;javascript:alert(2)&gt;" in body


def test_http_https_and_mailto_links_pass() -> None:
    body = _body("[a](http://a.se) [b](https://b.se/x?y=1&z=2) [c](mailto:c@d.se) <https://e.se>")
    assert '<a href="http://a.se">a</a>' in body
    assert '<a href="https://b.se/x?y=1&amp;z=2">b</a>' in body
    assert '<a href="mailto:c@d.se">c</a>' in body
    assert '<a href="https://e.se">https://e.se</a>' in body


def test_data_file_and_relative_links_stay_text() -> None:
    body = _body("[d](data:text/html,x) [f](file:///etc/passwd) [r](annan.html)")
    assert "<a" not in body


def test_raw_html_and_images_are_text() -> None:
    markdown = '<div onclick="x()">hej</div>\n\n![bild](https://e.se/i.png)'
    page = html_page([DocumentPart(Role.MARKDOWN, markdown)])
    assert "<div" not in page and "&lt;div onclick=&quot;x()&quot;&gt;hej&lt;/div&gt;" in page
    assert "<img" not in page


def test_the_seed_page_is_swedish_with_the_layout_parts() -> None:
    page = export_case(bundled(SEED_CASE), ExportFormat.HTML).data.decode("utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="sv">')
    found = elements(page)
    assert found.texts[".header"] == ["PM Rotel I (Dnr KS 2023/886)"]
    assert found.texts[".title"] == found.texts["title"] == ["Strong Cities Network Global Summit"]
    assert found.texts[".heading"][0] == "Förslag till beslut"
    assert found.texts[".place-date"] == ["Stockholm den 6 september 2023"]
    assert "hyphens: auto" in page and 'content: "Sida " counter(page)' in page
