"""Git's side of the case merge driver: its registration, the switch that turns it off,
Git's own line merge as the fallback, and the log of automatic resolutions.

* Registration is per clone: ``merge.pmtui.driver`` and ``merge.pmtui.name`` in the
  repository's config, and ``cases/**/*.md merge=pmtui`` in ``.gitattributes``, verified
  with ``git check-attr`` (git reads the attribute from the checked-out side, and an
  undefined driver silently falls back to its text merge).
* ``PMTUI_MERGE_DRIVER=off`` or ``git config pmtui.mergeDriver false`` turns the
  structured merge off; the driver then gives exactly what ``git merge-file`` gives.
* Every run of the driver appends one JSON line to ``.git/pmtui/merge-log.jsonl`` (the
  shared git directory of all worktrees), so that ``pmtui sync`` can list what was
  taken from which side for review.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pygit2

from pmtui.atomic import write_atomically
from pmtui.store.errors import GitConfigFailed
from pmtui.store.gitconfig import common_dir, config_bool
from pmtui.store.opening import MERGE_ATTRIBUTE_LINE
from pmtui.store.paths import CASES_DIR
from pmtui.texts import store as texts

DRIVER = "pmtui"
DRIVER_KEY = f"merge.{DRIVER}.driver"
NAME_KEY = f"merge.{DRIVER}.name"
ATTRIBUTE_LINE = MERGE_ATTRIBUTE_LINE
SAMPLE_PATH = f"{CASES_DIR}/2023/ks-2023-886.md"  # any case path: what check-attr is asked
SWITCH_VARIABLE = "PMTUI_MERGE_DRIVER"
SWITCH_KEY = "pmtui.mergeDriver"
_OFF_WORDS = frozenset({"off", "0", "false", "no", "nej", "av"})
LOG_FILE = Path("pmtui") / "merge-log.jsonl"


@dataclass(frozen=True)
class LineMerge:
    """``git merge-file``'s result: the merged bytes and how many conflicts it left;
    ``data`` None (and ``error``) when it could not run."""

    data: bytes | None
    conflicts: int = 0
    error: str = ""


def line_merge(
    ours: Path, base: Path, theirs: Path, marker_size: int, labels: tuple[str, str, str]
) -> LineMerge:
    """Git's line merge of the three files (diff3 style), as ``git merge-file -p``."""
    command = ["git", "merge-file", "-p", "--diff3", f"--marker-size={marker_size}"]
    for label in labels:
        command += ["-L", label]
    command += ["--", str(ours), str(base), str(theirs)]
    try:
        result = subprocess.run(command, capture_output=True, check=False, timeout=600)
    except (OSError, subprocess.SubprocessError) as error:
        return LineMerge(None, error=str(error))
    if not 0 <= result.returncode < 128:
        message = result.stderr.decode("utf-8", errors="replace").strip()
        return LineMerge(None, error=message or str(result.returncode))
    return LineMerge(result.stdout, result.returncode)


def write_result(path: Path, data: bytes) -> None:
    """The merge result over ``%A`` (atomically; git reads it back from there)."""
    write_atomically(path, data)


def _repository(start: Path) -> pygit2.Repository | None:
    try:
        found = pygit2.discover_repository(str(start))
        return pygit2.Repository(found) if found else None
    except pygit2.GitError:
        return None


def driver_enabled(start: Path) -> bool:
    """False when the environment or the repository's config turns the driver off."""
    if os.environ.get(SWITCH_VARIABLE, "").strip().casefold() in _OFF_WORDS:
        return False
    repo = _repository(start)
    return repo is None or config_bool(repo, SWITCH_KEY, True)


def merge_log_path(start: Path) -> Path | None:
    """Where the merge log of the repository enclosing ``start`` is; None outside one."""
    repo = _repository(start)
    return None if repo is None else common_dir(Path(repo.path)) / LOG_FILE


def append_merge_log(start: Path, record: dict[str, Any]) -> bool:
    """Append ``record`` as one JSON line; False when it could not be written."""
    path = merge_log_path(start)
    if path is None:
        return False
    line = json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
        try:
            os.write(fd, line.encode("utf-8"))
        finally:
            os.close(fd)
    except OSError:
        return False
    return True


def read_merge_log(start: Path) -> list[dict[str, Any]]:
    """Every record of the merge log, oldest first (lines that are not JSON skipped)."""
    path = merge_log_path(start)
    try:
        lines = path.read_text(encoding="utf-8").splitlines() if path else []
    except OSError:
        return []
    records = []
    for line in lines:
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return records


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str] | None:
    try:
        return subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, check=False
        )
    except OSError:
        return None


def configure_merge_driver(root: Path, command: str, name: str) -> None:
    """Define the driver in this clone's config (``git config --local``)."""
    for key, value in ((NAME_KEY, name), (DRIVER_KEY, command)):
        result = _git(root, "config", "--local", key, value)
        if result is None or result.returncode != 0:
            error = "git" if result is None else result.stderr.strip()
            raise GitConfigFailed(texts.GIT_CONFIG_FAILED.format(error=error))


def driver_defined(root: Path) -> bool:
    result = _git(root, "config", "--get", DRIVER_KEY)
    return result is not None and result.returncode == 0 and bool(result.stdout.strip())


def merge_attribute(root: Path, path: str = SAMPLE_PATH) -> str:
    """The ``merge`` attribute git gives ``path`` (``pmtui``, ``unspecified`` …)."""
    result = _git(root, "check-attr", "merge", "--", path)
    if result is None or result.returncode != 0:
        return "unspecified"
    return result.stdout.strip().rpartition(": ")[2] or "unspecified"


def add_merge_attribute(root: Path) -> bool:
    """Add ``ATTRIBUTE_LINE`` to ``.gitattributes`` unless it is there; True if added."""
    path = root / ".gitattributes"
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    if ATTRIBUTE_LINE in text.splitlines():
        return False
    separator = "\n" if text and not text.endswith("\n") else ""
    write_atomically(path, (text + separator + ATTRIBUTE_LINE + "\n").encode("utf-8"))
    return True


def undefined_driver_named(root: Path) -> bool:
    """Case files name the pmtui driver, but this clone does not define it (git then
    merges them line by line without a word)."""
    return merge_attribute(root) == DRIVER and not driver_defined(root)
