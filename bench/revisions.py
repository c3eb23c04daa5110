"""Revisions of a canonical case file, made on its text, and their commit messages.

Building and serialising a whole case costs ~3 ms; 100,000 revisions that way would
dominate generation. A revision here replaces, inserts or deletes one sentence line of
the body, or moves the ``status:`` line one stage on. Each keeps the file canonical
(the smoke test checks ``inspect_case(...).canonical`` for every generated file).
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

from bench.corpus import VIEWS_HEADING, sentence

STATUS_ORDER = ("utkast", "remiss", "beredd", "tillstyrkt", "beslutad")
PLAIN_GIT_MESSAGES = (
    "Rätta stavfel",
    "Språkliga justeringar",
    "Uppdatera efter beredningsmöte",
    "Korrigera formuleringar",
    "Justera text efter synpunkter från stadsledningskontoret",
)


@dataclass(frozen=True)
class Revision:
    text: str
    summary: str  # what changed, for the commit message


def _split(text: str) -> tuple[str, list[str]]:
    end = text.index("\n---\n", 4) + len("\n---\n")
    return text[:end], text[end:].split("\n")


def _prose_lines(lines: list[str], views_only: bool) -> list[int]:
    chosen: list[int] = []
    inside_views = False
    for index, line in enumerate(lines):
        if line.startswith("#"):
            inside_views = line == f"## {VIEWS_HEADING}"
        elif line and (inside_views or not views_only):
            chosen.append(index)
    return chosen


def _section_of(lines: list[str], index: int) -> str:
    for line in reversed(lines[:index]):
        if line.startswith("## "):
            return line[3:]
    return "texten"


def _is_prose(lines: list[str], index: int) -> bool:
    return 0 <= index < len(lines) and bool(lines[index]) and not lines[index].startswith("#")


def edit_sentence(text: str, rng: random.Random) -> Revision:
    """Replace (mostly), insert or delete one sentence; the commissioner's views most often."""
    front, lines = _split(text)
    candidates = _prose_lines(lines, views_only=rng.random() < 0.7) or _prose_lines(lines, False)
    index = rng.choice(candidates)
    roll = rng.random()
    neighbour = _is_prose(lines, index - 1) or _is_prose(lines, index + 1)
    if roll < 0.15 and neighbour:
        del lines[index]
    elif roll < 0.35:
        lines.insert(index + 1, sentence(rng))
    else:
        lines[index] = sentence(rng)
    return Revision(front + "\n".join(lines), f"ändrade {_section_of(lines, index)}")


def advance_status(text: str) -> Revision | None:
    """Move ``status:`` one stage on; ``None`` when the case is already decided."""
    front, _ = _split(text)
    for current, following in itertools.pairwise(STATUS_ORDER):
        line = f"\nstatus: {current}\n"
        if line in front:
            moved = text.replace(line, f"\nstatus: {following}\n", 1)
            return Revision(moved, f"ny status: {following}")
    return None


def pmtui_message(dnr: str, summary: str) -> str:
    return f"{dnr}: {summary}\n\nÄrende: {dnr}\n"


def created_message(dnr: str) -> str:
    return f"{dnr}: nytt ärende\n\nÄrende: {dnr}\n"


def plain_git_message(rng: random.Random, slug: str) -> str:
    """A commit made with plain git: no trailer, as people write them."""
    return f"{rng.choice(PLAIN_GIT_MESSAGES)} i {slug}\n"
