"""The case merge driver's registration: ``pmtui git-setup``'s part (the per-clone git
config, the ``.gitattributes`` line, the check with ``git check-attr``) and ``pmtui
check``'s warning for a clone where the driver is named but not defined."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from pmtui.cli.common import CommandFailed, err, out
from pmtui.store.errors import StoreError
from pmtui.store.merge_driver import (
    ATTRIBUTE_LINE,
    DRIVER,
    DRIVER_KEY,
    NAME_KEY,
    add_merge_attribute,
    configure_merge_driver,
    merge_attribute,
    undefined_driver_named,
)
from pmtui.texts import merge as texts

# The driver runs as this module, not through the whole ``pmtui`` command line: git starts
# it once per case file both sides changed, and it then loads only what a merge needs.
DRIVER_MODULE = "pmtui.cli.merge_driver"
PLACEHOLDERS = "%O %A %B %L %P"
CASE_FILES = "cases/**/*.md"


def driver_command() -> str:
    """The driver's command line for git config: this installation's Python by absolute
    path (git runs drivers with its own PATH), the driver module, git's placeholders."""
    return f"{shlex.quote(sys.executable)} -m {DRIVER_MODULE} {PLACEHOLDERS}"


def merge_driver_commands() -> list[str]:
    """The ``git config`` lines that define the driver, to run by hand."""
    return [
        f"git config {NAME_KEY} {shlex.quote(texts.DRIVER_NAME)}",
        f"git config {DRIVER_KEY} {shlex.quote(driver_command())}",
    ]


def setup_merge_driver(root: Path, worktree: bool) -> None:
    """``pmtui git-setup``: define the driver in this clone, name it in ``.gitattributes``
    (a work tree only) and check with ``git check-attr`` that git will use it."""
    command = driver_command()
    try:
        configure_merge_driver(root, command, texts.DRIVER_NAME)
    except StoreError as error:
        raise CommandFailed(str(error)) from None
    out(texts.SETUP_DONE.format(command=command))
    if not worktree:
        return
    if add_merge_attribute(root):
        out(texts.SETUP_ATTRIBUTE_ADDED.format(line=ATTRIBUTE_LINE))
    value = merge_attribute(root)
    if value == DRIVER:
        out(texts.SETUP_VERIFIED.format(path=CASE_FILES))
    else:
        shown = texts.UNSPECIFIED if value == "unspecified" else value
        err(texts.SETUP_NOT_VERIFIED.format(value=shown, path=CASE_FILES))


def warn_undefined_driver(root: Path) -> None:
    """``pmtui check``: case files name the driver, but this clone does not define it."""
    if undefined_driver_named(root):
        err(texts.UNDEFINED_DRIVER)
