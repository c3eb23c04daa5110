"""Reading what ``git push --porcelain`` says about each ref, so that a push the server
did not take is never reported as done (docs/reliability.md, F51).

``--porcelain`` prints one line per ref on stdout: a flag (`` `` fast-forward, ``*`` new,
``=`` up to date, ``!`` rejected …), ``from:to`` and a summary such as ``[rejected]
(fetch first)`` or ``[remote rejected] (pre-receive hook declined)``. The server's own
words (a hook's message, a forge's branch protection) arrive on stderr as ``remote: …``.
A ``!`` line is a refusal whatever git's exit code says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pmtui.store.errors import StoreError
from pmtui.store.transport import server_lines
from pmtui.texts import sync as texts

_REF_LINE = re.compile(r"^(?P<flag>[ +\-*!=])\t(?P<refs>[^\t]+)\t(?P<summary>.*)$")
_BEHIND_WORDS = ("fetch first", "non-fast-forward", "stale info")


@dataclass(frozen=True)
class RefStatus:
    flag: str
    refs: str
    summary: str

    @property
    def rejected(self) -> bool:
        return self.flag == "!"


@dataclass(frozen=True)
class PushOutcome:
    """``pushed`` (``created``: the branch is new on the remote) or ``up-to-date``."""

    kind: str
    remote: str
    remote_branch: str
    created: bool = False


class PushRefused(StoreError):
    """The server (or git, for a remote that moved on) did not take the push. ``reason``
    is ``behind`` (someone pushed first), ``hook`` (a hook or the forge's protection
    refused) or ``other``; ``server`` is what the server said, ``summary`` git's word."""

    def __init__(
        self, message: str, hint: str, *, reason: str, server: list[str], summary: str
    ) -> None:
        super().__init__(message, hint)
        self.reason = reason
        self.server = server
        self.summary = summary


def ref_statuses(stdout: str) -> list[RefStatus]:
    found = []
    for line in stdout.splitlines():
        match = _REF_LINE.match(line)
        if match:
            found.append(RefStatus(match["flag"], match["refs"], match["summary"].strip()))
    return found


def refusal(status: RefStatus, remote: str, branch: str, stderr: str) -> PushRefused:
    """The refusal of ``status`` (a ``!`` line), with the server's words and what to do."""
    summary = status.summary
    if any(word in summary for word in _BEHIND_WORDS):
        reason = "behind"
    elif "remote rejected" in summary or "hook" in summary or "protected" in summary:
        reason = "hook"
    else:
        reason = "other"
    message = texts.PUSH_REFUSED.format(branch=branch, remote=remote)
    return PushRefused(
        message,
        texts.PUSH_REFUSED_HINTS[reason],
        reason=reason,
        server=server_lines(stderr),
        summary=summary,
    )
