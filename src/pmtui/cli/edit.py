"""``pmtui edit DNR [--section NAME]``: edit in $EDITOR, validate on close, reopen with the
errors on top while the file is invalid, then commit. Leaving the file unchanged or
emptying it aborts without saving. The case is loaded and saved through an ``EditSession``
(pmtui.editing.session), as in the app."""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import tempfile
from pathlib import Path

from pmtui.cli.common import EXIT_OK, EXIT_PROBLEM, CommandFailed, Commands, add_command, err
from pmtui.cli.repo import add_write_options, open_for_writing, report_saved, store_errors
from pmtui.diff.sections import heading_filter, heading_key
from pmtui.editing.session import EditSession
from pmtui.store import InvalidCase, PersonalDataFound
from pmtui.texts import cli as cli_texts
from pmtui.texts import store as texts


def register(commands: Commands) -> None:
    edit = add_command(commands, "edit", texts.HELP_EDIT, run_edit)
    edit.add_argument("case", metavar="DNR", help=texts.HELP_CASE_ARG)
    edit.add_argument("--section", metavar="NAMN", help=texts.HELP_EDIT_SECTION)
    edit.add_argument("-m", "--message", metavar="MEDDELANDE", help=texts.HELP_MESSAGE)
    add_write_options(edit)


def editor_command() -> list[str]:
    return shlex.split(os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi")


def run_editor(path: Path) -> None:
    command = editor_command()
    try:
        code = subprocess.run([*command, str(path)], check=False).returncode
    except OSError as error:
        raise CommandFailed(
            texts.EDIT_EDITOR_FAILED.format(editor=command[0], code=error)
        ) from None
    if code != 0:
        raise CommandFailed(texts.EDIT_EDITOR_FAILED.format(editor=" ".join(command), code=code))


def with_errors(text: str, errors: list[str]) -> str:
    if not errors:
        return text
    header = [texts.EDIT_ERROR_PREFIX + texts.EDIT_ERRORS_HEADER]
    header += [texts.EDIT_ERROR_PREFIX + line for e in errors for line in e.splitlines()]
    return "\n".join(header) + "\n\n" + text


def without_errors(text: str) -> str:
    lines = text.split("\n")
    index = 0
    while index < len(lines) and lines[index].startswith(texts.EDIT_ERROR_PREFIX):
        index += 1
    if index and index < len(lines) and not lines[index].strip():
        index += 1
    return "\n".join(lines[index:])


def section_bounds(text: str, name: str) -> tuple[int, int]:
    """Line range (start, end) of a ``## `` section's content (after the heading). ``name``
    matches as ``diff --section`` and ``blame --section`` match: the whole heading, or its
    start, or the start of one of its words (``synpunkter``); it must name one section."""
    lines = text.split("\n")
    headings = [i for i, line in enumerate(lines) if line.startswith("## ")]
    index = headings[_chosen([lines[i][3:].strip() for i in headings], name)]
    end = next((i for i in headings if i > index), len(lines))
    return index + 1, end


def _chosen(names: list[str], query: str) -> int:
    """The index of the one heading in ``names`` that ``query`` names."""
    exact = [i for i, n in enumerate(names) if heading_key(n) == heading_key(query)]
    matches = heading_filter(names, query)
    found = exact or [i for i, n in enumerate(names) if matches(n)]
    if len(found) == 1:
        return found[0]
    if found:
        listed = ", ".join(repr(names[i]) for i in found)
        raise CommandFailed(cli_texts.EDIT_SECTION_AMBIGUOUS.format(name=query, names=listed))
    listed = ", ".join(repr(n) for n in names)
    raise CommandFailed(texts.EDIT_NO_SECTION.format(name=query, names=listed))


def section_text(text: str, name: str) -> str:
    start, end = section_bounds(text, name)
    return "\n".join(text.split("\n")[start:end]).strip("\n") + "\n"


def replace_section(text: str, name: str, content: str) -> str:
    start, end = section_bounds(text, name)
    lines = text.split("\n")
    middle = ["", *content.strip("\n").split("\n"), ""] if content.strip() else [""]
    tail = lines[end:]
    return "\n".join([*lines[:start], *middle, *tail]).rstrip("\n") + "\n"


def run_edit(args: argparse.Namespace) -> int:
    repo = open_for_writing(args)
    with store_errors():
        repo.require_worktree()
        session = EditSession(repo, args.case)
        loaded = session.require_loaded()
    original = section_text(loaded.text, args.section) if args.section else loaded.text
    with tempfile.TemporaryDirectory(prefix="pmtui-edit-") as folder:
        scratch = Path(folder) / Path(loaded.base.path).name
        return _edit_loop(session, args, scratch, original)


def _edit_loop(session: EditSession, args: argparse.Namespace, scratch: Path, original: str) -> int:
    shown, errors = original, list[str]()
    while True:
        scratch.write_text(with_errors(shown, errors), encoding="utf-8")
        run_editor(scratch)
        edited = without_errors(scratch.read_text(encoding="utf-8"))
        if not edited.strip():
            err(texts.EDIT_EMPTY)
            return EXIT_PROBLEM
        if edited == shown:
            err(texts.EDIT_UNCHANGED)
            return EXIT_PROBLEM if errors else EXIT_OK
        text = session.loaded.text
        full = replace_section(text, args.section, edited) if args.section else edited
        errors = _save_or_problems(session, full, args.message)
        if not errors:
            return EXIT_OK
        err(texts.EDIT_REOPENING)
        shown = edited


def _save_or_problems(session: EditSession, text: str, message: str | None) -> list[str]:
    """Save and report; or the located problems that make the text invalid."""
    path = session.base.path
    with store_errors():
        try:
            result = session.save_text(text, message)
        except InvalidCase as invalid:
            return [p.located(path) for p in invalid.problems] or [invalid.message]
        except PersonalDataFound as found:  # reopened with the hits, as an invalid text is
            return [found.message, found.hint]
    report_saved(result)
    return []
