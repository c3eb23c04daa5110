"""Cases in conflict: what ``list``, ``check`` and ``show`` say when an unfinished
``git merge`` (or rebase, cherry-pick, revert, stash pop) left conflict markers in them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pmtui.cli.common import err

if TYPE_CHECKING:
    from pmtui.format.casefile import CaseReport
    from pmtui.store.merge_state import MergeState


def repository_state(root: Path) -> MergeState:
    """The merge state of the repository at ``root``; nothing under way if there is none.
    Git is imported here, for a case in conflict, not by every ``show``."""
    from pmtui.store import CaseRepository, StoreError
    from pmtui.store.merge_state import MergeState, merge_state

    try:
        repository = CaseRepository.discover(explicit=root, cache=False)
    except StoreError:
        return MergeState()
    return merge_state(repository)


def has_conflict_markers(report: CaseReport) -> bool:
    from pmtui.format.decoding import CONFLICT_CODE  # where a report is read

    return any(problem.code == CONFLICT_CODE for problem in report.problems)


def explain_conflicts(state: MergeState, shown: list[str]) -> None:
    """On stderr: that ``shown`` (paths as the user reads them) are in conflict, and how to
    resolve them and finish the merge. Nothing when Git has nothing under way (the
    markers were committed): the file's own error says to remove them."""
    if not shown or not state.in_progress:
        return
    err("")
    for line in state.explanation(shown):
        err(line)
