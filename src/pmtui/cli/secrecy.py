"""``pmtui check``'s warning about a case marked sekretess on a branch that follows a
remote: what is pushed there leaves the machine (docs/reliability.md, F47)."""

from __future__ import annotations

from pathlib import Path

from pmtui.cli.common import display_path
from pmtui.format.casefile import CaseReport
from pmtui.model.problems import Problem, Severity
from pmtui.model.secrecy import case_ground
from pmtui.store import CaseRepository, StoreError
from pmtui.store.tracking import RemoteUpstream, remote_upstream
from pmtui.texts import meetings as texts

CODE = "sekretess-fjarr"


def _upstream(root: Path) -> RemoteUpstream | None:
    """The remote branch followed by the repository at ``root``, read now (only for a
    marked case, so ``check`` on unmarked cases never opens Git for it)."""
    try:
        repository = CaseRepository.discover(explicit=root, cache=False)
    except StoreError:
        return None
    return remote_upstream(repository)


def secret_on_remote(path: Path, report: CaseReport, root: Path) -> list[Problem]:
    """A warning when the case, or one of its sections, is marked secret and the branch
    follows a remote; nothing otherwise."""
    case = report.case
    if case is None or not case.secrecy:
        return []
    upstream = _upstream(root.resolve())
    if upstream is None:
        return []
    grounds = ", ".join(dict.fromkeys(mark.ground for mark in case.secrecy))
    message = texts.CHECK_SECRET_ON_REMOTE.format(
        ground=case_ground(case) or grounds, branch=upstream.branch, upstream=upstream.upstream
    )
    where = display_path(path)
    return [Problem(CODE, message, Severity.WARNING, field="sekretess", path=where)]
