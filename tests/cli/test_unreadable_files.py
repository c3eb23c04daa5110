"""``check`` and ``fmt --check`` say which files they could not read, and why in Swedish,
instead of counting only the others ("0 av 6 filer"); the rest are still checked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.diff.helpers import canonical, case_text
from tests.diff.repo import CASE_PATH, commit_case, new_repo

AS_ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = new_repo(tmp_path / "arkiv")
    commit_case(root, canonical(case_text()), "första")
    monkeypatch.chdir(root)
    return root


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, *argv)


@pytest.mark.parametrize("command", [["fmt", "--check"], ["check"]])
def test_a_folder_named_like_a_case_is_named_and_the_rest_checked(
    repo: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    (repo / "cases" / "2023" / "ks-2023-900.md").mkdir()
    code, _, err = run(capsys, *command)
    assert code == 1
    assert "kan inte läsa cases/2023/ks-2023-900.md: det är en mapp, inte en fil" in err
    assert "1 kunde inte läsas" in err.splitlines()[-1]
    assert "1 fil" in err.splitlines()[-1]  # the readable case was still checked


def test_a_link_to_nothing_is_named(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "cases" / "2023" / "ks-2023-901.md").symlink_to("finns-inte.md")
    code, _, err = run(capsys, "fmt", "--check")
    assert code == 1
    assert "kan inte läsa cases/2023/ks-2023-901.md: filen finns inte" in err
    assert err.splitlines()[-1] == "0 av 1 fil skulle formateras om; 1 kunde inte läsas"


def test_a_file_without_permission_is_named(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = repo / CASE_PATH
    real_read = Path.read_bytes

    def read_bytes(path: Path) -> bytes:  # root may read anything: refuse as the OS would
        if path.name == locked.name:
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, _, err = run(capsys, "fmt", "--check", CASE_PATH)
    assert code == 1
    assert f"kan inte läsa {CASE_PATH}: behörighet saknas" in err
    assert "Permission" not in err and "0 av 0 filer" in err


@pytest.mark.skipif(AS_ROOT, reason="root may read every file and folder")
def test_unreadable_file_and_folder_for_real(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / CASE_PATH).chmod(0)
    folder = repo / "cases" / "2024"
    folder.mkdir()
    folder.chmod(0)
    try:
        code, _, err = run(capsys, "fmt", "--check")
    finally:
        (repo / CASE_PATH).chmod(0o644)
        folder.chmod(0o755)
    assert code == 1
    assert f"kan inte läsa {CASE_PATH}: behörighet saknas" in err
    assert "kan inte läsa mappen cases/2024: behörighet saknas" in err
    assert "2 kunde inte läsas" in err


def test_a_named_folder_without_cases_says_so(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "tom").mkdir()
    code, _, err = run(capsys, "fmt", "--check", "tom")
    assert code == 1
    assert "inga ärendefiler hittades i tom" in err


def test_a_missing_path_is_a_usage_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "fmt", "--check", "saknas.md")
    assert code == 2 and "finns inte: saknas.md" in err


def test_counts_are_singular_and_plural(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check")
    assert code == 0 and err == "1 fil kontrollerad: inga fel (0 varningar)\n"
    other = repo / "cases" / "2023" / "ks-2023-900.md"
    other.write_text(canonical(case_text()).replace("KS 2023/886", "KS 2023/900"), "utf-8")
    code, _, err = run(capsys, "check")
    assert code == 0 and err == "2 filer kontrollerade: inga fel (0 varningar)\n"
    code, _, err = run(capsys, "fmt", "--check", CASE_PATH)
    assert code == 0 and err == "0 av 1 fil skulle formateras om\n"
