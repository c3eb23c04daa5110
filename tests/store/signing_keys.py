"""Throwaway signing keys for the signing tests: a GnuPG home with an ed25519 key, an ssh
key pair with an allowed-signers file, an ssh-agent. All under the test's temp folder; the
gpg-agent and ssh-agent started here are stopped at the end. A missing gpg or ssh-keygen
fails the test (Debian packages: gnupg, openssh-client); it never skips."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import FIXED_EMAIL, FIXED_NAME

PACKAGES = "the Debian packages gnupg (gpg, gpg-agent, gpgconf) and openssh-client (ssh-keygen)"


def require(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        pytest.fail(f"{program} is missing: the signing tests need {PACKAGES}")
    return found


def run(command: list[str], **options: object) -> str:
    result = subprocess.run(command, capture_output=True, text=True, check=False, **options)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(command)} failed: {result.stderr}")
    return str(result.stdout)


@pytest.fixture
def gpg_key(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """GNUPGHOME with a key for the fixed test identity; yields its fingerprint."""
    require("gpg")
    require("gpgconf")
    home = Path(tempfile.mkdtemp(prefix="pmtui-gpg-"))  # short: agent socket paths are limited
    home.chmod(0o700)
    monkeypatch.setenv("GNUPGHOME", str(home))
    try:
        identity = f"{FIXED_NAME} <{FIXED_EMAIL}>"
        run(
            [
                "gpg",
                "--batch",
                "--passphrase",
                "",
                "--quick-gen-key",
                identity,
                "ed25519",
                "sign",
                "never",
            ]
        )
        listing = run(["gpg", "--batch", "--with-colons", "--list-secret-keys"])
        yield next(line.split(":")[9] for line in listing.splitlines() if line.startswith("fpr:"))
    finally:
        subprocess.run(["gpgconf", "--kill", "all"], capture_output=True, check=False)
        shutil.rmtree(home, ignore_errors=True)


@dataclass(frozen=True)
class SshKey:
    private: Path
    public: Path
    allowed_signers: Path

    @property
    def literal(self) -> str:
        return "key::" + " ".join(self.public.read_text(encoding="utf-8").split()[:2])


@pytest.fixture
def ssh_key(tmp_path: Path) -> SshKey:
    require("ssh-keygen")
    private = tmp_path / "ssh" / "id_ed25519"
    private.parent.mkdir(mode=0o700)
    run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", FIXED_EMAIL, "-f", str(private)])
    public = private.with_name("id_ed25519.pub")
    allowed = tmp_path / "ssh" / "allowed_signers"
    key_type, key = public.read_text(encoding="utf-8").split()[:2]
    allowed.write_text(f"{FIXED_EMAIL} {key_type} {key}\n", encoding="utf-8")
    return SshKey(private, public, allowed)


@pytest.fixture
def ssh_agent(ssh_key: SshKey, monkeypatch: pytest.MonkeyPatch) -> Iterator[SshKey]:
    """An ssh-agent holding ``ssh_key`` (SSH_AUTH_SOCK set); killed by its pid afterwards."""
    require("ssh-agent")
    require("ssh-add")
    folder = Path(tempfile.mkdtemp(prefix="pmtui-ssh-"))
    socket = folder / "agent.sock"
    output = run(["ssh-agent", "-s", "-a", str(socket)])
    pid = int(output.split("SSH_AGENT_PID=", 1)[1].split(";", 1)[0])
    try:
        monkeypatch.setenv("SSH_AUTH_SOCK", str(socket))
        run(
            ["ssh-add", "-q", str(ssh_key.private)],
            env={**os.environ, "SSH_AUTH_SOCK": str(socket)},
        )
        yield ssh_key
    finally:
        os.kill(pid, signal.SIGTERM)
        shutil.rmtree(folder, ignore_errors=True)
