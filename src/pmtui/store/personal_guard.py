"""The guard for personal data before every commit (docs/decisions.md, "Personal data";
docs/reliability.md, F46).

Every save (``CaseRepository._save_bytes``, the one road of the app and the CLI) scans
the text it is about to write with ``format.personal_numbers``. A hit refuses the save
(``PersonalDataFound``) before anything is written, unless the caller gives a reason:
then the commit message ends with the trailer ``Personuppgifter: granskat – <reason>``.

While such a reviewed save runs, its blob id is noted under the git dir, so that
``pmtui guard --staged`` (the pre-commit hook ``pmtui git-setup --installera-krok``
installs, which pmtui's saves run too) lets exactly that text pass. Own patterns are
read from the multi-valued git config key ``pmtui.personalDataPattern``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pygit2

from pmtui.atomic import write_atomically
from pmtui.format.personal_numbers import (
    Hit,
    OwnPattern,
    PatternError,
    compile_patterns,
    scan_case_file,
)
from pmtui.store import trees
from pmtui.store.errors import InvalidPersonalDataPattern, PersonalDataFound, StoreError
from pmtui.store.paths import CASE_SUFFIX, CASES_DIR
from pmtui.texts import counted
from pmtui.texts import personal_data as texts

PATTERN_KEY = texts.PATTERN_KEY
REVIEWED_DIR = "pmtui-personuppgifter-granskade"  # under the git dir: reviewed blob ids


@dataclass(frozen=True)
class StagedCase:
    """A case file as it is staged for the next commit."""

    path: str
    blob_id: str
    data: bytes


def configured_patterns(gitdir: Path) -> list[OwnPattern]:
    """The own patterns of the repository at ``gitdir`` (local, global and system config),
    compiled; ``InvalidPersonalDataPattern`` names a bad one."""
    try:
        config = pygit2.Repository(str(gitdir)).config
        values = [value or "" for value in config.get_multivar(PATTERN_KEY)]
    except (pygit2.GitError, KeyError, ValueError, OSError):
        return []
    try:
        return compile_patterns(values)
    except PatternError as error:
        hint = texts.PATTERN_INVALID_HINT.format(key=PATTERN_KEY)
        raise InvalidPersonalDataPattern(error.message, hint) from None


def review_reason(reason: str | None) -> str | None:
    """The reason on one line; None when there is none (blank counts as none)."""
    if reason is None:
        return None
    return " ".join(reason.split()) or None


def review_trailer(reason: str) -> str:
    """``Personuppgifter: granskat – <reason>``, the line that records an override."""
    return texts.TRAILER.format(reason=review_reason(reason) or "")


def check_text(gitdir: Path, case: str, path: str, data: bytes, reason: str | None) -> str:
    """The trailer paragraph to add to the commit message ("" when the text holds no
    personal data); ``PersonalDataFound`` when it does and no reason was given."""
    hits = scan_case_file(data.decode("utf-8", errors="replace"), configured_patterns(gitdir))
    if not hits:
        return ""
    reason = review_reason(reason)
    if reason is None:
        raise PersonalDataFound(
            texts.FOUND.format(
                case=case,
                count=counted(len(hits), texts.FOUND_COUNT),
                hits=located_hits(path, hits),
            ),
            texts.FOUND_HINT,
            path=path,
            hits=hits,
        )
    # A paragraph of its own: git's trailer parser takes ASCII keys only, so it does not
    # see "Ärende:", and a block with that line in it would hide this one from it too.
    return "\n" + review_trailer(reason) + "\n"


def located_hits(path: str, hits: list[Hit]) -> str:
    """One indented line per hit: ``  path:line: part: personnummer 19811218-••••``."""
    return "\n".join(
        texts.HIT_LOCATED.format(
            path=path, line=hit.line, part=hit.part, kind=hit.kind_label, masked=hit.masked
        )
        for hit in hits
    )


@contextlib.contextmanager
def reviewed_save(
    gitdir: Path, case: str, path: str, data: bytes, reason: str | None
) -> Iterator[str]:
    """``check_text``'s trailer, with the blob marked as reviewed while the save runs (so
    that the pre-commit guard lets it pass); the mark is removed afterwards."""
    trailer = check_text(gitdir, case, path, data, reason)
    if not trailer:
        yield trailer
        return
    mark = gitdir / REVIEWED_DIR / str(pygit2.hash(data))
    mark.parent.mkdir(exist_ok=True)
    write_atomically(mark, trailer.encode("utf-8"))
    try:
        yield trailer
    finally:
        with contextlib.suppress(OSError):
            mark.unlink()


def reviewed_in_save(gitdir: Path, blob_id: str) -> bool:
    """A save with a reason is under way for exactly this text (``reviewed_save``)."""
    return (gitdir / REVIEWED_DIR / blob_id).is_file()


def staged_cases(gitdir: Path, index_file: str | None = None) -> list[StagedCase]:
    """The case files staged for the next commit that differ from HEAD. ``index_file`` is
    the index to read (``GIT_INDEX_FILE`` in a hook, relative to the work tree) instead
    of the repository's own."""
    try:
        repo = pygit2.Repository(str(gitdir))
        index = _index(repo, index_file)
        tree = trees.commit_tree(repo, trees.head_commit_id(repo))
        return [_staged(repo, entry) for entry in index if _changed_case(entry, tree)]
    except (pygit2.GitError, OSError, ValueError) as error:
        raise StoreError(texts.GUARD_NO_INDEX.format(error=error)) from None


def _index(repo: pygit2.Repository, index_file: str | None) -> pygit2.Index:
    if not index_file:
        index: pygit2.Index = repo.index
        index.read(False)
        return index
    top = Path(repo.path if repo.is_bare else repo.workdir)
    return pygit2.Index(str(top / os.path.expanduser(index_file)))


def _changed_case(entry: pygit2.IndexEntry, tree: pygit2.Tree | None) -> bool:
    path = str(entry.path)
    if not (path.startswith(f"{CASES_DIR}/") and path.endswith(CASE_SUFFIX)):
        return False
    return trees.blob_id_at(tree, path) != str(entry.id)


def _staged(repo: pygit2.Repository, entry: pygit2.IndexEntry) -> StagedCase:
    return StagedCase(str(entry.path), str(entry.id), trees.blob_bytes(repo, str(entry.id)))
