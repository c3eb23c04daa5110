"""Commit messages: ``KS 2023/886: <Swedish summary>`` + blank line + ``Ärende:`` trailer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmtui.model.dnr import Dnr
from pmtui.texts import store as texts

if TYPE_CHECKING:
    from pmtui.model.case import Case


def trailer(dnr: Dnr) -> str:
    return texts.TRAILER.format(dnr=dnr)


def commit_message(dnr: Dnr, summary: str) -> str:
    """The full message; ``summary`` may have several lines (the first is the subject)."""
    subject, _, body = summary.strip().partition("\n")
    prefix = f"{dnr}:"
    if not subject.startswith(prefix):
        subject = texts.COMMIT_SUBJECT.format(dnr=dnr, summary=subject.strip())
    body = body.strip()
    lines = [subject, ""]
    if body:
        lines += [body, ""]
    if trailer(dnr) not in body:
        lines.append(trailer(dnr))
    return "\n".join(lines).rstrip("\n") + "\n"


def propose_message(old: Case | None, new: Case, *, old_invalid: bool = False) -> str:
    """The message pmtui proposes for saving ``new`` over ``old``."""
    from pmtui.model.changes import change_summary  # a save has its models loaded already

    summary = texts.CHANGE_FILE_FIXED if old is None and old_invalid else change_summary(old, new)
    return commit_message(new.dnr, summary)
