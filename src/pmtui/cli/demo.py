"""``pmtui demo [PATH] [--no-tui]``: a demo repository with a realistic history."""

from __future__ import annotations

import argparse
import importlib.util
import shlex
import subprocess
import tempfile
from pathlib import Path

from pmtui.cli.common import (
    EXIT_OK,
    CommandFailed,
    Commands,
    add_command,
    err,
    has_terminal,
    out,
    pmtui_command,
)
from pmtui.cli.demo_history import LINA, as_author, build_demo, bundled_cases, moment
from pmtui.cli.repo import store_errors
from pmtui.store import CaseRepository
from pmtui.texts import store as texts


def register(commands: Commands) -> None:
    demo = add_command(commands, "demo", texts.HELP_DEMO, run_demo)
    demo.add_argument("path", nargs="?", metavar="PATH", help=texts.HELP_DEMO_PATH)
    demo.add_argument("--no-tui", action="store_true", help=texts.HELP_DEMO_NO_TUI)


def demo_folder(path: str | None) -> Path:
    if path is None:
        return Path(tempfile.mkdtemp(prefix="pmtui-demo-"))
    folder = Path(path).expanduser().resolve()
    if folder.exists() and any(folder.iterdir()):
        raise CommandFailed(texts.DEMO_NOT_EMPTY.format(path=folder))
    return folder


def create_demo(folder: Path) -> CaseRepository:
    """Init ``folder`` and play the scripted history into it; identity and clock are the
    demo's own, so the result is the same on every machine."""
    if not bundled_cases():
        raise CommandFailed(texts.DEMO_NO_CASES.format(path=folder))
    with store_errors():
        repo = CaseRepository.init(
            folder, identity=(LINA.name, LINA.email), clock=lambda: moment(7, 31, 16, 0)
        )
        build_demo(as_author(repo, LINA, moment(7, 31, 16, 0)))
    return CaseRepository.discover(explicit=folder)


def open_app(repo_path: Path) -> int:
    """Hook: open the workbench on the demo repository when the app is installed."""
    if importlib.util.find_spec("pmtui.tui") is None:
        return EXIT_OK
    from pmtui.cli.app import open_app as open_workbench

    return open_workbench(CaseRepository.discover(explicit=repo_path))


def run_demo(args: argparse.Namespace) -> int:
    folder = demo_folder(args.path)
    try:
        repo = create_demo(folder)
    except subprocess.CalledProcessError as error:
        raise CommandFailed(str(error)) from None
    out(str(repo.root))
    err(texts.DEMO_DONE.format(path=shlex.quote(str(repo.root)), pmtui=pmtui_command()))
    if has_terminal() and not args.no_tui:
        return open_app(folder)
    return EXIT_OK
