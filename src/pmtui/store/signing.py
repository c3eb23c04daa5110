"""Signing commits and tags as git does (``commit.gpgsign``, ``tag.gpgSign``).

The payload is what git signs: the commit object without its ``gpgsig`` header, or the tag
object before the signature is appended. openpgp and x509: ``PROGRAM --status-fd=2 -bsau
KEY`` with the payload on stdin, success only with a ``[GNUPG:] SIG_CREATED`` line.
ssh: ``PROGRAM -Y sign -n git -f KEYFILE [-U] BUFFERFILE``, the signature read from
``BUFFERFILE.sig``; a literal ``key::ssh-…`` key is written to a temp file and ``-U`` asks
the agent for the private half. Programs: ``gpg.program`` / ``gpg.openpgp.program``,
``gpg.x509.program``, ``gpg.ssh.program``; defaults ``gpg``, ``gpgsm``, ``ssh-keygen``.
"""

from __future__ import annotations

import shlex
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pygit2

from pmtui.store.errors import SigningFailed
from pmtui.store.gitconfig import config_bool, config_path, config_text, work_dir
from pmtui.texts import store as texts

DEFAULT_PROGRAMS = {"openpgp": "gpg", "x509": "gpgsm", "ssh": "ssh-keygen"}
PROGRAM_KEYS = {
    "openpgp": ("gpg.openpgp.program", "gpg.program"),
    "x509": ("gpg.x509.program",),
    "ssh": ("gpg.ssh.program",),
}
SIG_CREATED = "[GNUPG:] SIG_CREATED "
STATUS_PREFIX = "[GNUPG:] "
LITERAL_PREFIX = "key::"


@dataclass(frozen=True)
class Signer:
    """How to sign: ``format`` (openpgp, x509, ssh), the program, the key, where to run."""

    format: str
    program: str
    key: str
    cwd: Path

    def sign(self, payload: bytes) -> str:
        """The ASCII-armoured signature of ``payload``; ``SigningFailed`` otherwise."""
        if self.format == "ssh":
            return _sign_ssh(self, payload)
        return _sign_gpg(self, payload)


def commit_signer(repo: pygit2.Repository, committer: pygit2.Signature) -> Signer | None:
    """The signer for commits when ``commit.gpgsign`` is on, else None."""
    if not config_bool(repo, "commit.gpgsign", False):
        return None
    return signer_for(repo, committer)


def tag_signer(repo: pygit2.Repository, tagger: pygit2.Signature) -> Signer | None:
    """The signer for annotated tags when ``tag.gpgSign`` is on, else None."""
    if not config_bool(repo, "tag.gpgsign", False):
        return None
    return signer_for(repo, tagger)


def signer_for(repo: pygit2.Repository, who: pygit2.Signature) -> Signer:
    """Format, program and key from git config. Without ``user.signingkey``, openpgp and
    x509 use the committer (``Name <email>``); ssh runs ``gpg.ssh.defaultKeyCommand``."""
    fmt = (config_text(repo, "gpg.format") or "openpgp").strip().lower()
    if fmt not in DEFAULT_PROGRAMS:
        message = texts.SIGNING_BAD_FORMAT.format(value=fmt)
        raise SigningFailed(message, texts.SIGNING_HINT, program="")
    program = _program(repo, fmt)
    cwd = work_dir(repo)
    key = config_text(repo, "user.signingkey")
    if not key:
        key = _default_ssh_key(repo, cwd) if fmt == "ssh" else f"{who.name} <{who.email}>"
    return Signer(fmt, program, key, cwd)


def _program(repo: pygit2.Repository, fmt: str) -> str:
    for key in PROGRAM_KEYS[fmt]:
        value = config_text(repo, key)
        if value:
            return value
    return DEFAULT_PROGRAMS[fmt]


def _default_ssh_key(repo: pygit2.Repository, cwd: Path) -> str:
    """The first line of ``gpg.ssh.defaultKeyCommand`` that is a literal ssh key."""
    command = config_text(repo, "gpg.ssh.defaultkeycommand")
    if not command:
        raise SigningFailed(texts.SIGNING_NO_SSH_KEY, texts.SIGNING_HINT, program="ssh-keygen")
    result = _run(shlex.split(command), cwd, None)
    lines = result.stdout.decode("utf-8", "replace").splitlines()
    if result.returncode != 0 or not lines or not _literal_key(lines[0]):
        raise _failed(command, result.stderr)
    return lines[0]


def _literal_key(key: str) -> str | None:
    """The public key in ``key::ssh-…`` (or a bare ``ssh-…``), None for a key file."""
    if key.startswith(LITERAL_PREFIX):
        return key.removeprefix(LITERAL_PREFIX)
    return key if key.startswith("ssh-") else None


def _sign_gpg(signer: Signer, payload: bytes) -> str:
    command = [signer.program, "--status-fd=2", "-bsau", signer.key]
    result = _run(command, signer.cwd, payload)
    status = result.stderr.decode("utf-8", "replace")
    created = any(line.startswith(SIG_CREATED) for line in status.splitlines())
    if result.returncode != 0 or not created or not result.stdout:
        raise _failed(signer.program, result.stderr)
    return result.stdout.decode("ascii", "replace").replace("\r", "")


def _sign_ssh(signer: Signer, payload: bytes) -> str:
    with tempfile.TemporaryDirectory(prefix="pmtui-sign-") as folder:
        buffer = Path(folder) / "buffer"
        buffer.write_bytes(payload)
        key = _ssh_key_args(signer, Path(folder))
        command = [signer.program, "-Y", "sign", "-n", "git", "-f", *key, str(buffer)]
        result = _run(command, signer.cwd, None)
        signature = Path(f"{buffer}.sig")
        if result.returncode != 0 or not signature.is_file():
            raise _failed(signer.program, result.stderr)
        return signature.read_text(encoding="ascii", errors="replace").replace("\r", "")


def _ssh_key_args(signer: Signer, folder: Path) -> list[str]:
    """``KEYFILE`` for a key file (``~`` expanded), or a temp file and ``-U`` (agent)."""
    literal = _literal_key(signer.key)
    if literal is None:
        return [str(config_path(signer.key, signer.cwd))]
    key_file = folder / "key.pub"
    key_file.write_text(literal + "\n", encoding="utf-8")
    return [str(key_file), "-U"]


def _run(
    command: list[str], cwd: Path, payload: bytes | None
) -> subprocess.CompletedProcess[bytes]:
    """Run a signer (stdin: the payload, or nothing); a missing program is ``SigningFailed``."""
    try:
        return subprocess.run(
            command,
            cwd=cwd,
            input=payload if payload is not None else b"",
            capture_output=True,
            check=False,
        )
    except OSError as error:
        program = command[0] if command else ""
        reason = error.strerror or str(error)
        message = texts.SIGNING_PROGRAM_MISSING.format(program=program, error=reason)
        raise SigningFailed(message, texts.SIGNING_HINT, program=program) from None


def _stderr_text(stderr: bytes) -> str:
    """What the signer told the user: its stderr without gpg's machine status lines."""
    lines = stderr.decode("utf-8", "replace").splitlines()
    human = [line for line in lines if not line.startswith(STATUS_PREFIX)]
    return "\n".join(human or lines).strip()


def _failed(program: str, stderr: bytes) -> SigningFailed:
    """``SigningFailed`` with what the signer said."""
    output = _stderr_text(stderr)
    shown = output or texts.SIGNING_NO_OUTPUT
    message = texts.SIGNING_FAILED.format(program=program, output=shown)
    return SigningFailed(message, texts.SIGNING_HINT, program=program, output=output)
