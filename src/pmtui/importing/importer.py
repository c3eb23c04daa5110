"""One document in, one case out: read, clean, recognise, build, and say what was found."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pmtui.importing.build import build_case
from pmtui.importing.lines import clean_lines, units
from pmtui.importing.parts import Recognised
from pmtui.importing.readers import SourceText, read_source
from pmtui.importing.recognise import recognise
from pmtui.model.case import Case
from pmtui.model.dnr import Dnr
from pmtui.texts import importing as texts


@dataclass(frozen=True)
class ImportResult:
    """The case, what was recognised (label, value), the kept text, and word counts."""

    case: Case
    recognised: list[tuple[str, str]]
    kept: list[str]
    words_in: int
    kept_words: int
    page_lines: int

    @property
    def words_placed(self) -> int:
        return self.words_in - self.kept_words


def import_file(path: Path, dnr: Dnr | None = None) -> ImportResult:
    """``path`` (.txt, .md, .pdf, .docx) as a case; ``ImportFailed`` (Swedish) if not."""
    return import_source(read_source(path), str(path), dnr)


def import_text(text: str, label: str = "-", dnr: Dnr | None = None) -> ImportResult:
    return import_source(SourceText(text.split("\n")), label, dnr)


def input_words(source: SourceText) -> list[str]:
    """The words of a document as the importer reads them (the guarantee's input side):
    page numbers dropped and words broken by a line-end hyphen joined."""
    return " ".join(units(clean_lines(source.lines).lines, source.wrapped)).split()


def import_source(source: SourceText, label: str, dnr: Dnr | None = None) -> ImportResult:
    clean = clean_lines(source.lines)
    parts = units(clean.lines, source.wrapped)
    found = recognise(list(parts))
    words_in = " ".join(parts).split()
    built = build_case(found, label, dnr, words_in)
    kept_words = sum(len(text.split()) for text in built.kept)
    recognised = _recognised(found, built.case)
    return ImportResult(
        built.case, recognised, built.kept, len(words_in), kept_words, clean.page_lines
    )


def _recognised(found: Recognised, case: Case) -> list[tuple[str, str]]:
    rows = [
        (texts.WHAT_KIND, case.kind.value),
        (texts.WHAT_NUMBER, case.number or "–"),
        (texts.WHAT_ROTEL, case.rotel),
        (texts.WHAT_DNR, ", ".join(str(d) for d in case.all_dnr)),
        (texts.WHAT_TITLE, case.title),
        (texts.WHAT_SUBTITLES, " | ".join(case.subtitles) or "–"),
        (texts.WHAT_PRESENTERS, ", ".join(case.presenters)),
    ]
    points = sum(len(b.numbered_points()) for b in case.decision_blocks)
    rows.append(
        (
            texts.WHAT_BLOCKS,
            texts.BLOCK_SUMMARY.format(blocks=len(case.decision_blocks), points=points),
        )
    )
    if case.board_decision_blocks:
        board = case.board_decision_blocks
        count = sum(len(b.numbered_points()) for b in board)
        rows.append(
            (texts.WHAT_BOARD_BLOCKS, texts.BLOCK_SUMMARY.format(blocks=len(board), points=count))
        )
    rows.append((texts.WHAT_DATE, f"{case.place} {case.date}" if case.date else "–"))
    position = case.outcome.position if case.outcome else None
    rows.append((texts.WHAT_POSITION, position.value if position else "–"))
    rows.append((texts.WHAT_STATEMENTS, str(len(found.statements))))
    rows.append((texts.WHAT_SECTIONS, " | ".join(s.heading for s in case.sections) or "–"))
    rows.append((texts.WHAT_REFERRALS, ", ".join(r.body for r in case.referrals) or "–"))
    return rows


def with_free_local_number(case: Case, taken: Callable[[str], bool]) -> Case:
    """A case whose dnr is not known takes the first local number whose path is not
    ``taken`` (a file on disk, a case in the branch); a known dnr is kept as it is."""
    if case.dnr.is_known:
        return case
    local = case.dnr.serial
    while taken(Dnr.unknown(case.dnr.year, local).relative_path):
        local += 1
    return case.model_copy(update={"dnr": Dnr.unknown(case.dnr.year, local)})
