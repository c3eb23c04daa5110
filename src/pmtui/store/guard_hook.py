"""The pre-commit hook that runs ``pmtui guard --staged`` for commits made with plain git
(``pmtui git-setup --installera-krok``). An existing hook is never overwritten."""

from __future__ import annotations

import enum
import os
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

import pygit2

from pmtui.store.errors import StoreError
from pmtui.store.gitconfig import work_dir
from pmtui.store.hooks import hooks_directory
from pmtui.texts import personal_data as texts

HOOK_NAME = "pre-commit"
GUARD_ARGUMENTS = "guard --staged"
# Runs this installation's pmtui with the interpreter it was installed for.
_RUN_PMTUI = "import sys; from pmtui.cli.main import main; sys.exit(main())"
# The same, but exit 127 when pmtui is gone from that interpreter (the hook then tries
# ``pmtui`` on PATH), instead of a traceback.
_TRY_PMTUI = (
    "import sys\ntry:\n    from pmtui.cli.main import main\n"
    "except ImportError:\n    sys.exit(127)\nsys.exit(main())"
)
NOT_FOUND = 127


class HookInstall(enum.Enum):
    INSTALLED = "installed"
    ALREADY = "already"  # the hook exists and already runs the guard
    EXISTS = "exists"  # another hook exists: left as it is


@dataclass(frozen=True)
class HookReport:
    outcome: HookInstall
    path: Path
    line: str  # the command line that runs the guard, to add to an existing hook


def guard_command(program: str = _RUN_PMTUI) -> str:
    """The shell command that runs the guard with this Python (an absolute path)."""
    python = shlex.quote(sys.executable)
    return f"{python} -c {shlex.quote(program)} {GUARD_ARGUMENTS}"


def hook_script() -> str:
    """The hook: this Python's pmtui if it is still there, else ``pmtui`` on PATH, else a
    refusal that says why (a guard that cannot run must not let a commit through)."""
    python = shlex.quote(sys.executable)
    missing = texts.HOOK_PMTUI_MISSING.format(path=sys.executable)
    return "\n".join(
        [
            "#!/bin/sh",
            "# pmtui guard: personal identity numbers never reach a commit.",
            "# Installed by 'pmtui git-setup --installera-krok'.",
            f"if [ -x {python} ]; then",
            f"    {guard_command(_TRY_PMTUI)}",
            "    code=$?",
            f'    [ "$code" -ne {NOT_FOUND} ] && exit "$code"',
            "fi",
            "if command -v pmtui >/dev/null 2>&1; then",
            f"    exec pmtui {GUARD_ARGUMENTS}",
            "fi",
            f"echo {shlex.quote(missing)} >&2",
            "exit 1",
            "",
        ]
    )


def install_guard_hook(gitdir: Path) -> HookReport:
    """Write the pre-commit hook where git looks for it (``core.hooksPath`` or the hooks
    folder); an existing hook is reported, never replaced."""
    try:
        repo = pygit2.Repository(str(gitdir))
        path = hooks_directory(repo, Path(repo.path).resolve(), work_dir(repo)) / HOOK_NAME
    except pygit2.GitError as error:
        raise StoreError(texts.HOOK_OPEN_FAILED.format(path=gitdir, error=error)) from None
    line = f"{guard_command()} || exit 1"
    if path.exists() or path.is_symlink():
        text = path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""
        found = "pmtui" in text and GUARD_ARGUMENTS in text
        return HookReport(HookInstall.ALREADY if found else HookInstall.EXISTS, path, line)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o755)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        stream.write(hook_script())
        os.fchmod(stream.fileno(), 0o755)
    return HookReport(HookInstall.INSTALLED, path, line)
