"""Milestones: annotated tags ``ks-2023-886/tillstyrkt`` on the commit where a case's
status moved. Names are valid revisions for that case (``resolve(dnr, "remiss")``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygit2

from pmtui.model.dnr import Dnr
from pmtui.model.status import Status
from pmtui.store.errors import UnknownRevision
from pmtui.store.identity import when_of
from pmtui.store.objects import create_tag_ref, write_tag
from pmtui.store.signing import Signer
from pmtui.store.types import Milestone
from pmtui.texts import store as texts

if TYPE_CHECKING:  # annotations only: no case model is built to read a tag
    from pmtui.model.case import Case

TAG_PREFIX = "refs/tags/"
MILESTONE_STATUSES = frozenset(s for s in Status if s is not Status.UTKAST)
_REPEAT = re.compile(r"^(.*)-(\d+)$")


def ascii_name(status: Status | str) -> str:
    """``återremitterad`` → ``aterremitterad``: tag names stay ASCII."""
    value = status.value if isinstance(status, Status) else status
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tag_prefix(dnr: Dnr) -> str:
    return f"{dnr.slug}/"


def next_tag_name(repo: pygit2.Repository, dnr: Dnr, status: Status) -> str:
    """``ks-2023-886/remiss``, or ``…/remiss-2`` if the case was on referral before."""
    base = f"{tag_prefix(dnr)}{ascii_name(status)}"
    name, counter = base, 1
    while f"{TAG_PREFIX}{name}" in repo.references:
        counter += 1
        name = f"{base}-{counter}"
    return name


@dataclass(frozen=True)
class MilestoneRequest:
    """A save that moves ``dnr`` to the milestone ``status`` tags its commit."""

    dnr: Dnr
    status: Status


@dataclass(frozen=True)
class PendingMilestone:
    """A tag object written (and signed) for a commit; its ref is made after the branch
    moved, so a failed signature leaves no tag and no commit on the branch."""

    name: str
    tag: pygit2.Oid


def milestone_request(case: Case, old: Case | None) -> MilestoneRequest | None:
    """A status moved to a milestone status (by any save) tags the commit."""
    if case.status not in MILESTONE_STATUSES:
        return None
    if old is not None and old.status == case.status:
        return None
    return MilestoneRequest(case.dnr, case.status)


def milestone_message(dnr: Dnr, status: Status) -> str:
    message = texts.MILESTONE_MESSAGE.format(dnr=dnr, status=status.value)
    return message + "\n\n" + texts.TRAILER.format(dnr=dnr) + "\n"


def prepare_milestone(
    repo: pygit2.Repository,
    request: MilestoneRequest,
    commit_id: str,
    tagger: pygit2.Signature,
    signer: Signer | None,
) -> PendingMilestone:
    """The annotated tag object ``ks-2023-886/remiss`` (signed with ``tag.gpgSign``)."""
    name = next_tag_name(repo, request.dnr, request.status)
    message = milestone_message(request.dnr, request.status)
    return PendingMilestone(name, write_tag(repo, name, commit_id, tagger, message, signer))


def publish_milestone(
    repo: pygit2.Repository,
    pending: PendingMilestone,
    rebuild: Callable[[], PendingMilestone],
) -> str:
    """Create the tag's ref (never forced); if the name was taken meanwhile, the next
    name (``…-2``) from ``rebuild``."""
    for _ in range(5):
        if create_tag_ref(repo, pending.name, pending.tag):
            return pending.name
        pending = rebuild()
    raise ValueError(f"tag name {pending.name} keeps being taken")


def milestone_refs(repo: pygit2.Repository, dnr: Dnr) -> list[str]:
    """The case's milestone tag refs, found by name (no scan of every reference)."""
    found: list[str] = []
    for status in sorted(MILESTONE_STATUSES, key=lambda s: s.value):
        base = f"{TAG_PREFIX}{tag_prefix(dnr)}{ascii_name(status)}"
        name, counter = base, 1
        while name in repo.references:
            found.append(name)
            counter += 1
            name = f"{base}-{counter}"
    return found


def list_milestones(repo: pygit2.Repository, dnr: Dnr) -> list[Milestone]:
    """The case's milestones, oldest first."""
    found = [m for m in (_milestone(repo, r) for r in milestone_refs(repo, dnr)) if m]
    return sorted(found, key=lambda m: (m.when, m.tag))


def _milestone(repo: pygit2.Repository, ref_name: str) -> Milestone | None:
    target = repo.references[ref_name].peel(pygit2.Commit)
    tag_object = repo.get(repo.references[ref_name].target)
    when = (
        when_of(tag_object.tagger)
        if isinstance(tag_object, pygit2.Tag) and tag_object.tagger
        else when_of(target.committer)
    )
    tag = ref_name.removeprefix(TAG_PREFIX)
    label = tag.split("/", 1)[1]
    match = _REPEAT.match(label)
    name = match.group(1) if match else label
    return Milestone(name=name, tag=tag, commit_id=str(target.id), when=when)


def milestone_commit(repo: pygit2.Repository, dnr: Dnr, name: str) -> str | None:
    """The commit of the latest milestone called ``name`` (status name, ASCII or not)."""
    wanted = ascii_name(name)
    matching = [m for m in list_milestones(repo, dnr) if m.name == wanted]
    return matching[-1].commit_id if matching else None


def resolve_revision(repo: pygit2.Repository, dnr: Dnr | None, rev: str) -> str:
    """A commit id for a commit, branch, tag, or (with a dnr) a milestone name."""
    if dnr is not None:
        commit = milestone_commit(repo, dnr, rev)
        if commit is not None:
            return commit
    try:
        obj = repo.revparse_single(rev)
        return str(obj.peel(pygit2.Commit).id)
    except (KeyError, ValueError, pygit2.GitError, pygit2.InvalidSpecError):
        raise UnknownRevision(
            texts.UNKNOWN_REVISION.format(rev=rev), texts.UNKNOWN_REVISION_HINT
        ) from None


def tags_by_commit(repo: pygit2.Repository, dnr: Dnr | None) -> dict[str, list[str]]:
    """Commit id → milestone tags of this case (or of all cases when dnr is None)."""
    if dnr is not None:
        names = milestone_refs(repo, dnr)
    else:
        names = [r for r in repo.references if r.startswith(TAG_PREFIX)]
    result: dict[str, list[str]] = {}
    for ref_name in names:
        commit = repo.references[ref_name].peel(pygit2.Commit)
        result.setdefault(str(commit.id), []).append(ref_name.removeprefix(TAG_PREFIX))
    return result
