"""Running the repository's Git hooks as ``git commit`` runs them (githooks(5)).

Found in ``core.hooksPath`` (``~`` expanded; relative to the work-tree top) or in
``$GIT_COMMON_DIR/hooks``. A hook file that is not executable is skipped with a warning,
as git does (unless ``advice.ignoredHook`` is false). Hooks run in the work-tree top with
stdin from /dev/null; stdout and stderr are captured together (git sends both to the
terminal's stderr; pmtui shows them in its own way, never on the app's screen).
Environment, as ``git commit`` gives it: ``GIT_INDEX_FILE``, ``GIT_EDITOR=:``,
``GIT_PREFIX``, the author's ``GIT_AUTHOR_*``; inherited variables that would point git at
another repository are removed, and ``GIT_DIR``/``GIT_WORK_TREE`` are set only when git
could not find this repository from the work-tree top by itself.
"""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

import pygit2

from pmtui.store.errors import HookRefused
from pmtui.store.gitconfig import common_dir, config_bool, config_path, config_text, work_dir
from pmtui.store.objects import git_time
from pmtui.texts import counted
from pmtui.texts import store as texts

# Variables that tell git which repository, index or object store to use (git's
# ``local_repo_env``): a hook must act on this repository, never on an inherited one.
REPOSITORY_VARIABLES = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_COMMON_DIR",
    "GIT_IMPLICIT_WORK_TREE",
    "GIT_GRAFT_FILE",
    "GIT_SHALLOW_FILE",
    "GIT_PREFIX",
)
OUTPUT_LINES_SHOWN = 40


class HookRunner:
    """Finds and runs one repository's hooks; collects warnings and output for the result."""

    def __init__(self, repo: pygit2.Repository, author: pygit2.Signature) -> None:
        self.gitdir = Path(repo.path).resolve()
        self.cwd = work_dir(repo)
        self.directory = hooks_directory(repo, self.gitdir, self.cwd)
        self.advise = config_bool(repo, "advice.ignoredhook", True)
        self.base_env = hook_environment(self.gitdir, self.cwd, author)
        self.warnings: list[str] = []
        self.output: list[tuple[str, str]] = []
        self._found: dict[str, Path | None] = {}

    def find(self, name: str) -> Path | None:
        """The executable hook ``name``; None (with one warning) for a non-executable file."""
        if name not in self._found:
            self._found[name] = self._look_up(name)
        return self._found[name]

    def _look_up(self, name: str) -> Path | None:
        path = self.directory / name
        if not path.is_file():
            return None
        if os.access(path, os.X_OK):
            return path
        if self.advise:
            self.warnings.append(texts.HOOK_NOT_EXECUTABLE.format(hook=name, path=path))
        return None

    def execute(self, name: str, args: list[str], index_file: Path) -> int | None:
        """Run hook ``name`` if there is one: its exit code (None: no hook); ``OSError``
        when it cannot be started."""
        path = self.find(name)
        if path is None:
            return None
        env = {**self.base_env, "GIT_INDEX_FILE": str(index_file)}
        code, output = _execute([str(path), *args], self.cwd, env)
        if output.strip():
            self.output.append((name, output))
        return code

    def run_checked(self, name: str, args: list[str], index_file: Path) -> bool:
        """Run hook ``name``; whether it ran. Non-zero exit or no start: ``HookRefused``."""
        try:
            code = self.execute(name, args, index_file)
        except OSError as error:
            message = texts.HOOK_FAILED_TO_RUN.format(hook=name, error=error.strerror or error)
            raise HookRefused(message, texts.HOOK_REFUSED_HINT, hook=name) from None
        if code:
            message = texts.HOOK_REFUSED.format(hook=name, code=code)
            raise refused(name, message, self.last_output(name))
        return code is not None

    def last_output(self, name: str) -> str:
        return next((text for hook, text in reversed(self.output) if hook == name), "")


def refused(hook: str, message: str, output: str) -> HookRefused:
    """``HookRefused`` whose message ends with the hook's output (its last lines)."""
    lines = output.rstrip().splitlines()
    shown = lines[-OUTPUT_LINES_SHOWN:]
    if len(lines) > len(shown):
        shown.insert(0, counted(len(lines) - len(shown), texts.HOOK_OUTPUT_CUT))
    full = message + ("\n" + texts.HOOK_OUTPUT.format(output="\n".join(shown)) if shown else "")
    return HookRefused(full, texts.HOOK_REFUSED_HINT, hook=hook, output=output)


def hooks_directory(repo: pygit2.Repository, gitdir: Path, cwd: Path) -> Path:
    configured = config_text(repo, "core.hookspath")
    if configured:
        return config_path(configured, cwd)
    return common_dir(gitdir) / "hooks"


def hook_environment(gitdir: Path, cwd: Path, author: pygit2.Signature) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in REPOSITORY_VARIABLES}
    env.update(GIT_EDITOR=":", GIT_PREFIX="")
    env.update(GIT_AUTHOR_NAME=author.name, GIT_AUTHOR_EMAIL=author.email)
    env["GIT_AUTHOR_DATE"] = "@" + git_time(author)
    if not _found_from(cwd, gitdir):
        env.update(GIT_DIR=str(gitdir), GIT_WORK_TREE=str(cwd))
    return env


def _found_from(cwd: Path, gitdir: Path) -> bool:
    """Whether git, started in ``cwd`` with no GIT_DIR, finds this repository."""
    try:
        found = pygit2.discover_repository(str(cwd))
    except (pygit2.GitError, OSError):
        return False
    return found is not None and Path(found).resolve() == gitdir


def _execute(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[int, str]:
    """Exit code and output; a script without ``#!`` runs with /bin/sh, as git does."""
    try:
        result = _spawn(command, cwd, env)
    except OSError as error:
        if error.errno != errno.ENOEXEC:
            raise
        result = _spawn(["/bin/sh", *command], cwd, env)
    return result.returncode, result.stdout.decode("utf-8", "replace")


def _spawn(
    command: list[str], cwd: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        command,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        check=False,
    )
