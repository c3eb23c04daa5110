"""Finding, opening and creating a case repository."""

from __future__ import annotations

import os
from pathlib import Path

import pygit2

from pmtui.store.errors import NotACaseRepository
from pmtui.store.paths import CASES_DIR
from pmtui.texts import store as texts

REPO_VARIABLE = "PMTUI_REPO"
GITATTRIBUTES = ".gitattributes"
# Case files are merged by pmtui's merge driver (defined per clone by pmtui git-setup).
MERGE_ATTRIBUTE_LINE = f"{CASES_DIR}/**/*.md merge=pmtui"
GITATTRIBUTES_LINES = (
    texts.GITATTRIBUTES_COMMENT,
    f"{CASES_DIR}/**/*.md diff=pmtui text eol=lf",
    MERGE_ATTRIBUTE_LINE,
)


def chosen_start(start: Path | str | None, explicit: Path | str | None) -> tuple[Path, bool]:
    """Where to look: ``explicit`` (--repo), then PMTUI_REPO, then ``start`` or the cwd.
    The flag says whether the place was named explicitly (then no walking up)."""
    named = explicit or os.environ.get(REPO_VARIABLE)
    if named:
        return Path(named).expanduser().resolve(), True
    return Path(start or Path.cwd()).resolve(), False


def open_repository(path: Path) -> pygit2.Repository:
    """Open the repository at ``path``; Swedish errors, with the safe.directory hint."""
    try:
        return pygit2.Repository(str(path))
    except pygit2.GitError as error:
        raise _open_error(path, error) from None


def _open_error(path: Path, error: Exception) -> NotACaseRepository:
    text = str(error)
    if "not owned by current user" in text:
        return NotACaseRepository(
            texts.NOT_OWNED.format(path=path), texts.NOT_OWNED_HINT.format(path=path)
        )
    if "could not find repository" in text.lower() or "not found" in text.lower():
        return NotACaseRepository(
            texts.NOT_A_REPOSITORY.format(path=path), texts.NOT_A_REPOSITORY_HINT
        )
    return NotACaseRepository(
        texts.OPEN_FAILED.format(path=path, error=text), texts.OPEN_FAILED_HINT
    )


def discover(start: Path | str | None, explicit: Path | str | None) -> pygit2.Repository:
    """The repository at ``explicit``/PMTUI_REPO, or the one enclosing ``start``/cwd."""
    where, named = chosen_start(start, explicit)
    if named:
        return open_repository(where)
    try:
        found = pygit2.discover_repository(str(where))
    except pygit2.GitError as error:
        raise _open_error(where, error) from None
    if found is None:
        raise NotACaseRepository(
            texts.NOT_A_REPOSITORY.format(path=where), texts.NOT_A_REPOSITORY_HINT
        )
    return open_repository(Path(found))


def gitattributes_text() -> str:
    return "\n".join(GITATTRIBUTES_LINES) + "\n"


def create_repository(path: Path) -> pygit2.Repository:
    """A new non-bare repository with ``cases/`` (empty, kept by ``.gitkeep``)."""
    path = path.expanduser().resolve()
    if (path / ".git").exists():
        raise NotACaseRepository(
            texts.ALREADY_A_REPOSITORY.format(path=path), texts.ALREADY_A_REPOSITORY_HINT
        )
    path.mkdir(parents=True, exist_ok=True)
    try:
        return pygit2.init_repository(str(path), bare=False)
    except pygit2.GitError as error:
        raise _open_error(path, error) from None
