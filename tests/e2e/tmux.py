"""Drive a real terminal: pmtui in a tmux pane, keys in, screen text out."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
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

    def start(
        self, command: str, cwd: Path, env: dict[str, str], size: tuple[int, int] = (WIDTH, HEIGHT)
    ) -> None:
        exports = " ".join(f"{key}={_quote(value)}" for key, value in env.items())
        shell = f"env {exports} {command}; echo PMTUI-EXIT=$?; sleep 30"
        width, height = (str(n) for n in size)
        self.run("new-session", "-d", "-s", "e2e", "-x", width, "-y", height, "-c", str(cwd), shell)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "e2e")

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", "e2e", *keys)

    def type(self, text: str) -> None:
        self.run("send-keys", "-t", "e2e", "-l", text)

    def send_bytes(self, data: bytes) -> None:
        """Exactly these bytes, as a terminal sends them (``b"\\x1bn"`` is Alt+N)."""
        self.run("send-keys", "-t", "e2e", "-H", *(f"{byte:02x}" for byte in data))

    def wait_until(self, check: Callable[[str], bool], what: str, timeout: float = 20.0) -> str:
        """The screen once ``check`` accepts it; ``what`` names the wait in the failure."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if check(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{what} did not happen; the screen:\n{screen}")
            time.sleep(0.1)

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        return self.wait_until(lambda screen: text in screen, f"{text!r} on the screen", timeout)

    def wait_gone(self, text: str, timeout: float = 20.0) -> str:
        return self.wait_until(lambda screen: text not in screen, f"{text!r} gone", timeout)

    def leave(self, key: str, gone: str, shown: str) -> str:
        """Leave a view with ``key`` (Esc, q) until ``gone`` has left the screen and ``shown``
        is on it: a key sent sooner could be read together with an Esc (as Alt+key)."""
        self.keys(key)
        return self.wait_until(lambda s: gone not in s and shown in s, f"{gone!r} → {shown!r}")

    def close(self) -> None:
        self.run("kill-server", check=False)


def _quote(value: str) -> str:
    return "'" + value.replace("'", "'\\''") + "'"


def pane_environment(size: tuple[int, int] = (WIDTH, HEIGHT)) -> dict[str, str]:
    """The hermetic variables of the test (HOME, git config, XDG, clock) for the pane."""
    prefixes = ("HOME", "GIT_", "XDG_", "PMTUI_", "TZ", "PATH", "EDITOR", "LANG", "LC_")
    chosen = {k: v for k, v in os.environ.items() if k.startswith(prefixes)}
    chosen.setdefault("LANG", "C.UTF-8")
    # Textual believes COLUMNS/LINES over the terminal; pytest's may say 80×24.
    chosen.update(COLUMNS=str(size[0]), LINES=str(size[1]))
    return chosen
