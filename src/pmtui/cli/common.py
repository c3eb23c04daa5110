"""What every command shares: output streams, exit codes, finding and naming case files."""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias

from pmtui.terminal import json_text, safe_text
from pmtui.texts import cli as texts

if TYPE_CHECKING:  # the models (pydantic) are imported when a dnr is parsed, not before
    from pathlib import Path  # (and pathlib where a path is made: ``--help`` makes none)

    from pmtui.model.dnr import Dnr

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
CASES_DIR = "cases"

# What ``register(commands)`` of each command module receives (``add_subparsers()``).
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
Run: TypeAlias = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """The command was called wrongly: exit 2 with the message."""


class CommandFailed(Exception):
    """pmtui refuses or found a problem: exit 1 with the message."""


def add_command(commands: Commands, name: str, help_text: str, run: Run) -> argparse.ArgumentParser:
    """The sub-command ``name``, described by ``help_text`` in the list of commands and in
    its own ``--help``, that calls ``run`` with the parsed arguments."""
    command = commands.add_parser(name, help=help_text, description=help_text)
    command.set_defaults(run=run)
    return command


def out(text: str = "") -> None:
    """Data, to stdout, with control characters from documents made visible."""
    sys.stdout.write(safe_text(text) + "\n")


def out_json(value: Any) -> None:
    """Machine output (``--json``), to stdout: strict JSON, control characters escaped."""
    sys.stdout.write(json_text(value) + "\n")


def err(text: str) -> None:
    """Messages, to stderr."""
    sys.stderr.write(safe_text(text) + "\n")


def find_root(start: Path | None = None, explicit: str | None = None) -> Path:
    """The folder holding ``cases/``: --repo, PMTUI_REPO, or the nearest parent with it."""
    from pathlib import Path

    chosen = explicit or os.environ.get("PMTUI_REPO")
    if chosen:
        return Path(chosen).resolve()
    here = (start or Path.cwd()).resolve()
    root = _work_tree(here)
    if root is not None:
        return root
    for folder in (here, *here.parents):
        if (folder / CASES_DIR).is_dir() or (folder / ".git").exists():
            return folder
    return here


def _work_tree(here: Path) -> Path | None:
    """The work tree of the repository enclosing ``here``: the store decides, from the
    folders alone when they leave no doubt (no pygit2 loaded), else by asking Git."""
    from pmtui.store.workdir import plain_work_tree

    root = plain_work_tree(here)
    if root is not None:
        return root
    from pmtui.store import CaseRepository, StoreError

    try:
        return CaseRepository.discover(start=here, cache=False).root
    except StoreError:
        return None


class CaseArgument(NamedTuple):
    """A DNR argument resolved to the file it names (which may not exist yet)."""

    path: Path
    dnr: Dnr | None


def resolve_case(arg: str, root: Path) -> CaseArgument:
    """``"KS 2023/886"``, ``ks-2023-886`` or a path → the case file it names."""
    from pathlib import Path

    from pmtui.model.dnr import Dnr, DnrError  # not at import: ``pmtui --help`` stays light

    as_path = Path(arg)
    if arg.endswith(".md") or as_path.is_file():
        return CaseArgument(as_path, None)
    for parse in (Dnr.parse, Dnr.from_slug):
        try:
            dnr = parse(arg)
        except DnrError:
            continue
        return CaseArgument(root / dnr.relative_path, dnr)
    raise UsageError(texts.NOT_A_CASE_ARGUMENT.format(arg=arg))


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise CommandFailed(read_failed(path, error)) from None


def read_failed(path: Path | str, error: OSError) -> str:
    """``kan inte läsa PATH: behörighet saknas``: why, in Swedish (not the system's words)."""
    from pathlib import Path

    return texts.READ_FAILED.format(path=display_path(Path(path)), error=os_error_text(error))


def os_error_text(error: OSError) -> str:
    name = errno.errorcode.get(error.errno or 0, str(error.errno))
    return texts.OS_ERRORS.get(name) or texts.OS_ERROR_OTHER.format(code=name)


def pmtui_command() -> str:
    """How to run this pmtui again from a shell: ``pmtui`` when that name on PATH is this
    installation, else the entry script's full path, else ``python -m pmtui``."""
    import shlex
    import shutil
    from pathlib import Path

    script = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    found = shutil.which("pmtui")
    if script is not None and found and Path(found).resolve() == script:
        return "pmtui"
    if script is not None and script.name == "pmtui" and script.is_file():
        return shlex.quote(str(script))
    return f"{shlex.quote(sys.executable)} -m pmtui"


def has_terminal() -> bool:
    """stdin and stdout are both a terminal (what the app needs)."""
    return _isatty(sys.stdin) and _isatty(sys.stdout)


def no_terminal_message() -> str:
    """Why the app cannot start here: which of stdin and stdout is not a terminal."""
    missing = [
        name
        for name, stream in ((texts.STREAM_STDIN, sys.stdin), (texts.STREAM_STDOUT, sys.stdout))
        if not _isatty(stream)
    ]
    return texts.NO_TERMINAL.format(streams=texts.STREAMS_AND.join(missing))


def _isatty(stream: Any) -> bool:
    try:
        return stream is not None and bool(stream.isatty())
    except (OSError, ValueError):
        return False


def display_path(path: Path) -> str:
    """A path relative to the current folder when it is below it (a symbolic link is
    named as itself, not as what it points to)."""
    from pathlib import Path

    try:
        real = path.absolute().parent.resolve() / path.name
        return str(real.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
