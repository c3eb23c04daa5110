"""``pmtui guard [--staged] [PATH…]``: personnummer and samordningsnummer in case files.

With ``--staged`` it reads what the next commit will hold (the index git names in
``GIT_INDEX_FILE``, as a pre-commit hook sees it), else the files on disk. It exits 1 with
every hit located and masked, so that ``git commit`` stops; ``pmtui git-setup
--installera-krok`` installs it as the pre-commit hook. A commit the user has reviewed
passes with ``PMTUI_PERSONUPPGIFTER_GRANSKAT="skäl"``, reminded to record the trailer;
a save by pmtui that was given a reason passes by itself (``store/personal_guard.py``).
Also here: the hits as ``check`` problems, and ``git-setup``'s part (the hook).
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from pmtui.cli.casefiles import find_case_files, read_case
from pmtui.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    CommandFailed,
    Commands,
    UsageError,
    add_command,
    display_path,
    err,
    find_root,
    os_error_text,
    out,
)
from pmtui.format.personal_numbers import Hit, OwnPattern, scan_case_file
from pmtui.model.problems import Problem, Severity
from pmtui.store import CaseRepository, StoreError
from pmtui.store.guard_hook import HookInstall, install_guard_hook
from pmtui.store.personal_guard import (
    configured_patterns,
    located_hits,
    review_reason,
    reviewed_in_save,
    staged_cases,
)
from pmtui.texts import personal_data as texts

REVIEWED_VARIABLE = "PMTUI_PERSONUPPGIFTER_GRANSKAT"
PROBLEM_CODE = "personuppgift"
ScannedFile = tuple[str, list[Hit]]  # (path as shown, hits)


def register(commands: Commands) -> None:
    guard = add_command(commands, "guard", texts.HELP_GUARD, run_guard)
    guard.add_argument("--staged", action="store_true", help=texts.HELP_GUARD_STAGED)
    guard.add_argument("paths", nargs="*", metavar="PATH", help=texts.HELP_GUARD_PATHS)


def add_review_option(command: argparse.ArgumentParser) -> None:
    """``--personuppgifter-granskat SKÄL``, for the commands that save."""
    command.add_argument(
        "--personuppgifter-granskat",
        dest="personal_data_reason",
        metavar="SKÄL",
        help=texts.HELP_REVIEWED,
    )


def review_reason_argument(args: argparse.Namespace) -> str | None:
    """The reason given with ``--personuppgifter-granskat``; a blank one is a usage error."""
    given = getattr(args, "personal_data_reason", None)
    if given is not None and review_reason(given) is None:
        raise UsageError(texts.REASON_EMPTY)
    return review_reason(given)


def run_guard(args: argparse.Namespace) -> int:
    if args.staged and args.paths:
        raise UsageError(texts.GUARD_STAGED_AND_PATHS)
    scanned = _staged(args) if args.staged else _on_disk(args)
    found = [(path, hits) for path, hits in scanned if hits]
    if not found:
        if not args.staged:  # a hook says nothing when all is well, as git's own do
            err(texts.GUARD_CLEAN.format(files=_files(len(scanned))))
        return EXIT_OK
    for path, hits in found:
        out(located_hits(path, hits).lstrip())
    reason = review_reason(os.environ.get(REVIEWED_VARIABLE))
    if reason is not None:
        err(texts.GUARD_REVIEWED.format(reason=reason))
        return EXIT_OK
    count = _hits(sum(len(hits) for _, hits in found))
    if args.staged:
        err(texts.GUARD_HEADER_STAGED.format(count=count))
        err(texts.GUARD_HINT_STAGED)
    else:
        err(texts.GUARD_HEADER.format(count=count))
        err(texts.GUARD_HINT)
    return EXIT_PROBLEM


def _staged(args: argparse.Namespace) -> list[ScannedFile]:
    """The staged case files that differ from HEAD; one a reviewed pmtui save is writing
    counts as clean."""
    gitdir = _gitdir(args)
    with _guard_errors():
        patterns = configured_patterns(gitdir)
        staged = staged_cases(gitdir, os.environ.get("GIT_INDEX_FILE"))
    scanned = []
    for case in staged:
        hits = scan_case_file(case.data.decode("utf-8", errors="replace"), patterns)
        scanned.append((case.path, [] if reviewed_in_save(gitdir, case.blob_id) else hits))
    return scanned


def _gitdir(args: argparse.Namespace) -> Path:
    """The repository a hook runs for (``GIT_DIR`` when git set it), else the current one."""
    named = os.environ.get("GIT_DIR")
    if named and not args.repo:
        return Path(named).resolve()
    with _guard_errors():
        return CaseRepository.discover(explicit=args.repo, cache=False).gitdir


def _on_disk(args: argparse.Namespace) -> list[ScannedFile]:
    root = find_root(explicit=args.repo)
    found = find_case_files(args.paths, root)
    patterns = patterns_for(root)
    scanned = []
    for path in list(found.files):
        data = read_case(path, found)
        if data is not None:
            text = data.decode("utf-8", errors="replace")
            scanned.append((display_path(path), scan_case_file(text, patterns)))
    for message in [*found.unreadable, *found.empty]:
        err(f"pmtui: {message}")
    if found.unreadable or found.empty:
        raise CommandFailed(texts.GUARD_INCOMPLETE)
    return scanned


def patterns_for(root: Path) -> list[OwnPattern]:
    """The own patterns of the repository around ``root``; none outside a repository."""
    try:
        gitdir = CaseRepository.discover(start=root, cache=False).gitdir
    except StoreError:
        return []
    with _guard_errors():
        return configured_patterns(gitdir)


def personal_data_problems(text: str, path: str, patterns: list[OwnPattern]) -> list[Problem]:
    """The hits in a case file as ``check`` errors: located, masked."""
    return [
        Problem(
            PROBLEM_CODE,
            texts.CHECK_HIT.format(kind=hit.kind_label, masked=hit.masked),
            Severity.ERROR,
            field=hit.part,
            line=hit.line,
            path=path,
        )
        for hit in scan_case_file(text, patterns)
    ]


def offer_guard_hook(repo: CaseRepository, install: bool) -> None:
    """``git-setup``: install the pre-commit guard when asked, else say how to."""
    if not install:
        err(texts.HOOK_OFFER)
        return
    try:
        report = install_guard_hook(repo.gitdir)
    except StoreError as error:
        raise CommandFailed(error.message) from None
    except OSError as error:
        path = error.filename or repo.gitdir
        reason = os_error_text(error)
        raise CommandFailed(texts.HOOK_WRITE_FAILED.format(path=path, error=reason)) from None
    if report.outcome is HookInstall.EXISTS:
        err(texts.HOOK_EXISTS.format(path=report.path, line=report.line))
    elif report.outcome is HookInstall.ALREADY:
        err(texts.HOOK_ALREADY.format(path=report.path))
    else:
        err(texts.HOOK_INSTALLED.format(path=report.path))


@contextlib.contextmanager
def _guard_errors() -> Iterator[None]:
    """A store refusal (a bad own pattern, an unreadable index) becomes exit 1."""
    try:
        yield
    except StoreError as error:
        raise CommandFailed(f"{error.message}\n{error.hint}".rstrip()) from None


def _files(n: int) -> str:
    return texts.GUARD_FILES[n != 1].format(n=n)


def _hits(n: int) -> str:
    return texts.FOUND_COUNT[n != 1].format(n=n)
