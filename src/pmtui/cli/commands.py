"""The light table of commands: which module adds which commands, and their help texts.

``pmtui --help`` and ``--version`` need only this table; a command's module (with Git,
the models and the app behind it) is imported only when that command runs or shows its
own ``--help`` (docs/decisions.md, "lazy imports"). The order here is the order of the
command list in ``pmtui --help``; tests/cli/test_lazy_imports.py checks that the table
says what the modules register.
"""

from __future__ import annotations

from collections.abc import Sequence

from pmtui.texts import (
    cli,
    diff,
    export,
    lifecycle,
    meetings,
    merge,
    personal_data,
    review,
    store,
    sync,
    tui,
)
from pmtui.texts import importing as importing_texts

# (module under pmtui.cli, ((command, help text), ...)) in the order they are registered.
COMMAND_TABLE: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("files", (("check", cli.HELP_CHECK), ("fmt", cli.HELP_FMT), ("schema", cli.HELP_SCHEMA),
               ("show", cli.HELP_SHOW))),
    ("diff", (("diff", diff.HELP_DIFF), ("blame", diff.HELP_BLAME),
              ("git-setup", diff.HELP_GIT_SETUP))),
    ("app", (("tui", tui.HELP_APP),)),
    ("repo", (("init", store.HELP_INIT), ("log", store.HELP_LOG), ("list", store.HELP_LIST))),
    ("cases", (("new", store.HELP_NEW), ("set", store.HELP_SET),
               ("status", sync.HELP_STATUS_BOTH))),
    ("lifecycle", (("archive", lifecycle.HELP_ARCHIVE), ("delete", lifecycle.HELP_DELETE))),
    ("edit", (("edit", store.HELP_EDIT),)),
    ("export", (("export", export.HELP_EXPORT),)),
    ("importing", (("import", importing_texts.HELP_IMPORT),)),
    ("demo", (("demo", store.HELP_DEMO),)),
    ("agenda", (("agenda", meetings.HELP_AGENDA),)),
    ("guard", (("guard", personal_data.HELP_GUARD),)),
    ("review", (("review", review.HELP_REVIEW),)),
    ("pr", (("pr", review.HELP_PR),)),
    ("merge_driver", (("merge-driver", merge.HELP_MERGE_DRIVER),)),
    ("branches", (("branch", sync.HELP_BRANCH),)),
    ("sync", (("sync", sync.HELP_SYNC),)),
)  # fmt: skip
# Options of pmtui itself that take a value (``--repo MAPP``): skipped to find the command.
VALUE_OPTIONS = ("--repo",)


def module_of(command: str) -> str | None:
    """The module (under pmtui.cli) that adds ``command``; None if no module does."""
    for module, commands in COMMAND_TABLE:
        if any(name == command for name, _ in commands):
            return module
    return None


def command_in(argv: Sequence[str]) -> str | None:
    """The command named on the command line (the first word that is not one of pmtui's
    own options or an option's value); None without one."""
    words = iter(argv)
    for word in words:
        if word == "--":
            return next(words, None)
        if word in VALUE_OPTIONS:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None
