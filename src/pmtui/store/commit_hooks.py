"""The hooks of one save, in ``git commit PATH``'s order (githooks(5)).

1. ``pre-commit`` (skipped with verify off) runs on a temporary index that holds exactly
   what the save commits: the branch tip's tree with the case's new blob (or without the
   case, for a delete). The work-tree file already holds the new text (a deleted case's
   file goes only after the commit). A hook that changes that index is refused: pmtui
   commits one path, never what a hook added.
2. The message goes to ``$GIT_DIR/COMMIT_EDITMSG``; ``prepare-commit-msg FILE message``
   may edit it, then ``commit-msg FILE`` (skipped with verify off) may edit or refuse it.
   The file is read back and cleaned as ``git commit -m`` cleans (``commit.cleanup``:
   default and ``whitespace`` trim blank lines and trailing spaces; ``strip`` also drops
   comment lines; ``verbatim`` keeps all). An empty message is refused.
3. ``post-commit`` runs after the branch moved, on the real index; its exit code only
   makes a warning (git ignores it).
The real index is not touched before the commit exists: a refusal leaves it as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pygit2
from pygit2.enums import FileMode

from pmtui.atomic import temp_prefix
from pmtui.store import trees
from pmtui.store.gitconfig import config_text
from pmtui.store.hooks import HookRunner, refused
from pmtui.texts import store as texts

MESSAGE_FILE = "COMMIT_EDITMSG"


@dataclass(frozen=True)
class Staged:
    """What a save commits: ``path`` set to ``blob`` with ``mode`` in the tip's ``tree``;
    ``blob`` None removes ``path`` (a delete)."""

    tree: pygit2.Tree | None
    path: str
    blob: pygit2.Oid | None
    mode: FileMode

    @property
    def blob_id(self) -> str | None:
        return None if self.blob is None else str(self.blob)


class CommitHooks:
    """The commit hooks of one save; ``runner`` keeps their warnings and output."""

    def __init__(self, repo: pygit2.Repository, author: pygit2.Signature, verify: bool) -> None:
        self.repo = repo
        self.verify = verify
        self.runner = HookRunner(repo, author)

    def before_commit(self, staged: Staged, message: str) -> str:
        """Run pre-commit and the message hooks; the message to commit."""
        comment = cleanup_comment(self.repo)
        wanted = ["prepare-commit-msg", *(("pre-commit", "commit-msg") if self.verify else ())]
        if not [name for name in wanted if self.runner.find(name)]:
            return clean_message(message, comment)
        with commit_index(self.repo, staged) as (index_file, expected):
            if self.verify and self.runner.run_checked("pre-commit", [], index_file):
                self._check_index("pre-commit", index_file, expected)
            return self._message_hooks(message, comment, index_file, expected)

    def after_commit(self) -> None:
        """post-commit, after the branch moved; a failure is only a warning."""
        try:
            code = self.runner.execute("post-commit", [], self.runner.gitdir / "index")
        except OSError as error:
            reason = error.strerror or str(error)
            self.runner.warnings.append(texts.HOOK_POST_COMMIT_NOT_RUN.format(error=reason))
            return
        if code:
            self.runner.warnings.append(texts.HOOK_POST_COMMIT_FAILED.format(code=code))

    def _message_hooks(
        self, message: str, comment: str | None, index_file: Path, expected: pygit2.Oid
    ) -> str:
        path = self.runner.gitdir / MESSAGE_FILE
        path.write_bytes((message if comment is None else clean_message(message, "")).encode())
        argument = _shown_path(path, self.runner.cwd)
        steps = [("prepare-commit-msg", [argument, "message"])]
        if self.verify:
            steps.append(("commit-msg", [argument]))
        ran = [name for name, args in steps if self.runner.run_checked(name, args, index_file)]
        if not ran:
            return clean_message(message, comment)
        self._check_index(ran[-1], index_file, expected)
        return self._read_message(path, comment, ran[-1])

    def _read_message(self, path: Path, comment: str | None, hook: str) -> str:
        """The message as the hooks left it, cleaned; an empty one is refused."""
        final = clean_message(path.read_bytes().decode("utf-8", "replace"), comment)
        if not final.strip():
            message = texts.HOOK_EMPTY_MESSAGE.format(hook=hook)
            raise refused(hook, message, self.runner.last_output(hook))
        return final

    def _check_index(self, hook: str, index_file: Path, expected: pygit2.Oid) -> None:
        """The hooks must leave the commit's index as it was (no ``git add`` in a hook)."""
        with contextlib.suppress(pygit2.GitError, OSError, ValueError):  # unreadable: changed
            if pygit2.Index(str(index_file)).write_tree(self.repo) == expected:
                return
        message = texts.HOOK_CHANGED_INDEX.format(hook=hook)
        raise refused(hook, message, self.runner.last_output(hook))


