"""Resolving one case in conflict, without a screen: the choices, kept in a draft after
every change so that nothing is lost if the app closes midway (docs/reliability.md, F52),
the check of the resolved text, and the finish or abort in Git (``store.merge_finish``).

The draft lives beside the editor's drafts as ``<case>.konflikt-<blob>.val`` (JSON), named
by the conflicted file's blob like the $EDITOR attempt of ``case_conflict.py``, so a new
conflict never reopens old choices, and the same conflict (the same merge done again after
an abort) gets them back. It is removed once the resolution is written.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from pmtui.atomic import write_atomically
from pmtui.editing.conflict_choices import Chosen, ConflictChoices, ConflictUnit, Pick
from pmtui.editing.drafts import store_for
from pmtui.model.problems import Problem
from pmtui.store.merge_finish import (
    FinishedResolution,
    GitCommandFailed,
    abort_operation,
    complete_resolution,
)
from pmtui.store.resolution import ConflictedCase, resolution_problems

CHOICES_FORMAT = 1
CHOICES_SUFFIX = ".val"


def choices_path(repository: object, conflict: ConflictedCase) -> Path:
    """Where the choices for ``conflict`` are kept (named by the case and the blob)."""
    stem = Path(conflict.path).name.removesuffix(".md")
    blob = (conflict.disk_blob or "saknas")[:12]
    return store_for(repository).folder / f"{stem}.konflikt-{blob}{CHOICES_SUFFIX}"


class ConflictSession:
    """The choices for one conflicted case file, and what is done with them."""

    def __init__(self, repository: Any, conflict: ConflictedCase) -> None:
        self.repository = repository
        self.conflict = conflict
        self.draft = choices_path(repository, conflict)
        self.choices = ConflictChoices(conflict, read_choices(self.draft, conflict))
        self.restored = len(self.choices.chosen)

    @property
    def units(self) -> tuple[ConflictUnit, ...]:
        return self.choices.units

    def choose(self, number: int, pick: Pick) -> Chosen:
        """Ours, theirs or both for unit ``number`` (``ValueError`` when refused), kept in
        the draft (``OSError`` if the draft cannot be written; the choice stands)."""
        chosen = self.choices.choose(number, pick)
        self.write_draft()
        return chosen

    def write_own(self, number: int, text: str) -> Chosen:
        chosen = self.choices.write_own(number, text)
        self.write_draft()
        return chosen

    def write_draft(self) -> None:
        data = {
            "format": CHOICES_FORMAT,
            "fil": self.conflict.path,
            "blob": self.conflict.disk_blob,
            "val": {
                str(number): {"val": str(chosen.pick), "rader": list(chosen.lines)}
                for number, chosen in sorted(self.choices.chosen.items())
            },
        }
        self.draft.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        write_atomically(self.draft, text.encode("utf-8"), mode=0o600)

    def discard_draft(self) -> None:
        with contextlib.suppress(OSError):
            self.draft.unlink()

    def problems(self) -> list[tuple[Problem, ConflictUnit | None]]:
        """What makes the resolved text no valid case, each with the unit it comes from."""
        found = resolution_problems(self.conflict.path, self.choices.resolved_text())
        return [(problem, self._unit_of(problem)) for problem in found]

    def _unit_of(self, problem: Problem) -> ConflictUnit | None:
        return self.choices.unit_at(problem.line) if problem.line is not None else None

    def finish(self) -> FinishedResolution:
        """Write the resolution, ``git add`` it and finish the operation when it can be;
        the draft is removed once the file is written. Store errors say why not."""
        text = self.choices.resolved_text()
        try:
            outcome = complete_resolution(self.repository, self.conflict, text)
        except GitCommandFailed:  # after the write: the file holds the resolution
            self.discard_draft()
            raise
        self.discard_draft()
        return outcome

    def abort(self) -> None:
        """``git merge --abort`` (or its kin); the choices' draft is kept."""
        abort_operation(self.repository, self.conflict.operation)


def read_choices(draft: Path, conflict: ConflictedCase) -> dict[int, Chosen]:
    """The choices kept for ``conflict`` (none when there is no readable draft of it).
    Ours, theirs and both are taken again from the file; only own text is read back."""
    try:
        data = json.loads(draft.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    if (data.get("fil"), data.get("blob")) != (conflict.path, conflict.disk_blob):
        return {}
    choices = ConflictChoices(conflict)
    for key, value in (data.get("val") or {}).items():
        with contextlib.suppress(ValueError, TypeError, KeyError, IndexError, AttributeError):
            _restore(choices, int(key), Pick(value["val"]), value["rader"])
    return choices.chosen


def _restore(choices: ConflictChoices, number: int, pick: Pick, lines: list[str]) -> None:
    if not 1 <= number <= len(choices.units):
        return
    if pick is Pick.EDITED:
        if all(isinstance(line, str) for line in lines):
            choices.chosen[number] = Chosen(Pick.EDITED, tuple(lines))
    else:
        choices.choose(number, pick)
