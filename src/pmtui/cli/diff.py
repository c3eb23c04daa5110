"""Commands on versions of a case: diff, blame, and git-setup for plain ``git diff``/``log``.

Revisions are read only through ``pmtui.store``; the comparison is ``pmtui.diff``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from typing import TYPE_CHECKING, Any

from pmtui.cli.common import (
    EXIT_OK,
    CommandFailed,
    Commands,
    UsageError,
    add_command,
    err,
    out_json,
)
from pmtui.cli.ranges import Revisions, parse_revisions
from pmtui.diff import (
    CaseDiff,
    RenderOptions,
    as_data,
    compare_texts,
    only_sections,
    render_diff,
)
from pmtui.diff.types import UnitKind
from pmtui.store import CaseNotFound, CaseRepository, StoreError, merge_base
from pmtui.store.paths import version_path
from pmtui.terminal import safe_line
from pmtui.texts import diff as texts
from pmtui.texts.dates import day_text
from pmtui.texts.personal_data import HELP_INSTALL_HOOK

if TYPE_CHECKING:
    from pmtui.diff.blame import SectionBlame

ATTRIBUTES_LINE = "cases/**/*.md diff=pmtui"


def register(commands: Commands) -> None:
    diff = add_command(commands, "diff", texts.HELP_DIFF, run_diff)
    diff.add_argument("case", metavar="DNR", help=texts.HELP_CASE)
    diff.add_argument("a", nargs="?", metavar="A", help=texts.HELP_DIFF_A)
    diff.add_argument("b", nargs="?", metavar="B", help=texts.HELP_DIFF_B)
    diff.add_argument("--section", metavar="NAMN", help=texts.HELP_SECTION)
    mode = diff.add_mutually_exclusive_group()
    mode.add_argument(
        "--word", dest="word", action="store_true", default=True, help=texts.HELP_WORD
    )
    mode.add_argument("--line", dest="word", action="store_false", help=texts.HELP_LINE)
    diff.add_argument("--side-by-side", action="store_true", help=texts.HELP_SIDE_BY_SIDE)
    diff.add_argument(
        "--color",
        "--colour",
        choices=("auto", "always", "never"),
        metavar="NÄR",
        default="auto",
        help=texts.HELP_COLOR,
    )
    diff.add_argument("--context", type=int, default=1, metavar="N", help=texts.HELP_CONTEXT)
    diff.add_argument("--json", action="store_true", help=texts.HELP_JSON)
    blame = add_command(commands, "blame", texts.HELP_BLAME, run_blame)
    blame.add_argument("case", metavar="DNR", help=texts.HELP_CASE)
    blame.add_argument("--section", metavar="NAMN", help=texts.HELP_SECTION)
    blame.add_argument("--json", action="store_true", help=texts.HELP_JSON)
    setup = add_command(commands, "git-setup", texts.HELP_GIT_SETUP, run_git_setup)
    setup.add_argument("--print", action="store_true", help=texts.HELP_GIT_SETUP_PRINT)
    setup.add_argument(
        "--installera-krok", action="store_true", dest="install_hook", help=HELP_INSTALL_HOOK
    )


def _open(explicit: str | None) -> CaseRepository:
    try:
        return CaseRepository.discover(explicit=explicit)
    except StoreError as error:
        raise CommandFailed(str(error)) from None


def _version(
    repo: CaseRepository, case: str, rev: str, label: str | None = None
) -> tuple[str | None, str]:
    """The case's text at ``rev`` (None if it did not exist there) and a label for it."""
    try:
        commit = repo.resolve(case, rev)
        label = label or (f"{rev} ({commit[:8]})" if not commit.startswith(rev) else commit[:8])
        try:
            return repo.text_at(case, commit), label
        except CaseNotFound:
            return None, f"{label} {texts.NO_VERSION}"
    except StoreError as error:
        raise CommandFailed(str(error)) from None


def _old_version(repo: CaseRepository, case: str, revs: Revisions) -> tuple[str | None, str]:
    """Version A; by default the last commit (nothing yet in a repository without one);
    for ``A...B`` the merge base of A and B."""
    if revs.merge_base and revs.old and revs.new:
        return _merge_base_version(repo, case, revs.old, revs.new)
    if revs.old is None and repo.head_commit is None:
        return None, f"HEAD {texts.NO_VERSION}"
    return _version(repo, case, revs.old or "HEAD")


def _merge_base_version(
    repo: CaseRepository, case: str, old: str, new: str
) -> tuple[str | None, str]:
    try:
        base = merge_base(repo, case, old, new)
    except StoreError as error:
        raise CommandFailed(str(error)) from None
    if base is None:
        raise CommandFailed(texts.NO_MERGE_BASE.format(old=old, new=new))
    label = texts.MERGE_BASE_LABEL.format(old=old, new=new, commit=base[:8])
    return _version(repo, case, base, label)


def _working(repo: CaseRepository, case: str) -> tuple[str | None, str]:
    try:
        return repo.load(case).text, texts.WORKING_FILE
    except CaseNotFound:
        return None, f"{texts.WORKING_FILE} {texts.NO_VERSION}"
    except StoreError as error:
        raise CommandFailed(str(error)) from None


