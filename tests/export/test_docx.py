"""The DOCX export uses Word's own styles: Title, Subtitle, Heading 1 and 2, and numbered
points as "List Number" paragraphs whose numbering restarts in every decision block and
has a decimal second level (3.1); LibreOffice opens the file and converts it to PDF."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from pmtui.export import ExportFormat, export_case
from pmtui.export.word import word_document
from pmtui.format import parse_case
from pmtui.format.render import DocumentPart, Role
from pmtui.model import Case
from tests.conftest import BUNDLED_CASES
from tests.export.helpers import MARKDOWN_CASE, NESTED_CASE, bundled, pdf_pages

LONE_POINT = (
    "      - Stadsledningskontoret får i uppdrag att bemanna rådets kansli inom befintlig "
    "budgetram.\n"
)
TWO_POINTS = LONE_POINT + "      - Kansliet redovisar sitt arbete till kommunstyrelsen varje år.\n"


def two_numbered_blocks() -> Case:
    """The nested utlåtande, its second block with two points (numbered 1 and 2 again)."""
    text = (BUNDLED_CASES / NESTED_CASE).read_text(encoding="utf-8")
    assert text.count(LONE_POINT) == 1
    return parse_case(text.replace(LONE_POINT, TWO_POINTS))


def document_of(case: Case) -> WordDocument:
    return docx.Document(io.BytesIO(export_case(case, ExportFormat.DOCX).data))


def numbering(paragraph: Paragraph) -> tuple[int, int] | None:
    """(numId, level) set on the paragraph itself."""
    element: Any = paragraph.paragraph_format.element
    found = element.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    if found is None:
        return None
    level, number = found.find(qn("w:ilvl")), found.find(qn("w:numId"))
    return int(number.get(qn("w:val"))), int(level.get(qn("w:val")))


def styled(document: WordDocument, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name == style]


def test_headings_use_words_heading_styles() -> None:
    document = document_of(bundled(NESTED_CASE))
    assert styled(document, "Title") == [
        "Ett stadsgemensamt råd för lokalförsörjning av förskolor och skolor"
    ]
    assert styled(document, "Subtitle") == [
        "Motion (2016:31) av Lovisa Enqvist (C)",
        "Hemställan från utbildningsnämnden",
    ]
    assert styled(document, "Heading 1") == [
        "Ärendet", "Beredning", "Mina synpunkter", "Remissammanställningen",
    ]  # fmt: skip
    assert styled(document, "Heading 2") == [
        "Utbildningsnämnden", "Fastighetsnämnden", "Stadsledningskontoret",
    ]  # fmt: skip


def test_points_are_numbered_lists_that_restart_per_block() -> None:
    document = document_of(two_numbered_blocks())
    first = [
        p for p in document.paragraphs if p.style is not None and p.style.name == "List Number"
    ]
    second_level = styled(document, "List Number 2")
    assert second_level[0].startswith("ta fram riktlinjer") and len(second_level) == 2
    numbers = [found for found in map(numbering, document.paragraphs) if found is not None]
    assert len(first) == 5 and len(numbers) == 7
    lists = list(dict.fromkeys(number for number, _ in numbers))
    assert len(lists) == 2  # one list per decision block
    assert [level for _, level in numbers] == [0, 0, 0, 1, 1, 0, 0]
    part: Any = document.part.numbering_part.element
    for list_id in lists:
        entry = part.xpath(f'./w:num[@w:numId="{list_id}"]')[0]
        starts = entry.xpath("./w:lvlOverride/w:startOverride/@w:val")
        assert starts[:2] == ["1", "1"]
        definition = entry.xpath("./w:abstractNumId/@w:val")[0]
        level = part.xpath(f'./w:abstractNum[@w:abstractNumId="{definition}"]/w:lvl[@w:ilvl="1"]')[
            0
        ]
        assert level.find(qn("w:numFmt")).get(qn("w:val")) == "decimal"
        assert level.find(qn("w:lvlText")).get(qn("w:val")) == "%1.%2."


def test_swedish_language_and_page_footer() -> None:
    document = document_of(bundled(NESTED_CASE))
    styles: Any = document.styles.element
    assert styles.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val") == ["sv-SE"]
    footer: Any = document.sections[0].footer.paragraphs[0].paragraph_format.element
    assert footer.xpath("./w:fldSimple/@w:instr") == ["PAGE", "NUMPAGES"]
    assert "".join(footer.xpath(".//w:t/text()")) == "Sida 1 (1)"


def test_markdown_blocks_become_lists_tables_and_quotes() -> None:
    document = document_of(bundled(MARKDOWN_CASE))
    assert styled(document, "List Number")[0].startswith("var behovet är störst")
    assert styled(document, "Quote")[0].startswith("Vid Skärholmen anmäldes 62 cykelstölder")
    (table,) = document.tables
    assert [cell.text for cell in table.rows[0].cells] == [
        "Station", "Cykelplatser i dag", "Föreslagna platser",
    ]  # fmt: skip
    assert table.rows[1].cells[0].text == "Farsta strand"


def test_only_safe_links_become_hyperlinks() -> None:
    text = "Se [stadens sida](https://start.stockholm) och [detta](javascript:alert(1))."
    data = word_document([DocumentPart(Role.PARAGRAPH, text)])
    document = docx.Document(io.BytesIO(data))
    (paragraph,) = document.paragraphs
    assert [link.address for link in paragraph.hyperlinks] == ["https://start.stockholm"]
    assert paragraph.text == "Se stadens sida och [detta](javascript:alert(1))."


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is missing")
def test_libreoffice_opens_the_docx_and_converts_it_to_pdf(tmp_path: Path) -> None:
    """One conversion (it takes seconds): the numbered points and the footer survive."""
    source = tmp_path / "utlatande.docx"
    source.write_bytes(export_case(two_numbered_blocks(), ExportFormat.DOCX).data)
    profile = (tmp_path / "profile").as_uri()  # LibreOffice's own settings, not the user's
    command = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
    result = subprocess.run(
        [*command, "--outdir", str(tmp_path), str(source)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, "SAL_USE_VCLPLUGIN": "svp"},
    )
    assert result.returncode == 0, result.stderr
    text = "\n".join(pdf_pages((tmp_path / "utlatande.pdf").read_bytes()))
    lines = [line.strip() for line in text.split("\n")]
    for number, start in (("1.", "Ett stadsgemensamt"), ("3.1.", "ta fram"), ("2.", "Kansliet")):
        assert any(line.startswith(f"{number} {start}") for line in lines), number
    assert "Sida 1 (" in text and "Remissammanställningen" in text