def cleanup_comment(repo: pygit2.Repository) -> str | None:
    """``commit.cleanup`` for a message given without an editor: None for ``verbatim``,
    the comment character for ``strip``, "" (whitespace only) otherwise."""
    mode = (config_text(repo, "commit.cleanup") or "default").strip().lower()
    if mode == "verbatim":
        return None
    if mode != "strip":
        return ""
    char = (config_text(repo, "core.commentchar") or "#").strip()
    return "#" if len(char) != 1 else char


def clean_message(text: str, comment: str | None) -> str:
    """git's stripspace: trailing spaces, leading/trailing and repeated blank lines go;
    lines starting with ``comment`` too (when not empty); None leaves the text as is."""
    if comment is None:
        return text
    lines: list[str] = []
    for line in text.split("\n"):
        if comment and line.startswith(comment):
            continue
        line = line.rstrip()
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return "".join(line + "\n" for line in lines)


@contextlib.contextmanager
def commit_index(repo: pygit2.Repository, staged: Staged) -> Iterator[tuple[Path, pygit2.Oid]]:
    """A temporary index (``$GIT_DIR/.index.pmtui-tmp-<pid>-…``, removed afterwards and by
    reconcile if a crash leaves it) and the tree it must still give after the hooks."""
    gitdir = Path(repo.path)
    path = gitdir / (temp_prefix(gitdir / "index") + secrets.token_hex(4))
    try:
        yield path, _write_commit_index(repo, path, staged)
    finally:
        with contextlib.suppress(OSError):
            path.unlink()


def _write_commit_index(repo: pygit2.Repository, path: Path, staged: Staged) -> pygit2.Oid:
    """The real index (stat data kept) with the user's other staged changes put back to
    the tip's version, plus the case's new entry: exactly the tree to be committed."""
    others = _staged_elsewhere(repo, staged.tree)
    real = Path(repo.path) / "index"
    if staged.tree is not None and real.is_file():
        shutil.copyfile(real, path)
    index = pygit2.Index(str(path))
    if staged.tree is None:
        index.clear()
    for other in others:
        _reset_entry(index, staged.tree, other)
    if staged.blob is None:
        with contextlib.suppress(KeyError, OSError, ValueError, pygit2.GitError):
            index.remove(staged.path)
    else:
        index.add(pygit2.IndexEntry(staged.path, staged.blob, staged.mode))
    index.write()
    return index.write_tree(repo)


def _staged_elsewhere(repo: pygit2.Repository, tree: pygit2.Tree | None) -> list[str]:
    index = repo.index
    index.read(False)
    if tree is None:
        return [entry.path for entry in index]
    deltas = index.diff_to_tree(tree).deltas
    return sorted({d.old_file.path for d in deltas} | {d.new_file.path for d in deltas})


def _reset_entry(index: pygit2.Index, tree: pygit2.Tree | None, path: str) -> None:
    with contextlib.suppress(KeyError, OSError, ValueError, pygit2.GitError):
        index.remove(path)
    entry = trees.tree_entry(tree, path)
    if entry is not None and not isinstance(entry, pygit2.Tree):
        index.add(pygit2.IndexEntry(path, entry.id, FileMode(entry.filemode)))


def _shown_path(path: Path, cwd: Path) -> str:
    """``.git/COMMIT_EDITMSG`` relative to the work-tree top, as git passes it."""
    try:
        return os.path.relpath(path, cwd) if path.is_relative_to(cwd) else str(path)
    except ValueError:
        return str(path)
