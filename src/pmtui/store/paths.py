"""Case paths: from a dnr, checked for safety, collisions and portability.

A case path is repo-relative, uses ``/``, lies under ``cases/`` and is made only of
portable names. Writes never follow a symlink and only replace regular files.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from pmtui.model.dnr import Dnr, DnrError
from pmtui.store.errors import CaseNotFound, StoreError, UnsafePath
from pmtui.texts import store as texts

CASES_DIR = "cases"
CASE_SUFFIX = ".md"
_PORTABLE_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)


def case_path(dnr: Dnr) -> str:
    """``KS 2023/886`` → ``cases/2023/ks-2023-886.md``."""
    return dnr.relative_path


def fold(path: str) -> str:
    """The key two paths collide on, on a case-insensitive, normalising file system."""
    return unicodedata.normalize("NFC", path).casefold()


def check_relative(path: str) -> str:
    """A repo-relative case path, normalised; ``UnsafePath`` if it could escape cases/."""
    pure = PurePosixPath(path.replace("\\", "/"))
    parts = pure.parts
    if pure.is_absolute() or not parts or parts[0] != CASES_DIR or len(parts) < 2:
        raise UnsafePath(texts.UNSAFE_OUTSIDE.format(path=path), texts.UNSAFE_HINT)
    if not all(_PORTABLE_PART.match(p) and not _RESERVED.match(p) for p in parts):
        raise UnsafePath(texts.UNSAFE_NAME.format(path=path), texts.UNSAFE_HINT)
    if not path.endswith(CASE_SUFFIX):
        raise UnsafePath(texts.UNSAFE_NAME.format(path=path), texts.UNSAFE_HINT)
    return str(pure)


def path_for(dnr_or_path: str | Dnr) -> str:
    """A dnr (``KS 2023/886``), slug (``ks-2023-886``) or path → the case's path."""
    if isinstance(dnr_or_path, Dnr):
        return case_path(dnr_or_path)
    text = dnr_or_path.strip()
    if "/" in text and text.endswith(CASE_SUFFIX):
        return check_relative(text)
    for parse in (Dnr.parse, Dnr.from_slug):
        try:
            return case_path(parse(text.removesuffix(CASE_SUFFIX)))
        except DnrError:
            continue
    raise CaseNotFound(
        texts.CASE_MISSING.format(what=repr(text), rev="HEAD"), texts.CASE_MISSING_HINT
    )


def version_path(case: str, rev: str | None) -> str:
    """Where a version of the case is, for messages: ``HEAD~1:cases/2023/ks-2023-886.md``
    (as ``git show`` takes it), or the work-tree file's path when ``rev`` is None."""
    try:
        path = path_for(case)
    except StoreError:
        path = case
    return f"{rev}:{path}" if rev else path


def check_worktree_target(root: Path, relative: str) -> Path:
    """The absolute path to write; ``UnsafePath`` if any part is a symlink or not a folder,
    or the file itself is a directory or not a regular file."""
    current = root
    parts = PurePosixPath(relative).parts
    for part in parts[:-1]:
        current = current / part
        _refuse_link_or_file(current, relative, want_dir=True)
    target = current / parts[-1]
    _refuse_link_or_file(target, relative, want_dir=False)
    return target


def _refuse_link_or_file(path: Path, relative: str, *, want_dir: bool) -> None:
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISLNK(mode):
        raise UnsafePath(texts.UNSAFE_SYMLINK.format(path=relative), texts.UNSAFE_HINT)
    if want_dir and not stat.S_ISDIR(mode):
        raise UnsafePath(texts.UNSAFE_NOT_FILE.format(path=relative), texts.UNSAFE_HINT)
    if not want_dir and stat.S_ISDIR(mode):
        raise UnsafePath(texts.UNSAFE_DIRECTORY.format(path=relative), texts.UNSAFE_HINT)
    if not want_dir and not stat.S_ISREG(mode):
        raise UnsafePath(texts.UNSAFE_NOT_FILE.format(path=relative), texts.UNSAFE_HINT)


def check_collision(relative: str, existing: Iterable[str]) -> None:
    """``UnsafePath`` if another existing path equals ``relative`` after casefold + NFC."""
    key = fold(relative)
    for other in existing:
        if other != relative and fold(other) == key:
            raise UnsafePath(
                texts.COLLISION.format(path=relative, other=other), texts.COLLISION_HINT
            )


def name_warnings(paths: Iterable[str]) -> list[str]:
    """Swedish warnings for names that break on other systems (docs/reliability.md, F29):
    reserved names, case twins and NFC/NFD twins. Nothing is renamed or refused."""
    return [warning for _, warning in path_name_warnings(paths)]


def path_name_warnings(paths: Iterable[str]) -> list[tuple[str, str]]:
    """``name_warnings`` as (path, warning) pairs, in the order of the sorted paths."""
    warnings: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    for path in sorted(paths):
        warnings.extend((path, w) for w in _single_name_warnings(path))
        key = fold(path)
        if key in seen:
            other = seen[key]
            same_nfc = unicodedata.normalize("NFC", other) == unicodedata.normalize("NFC", path)
            template = texts.NAME_UNICODE_TWIN if same_nfc else texts.NAME_CASE_TWIN
            warnings.append((path, template.format(path=path, other=other)))
        seen.setdefault(key, path)
    return warnings


def _single_name_warnings(path: str) -> list[str]:
    parts = PurePosixPath(path).parts
    if any(_RESERVED.match(p) for p in parts):
        return [texts.NAME_RESERVED.format(path=path)]
    if any(p.endswith((".", " ")) or "\\" in p or not p.isprintable() for p in parts):
        return [texts.NAME_NOT_PORTABLE.format(path=path)]
    return []
