"""A case file that Git left in conflict, and its resolution written to the work tree.

``read_conflict`` says whether Git has a case in conflict (its index entry, or conflict
markers on disk while a merge, rebase, cherry-pick or revert is under way) and what the
conflicting parts are, with the labels of Git's markers. ``write_resolution`` writes a
resolved text to the work tree, atomically: only a valid case of the same path with no
marker left, and only while the file on disk is still the conflicted one that was read.
It never commits and never touches the index: ``git add`` and ``git commit`` (or
``--continue``) finish the operation, as after resolving in any other editor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import pygit2

from pmtui.format.casefile import inspect_case
from pmtui.format.decoding import CONFLICT_CODE, decode_case_text
from pmtui.format.problems import file_error
from pmtui.model.problems import Problem
from pmtui.store.disk_full import disk_full
from pmtui.store.errors import InvalidCase, RepositoryStateError, SaveConflict, UnsafePath
from pmtui.store.merge_state import MergeState, merge_state
from pmtui.store.paths import check_relative, check_worktree_target
from pmtui.store.types import RepositoryPlaces
from pmtui.store.worktree import disk_blob, write_case_file
from pmtui.texts import conflict as texts
from pmtui.texts import store as store_texts

START, BASE, MIDDLE, END = "<<<<<<<", "|||||||", "=======", ">>>>>>>"
_MARKER = re.compile(r"^(<{7}|\|{7}|={7}|>{7})(?: (.*))?$")


ConflictRepository = RepositoryPlaces  # what is read of a ``CaseRepository``


@dataclass(frozen=True)
class ConflictSide:
    """One side of a conflict: its marker, the marker's label (``HEAD``, a branch, a
    commit; may be empty) and its lines."""

    marker: str
    label: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class ConflictHunk:
    """One conflicting part; ``line`` is the 1-based line of its ``<<<<<<<`` marker;
    ``base`` is the common ancestor's lines (``merge.conflictStyle=diff3``), when shown."""

    line: int
    ours: ConflictSide
    theirs: ConflictSide
    base: ConflictSide | None = None


@dataclass(frozen=True)
class ConflictedCase:
    """A case file Git has in conflict, as read from the work tree."""

    path: str
    text: str  # the file's text as read (undecodable bytes replaced)
    disk_blob: str | None  # the blob id of the bytes read; None: no file on disk
    state: MergeState
    branch: str | None  # the checked-out branch; None while HEAD is detached (a rebase)
    hunks: tuple[ConflictHunk, ...]

    @property
    def operation(self) -> str | None:
        return self.state.operation

    @property
    def others(self) -> tuple[str, ...]:
        """The other paths in conflict."""
        return tuple(path for path in self.state.conflicted if path != self.path)


def read_conflict(repository: ConflictRepository, path: str) -> ConflictedCase | None:
    """The case file at ``path`` if Git has it in conflict; None otherwise (nothing under
    way, a bare repository, a path that cannot be read safely)."""
    root = repository.root
    if root is None:
        return None
    state = merge_state(repository)
    if not state.in_progress:
        return None
    try:
        data = _disk_bytes(root, check_relative(path))
    except (UnsafePath, OSError):  # opened as usual, the case says why it cannot be read
        return None
    text = data.decode("utf-8", errors="replace") if data is not None else ""
    hunks = tuple(conflict_hunks(text))
    if not state.is_conflicted(path) and not (state.operation and hunks):
        return None
    blob = str(pygit2.hash(data)) if data is not None else None
    return ConflictedCase(path, text, blob, state, repository.branch, hunks)