def _use_color(choice: str) -> bool:
    if choice == "auto":
        return sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    return choice == "always"


def _write(text: str) -> None:
    """Output already made terminal-safe by the renderer (it may hold our colour codes)."""
    sys.stdout.write(text + "\n")


def run_diff(args: argparse.Namespace) -> int:
    if args.context < 0:
        raise UsageError(texts.CONTEXT_NEGATIVE)
    revs = parse_revisions(args.a, args.b)
    repo = _open(args.repo)
    old, old_label = _old_version(repo, args.case, revs)
    new, new_label = _version(repo, args.case, revs.new) if revs.new else _working(repo, args.case)
    if old is None and new is None:
        raise CommandFailed(texts.NO_VERSION_AT_ALL.format(case=args.case))
    paths = (version_path(args.case, revs.old or "HEAD"), version_path(args.case, revs.new))
    diff = compare_texts(old, new, paths)
    for problem in diff.problems:  # a side is not a valid case: say why, compare lines
        err(problem)
    _show_diff(args, _narrowed(diff, args.section), old_label, new_label)
    return EXIT_OK


def _narrowed(diff: CaseDiff, section: str | None) -> CaseDiff:
    """``--section``: only the matching sections (refused if none matches)."""
    if not section:
        return diff
    _check_section(diff, section)
    return only_sections(diff, section)


def _show_diff(args: argparse.Namespace, diff: CaseDiff, old_label: str, new_label: str) -> None:
    if args.json:
        out_json({"old": old_label, "new": new_label, **as_data(diff)})
        return
    options = RenderOptions(
        word=args.word,
        color=_use_color(args.color),
        context=args.context,
        side_by_side=args.side_by_side,
        width=shutil.get_terminal_size((100, 24)).columns,
    )
    _write(safe_line(texts.COMPARING.format(old=old_label, new=new_label)) + "\n")
    _write(render_diff(diff, options))


def _check_section(diff: Any, query: str) -> None:
    if diff.raw is not None or only_sections(diff, query).sections:
        return
    headings = ", ".join(s.heading for s in diff.sections) or "–"
    raise CommandFailed(texts.NO_SECTION_MATCH.format(query=query, headings=headings))


def run_blame(args: argparse.Namespace) -> int:
    from pmtui.diff.blame import blame_case  # blame only: `diff` loads the comparison
    from pmtui.diff.versions import history_texts

    repo = _open(args.repo)
    try:
        versions = history_texts(repo, args.case)
    except StoreError as error:
        raise CommandFailed(str(error)) from None
    if not versions:
        raise CommandFailed(texts.BLAME_NO_HISTORY.format(dnr=args.case))
    blame = blame_case(versions)
    sections = blame.only(args.section) if args.section else list(blame.sections)
    if args.section and not sections:
        headings = ", ".join(s.heading for s in blame.sections) or "–"
        raise CommandFailed(texts.NO_SECTION_MATCH.format(query=args.section, headings=headings))
    if args.json:
        out_json(as_data(sections))
        return EXIT_OK
    _write("\n".join(line for s in sections for line in blame_lines(s)))
    return EXIT_OK


def blame_lines(section: SectionBlame) -> list[str]:
    """A section's sentences, each after the commit, author and date that last changed it."""
    lines = ["#" * section.level + " " + safe_line(section.heading)]
    for line in section.lines:
        if line.kind is UnitKind.BREAK:
            lines.append("")
            continue
        revision = line.revision
        author = safe_line(revision.author)[:18].ljust(18)
        lines.append(
            texts.BLAME_LINE.format(
                commit=revision.short_id,
                author=author,
                date=day_text(revision.when),
                text=safe_line(line.text),
            )
        )
    for sub in section.subsections:
        lines += ["", *blame_lines(sub)]
    return lines


def run_git_setup(args: argparse.Namespace) -> int:
    from pmtui.cli.guard import offer_guard_hook  # the guard and merge driver: git-setup's
    from pmtui.cli.merge_setup import merge_driver_commands, setup_merge_driver
    from pmtui.store import configure_word_diff, word_diff_commands

    if args.print:
        _write("\n".join([*word_diff_commands(), *merge_driver_commands()]))
        return EXIT_OK
    repo = _open(args.repo)
    try:
        configure_word_diff(repo.gitdir)
    except StoreError as error:
        raise CommandFailed(str(error)) from None
    _write(safe_line(texts.GIT_SETUP_DONE.format(path=repo.gitdir)))
    _write("\n".join(word_diff_commands()))
    _warn_missing_attributes(repo)
    setup_merge_driver(repo.root or repo.gitdir, worktree=repo.root is not None)
    offer_guard_hook(repo, args.install_hook)
    return EXIT_OK


def _warn_missing_attributes(repo: CaseRepository) -> None:
    if repo.root is None:
        return
    attributes = repo.root / ".gitattributes"
    text = attributes.read_text(encoding="utf-8", errors="replace") if attributes.is_file() else ""
    if ATTRIBUTES_LINE not in text:
        sys.stderr.write(texts.GIT_SETUP_NO_ATTRIBUTES.format(line=ATTRIBUTES_LINE) + "\n")
