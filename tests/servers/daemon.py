"""``git daemon`` on 127.0.0.1 with receive-pack enabled: the git:// protocol, anonymous."""

from __future__ import annotations

from pathlib import Path

from tests.servers.common import LOCALHOST, ServedRepositories, start_listening, stop_process


class GitDaemon(ServedRepositories):
    """Serves every bare repository under ``root`` at git://127.0.0.1:PORT/NAME.git."""

    name = "git-daemon"

    def __init__(self, workdir: Path) -> None:
        super().__init__(workdir / "repositories", workdir / "home")
        self.log = workdir / "daemon.log"
        self.process, self.port = start_listening(
            self._command, self.server_env, self.log, lambda text: "Ready to rumble" in text
        )
        self.env = {"GIT_TERMINAL_PROMPT": "0"}

    def _command(self, port: int) -> list[str]:
        return [
            "git",
            "daemon",
            f"--listen={LOCALHOST}",
            f"--port={port}",
            "--export-all",
            "--enable=receive-pack",
            f"--base-path={self.root}",
            "--reuseaddr",
            "--informative-errors",
            "--verbose",  # "Ready to rumble" in the log: it listens
            str(self.root),
        ]

    def url_for(self, repo_name: str) -> str:
        return f"git://{LOCALHOST}:{self.port}/{repo_name}.git"

    def stop(self) -> None:
        stop_process(self.process)
