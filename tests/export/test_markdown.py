"""The md export: one Markdown file for any Markdown tool, without YAML front matter, the
front matter's content written into the text; plain text escaped so that it reads back
as itself, decision points with the numbers the document prints."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from pmtui.export import ExportFormat, export_case
from pmtui.export.markdown import escaped, markdown_text
from pmtui.format.render import DocumentPart, Role
from tests.export.helpers import NESTED_CASE, bundled, html_text

COMMONMARK = MarkdownIt("commonmark").enable("table")
MARKUP = st.sampled_from(list("\\`*_[]<>&|~#>+=-!()1.) :/")) | st.sampled_from(
    ["1. ", "2) ", "- ", "+ ", "# ", "> ", "---", "***", "```", "~~~", "<div>", "&amp;", "[a](b)"]
)
LINE = st.lists(MARKUP | st.text(alphabet="abcåäö ", max_size=3), max_size=10).map(
    lambda parts: " ".join("".join(parts).split())
)


@given(LINE)
def test_escaped_text_reads_back_as_the_same_text(text: str) -> None:
    tokens = COMMONMARK.parse(escaped(text))
    if not text:
        assert tokens == []
        return
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    children = tokens[1].children or []
    assert {child.type for child in children} <= {"text"}
    assert "".join(child.content for child in children) == text


@given(LINE.filter(bool))
def test_a_title_reads_back_as_its_heading(text: str) -> None:
    tokens = COMMONMARK.parse(markdown_text([DocumentPart(Role.TITLE, text)]))
    assert [t.type for t in tokens] == ["heading_open", "inline", "heading_close"]
    assert "".join(child.content for child in tokens[1].children or []) == text


def _export() -> str:
    return export_case(bundled(NESTED_CASE), ExportFormat.MD).data.decode("utf-8")


def test_no_front_matter_and_its_content_in_the_text() -> None:
    text = _export()
    assert not text.startswith("---") and "rubrik:" not in text and "dnr:" not in text
    lines = text.split("\n")
    assert lines[0] == "Utlåtande 2017:41 RI (Dnr 317-2208/2016, KS 2017/112, 317-95/2017)"
    assert "# Ett stadsgemensamt råd för lokalförsörjning av förskolor och skolor" in lines
    for line in (
        "Motion (2016:31) av Lovisa Enqvist (C)",
        "Föredragande borgarrådet Mikael Strandberg anför följande.",
        "Stockholm den 15 mars 2017",
        "Borgarrådsberedningen tillstyrker föredragande borgarrådets förslag.",
        "Reservation anförs av Helena Rydén, Björn Tallqvist (M) enligt följande.",
        "## Remissammanställningen",
        "### Stadsledningskontoret",
    ):
        assert line in lines


def test_a_markdown_tool_shows_the_printed_numbers() -> None:
    html = COMMONMARK.render(_export())
    assert "<ol>\n<li>\n<p>Ett stadsgemensamt råd" in html  # 1., 2., 3.: a list from 1
    assert "<p>3.1. ta fram riktlinjer" in html and "<p>3.2. senast den" in html
    shown = html_text(html)
    assert "3.1. ta fram riktlinjer för rådets arbete" in shown
