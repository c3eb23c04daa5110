"""Issue 12, part 4, the export side: ``cases/2023/ks-2023-886.md`` exported to txt gives
the seed's words in the seed's order (tests/data/pm-rotel-i-ks-2023-886.txt, the text of
the real PDF), ignoring wrapping, page breaks and page numbers; md, html and docx carry the
same words. The PDF is read back in test_pdf.py.

The seed has no word the model cannot hold: the formula "Föredragande borgarrådet …
anför följande." (issue 12, part 1) is not printed in this document, so nothing is
expected to fail here."""

from __future__ import annotations

import difflib

import pytest
from markdown_it import MarkdownIt

from pmtui.export import ExportFormat, export_case
from pmtui.format.render import render_text
from tests.conftest import REPO_ROOT, run_cli
from tests.export.helpers import SEED_CASE, bundled, docx_text, html_text, seed_words, words


def _differences(expected: list[str], got: list[str]) -> list[str]:
    """Each place where the words differ, as the seed's words and ours."""
    matcher = difflib.SequenceMatcher(a=expected, b=got, autojunk=False)
    return [
        f"{tag}: seed {expected[a1:a2]} export {got[b1:b2]}"
        for tag, a1, a2, b1, b2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def _export_text(to: ExportFormat) -> str:
    data = export_case(bundled(SEED_CASE), to).data
    if to is ExportFormat.DOCX:
        return docx_text(data)
    text = data.decode("utf-8")
    if to is ExportFormat.MD:
        return html_text(MarkdownIt("commonmark").render(text))
    return html_text(text) if to is ExportFormat.HTML else text


def test_the_normalisation_keeps_words_and_drops_page_numbers() -> None:
    printed = "Stads-\nledningen och social- \n\noch trygg\u2010\nheten\n\nSida 2 (5)\n 3 \nslut"
    assert words(printed) == [
        "Stads-",
        "ledningen",
        "och",
        "social-",
        "och",
        "trygg" + "heten",
        "slut",
    ]


def test_txt_export_is_the_seed_word_for_word() -> None:
    got = words(_export_text(ExportFormat.TXT))
    assert _differences(seed_words(), got) == []


@pytest.mark.parametrize("to", [ExportFormat.MD, ExportFormat.HTML, ExportFormat.DOCX])
def test_every_text_format_carries_the_seeds_words(to: ExportFormat) -> None:
    assert _differences(seed_words(), words(_export_text(to))) == []


def test_txt_export_is_what_show_prints(capsys: pytest.CaptureFixture[str]) -> None:
    code, shown, _ = run_cli(capsys, "--repo", str(REPO_ROOT), "show", "KS 2023/886")
    assert code == 0
    code, exported, _ = run_cli(
        capsys, "--repo", str(REPO_ROOT), "export", "KS 2023/886", "--to", "txt"
    )
    assert code == 0
    assert exported == shown == render_text(bundled(SEED_CASE))
