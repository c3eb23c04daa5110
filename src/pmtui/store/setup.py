"""Setting up a case repository: the first commit (``cases/``, ``.gitattributes`` and the
forge templates under ``.github/``), and the git config that makes plain ``git diff``/``log``
show case files word by word."""

from __future__ import annotations

import shlex
import subprocess
from importlib import resources
from pathlib import Path

import pygit2

from pmtui.atomic import write_atomically
from pmtui.store import trees
from pmtui.store.errors import GitConfigFailed
from pmtui.store.identity import Clock, Identity, user_signature
from pmtui.store.objects import write_commit
from pmtui.store.opening import GITATTRIBUTES, gitattributes_text
from pmtui.store.paths import CASES_DIR
from pmtui.store.preflight import preflight
from pmtui.store.signing import commit_signer
from pmtui.texts import store as texts

KEEP_FILE = f"{CASES_DIR}/.gitkeep"
# The git config that makes word diffs of case files read well (docs/diff.md).
WORD_REGEX = "[^[:space:][:punct:]]+|[[:punct:]]"
FUNCNAME = "^(##+ .*|[^ #-][^:]*:.*)$"
WORD_DIFF_CONFIG = (
    ("diff.pmtui.wordRegex", WORD_REGEX),
    ("diff.pmtui.xfuncname", FUNCNAME),
    ("alias.wdiff", "diff --word-diff"),
    ("alias.wlog", "log -p --word-diff"),
    ("alias.wshow", "show --word-diff"),
)


# The case repository's forge files (docs/decisions.md, "Reviewing a branch"): a pull
# request template and a workflow whose steps are a script that runs locally too.
FORGE_TEMPLATES = {
    ".github/pull_request_template.md": "pull_request_template.md",
    ".github/workflows/pmtui.yml": "pmtui.yml",
    ".github/pmtui-check.sh": "pmtui-check.sh",
}


def forge_template_files() -> dict[str, bytes]:
    """The files of ``FORGE_TEMPLATES`` (package data in ``store/templates/``)."""
    folder = resources.files("pmtui.store").joinpath("templates")
    return {path: folder.joinpath(name).read_bytes() for path, name in FORGE_TEMPLATES.items()}


def initial_files() -> dict[str, bytes]:
    return {
        GITATTRIBUTES: gitattributes_text().encode("utf-8"),
        KEEP_FILE: b"",
        **forge_template_files(),
    }


def initial_commit(
    repo: pygit2.Repository, clock: Clock, lock_timeout: float, identity: Identity | None = None
) -> str:
    """Write the files, commit them as the root commit, stage them, create the branch."""
    ref_name = preflight(repo)
    signature = user_signature(repo, clock, identity)
    root = Path(repo.workdir)
    tree: pygit2.Oid | None = None
    for path, data in initial_files().items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        write_atomically(root / path, data)
        current = repo.get(tree) if tree is not None else None
        assert current is None or isinstance(current, pygit2.Tree)
        tree = trees.tree_with_blob(repo, current, path, repo.create_blob(data))
    assert tree is not None
    signer = commit_signer(repo, signature)  # commit.gpgsign applies to the first commit too
    commit = write_commit(repo, tree, [], signature, texts.INIT_MESSAGE + "\n", signer)
    index = repo.index
    index.read(False)
    for path in initial_files():
        index.add(path)
    index.write()
    repo.create_reference(ref_name, commit, force=False, message="commit (initial)")
    return str(commit)


def word_diff_commands() -> list[str]:
    """The ``git config`` command lines that set ``WORD_DIFF_CONFIG``, to run by hand."""
    return [f"git config {key} {shlex.quote(value)}" for key, value in WORD_DIFF_CONFIG]


def configure_word_diff(gitdir: Path) -> None:
    """Write ``WORD_DIFF_CONFIG`` into the repository's own config (``git config --local``)."""
    for key, value in WORD_DIFF_CONFIG:
        _git_config(gitdir, key, value)


def _git_config(gitdir: Path, key: str, value: str) -> None:
    command = ["git", "--git-dir", str(gitdir), "config", "--local", key, value]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:
        raise GitConfigFailed(texts.GIT_CONFIG_FAILED.format(error=error.strerror)) from None
    if result.returncode != 0:
        raise GitConfigFailed(texts.GIT_CONFIG_FAILED.format(error=result.stderr.strip()))
