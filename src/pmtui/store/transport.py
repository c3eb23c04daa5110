"""The network side of a sync: ``git fetch`` and ``git push`` run as the user's own ``git``.

libgit2's transport ignores ``~/.ssh/config`` and has its own credential handling (the
top complaint in pygit2's and gitui's trackers); the ``git`` binary has neither problem:
credential helpers, the ssh agent, ``known_hosts``, ``insteadOf`` and proxies work as for
``git push`` (docs/decisions.md). What git writes on stderr is passed on as it comes
(``on_output``: its progress, for a terminal) and kept, to tell a refused push, an
unreachable server and a refused login apart. Messages are asked for in English
(``LC_ALL=C``) only so that they can be told apart; the user reads pmtui's Swedish.

A background fetch never asks anything: ``GIT_TERMINAL_PROMPT=0`` and, unless the user
set an ssh command of their own, ``ssh -o BatchMode=yes``.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from pmtui.store.errors import StoreError
from pmtui.texts import sync as texts

OutputSink = Callable[[bytes], None]


class HasFolders(Protocol):
    """A ``CaseRepository``: its work tree (None when bare) and Git folder."""

    @property
    def root(self) -> Path | None: ...

    @property
    def gitdir(self) -> Path: ...


CHUNK = 4096

# What git and ssh say, in the C locale, for each way a connection fails; first match wins.
_FAILURES = (
    (
        "login",
        (
            "permission denied",
            "authentication failed",
            "terminal prompts disabled",
            "could not read username",
            "could not read password",
            "host key verification failed",
            "returned error: 401",
            "returned error: 403",
            "invalid username or password",
        ),
    ),
    (
        "missing",
        (
            "does not appear to be a git repository",
            "repository not found",
            "not found",
            "no such remote",
        ),
    ),
    (
        "unreachable",
        (
            "could not resolve",
            "connection refused",
            "connection timed out",
            "timed out",
            "network is unreachable",
            "no route to host",
            "unable to connect",
            "failed to connect",
            "could not connect",
            "unable to access",
            "temporary failure in name resolution",
            "connection reset",
            "connection closed",
            "hung up unexpectedly",
            "could not read from remote repository",
        ),
    ),
)


@dataclass(frozen=True)
class GitRun:
    """A finished git command: exit code, stdout and stderr (as text)."""

    code: int
    stdout: str
    stderr: str


def quiet_environment() -> dict[str, str]:
    """The environment of a git command that must never prompt (background, scripts)."""
    env = dict(os.environ)
    env["GIT_TERMINAL_PROMPT"] = "0"
    env["SSH_ASKPASS_REQUIRE"] = "never"
    env.pop("GIT_ASKPASS", None)
    if not any(env.get(name) for name in ("GIT_SSH_COMMAND", "GIT_SSH")):
        env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes"
    return env


def git_environment(interactive: bool) -> dict[str, str]:
    """``interactive``: git may ask for a password on the terminal, as ``git push`` would."""
    env = dict(os.environ) if interactive else quiet_environment()
    env["LC_ALL"] = "C"
    env.pop("LANGUAGE", None)
    return env


def run_git(
    root: Path,
    args: Sequence[str],
    *,
    interactive: bool,
    on_output: OutputSink | None = None,
    timeout: float | None = None,
) -> GitRun:
    """Run ``git ARGS`` in ``root``; stderr is handed to ``on_output`` as it arrives. An
    ssh command set in ``core.sshCommand`` is left to git. ``OSError`` if git cannot run;
    ``subprocess.TimeoutExpired`` (git killed) past ``timeout`` seconds."""
    stdin = None if interactive else subprocess.DEVNULL
    with tempfile.TemporaryFile() as stdout:
        process = subprocess.Popen(
            ["git", *args],
            cwd=root,
            stdin=stdin,
            stdout=stdout,
            stderr=subprocess.PIPE,
            env=git_environment(interactive),
        )
        stderr = _read_stderr(process, on_output, timeout)
        stdout.seek(0)
        out = stdout.read()
    return GitRun(process.returncode, _text(out), _text(stderr))


def _read_stderr(
    process: subprocess.Popen[bytes], on_output: OutputSink | None, timeout: float | None
) -> bytes:
    assert process.stderr is not None
    kept = bytearray()
    try:
        if timeout is not None:  # a background fetch: no streaming, a deadline
            kept += process.communicate(timeout=timeout)[1]
            return bytes(kept)
        while chunk := os.read(process.stderr.fileno(), CHUNK):
            kept += chunk
            if on_output is not None:
                on_output(chunk)
        process.wait()
    except BaseException:
        process.kill()
        process.wait()
        raise
    return bytes(kept)


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def failure_kind(stderr: str) -> str:
    """``login``, ``missing``, ``unreachable`` or ``other``: why git could not talk to the
    remote, from what it said."""
    said = stderr.casefold()
    for kind, phrases in _FAILURES:
        if any(phrase in said for phrase in phrases):
            return kind
    return "other"


def server_lines(stderr: str) -> list[str]:
    """What the server said (git prints it as ``remote: …``), without the prefix; its
    progress lines and blank lines left out."""
    lines = []
    for raw in stderr.replace("\r", "\n").splitlines():
        if not raw.startswith("remote:"):
            continue
        line = raw.removeprefix("remote:").strip()
        if line and not _is_progress(line):
            lines.append(line)
    return lines


def _is_progress(line: str) -> bool:
    words = ("counting objects", "compressing objects", "total ", "enumerating objects")
    return line.casefold().startswith(words) or line.rstrip().endswith("done.")


def error_lines(stderr: str, limit: int = 6) -> list[str]:
    """git's own last lines (errors, fatal, hints), progress left out: shown as it said."""
    lines = [
        line.strip()
        for line in stderr.replace("\r", "\n").splitlines()
        if line.strip() and not line.startswith("remote:") and not _is_transfer(line)
    ]
    return lines[-limit:]


