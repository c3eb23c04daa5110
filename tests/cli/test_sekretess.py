"""Sekretess: ``pmtui check`` warns when a marked case sits on a branch that tracks a
remote (real repositories and a real ``git push -u``), and a marking is checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmtui.cli.main import main
from pmtui.store import CaseRepository
from pmtui.store.tracking import RemoteUpstream, remote_upstream
from tests.conftest import git, run_cli

PATH = "cases/2024/ks-2024-5.md"
MARKED = "status: utkast\nsekretess:\n  - grund: OSL 19:3\n"
CODE = "varning: sekretess: ärendet är sekretessmarkerat (OSL 19:3) och grenen main följer"


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A case repository with one committed case, the current folder."""
    root = tmp_path / "arkiv"
    assert main(["init", str(root)]) == 0
    monkeypatch.chdir(root)
    new = ["new", "--dnr", "KS 2024/5", "--rubrik", "Upphandling", "--rotel", "II"]
    assert main([*new, "--foredragande", "Anna Ek"]) == 0
    return root


def mark(root: Path, marking: str = MARKED) -> None:
    path = root / PATH
    path.write_text(path.read_text("utf-8").replace("status: utkast\n", marking), "utf-8")


def push_upstream(root: Path) -> None:
    git(root.parent, "init", "--bare", "-q", "fjärr.git")
    git(root, "remote", "add", "origin", str(root.parent / "fjärr.git"))
    git(root, "push", "-q", "-u", "origin", "main")


def test_a_marked_case_on_a_branch_tracking_a_remote_is_warned_about(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    push_upstream(archive)
    mark(archive)
    code, out, err = run_cli(capsys, "check")
    assert code == 0 and "inga fel (1 varning)" in err
    assert out.startswith(f"{PATH}: {CODE} fjärrgrenen origin/main;")
    assert "git branch --unset-upstream" in out


def test_a_marked_section_is_warned_about_too(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    push_upstream(archive)
    mark(archive, "status: utkast\nsekretess:\n  - avsnitt: Beredning\n    grund: OSL 21:1\n")
    _, out, _ = run_cli(capsys, "check")
    assert "sekretessmarkerat (OSL 21:1) och grenen main följer fjärrgrenen origin/main" in out


def test_no_warning_without_a_marking_or_without_a_remote_upstream(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unmarked = (archive / PATH).read_text("utf-8")
    mark(archive)
    assert run_cli(capsys, "check")[1] == ""  # marked, but no upstream
    git(archive, "branch", "-q", "lokal")
    git(archive, "branch", "-q", "--set-upstream-to=lokal")  # a local branch: remote "."
    assert run_cli(capsys, "check")[1] == ""
    (archive / PATH).write_text(unmarked, "utf-8")
    push_upstream(archive)
    assert run_cli(capsys, "check")[1] == ""  # a remote, but nothing marked
    mark(archive)
    assert CODE in run_cli(capsys, "check")[1]


def test_the_upstream_is_read_from_the_branch_configuration(archive: Path) -> None:
    repository = CaseRepository.discover(explicit=archive)
    assert remote_upstream(repository) is None
    git(archive, "config", "branch.main.remote", "arkivet")
    git(archive, "config", "branch.main.merge", "refs/heads/granskning")
    assert remote_upstream(repository) == RemoteUpstream("main", "arkivet/granskning")
    git(archive, "checkout", "-q", "--detach")
    assert remote_upstream(repository) is None


def test_a_marking_of_a_missing_section_is_a_located_error(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mark(archive, "status: utkast\nsekretess:\n  - avsnitt: Bilagor\n    grund: OSL 21:1\n")
    code, out, _ = run_cli(capsys, "check")
    assert code == 1
    assert out.startswith(
        f"{PATH}:10: sekretess[1]: sekretessmarkeringen gäller avsnittet 'Bilagor'"
    )
