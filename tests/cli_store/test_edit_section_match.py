"""``pmtui edit --section`` finds a section by part of its name, as ``diff --section`` and
``blame --section`` do; a name that fits several sections is refused, naming them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import git

PATH = "cases/2023/ks-2023-886.md"
VIEWS = "Föredragande borgarrådets synpunkter"


@pytest.mark.parametrize("query", ["synpunkter", "SYNPUNKTER", "föredragande", "borgarrådets syn"])
def test_part_of_the_heading_is_enough(archive: Path, pmtui, editor, query: str) -> None:  # type: ignore[no-untyped-def]
    editor("*=>Staden bör delta i mötet.\n")
    result = pmtui("edit", "KS 2023/886", "--section", query)
    assert result.code == 0, result.err
    text = (archive / PATH).read_text(encoding="utf-8")
    assert f"## {VIEWS}\n\nStaden bör delta i mötet.\n\n## Ärendet" in text


def test_a_heading_that_starts_with_the_name_wins(archive: Path, pmtui, editor) -> None:  # type: ignore[no-untyped-def]
    editor("*=>Ärendet gäller en resa.\n")
    result = pmtui("edit", "KS 2023/886", "--section", "ärendet")  # not 'Sammanfattning av ärendet'
    assert result.code == 0, result.err
    assert (
        (archive / PATH)
        .read_text(encoding="utf-8")
        .endswith("## Ärendet\n\nÄrendet gäller en resa.\n")
    )


def test_a_name_that_fits_several_sections_is_refused(archive: Path, pmtui, editor) -> None:  # type: ignore[no-untyped-def]
    editor("## Ärendet=>## Bakgrund\n\nEn bakgrund.\n\n## Ärendet", "*=>Text.\n")
    assert pmtui("edit", "KS 2023/886").code == 0
    head = git(archive, "rev-parse", "HEAD")
    result = pmtui("edit", "KS 2023/886", "--section", "b")
    assert result.code == 1
    assert "'Beredning', 'Bakgrund'" in result.err
    assert git(archive, "rev-parse", "HEAD") == head
