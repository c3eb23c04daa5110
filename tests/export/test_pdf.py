"""The PDF export (weasyprint, the ``pdf`` extra): the seed's words read back with pypdf
once the running header and the "Sida N (M)" footers are taken away, a header from page
2 on. (A missing weasyprint is tested in test_cli_export.py.)"""

from __future__ import annotations

import pytest

from pmtui.export import ExportFormat, export_case
from tests.export.helpers import NESTED_CASE, SEED_CASE, bundled, pdf_pages, seed_words, words

pytest.importorskip("weasyprint", reason="the pdf extra is not installed: pip install -e '.[test]'")


@pytest.fixture(scope="module")
def nested_pages() -> list[str]:
    """A three-page PDF: the utlåtande with nested points and reservations."""
    return pdf_pages(export_case(bundled(NESTED_CASE), ExportFormat.PDF).data)


def _without_running_lines(pages: list[str], header: str) -> str:
    """The pages' text without the running header (pages 2 on) and the footers."""
    kept: list[str] = []
    for number, page in enumerate(pages):
        lines = page.split("\n")
        kept.extend(line for line in lines if number == 0 or line.strip() != header)
    return "\n".join(kept)


def test_the_seed_pdf_holds_the_seeds_words() -> None:
    case = bundled(SEED_CASE)
    pages = pdf_pages(export_case(case, ExportFormat.PDF).data)
    assert pages[0].startswith(case.header)
    assert words(_without_running_lines(pages, case.header)) == seed_words()


def test_every_page_has_its_footer_and_later_pages_the_header(nested_pages: list[str]) -> None:
    header = bundled(NESTED_CASE).header
    total = len(nested_pages)
    assert total >= 2
    for number, page in enumerate(nested_pages, start=1):
        assert f"Sida {number} ({total})" in page
        # Page 1 prints the header as its first line; the running header starts on page 2.
        assert page.split("\n").count(header) == 1


def test_nested_points_keep_their_printed_numbers(nested_pages: list[str]) -> None:
    text = "\n".join(nested_pages)
    for number in ("1.", "2.", "3.", "3.1.", "3.2."):
        assert f"\n{number} " in text.replace("\u00a0", " ")
