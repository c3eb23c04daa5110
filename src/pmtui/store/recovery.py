"""Recovery of a save that died half-way (docs/store-api.md, "Recovery").

The save writes its journal (``store/journal.py``) after the commit object and before
the index: from then on, the index entry, the branch ref and the milestone's tag ref may
each be old or new. Recovery runs under pmtui's save lock, so the save that wrote the
journal is no longer running, and decides from what is there now:

- The branch's blob for the path is the journal's new blob: the save landed (its ref
  moved). Roll forward: make the milestone's tag ref if the journal has one, the commit is
  on the branch and the name is free (never forced). A delete (new blob None) that landed
  also removes the case's file, if it still holds the deleted version (no word is lost).
- Otherwise the save did not land: roll back. The index entry is put back only if it is
  exactly the journal's new blob (ours): to the branch's entry if the index matched the
  branch when the save began, else to the entry the save replaced. Any other entry was
  staged by someone else and is left. The work-tree file is never touched: the text
  stays on disk as an uncommitted change, as after a refused hook (a delete that did not
  land leaves the case as it was).
"""

from __future__ import annotations

from pathlib import Path

import pygit2

from pmtui.store import trees
from pmtui.store.crashpoints import reached
from pmtui.store.indexing import Entry, current_entry, put_back
from pmtui.store.journal import (
    JournalUnreadable,
    SaveRecord,
    read_journal,
    remove_journal,
    set_aside,
)
from pmtui.store.locks import GitLocks
from pmtui.store.objects import create_tag_ref
from pmtui.store.staging import remove_case_file
from pmtui.store.worktree import disk_blob
from pmtui.texts import lifecycle as lifecycle_texts
from pmtui.texts import store as texts


def recover_pending(repo: pygit2.Repository, locks: GitLocks) -> list[str]:
    """Finish or undo the save the journal names; Swedish messages of what was done.
    The caller holds pmtui's save lock. A held lock raises ``RepositoryBusy`` (from
    ``locks``) and the journal stays for the next attempt."""
    gitdir = Path(repo.path)
    try:
        record = read_journal(gitdir)
    except JournalUnreadable as error:
        return [texts.RECOVERY_UNREADABLE.format(error=error, aside=set_aside(gitdir).name)]
    if record is None:
        return []
    reached("recover-start")
    messages = finish_or_undo(repo, record, locks)
    remove_journal(gitdir)
    return messages


def finish_or_undo(repo: pygit2.Repository, record: SaveRecord, locks: GitLocks) -> list[str]:
    """Roll forward if the branch has the journal's new blob for the path, else back."""
    tree = trees.commit_tree(repo, _tip(repo, record.branch))
    if trees.blob_id_at(tree, record.path) == record.new_blob:
        return roll_forward(repo, record, locks)
    return roll_back(repo, record, tree, locks)


def roll_forward(repo: pygit2.Repository, record: SaveRecord, locks: GitLocks) -> list[str]:
    """The branch has the new text: only the milestone's tag ref may be missing."""
    landed = _on_branch(repo, record)
    commit = record.commit if landed else _tip(repo, record.branch) or record.commit
    if record.new_blob is None:
        return [_finish_removal(repo, record, commit)]
    messages = [texts.RECOVERED_LANDED.format(path=record.path, commit=commit[:10])]
    if landed and record.tag_name and record.tag_object:
        messages.extend(_make_tag(repo, record.tag_name, record.tag_object, locks))
    return messages


def _finish_removal(repo: pygit2.Repository, record: SaveRecord, commit: str) -> str:
    """A delete that landed: its file goes if it still holds the deleted version
    (docs/reliability.md, F44)."""
    root = None if repo.is_bare else Path(repo.workdir)
    kept = remove_case_file(root, record.path, record.base_blob)
    reached("recover-unlink")
    done = lifecycle_texts.RECOVERED_REMOVAL_KEPT if kept else lifecycle_texts.RECOVERED_REMOVED
    return done.format(path=record.path, commit=commit[:10])


def roll_back(
    repo: pygit2.Repository, record: SaveRecord, tree: pygit2.Tree | None, locks: GitLocks
) -> list[str]:
    """The save did not land: put back the index entry if it is ours."""
    if repo.is_bare:
        return []
    if trees.branch_ref_name(repo) != record.branch:
        branch = record.branch.removeprefix("refs/heads/")
        return [texts.RECOVERY_OTHER_BRANCH.format(branch=branch)]
    entry = current_entry(repo, record.path)
    staged = entry[0] if entry else None
    if staged == record.new_blob:  # ours (the branch's blob is another: it did not land)
        put_back(repo, record.path, _entry_before(record, tree), locks)
        reached("recover-index")
    elif staged != record.index_blob:
        return [texts.RECOVERED_USER_STAGED.format(path=record.path)]
    if record.new_blob is None:
        return [lifecycle_texts.RECOVERED_REMOVAL_UNDONE.format(path=record.path)]
    on_disk = disk_blob(Path(repo.workdir) / record.path)
    kept = texts.RECOVERED_UNDONE if on_disk == record.new_blob else texts.RECOVERED_UNDONE_GONE
    return [kept.format(path=record.path)]


def _entry_before(record: SaveRecord, tree: pygit2.Tree | None) -> Entry | None:
    """The branch's entry if the index matched the branch when the save began, else the
    entry the save replaced (the user's staged version, put back as it was)."""
    if record.index_blob != record.base_blob:
        if record.index_blob is None or record.index_mode is None:
            return None
        return record.index_blob, record.index_mode
    found = trees.tree_entry(tree, record.path)
    if found is None or isinstance(found, pygit2.Tree):
        return None
    return str(found.id), int(getattr(found, "filemode", 0o100644))


def _make_tag(repo: pygit2.Repository, name: str, tag: str, locks: GitLocks) -> list[str]:
    ref = f"refs/tags/{name}"
    if ref in repo.references:
        same = str(repo.references[ref].target) == tag
        return [] if same else [texts.RECOVERED_TAG_TAKEN.format(tag=name)]
    made = locks.retry(lambda: create_tag_ref(repo, name, pygit2.Oid(hex=tag)))
    reached("recover-tag")
    return [texts.RECOVERED_TAG.format(tag=name)] if made else []


def _on_branch(repo: pygit2.Repository, record: SaveRecord) -> bool:
    tip = _tip(repo, record.branch)
    if tip is None:
        return False
    if tip == record.commit:
        return True
    try:
        return bool(repo.descendant_of(tip, record.commit))
    except (pygit2.GitError, KeyError, ValueError):
        return False


def _tip(repo: pygit2.Repository, ref_name: str) -> str | None:
    ref = trees.lookup_branch(repo, ref_name)
    return None if ref is None else str(ref.target)
