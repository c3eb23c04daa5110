"""What ``pmtui sync`` tells: a line per step on stderr, the merge driver's automatic
resolutions and the result on stdout, or all of it as one JSON object (``--json``)."""

from __future__ import annotations

import shlex
from typing import Any

from pmtui.cli.common import err, out
from pmtui.store import RepositoryStateError, StoreError, merge_state
from pmtui.store.push import PushOutcome, PushRefused
from pmtui.store.sync import Integration, SyncRefused, SyncTarget
from pmtui.store.transport import TransportFailed
from pmtui.texts import counted
from pmtui.texts import sync as texts

INDENT = "    "


class SyncReport:
    """Collects the outcome of each step (``data``, the ``--json`` object) and prints it."""

    def __init__(self, repository: Any, *, json: bool) -> None:
        self.repository = repository
        self.json = json
        self.data: dict[str, Any] = {
            "ok": False,
            "branch": None,
            "remote": None,
            "upstream": None,
            "steps": [],
            "conflicts": [],
            "resolutions": [],
            "push": None,
            "error": None,
        }

    def _out(self, text: str) -> None:
        if not self.json:
            out(text)

    def target(self, target: SyncTarget) -> None:
        self.data.update(branch=target.branch, remote=target.remote, upstream=target.upstream)

    def step(self, name: str, result: str, **more: Any) -> None:
        self.data["steps"].append({"step": name, "result": result, **more})

    def integrated(self, joined: Integration, target: SyncTarget) -> None:
        self.step("integrate", joined.kind, source=joined.source)
        said = texts.INTEGRATED[joined.kind].format(source=joined.source, branch=target.branch)
        err(said)
        self._resolutions(joined)
        if joined.kind == "conflict":
            self._conflict(joined)

    def _resolutions(self, joined: Integration) -> None:
        """The merge driver's automatic resolutions of this merge, for review."""
        records = joined.resolutions
        self.data["resolutions"] += records
        if not records:
            return
        self._out(texts.RESOLUTIONS.format(cases=counted(len(records), texts.CASES)))
        for record in records:
            for line in resolution_lines(record):
                self._out(line)

    def _conflict(self, joined: Integration) -> None:
        paths = list(joined.conflicted)
        self.data["conflicts"] = paths
        err(texts.CONFLICT_STOPPED.format(source=joined.source))
        for line in merge_state(self.repository).explanation(paths):
            err(line)
        named = " ".join(shlex.quote(path) for path in paths)
        for line in texts.CONFLICT_HOW:
            err(line.format(paths=named))

    def pushed(self, outcome: PushOutcome) -> None:
        self.step("push", outcome.kind, created=outcome.created)
        self.data.update(ok=True, push=outcome.kind)
        upstream = f"{outcome.remote}/{outcome.remote_branch}"
        done = texts.DONE_PUSHED if outcome.kind == "pushed" else texts.DONE_UP_TO_DATE
        self._out(done.format(upstream=upstream))

    def failed(self, error: StoreError | PushRefused) -> None:
        self.data["error"] = failure_data(error)
        for line in describe_failure(error):
            err(line)


def resolution_lines(record: dict[str, Any]) -> list[str]:
    """One merge-log record: the case, how it was merged, and each part taken from a side."""
    name = record.get("dnr") or record.get("fil") or "?"
    outcome = texts.OUTCOMES.get(str(record.get("utfall")), str(record.get("utfall")))
    if record.get("skäl"):
        outcome = f"{outcome} ({record['skäl']})"
    lines = [f"  {name} ({record.get('fil', '?')}): {outcome}"]
    for part in record.get("delar", []):
        side = texts.SIDES.get(str(part.get("från")), str(part.get("från")))
        lines.append(f"{INDENT}{part.get('del', '?')}: {side}")
    for conflict in record.get("konflikter", []):
        where = conflict.get("del", "?") if isinstance(conflict, dict) else str(conflict)
        lines.append(f"{INDENT}{texts.RESOLUTION_CONFLICT.format(part=where)}")
    return lines


def failure_data(error: StoreError | PushRefused) -> dict[str, Any]:
    data: dict[str, Any] = {"message": error.message, "hint": error.hint}
    if isinstance(error, PushRefused):
        data.update(kind="push-refused", reason=error.reason, server=error.server)
        data["git"] = error.summary
    elif isinstance(error, TransportFailed):
        data.update(kind=error.kind, git=error.said)
    elif isinstance(error, SyncRefused):
        data.update(kind=error.kind)
    elif isinstance(error, RepositoryStateError):
        data.update(kind="operation")
    else:
        data.update(kind="store")
    return data


def describe_failure(error: StoreError | PushRefused) -> list[str]:
    """The refusal or failure as the user reads it: what, the server's or git's words,
    what to do, and that local work is untouched."""
    lines = [f"pmtui: {error.message}"]
    if isinstance(error, PushRefused):
        if error.server:
            lines.append(texts.SERVER_SAID)
            lines += [f"{INDENT}{line}" for line in error.server]
        lines.append(texts.GIT_REASON.format(summary=error.summary))
    elif isinstance(error, TransportFailed) and error.said:
        lines.append(texts.GIT_SAID_LINES)
        lines += [f"{INDENT}{line}" for line in error.said]
    if error.hint:
        lines.append(error.hint)
    if isinstance(error, PushRefused | TransportFailed):
        lines.append(texts.LOCAL_UNTOUCHED)
    return lines
