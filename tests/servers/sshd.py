"""Debian's OpenSSH server on 127.0.0.1 with a throwaway config: its own port, a generated
host key, one generated user key, and git over ssh as the user running the tests."""

from __future__ import annotations

import os
import pwd
import shlex
import shutil
import subprocess
from pathlib import Path

from tests.servers.common import LOCALHOST, ServedRepositories, start_listening, stop_process

# Where sshd runs its unprivileged part when started as root (systemd makes it at boot;
# a container without systemd has none). Not needed when the tests run as a normal user.
_PRIVSEP_DIR = Path("/run/sshd")


def sshd_binary() -> str | None:
    """sshd's absolute path (sshd re-executes itself and refuses a relative one)."""
    return shutil.which("sshd", path=f"{os.environ.get('PATH', '')}:/usr/sbin:/sbin")


def generate_key(path: Path, env: dict[str, str]) -> str:
    """A new ed25519 key pair without passphrase at ``path``; the public key's line."""
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "pmtui-test", "-f", str(path)],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=True,
    )
    return path.with_suffix(".pub").read_text(encoding="utf-8").strip()


class SshServer(ServedRepositories):
    """Serves the bare repositories under ``root`` at ssh://USER@127.0.0.1:PORT/ROOT/NAME.git.
    ``env`` holds GIT_SSH_COMMAND: the ssh client with the test's key and known_hosts only
    (``-F /dev/null``, no agent, batch mode), never the user's ~/.ssh."""

    name = "sshd"

    def __init__(self, workdir: Path, sshd: str) -> None:
        super().__init__(workdir / "repositories", workdir / "home")
        self.workdir = workdir
        self.user = pwd.getpwuid(os.geteuid()).pw_name  # sshd logs in as the one running it
        self.host_key = workdir / "host_ed25519"
        self.user_key = workdir / "user_ed25519"
        host_public = generate_key(self.host_key, self.server_env)
        (workdir / "authorized_keys").write_text(
            generate_key(self.user_key, self.server_env) + "\n", encoding="utf-8"
        )
        if os.geteuid() == 0:
            _PRIVSEP_DIR.mkdir(mode=0o755, exist_ok=True)
        self.log = workdir / "sshd.log"
        self.process, self.port = start_listening(
            lambda port: [sshd, "-D", "-e", "-f", str(self._write_config(port))],
            self.server_env,
            self.log,
            lambda text: "Server listening on" in text,
        )
        self.known_hosts = workdir / "known_hosts"
        key_type_and_key = " ".join(host_public.split()[:2])
        self.known_hosts.write_text(f"[{LOCALHOST}]:{self.port} {key_type_and_key}\n")
        self.env = self.env_with_known_hosts(self.known_hosts)

    def _write_config(self, port: int) -> Path:
        config = self.workdir / "sshd_config"
        settings = {
            "ListenAddress": f"{LOCALHOST}:{port}",
            "HostKey": str(self.host_key),
            "PidFile": str(self.workdir / "sshd.pid"),
            "AuthorizedKeysFile": str(self.workdir / "authorized_keys"),
            "AuthenticationMethods": "publickey",
            "PasswordAuthentication": "no",
            "KbdInteractiveAuthentication": "no",
            "UsePAM": "no",
            "StrictModes": "no",  # the temporary folders are not sshd's idea of safe
            "AllowUsers": self.user,
            # Only this throwaway server, only with the throwaway key, when tests run as root.
            "PermitRootLogin": "prohibit-password",
            "PermitUserEnvironment": "no",
            "PrintMotd": "no",
            "X11Forwarding": "no",
            "AllowTcpForwarding": "no",
            # The git on the server side reads no config of the machine's user.
            "SetEnv": " ".join(f"{k}={v}" for k, v in self.server_env.items() if k != "PATH"),
        }
        config.write_text("".join(f"{key} {value}\n" for key, value in settings.items()))
        return config

    def env_with_known_hosts(self, known_hosts: Path) -> dict[str, str]:
        """A client environment whose ssh trusts only the host keys in ``known_hosts``
        (an empty file: the unknown-host-key case, which fails instead of asking)."""
        ssh = [
            "ssh",
            "-F",
            os.devnull,
            "-i",
            str(self.user_key),
            "-o",
            "IdentitiesOnly=yes",
            "-o",
            "IdentityAgent=none",
            "-o",
            "BatchMode=yes",
            "-o",
            "StrictHostKeyChecking=yes",
            "-o",
            f"UserKnownHostsFile={known_hosts}",
            "-o",
            f"GlobalKnownHostsFile={os.devnull}",
            "-o",
            "ConnectTimeout=10",
        ]
        return {"GIT_SSH_COMMAND": shlex.join(ssh), "GIT_TERMINAL_PROMPT": "0"}

    def url_for(self, repo_name: str) -> str:
        return f"ssh://{self.user}@{LOCALHOST}:{self.port}{self.path_for(repo_name)}"

    def stop(self) -> None:
        stop_process(self.process)
