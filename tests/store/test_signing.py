"""Signed commits and milestone tags, as git signs them (issue 9, part 2). Real keys:
a throwaway GnuPG home and ssh key pair; `git verify-commit` and `git verify-tag` judge."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pmtui.model import Status
from pmtui.store import CaseRepository, SigningFailed
from tests.conftest import git
from tests.store.conftest import seed_case
from tests.store.hook_scripts import hooks_dir, install_hook, retitle
from tests.store.signing_keys import SshKey

PATH = "cases/2023/ks-2023-886.md"


def _root(repo: CaseRepository) -> Path:
    assert repo.root is not None
    return repo.root


def _verify(root: Path, what: str, rev: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", what, "--raw", rev], cwd=root, capture_output=True, text=True, check=False
    )


def _wrapper(folder: Path, name: str, program: str) -> tuple[Path, Path]:
    """A signing program that logs its arguments and runs the real one."""
    log = folder / f"{name}.log"
    script = folder / name
    script.write_text(f'#!/bin/sh\necho "$@" >> "{log}"\nexec {program} "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    return script, log


def _use_ssh(root: Path, key: str, allowed: Path) -> None:
    git(root, "config", "gpg.format", "ssh")
    git(root, "config", "user.signingkey", key)
    git(root, "config", "gpg.ssh.allowedSignersFile", str(allowed))
    git(root, "config", "commit.gpgsign", "true")


def test_openpgp_signed_commit_passes_verify_commit(saved: CaseRepository, gpg_key: str) -> None:
    root = _root(saved)
    git(root, "config", "commit.gpgsign", "true")  # no user.signingkey: the committer's key
    result = retitle(saved, "Signerad")
    verified = _verify(root, "verify-commit", "HEAD")
    assert verified.returncode == 0, verified.stderr
    assert f"VALIDSIG {gpg_key}" in verified.stderr
    assert result.commit_id == saved.head_commit
    assert git(root, "status", "--porcelain") == ""
    subprocess.run(["git", "fsck", "--strict"], cwd=root, check=True, capture_output=True)


def test_openpgp_uses_signingkey_and_gpg_program(
    saved: CaseRepository, gpg_key: str, tmp_path: Path
) -> None:
    root = _root(saved)
    program, log = _wrapper(tmp_path, "min-gpg", "gpg")
    git(root, "config", "commit.gpgsign", "true")
    git(root, "config", "user.signingkey", gpg_key)
    git(root, "config", "gpg.program", str(program))
    retitle(saved, "Eget program")
    assert log.read_text(encoding="utf-8") == f"--status-fd=2 -bsau {gpg_key}\n"
    assert _verify(root, "verify-commit", "HEAD").returncode == 0


def test_a_commit_msg_rewrite_is_what_gets_signed(saved: CaseRepository, gpg_key: str) -> None:
    root = _root(saved)
    git(root, "config", "commit.gpgsign", "true")
    install_hook(hooks_dir(saved), "commit-msg", 'echo "Granskad: ja" >> "$1"')
    result = retitle(saved, "Krok och signatur")
    assert result.message.endswith("Granskad: ja\n")
    assert _verify(root, "verify-commit", "HEAD").returncode == 0


def test_signing_with_an_unknown_key_commits_nothing(saved: CaseRepository, gpg_key: str) -> None:
    root = _root(saved)
    git(root, "config", "commit.gpgsign", "true")
    git(root, "config", "user.signingkey", "ingen@example.invalid")
    head = saved.head_commit
    with pytest.raises(SigningFailed) as caught:
        retitle(saved, "Osignerad")
    error = caught.value
    assert error.program == "gpg" and "ingen@example.invalid" in error.output
    assert "signeringen med gpg misslyckades" in error.message and error.output in error.message
    assert "[GNUPG:]" not in error.output
    assert "commit.gpgsign false" in error.hint
    assert saved.head_commit == head
    assert "rubrik: Osignerad" in (root / PATH).read_text(encoding="utf-8")
    assert error.base is not None
    assert git(root, "status", "--porcelain") == f" M {PATH}\n"


def test_a_missing_signing_program_commits_nothing(saved: CaseRepository) -> None:
    root = _root(saved)
    git(root, "config", "commit.gpgsign", "true")
    git(root, "config", "gpg.program", "/finns/inte/gpg")
    head = saved.head_commit
    with pytest.raises(SigningFailed) as caught:
        retitle(saved, "Utan program")
    assert "/finns/inte/gpg" in caught.value.message and "finns inte" in caught.value.message
    assert saved.head_commit == head


def test_ssh_signed_commit_with_a_key_file_passes_verify_commit(
    saved: CaseRepository, ssh_key: SshKey, tmp_path: Path
) -> None:
    root = _root(saved)
    program, log = _wrapper(tmp_path, "min-ssh-keygen", "ssh-keygen")
    _use_ssh(root, str(ssh_key.private), ssh_key.allowed_signers)
    git(root, "config", "gpg.ssh.program", str(program))
    retitle(saved, "SSH-signerad")
    verified = _verify(root, "verify-commit", "HEAD")
    assert verified.returncode == 0, verified.stderr
    assert 'Good "git" signature' in verified.stderr
    assert log.read_text(encoding="utf-8").startswith(f"-Y sign -n git -f {ssh_key.private} ")


def test_ssh_literal_key_signs_through_the_agent(saved: CaseRepository, ssh_agent: SshKey) -> None:
    root = _root(saved)
    _use_ssh(root, ssh_agent.literal, ssh_agent.allowed_signers)
    retitle(saved, "Via agenten")
    assert _verify(root, "verify-commit", "HEAD").returncode == 0


def test_ssh_without_a_key_is_refused_before_any_hook(
    saved: CaseRepository, ssh_key: SshKey
) -> None:
    root = _root(saved)
    git(root, "config", "gpg.format", "ssh")
    git(root, "config", "commit.gpgsign", "true")
    marker = root.parent / "hook-ran"
    install_hook(hooks_dir(saved), "pre-commit", f'touch "{marker}"')
    head = saved.head_commit
    with pytest.raises(SigningFailed) as caught:
        retitle(saved, "Ingen nyckel")
    assert "user.signingkey" in caught.value.message
    assert saved.head_commit == head and not marker.exists()


def test_milestone_tag_is_signed_with_tag_gpgsign(saved: CaseRepository, gpg_key: str) -> None:
    root = _root(saved)
    git(root, "config", "tag.gpgSign", "true")
    result = saved.set_status("KS 2023/886", Status.REMISS)
    assert result.milestone == "ks-2023-886/remiss"
    verified = _verify(root, "verify-tag", "ks-2023-886/remiss")
    assert verified.returncode == 0, verified.stderr
    assert git(root, "rev-parse", "ks-2023-886/remiss^{commit}").strip() == result.commit_id
    assert [m.name for m in saved.milestones("KS 2023/886")] == ["remiss"]
    subprocess.run(["git", "fsck", "--strict"], cwd=root, check=True, capture_output=True)


def test_milestone_tag_signed_with_ssh_and_commit_too(
    saved: CaseRepository, ssh_key: SshKey
) -> None:
    root = _root(saved)
    _use_ssh(root, str(ssh_key.private), ssh_key.allowed_signers)
    git(root, "config", "tag.gpgSign", "true")
    saved.set_status("KS 2023/886", Status.TILLSTYRKT)
    assert _verify(root, "verify-tag", "ks-2023-886/tillstyrkt").returncode == 0
    assert _verify(root, "verify-commit", "HEAD").returncode == 0


def test_unsigned_milestone_tags_stay_plain_annotated_tags(saved: CaseRepository) -> None:
    root = _root(saved)
    saved.set_status("KS 2023/886", Status.REMISS)
    assert git(root, "cat-file", "-t", "ks-2023-886/remiss").strip() == "tag"
    text = git(root, "cat-file", "-p", "ks-2023-886/remiss")
    assert "BEGIN PGP" not in text and "tag ks-2023-886/remiss\ntagger Test Testsson" in text
    subprocess.run(["git", "fsck", "--strict"], cwd=root, check=True, capture_output=True)


def test_a_failed_tag_signature_commits_nothing(saved: CaseRepository, gpg_key: str) -> None:
    root = _root(saved)
    git(root, "config", "tag.gpgSign", "true")
    git(root, "config", "user.signingkey", "ingen@example.invalid")
    head = saved.head_commit
    with pytest.raises(SigningFailed):
        saved.set_status("KS 2023/886", Status.REMISS)
    assert saved.head_commit == head
    assert git(root, "tag", "-l") == ""


def test_init_signs_the_first_commit_when_configured(
    tmp_path: Path, hermetic_environment: Path, gpg_key: str
) -> None:
    config = hermetic_environment / ".gitconfig"
    config.write_text(config.read_text(encoding="utf-8") + "[commit]\n\tgpgsign = true\n")
    repo = CaseRepository.init(tmp_path / "signerat")
    repo.create(seed_case())
    root = _root(repo)
    for rev in ("HEAD~1", "HEAD"):
        assert _verify(root, "verify-commit", rev).returncode == 0
