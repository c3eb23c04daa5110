"""Commit and tag objects, signed when git config asks for it (``store/signing.py``).

No reference moves here: a commit is made with no ref (docs/reliability.md, rule 1) and a
tag object is written before its ref exists, so a failed signature leaves nothing behind
that anyone can see.
"""

from __future__ import annotations

import pygit2
from pygit2.enums import ObjectType

from pmtui.store.signing import Signer

TAG_REFS = "refs/tags/"


def write_commit(
    repo: pygit2.Repository,
    tree: pygit2.Oid,
    parents: list[pygit2.Oid],
    signature: pygit2.Signature,
    message: str,
    signer: Signer | None,
) -> pygit2.Oid:
    """A commit object (author = committer = ``signature``), with a ``gpgsig`` header
    over the rest of the object when ``signer`` is given."""
    if signer is None:
        return repo.create_commit(None, signature, signature, message, tree, parents)
    heads = list[str | pygit2.Oid](parents)
    # pygit2 1.21's type stub says Oid; the call returns the object's text (str).
    content = str(repo.create_commit_string(signature, signature, message, tree, heads))
    armoured = signer.sign(content.encode("utf-8"))
    return repo.create_commit_with_signature(content, armoured)


def write_tag(
    repo: pygit2.Repository,
    name: str,
    commit_id: str,
    tagger: pygit2.Signature,
    message: str,
    signer: Signer | None,
) -> pygit2.Oid:
    """An annotated tag object for ``commit_id``; signed as ``git tag -s`` signs: the
    signature appended to the object's text."""
    payload = tag_payload(name, commit_id, tagger, message)
    if signer is not None:
        payload += signer.sign(payload).encode("ascii")
    return repo.odb.write(ObjectType.TAG, payload)


def tag_payload(name: str, commit_id: str, tagger: pygit2.Signature, message: str) -> bytes:
    """The tag object as git writes it; the message ends with a newline."""
    text = message if message.endswith("\n") else message + "\n"
    lines = [
        f"object {commit_id}",
        "type commit",
        f"tag {name}",
        f"tagger {identity_line(tagger)}",
        "",
        text,
    ]
    return "\n".join(lines).encode("utf-8")


def identity_line(signature: pygit2.Signature) -> str:
    """``Name <email> 1693987200 +0200``, as in commit and tag objects."""
    return f"{signature.name} <{signature.email}> {git_time(signature)}"


def git_time(signature: pygit2.Signature) -> str:
    """``1693987200 +0200``: seconds since the epoch and the offset, git's raw form."""
    sign = "-" if signature.offset < 0 else "+"
    hours, minutes = divmod(abs(signature.offset), 60)
    return f"{signature.time} {sign}{hours:02d}{minutes:02d}"


def create_tag_ref(repo: pygit2.Repository, name: str, tag: pygit2.Oid) -> bool:
    """Point ``refs/tags/<name>`` at ``tag``; False if the ref exists (never forced)."""
    try:
        repo.create_reference(TAG_REFS + name, tag, force=False)
    except (ValueError, pygit2.AlreadyExistsError):
        return False
    return True
