"""What the three test servers share: served bare repositories, their hooks, a clean
environment for the server side, and waiting for a server to listen."""

from __future__ import annotations

import contextlib
import os
import shlex
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

LOCALHOST = "127.0.0.1"
STARTUP_LIMIT = 15.0  # seconds a server may take to listen before its start counts as failed


class GitServer(Protocol):
    """What a test needs from any of the servers."""

    name: str
    env: dict[str, str]

    def url_for(self, repo_name: str) -> str: ...

    def bare(
        self,
        repo_name: str,
        *,
        pre_receive: str | None = None,
        deny_non_fast_forwards: bool = False,
    ) -> Path: ...

    def stop(self) -> None: ...


def clean_env(home: Path) -> dict[str, str]:
    """The environment of a server and its git processes: its own HOME, no system or user
    git config, so nothing of the machine's user reaches the served repositories."""
    return {
        "PATH": os.environ.get("PATH", os.defpath),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
    }


def client_env(server: GitServer, **extra: str) -> dict[str, str]:
    """The test's own (hermetic) environment plus what a client of ``server`` needs."""
    return {**os.environ, **server.env, **extra}


def git_run(
    cwd: Path, *args: str, env: dict[str, str], timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Plain ``git ARGS`` in ``cwd``; never waits on a prompt (stdin is closed)."""
    return subprocess.run(
        ["git", *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


class ServedRepositories:
    """The bare repositories one server serves, all under ``root``."""

    def __init__(self, root: Path, home: Path) -> None:
        self.root = root
        self.home = home
        root.mkdir(parents=True, exist_ok=True)
        home.mkdir(parents=True, exist_ok=True)
        self.server_env = clean_env(home)

    def path_for(self, repo_name: str) -> Path:
        return self.root / f"{repo_name}.git"

    def bare(
        self,
        repo_name: str,
        *,
        pre_receive: str | None = None,
        deny_non_fast_forwards: bool = False,
    ) -> Path:
        """A new, empty bare repository ``repo_name.git`` (default branch main), served at
        ``url_for(repo_name)``; ``pre_receive`` is a hook script (see ``refusing_hook``)."""
        path = self.path_for(repo_name)
        if path.exists():
            raise ValueError(f"{path.name} is already served: give each test its own name")
        self._git(self.root, "init", "--quiet", "--bare", "--initial-branch=main", str(path))
        self._git(path, "config", "http.receivepack", "true")
        if deny_non_fast_forwards:
            self._git(path, "config", "receive.denyNonFastForwards", "true")
        if pre_receive is not None:
            hook = path / "hooks" / "pre-receive"
            hook.write_text(pre_receive, encoding="utf-8")
            hook.chmod(0o755)
        return path

    def _git(self, cwd: Path, *args: str) -> None:
        result = git_run(cwd, *args, env=self.server_env)
        if result.returncode != 0:
            raise RuntimeError(f"git {' '.join(args)}: {result.stderr}")


def refusing_hook(message: str) -> str:
    """A pre-receive hook that refuses every push and says ``message`` (as "remote: …")."""
    return f"#!/bin/sh\necho {shlex.quote(message)} >&2\nexit 1\n"


def protecting_hook(branch: str, message: str) -> str:
    """A pre-receive hook that refuses a push that updates ``branch`` (as a whole, as
    pre-receive does), saying ``message``; pushes of other branches only are accepted."""
    ref = shlex.quote(f"refs/heads/{branch}")
    return (
        "#!/bin/sh\nstatus=0\n"
        "while read -r old new ref; do\n"
        f'  if [ "$ref" = {ref} ]; then echo {shlex.quote(message)} >&2; status=1; fi\n'
        'done\nexit "$status"\n'
    )


def pausing_hook(gate: Path) -> str:
    """A pre-receive hook that holds a push in the middle: it creates ``gate/arrived``, then
    waits until ``gate/release`` exists (at most a minute, so nothing hangs) and accepts.
    A test can interrupt the client while the server holds its pack."""
    arrived, release = shlex.quote(str(gate / "arrived")), shlex.quote(str(gate / "release"))
    return (
        f"#!/bin/sh\n: > {arrived}\ni=0\n"
        f'while [ ! -e {release} ] && [ "$i" -lt 600 ]; do sleep 0.1; i=$((i + 1)); done\n'
        "exit 0\n"
    )


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now (the server binds it next)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((LOCALHOST, 0))
        port: int = probe.getsockname()[1]
        return port


def wait_for_log(process: subprocess.Popen[bytes], log: Path, ready: Callable[[str], bool]) -> bool:
    """Wait until the server's ``log`` says it listens (True) or the server has exited
    (False: the port was taken, say); a server that does neither fails loudly."""
    deadline = time.monotonic() + STARTUP_LIMIT
    while time.monotonic() < deadline:
        if ready(log.read_text(encoding="utf-8", errors="replace")):
            return True
        if process.poll() is not None:
            return False
        time.sleep(0.02)
    stop_process(process)
    raise RuntimeError(f"the server did not start listening; its log:\n{log.read_text()}")


def start_listening(
    command: Callable[[int], list[str]],
    env: dict[str, str],
    log: Path,
    ready: Callable[[str], bool],
) -> tuple[subprocess.Popen[bytes], int]:
    """Start ``command(port)`` on a free port, trying another port if that one was taken
    meanwhile; the process runs in its own process group (``stop_process`` ends it)."""
    for _attempt in range(5):
        port = free_port()
        with log.open("wb") as output:
            process = subprocess.Popen(
                command(port),
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        if wait_for_log(process, log, ready):
            return process, port
    raise RuntimeError(f"the server could not start; its log:\n{log.read_text()}")


def stop_process(process: subprocess.Popen[bytes]) -> None:
    """End a server started by ``start_listening``, and what it started (its group)."""
    _signal_group(process, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        _signal_group(process, signal.SIGKILL)
        process.wait()


def _signal_group(process: subprocess.Popen[bytes], signum: signal.Signals) -> None:
    # ProcessLookupError: the server and everything it started have already ended.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signum)
