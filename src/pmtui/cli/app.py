"""``pmtui`` without a command (or ``pmtui tui``): open the workbench on a case repository."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from pmtui.cli.common import (
    CASES_DIR,
    EXIT_OK,
    EXIT_PROBLEM,
    Commands,
    add_command,
    err,
    has_terminal,
    no_terminal_message,
)
from pmtui.store import CaseRepository, NotACaseRepository
from pmtui.texts import tui as texts


def register(commands: Commands) -> None:
    add_command(commands, "tui", texts.HELP_APP, run_app)


def run_app(args: argparse.Namespace) -> int:
    """Find the repository (--repo, PMTUI_REPO or around the current folder) and open it."""
    repository = find_repository(getattr(args, "repo", None))
    if repository is None:
        return EXIT_PROBLEM
    return open_app(repository)


def find_repository(explicit: str | None) -> CaseRepository | None:
    """The case repository, or None after telling the user how to make or try one."""
    try:
        repository = CaseRepository.discover(explicit=explicit)
    except NotACaseRepository:
        err(texts.NOT_A_REPOSITORY.format(path=explicit or Path.cwd()))
        return None
    root = repository.root
    if root is not None and not (root / CASES_DIR).is_dir():
        err(texts.NOT_A_REPOSITORY.format(path=root))
        return None
    return repository


def open_app(repository: CaseRepository) -> int:
    """Run the app until the user quits; its exit code (1 after an unexpected error).
    Without a terminal on stdin and stdout (a pipe, a cron job) it says so and exits 1:
    the app would write escape codes into the pipe and wait for keys that never come."""
    if not has_terminal():
        err(no_terminal_message())
        return EXIT_PROBLEM
    from pmtui.tui.app import PmtuiApp
    from pmtui.tui.config import load_settings, log_path

    _log_to(log_path())
    settings, notices = load_settings()
    app = PmtuiApp(repository, settings, notices)
    app.run()
    return app.return_code or EXIT_OK


def _log_to(path: Path) -> None:
    """Errors inside the app go to a log file: the terminal belongs to the app."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("pmtui")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
