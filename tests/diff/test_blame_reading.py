"""Blame's fast paths give exactly what the plain algorithm gives.

Blame reads plain paragraphs without the Markdown reader, keeps a part's blame when the
part is unchanged, and reads version texts by blob id. The reference below is blame as it
was before those shortcuts: every version read whole by ``parse_case``, every part aligned.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import partial
from pathlib import Path

import pytest
from pydantic import ValidationError

from pmtui.diff import CaseBlame, TextVersion, blame_case
from pmtui.diff.blame import BlameLine, SectionBlame
from pmtui.diff.blame_reading import body_sections
from pmtui.diff.sections import Part, match_parts, part_text
from pmtui.diff.text import Unit, body_units
from pmtui.diff.types import Revision
from pmtui.diff.versions import history_texts
from pmtui.format import parse_case
from pmtui.format.body import parse_body
from pmtui.format.frontmatter import split_front_matter
from pmtui.format.problems import CaseFileError
from pmtui.model.body import Section
from pmtui.store import CaseRepository
from tests.conftest import git
from tests.diff.helpers import case_text
from tests.diff.repo import CASE_PATH, DNR, commit_case, new_repo

WHEN = dt.datetime(2023, 9, 1, 10, tzinfo=dt.UTC)
FRONT = case_text().split("## ")[0]
WORDS = ["Staden", "Nämnden", "Kontoret", "Förvaltningen", "Rådet", "Styrelsen"]
THINGS = ["cykelvägar", "skolor", "parker", "bostäder", "trygghet", "kollektivtrafik"]


def _carry(old: Sequence[BlameLine], units: list[Unit], revision: Revision) -> list[BlameLine]:
    before = [Unit(line.kind, line.text) for line in old]
    lines = [BlameLine(u.kind, u.text, revision) for u in units]
    for i, j, size in SequenceMatcher(None, before, units, autojunk=False).get_matching_blocks():
        for k in range(size):
            lines[j + k] = old[i + k]
    return lines


def _part(part: Part, old: SectionBlame | None, revision: Revision, level: int) -> SectionBlame:
    lines = _carry(old.lines if old else (), body_units(part.blocks), revision)
    subs = part.subsections if isinstance(part, Section) else []
    nested = _parts(subs, old.subsections if old else (), revision, level + 1)
    return SectionBlame(part.heading, level, tuple(lines), nested)


def _parts(
    parts: Sequence[Part], old: Sequence[SectionBlame], revision: Revision, level: int
) -> tuple[SectionBlame, ...]:
    keyed_old = [(b.heading, partial(lambda b: " ".join(x.text for x in b.lines if x.text), b))
                 for b in old]  # fmt: skip
    pairs = match_parts(keyed_old, [(p.heading, partial(part_text, p)) for p in parts])
    by_new = {j: i for i, j in pairs.items()}
    return tuple(
        _part(p, old[by_new[j]] if j in by_new else None, revision, level)
        for j, p in enumerate(parts)
    )


def _reference(oldest_first: list[tuple[str, str]]) -> CaseBlame:
    sections: tuple[SectionBlame, ...] = ()
    for commit, text in oldest_first:
        revision = Revision(commit, "A", WHEN, "")
        sections = _parts(parse_case(text).sections, sections, revision, 2)
    return CaseBlame(sections)


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(WORDS)} {rng.randint(1, 999)} gäller {rng.choice(THINGS)}."


Body = list[tuple[str, list[list[str]]]]  # heading, paragraphs of lines


def _render(body: Body) -> str:
    parts = [
        f"## {heading}\n\n" + "\n\n".join("\n".join(p) for p in paras) for heading, paras in body
    ]
    return FRONT + "\n\n".join(parts) + "\n"


def _edit(rng: random.Random, body: Body, step: int) -> None:
    heading, paras = body[rng.randrange(len(body))]
    para = paras[rng.randrange(len(paras))]
    kind = step % 9
    if kind in (0, 1, 2):
        para[rng.randrange(len(para))] = _sentence(rng)
    elif kind == 3:
        para.insert(rng.randrange(len(para) + 1), _sentence(rng))
    elif kind == 4 and len(para) > 1:
        para.pop(rng.randrange(len(para)))
    elif kind == 5:
        paras.append([_sentence(rng), _sentence(rng)])
    elif kind == 6:  # re-wrapped: two sentences on one line
        para[:2] = [" ".join(para[:2])]
    elif kind == 7:
        paras.append([rng.choice(["- en punkt", "1. första", "> citat", "    kod"])])
    else:
        paras.append(["### Del " + str(step), _sentence(rng)])
    if step % 17 == 0:
        index = body.index((heading, paras))
        body[index] = (heading + " (ändrad)", paras)


def test_blame_matches_the_reference_on_a_generated_history() -> None:
    rng = random.Random(13)
    body: Body = [
        (name, [[_sentence(rng) for _ in range(3)] for _ in range(2)])
        for name in ("Sammanfattning av ärendet", "Beredning", "Ärendet")
    ]
    history = []
    for step in range(50):
        history.append((f"c{step}", _render(body)))
        _edit(rng, body, step)
    texts = [TextVersion(c, "A", WHEN, text) for c, text in reversed(history)]
    assert blame_case(texts) == _reference(history)
    versions = {line.revision.commit_id for s in blame_case(texts).sections for line in s.lines}
    assert len(versions) > 5  # the history really moved lines between versions


@pytest.mark.parametrize(
    "views",
    [
        "En mening. En till.\n\nAndra stycket.  \nMed hårt radbyte.",
        "[länk]: https://example.invalid\nText efter.",
        "Första.\n\n- en punkt\n\n  fortsatt punkt\n\nSist.",
        "Rad ett\n===\n\nEfter.",
        "Text.\n\n\u00a0\n\nMer.",
        "Text med\ttabb och *betoning* och `kod`.\n\n    indragen kod\n\nSlut.",
        "Stycke.\n\n### Underrubrik\n\nUnder.",
        "Stycke.\n\n<div>\n\n## inte en rubrik\n\n</div>",
        "Text.\n\n| a | b |\n|---|---|\n| 1 | 2 |",
        "Åtta.\n\n1) punkt\n2) punkt\n\nNio.",
        "Första.\n\n- en punkt\n- två punkter\n\nSist.",
        "Text.\r\nMed CR.\n\nSlut.",
    ],
)
def test_body_sections_read_like_the_whole_body(views: str) -> None:
    text = case_text(views=views)
    assert body_sections(text) == _whole_body(text)


def _whole_body(text: str) -> list[Section] | None:
    """The body read in one piece by the Markdown reader (None if it cannot be read)."""
    try:
        body = split_front_matter(text).body
        return [Section.model_validate(s) for s in parse_body(body, 1).sections]
    except (CaseFileError, ValidationError):
        return None


def test_history_texts_are_the_texts_at_each_commit(tmp_path: Path) -> None:
    root = new_repo(tmp_path / "arkiv")
    commit_case(root, case_text(views="Första. Andra."), "ett")
    commit_case(root, case_text(views="Första. Tredje."), "två", day=2)
    git(root, "mv", CASE_PATH, "cases/2023/ks-2023-887.md")
    git(root, "commit", "-qm", "flytta")
    git(root, "mv", "cases/2023/ks-2023-887.md", CASE_PATH)
    git(root, "commit", "-qm", "tillbaka")
    commit_case(root, case_text(views="Första. Fjärde."), "tre", day=3)
    repo = CaseRepository.discover(explicit=root)
    texts = history_texts(repo, DNR)
    assert [t.text for t in texts] == [repo.text_at(DNR, t.commit_id) for t in texts]
    assert len(texts) == 5
