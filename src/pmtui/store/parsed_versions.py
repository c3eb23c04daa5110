"""The committed versions a save compares against, parsed once per blob id, and what a
save hands back (``CaseRepository`` keeps one ``ParsedVersions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygit2

from pmtui.store import trees
from pmtui.store.messages import commit_message, propose_message
from pmtui.store.types import SaveBase, SaveResult

if TYPE_CHECKING:
    from pmtui.model.case import Case
    from pmtui.store.saving import SaveOutcome

PARSED_CACHE_SIZE = 64


class ParsedVersions:
    """Parsed versions by blob id: internal copies, never handed out; a version that
    does not parse is kept as invalid, so the next save's message says so."""

    def __init__(self, git: pygit2.Repository, size: int = PARSED_CACHE_SIZE) -> None:
        self._git = git
        self._size = size
        self._parsed: dict[str, tuple[Case | None, bool]] = {}  # blob id → (case, invalid)

    def remember(self, blob_id: str | None, case: Case | None) -> None:
        """``case`` as the version of ``blob_id`` (None: it does not parse)."""
        if blob_id is None:
            return
        if len(self._parsed) >= self._size:
            self._parsed.pop(next(iter(self._parsed)))
        self._parsed[blob_id] = (case, case is None)

    def at(self, commit_id: str | None, path: str) -> tuple[Case | None, bool]:
        """The case at ``path`` in ``commit_id`` and whether it is invalid; (None, False)
        when the commit has no such file."""
        from pmtui.format.casefile import inspect_case

        blob_id = trees.blob_id_at(trees.commit_tree(self._git, commit_id), path)
        if blob_id is None:
            return None, False
        if blob_id not in self._parsed:
            report = inspect_case(trees.blob_bytes(self._git, blob_id), path)
            self.remember(blob_id, report.case if report.ok else None)
        return self._parsed[blob_id]


def full_message(case: Case, old: Case | None, old_invalid: bool, message: str | None) -> str:
    """``message`` as the summary, else the proposed one; with the trailer either way."""
    if message:
        return commit_message(case.dnr, message)
    return propose_message(old, case, old_invalid=old_invalid)


def save_result(path: str, outcome: SaveOutcome, head_commit: str | None) -> SaveResult:
    """What a save hands back: its commit (or the unchanged head) and the new base."""
    commit = outcome.commit_id or head_commit
    new_base = SaveBase(path, commit, outcome.blob_id, outcome.disk_sha)
    return SaveResult(
        outcome.commit_id,
        outcome.message,
        path,
        new_base,
        outcome.milestone,
        outcome.warnings,
        outcome.hook_output,
    )