def write_resolution(repository: ConflictRepository, conflict: ConflictedCase, text: str) -> None:
    """Write ``text`` over the conflicted file (atomically, its permissions kept). Refused
    with ``InvalidCase`` (located problems) unless it is a valid case of this path with no
    conflict marker left, and with ``SaveConflict`` when the file on disk is no longer the
    one ``conflict`` read (``DiskFull`` if the disk is). No commit, no index change."""
    root = repository.root
    if root is None:
        raise RepositoryStateError(store_texts.BARE_NO_DISK, store_texts.BARE_NO_DISK_HINT)
    data = resolved_bytes(conflict.path, text)
    if disk_blob(check_worktree_target(root, conflict.path)) != conflict.disk_blob:
        raise SaveConflict(
            texts.DISK_CHANGED.format(path=conflict.path), texts.DISK_CHANGED_HINT, where="disk"
        )
    try:
        write_case_file(root, conflict.path, data)
    except OSError:  # a full disk (other failures are StoreErrors): the file is as it was
        raise disk_full(root, conflict.path, None) from None


def resolved_bytes(path: str, text: str) -> bytes:
    """The bytes to write for a resolution of ``path`` (BOM and CRLF normalised);
    ``InvalidCase`` with every located problem when it is not one."""
    problems = resolution_problems(path, text)
    if problems:
        message = texts.NOT_RESOLVED.format(path=path, count=len(problems))
        raise InvalidCase(message, texts.NOT_RESOLVED_HINT, problems=problems)
    return decode_case_text(text).text.encode("utf-8")


def resolution_problems(path: str, text: str) -> list[Problem]:
    """Markers left (each of them), then what makes the text no valid case of ``path``."""
    problems = [replace(problem, path=path) for problem in markers_left(text)]
    report = inspect_case(text, path)
    problems += [p for p in report.errors if p.code != CONFLICT_CODE]
    case = report.case
    if case is not None and not report.errors and case.dnr.relative_path != path:
        message = store_texts.DNR_MISMATCH.format(found=case.dnr, expected=path)
        problems.append(replace(file_error("dnr", message), path=path))
    return problems


def markers_left(text: str) -> list[Problem]:
    """A located error for every line that is a Git conflict marker."""
    found = []
    for number, line in enumerate(text.split("\n"), start=1):
        if match := _MARKER.match(line.rstrip("\r")):
            message = texts.MARKER_LEFT.format(marker=match.group(1))
            found.append(file_error(CONFLICT_CODE, message, number))
    return found


def conflict_hunks(text: str) -> list[ConflictHunk]:
    """The conflicting parts of ``text``, in order (a part never closed is left out)."""
    lines = [line.rstrip("\r") for line in text.split("\n")]
    hunks, index = [], 0
    while index < len(lines):
        if _marker_of(lines[index])[0] == START:
            hunk, index = _hunk(lines, index)
            if hunk is not None:
                hunks.append(hunk)
        else:
            index += 1
    return hunks


def _hunk(lines: list[str], start: int) -> tuple[ConflictHunk | None, int]:
    """The part opened at ``start`` and the index after it; None when it is not closed
    (another ``<<<<<<<`` or the end of the text comes first)."""
    parts = {START: (_marker_of(lines[start])[1], list[str]())}
    current = START
    for index in range(start + 1, len(lines)):
        found, label = _marker_of(lines[index])
        if found == START:
            return None, index
        if found == END:
            return (_made(start, parts, label) if current == MIDDLE else None), index + 1
        if (found, current) in ((BASE, START), (MIDDLE, START), (MIDDLE, BASE)):
            parts[found], current = (label, []), found
        else:
            parts[current][1].append(lines[index])
    return None, len(lines)


def _made(start: int, parts: dict[str, tuple[str, list[str]]], end_label: str) -> ConflictHunk:
    def side(marker: str, label: str) -> ConflictSide:
        return ConflictSide(marker, label, tuple(parts[marker][1]))

    base = side(BASE, parts[BASE][0]) if BASE in parts else None
    theirs = ConflictSide(END, end_label, tuple(parts[MIDDLE][1]))
    return ConflictHunk(start + 1, side(START, parts[START][0]), theirs, base)


def _marker_of(line: str) -> tuple[str, str]:
    match = _MARKER.match(line)
    return (match.group(1), match.group(2) or "") if match else ("", "")


def _disk_bytes(root: Path, path: str) -> bytes | None:
    target = check_worktree_target(root, path)
    try:
        return target.read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        return None
