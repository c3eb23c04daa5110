"""Drive a real terminal: pmtui in a tmux pane, keys in, screen text out."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

WIDTH, HEIGHT = 120, 40


def pmtui_command() -> str:
    """The ``pmtui`` script of the interpreter running the tests."""
    script = Path(sys.executable).parent / "pmtui"
    return str(script) if script.exists() else f"{sys.executable} -m pmtui.cli.main"


class TmuxPane:
    """One tmux server of our own (``-L``), one session, one pane; killed on close."""

    def __init__(self, socket: str) -> None:
        self.socket = socket
        self.tmux = shutil.which("tmux") or "tmux"

    def run(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(
            [self.tmux, "-L", self.socket, *args], capture_output=True, text=True, check=False
        )
        if check and result.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)}: {result.stderr}")
        return result.stdout

    def start(self, command: str, cwd: Path, env: dict[str, str]) -> None:
        exports = " ".join(f"{key}={_quote(value)}" for key, value in env.items())
        shell = f"env {exports} {command}; echo PMTUI-EXIT=$?; sleep 30"
        self.run(
            "new-session",
            "-d",
            "-s",
            "e2e",
            "-x",
            str(WIDTH),
            "-y",
            str(HEIGHT),
            "-c",
            str(cwd),
            shell,
        )

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "e2e")

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", "e2e", *keys)

    def type(self, text: str) -> None:
        self.run("send-keys", "-t", "e2e", "-l", text)

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if text in screen:
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} did not appear on the screen:\n{screen}")
            time.sleep(0.1)

    def close(self) -> None:
        self.run("kill-server", check=False)


def _quote(value: str) -> str:
    return "'" + value.replace("'", "'\\''") + "'"


def pane_environment() -> dict[str, str]:
    """The hermetic variables of the test (HOME, git config, XDG, clock) for the pane."""
    prefixes = ("HOME", "GIT_", "XDG_", "PMTUI_", "TZ", "PATH", "EDITOR", "LANG", "LC_")
    chosen = {k: v for k, v in os.environ.items() if k.startswith(prefixes)}
    chosen.setdefault("LANG", "C.UTF-8")
    # Textual believes COLUMNS/LINES over the terminal; pytest's may say 80×24.
    chosen.update(COLUMNS=str(WIDTH), LINES=str(HEIGHT))
    return chosen