def _is_transfer(line: str) -> bool:
    starts = ("receiving objects", "resolving deltas", "writing objects", "counting objects")
    more = ("compressing objects", "enumerating objects", "delta compression", "total ")
    return line.strip().casefold().startswith(starts + more)


class TransportFailed(StoreError):
    """git could not reach the remote or was not let in: ``kind`` is ``unreachable``,
    ``login``, ``missing`` or ``other``; ``said`` is git's own last lines."""

    def __init__(self, message: str, hint: str, *, kind: str, said: list[str]) -> None:
        super().__init__(message, hint)
        self.kind = kind
        self.said = said


def transport_failed(what: str, remote: str, stderr: str) -> TransportFailed:
    """A failed fetch or push, named by why (``failure_kind``), with git's lines."""
    kind = failure_kind(stderr)
    message = texts.TRANSPORT_FAILURES[kind].format(what=what, remote=remote)
    said = error_lines(stderr)
    return TransportFailed(message, texts.TRANSPORT_HINTS[kind], kind=kind, said=said)


BACKGROUND_TIMEOUT = 300.0  # seconds a background fetch may take before it is stopped


def background_fetch(repository: HasFolders, timeout: float = BACKGROUND_TIMEOUT) -> str | None:
    """``git fetch --all`` that never asks anything (the app's opt-in background fetch);
    None when it worked, else why not (Swedish). Only remote-tracking refs change."""
    root = repository.root or repository.gitdir
    try:
        result = run_git(root, ["fetch", "--all", "--quiet"], interactive=False, timeout=timeout)
    except OSError as error:
        return texts.GIT_NOT_RUN.format(error=error)
    except subprocess.TimeoutExpired:
        return texts.BACKGROUND_TIMED_OUT.format(seconds=int(timeout))
    if result.code != 0:
        return transport_failed(texts.FETCH_WHAT, texts.ALL_REMOTES, result.stderr).message
    return None
