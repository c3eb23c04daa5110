"""Import of the layouts a PM comes in: the seed's PDF text, the older layout, a flattened
web page, a PDF and a DOCX; and documents that are not PMs."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from pmtui.export import ExportFormat, export_case
from pmtui.importing import ImportFailed, import_file, import_text
from pmtui.texts import importing as texts
from tests.conftest import SEED_TEXT
from tests.export.helpers import SEED_CASE, bundled, seed_words, words
from tests.importing.helpers import IMPORT_DATA, docx_bytes, pdf_bytes, placed_words


def _lost(words_in: list[str], words_out: list[str]) -> Counter[str]:
    return Counter(words_in) - Counter(words_out)


def test_the_seed_imports_with_every_part_placed() -> None:
    result = import_file(SEED_TEXT)
    case, seed = result.case, bundled(SEED_CASE)
    assert result.kept == [] and result.words_in == result.words_placed == 460
    assert (case.dnr, case.kind, case.rotel, case.title) == (seed.dnr, seed.kind, "I", seed.title)
    assert case.subtitles == seed.subtitles and case.presenters == seed.presenters
    assert case.decision_blocks == seed.decision_blocks
    assert case.outcome == seed.outcome and case.date == seed.date
    assert case.referrals == seed.referrals
    assert case.sections == seed.sections


def test_seed_import_exported_to_txt_is_the_seed_word_for_word() -> None:
    exported = export_case(import_file(SEED_TEXT).case, ExportFormat.TXT).data.decode()
    assert words(exported) == seed_words()


def test_reimporting_an_export_gives_the_same_case() -> None:
    case = import_file(SEED_TEXT).case
    exported = export_case(case, ExportFormat.TXT).data.decode()
    assert import_text(exported).case == case


def test_the_older_layout_keeps_the_boards_proposal_and_the_protocol_line() -> None:
    result = import_file(IMPORT_DATA / "pm-older-layout.txt")
    case = result.case
    assert (case.kind.value, case.number, case.rotel, str(case.dnr)) == (
        "PM",
        "2004",
        "II+IV",
        "312-455/2004",
    )
    assert case.decision_blocks == [] and case.board_decision_blocks is not None
    assert len(case.board_decision_blocks[0].points) == 2
    assert case.presenters == ["Bo Påhittad", "Cilla Uppdiktad"]
    assert case.subtitles == ["Skrivelse av Ada Exempelsson (x)"]
    assert case.protocol_line is not None and case.protocol_line.startswith("Bilaga 3:2")
    assert "ytterstaden." in placed_words(result)  # the line-end hyphen joined
    assert not _lost(result.case.sections[0].paragraphs[0].split(), placed_words(result))


def test_a_flattened_web_page_is_split_at_its_inline_parts() -> None:
    result = import_file(IMPORT_DATA / "utl-flattened.txt")
    case = result.case
    assert (case.kind.value, case.number, case.rotel) == ("Utlåtande", "2019:7", "IV")
    assert not case.dnr.is_known and case.dnr.year == 2018
    assert case.title == "Fler parkbänkar i innerstaden"
    assert case.subtitles == ["Motion (2018:3) av Dora Diktad (Y)"]
    assert [len(b.points) for b in case.decision_blocks] == [2, 1]
    assert [s.heading for s in case.sections][:3] == ["Ärendet", "Beredning", "Mina synpunkter"]
    assert "Storlek: px" in " ".join(result.kept)  # the site's text is kept, not dropped


def test_every_word_of_the_fixtures_is_in_the_case() -> None:
    for path in sorted(IMPORT_DATA.glob("*.txt")):
        result = import_file(path)
        text = path.read_text(encoding="utf-8").replace("ytter-\nstaden", "ytterstaden")
        body = [w for w in text.split() if not (w.isdigit() and len(w) == 1)]
        assert not _lost(body, placed_words(result)), path.name


def test_a_pdf_is_read_with_pypdf(tmp_path: Path) -> None:
    lines = ["PM Rotel II (Dnr KS 2024/12)", "Nya bänkar i parken", "Förslag till beslut",
             "Föredragande borgarrådet Åsa Påhittad", "Sammanfattning av ärendet",
             "Parken får fler bänkar än förr.", "Sida 1 (1)"]  # fmt: skip
    path = tmp_path / "pm.pdf"
    path.write_bytes(pdf_bytes(lines))
    result = import_file(path)
    assert str(result.case.dnr) == "KS 2024/12" and result.case.presenters == ["Åsa Påhittad"]
    assert result.case.sections[0].paragraphs == ["Parken får fler bänkar än förr."]
    assert result.page_lines == 1 and result.kept == []


def test_a_docx_gets_its_list_numbers_back(tmp_path: Path) -> None:
    paragraphs: list[tuple[str, str | None]] = [
        ("Utlåtande 2024:3 RI (Dnr KS 2024/77)", None),
        ("Lekplatser i ytterstaden", "Title"),
        ("Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.", None),
        ("Fler lekplatser byggs.", "List Number"),
        ("Nämnden återkommer med en plan.", "List Number"),
        ("Föredragande borgarrådet Tor Tänkt anför följande.", None),
        ("Ärendet", "Heading 2"),
        ("Lekplatserna är få.", None),
    ]
    path = tmp_path / "utl.docx"
    path.write_bytes(docx_bytes(paragraphs))
    case = import_file(path).case
    assert [p.text for p in case.decision_blocks[0].points] == [
        "Fler lekplatser byggs.",
        "Nämnden återkommer med en plan.",
    ]
    assert case.sections[0].paragraphs == ["Lekplatserna är få."]


def test_a_document_that_is_not_a_pm_names_what_was_found() -> None:
    with pytest.raises(ImportFailed) as raised:
        import_text("Inköpslista\n\nMjölk och bröd.\n", "lista.txt")
    assert "lista.txt" in str(raised.value) and "Inköpslista" in str(raised.value)


def test_an_empty_file_says_it_has_no_text() -> None:
    with pytest.raises(ImportFailed, match=texts.FOUND_NOTHING):
        import_text("\n\n", "tom.txt")


def test_signing_date_and_place_are_read() -> None:
    case = import_file(SEED_TEXT).case
    assert (case.place, case.date) == ("Stockholm", dt.date(2023, 9, 6))


def test_a_point_wrapped_onto_the_next_line_stays_whole() -> None:
    result = import_file(IMPORT_DATA / "pm-older-layout.txt")
    points = [point.text for block in result.case.board_proposal for point in block.points]
    assert points[1].endswith("vid stadens bibliotek.")
    assert result.kept_words == 0
