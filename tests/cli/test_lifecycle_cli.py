"""`pmtui archive` and `pmtui delete` on real repositories: one commit each, `list` hides
archived cases unless asked, and `delete` asks first (or refuses without a terminal)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from pmtui.store import CaseRepository
from tests.conftest import git, run_cli
from tests.store.conftest import StepClock, seed_case
from tests.store.hook_scripts import install_hook

DNR = "KS 2023/886"
PATH = "cases/2023/ks-2023-886.md"
Capture = pytest.CaptureFixture[str]


class _Terminal(io.StringIO):
    """What the user types, on a stdin that is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def root(tmp_path: Path) -> Path:
    repo = CaseRepository.init(tmp_path / "arkiv", clock=StepClock())
    repo.create(seed_case(DNR))
    repo.create(seed_case("KS 2024/12", title="Simhall"))
    assert repo.root is not None
    return repo.root


def _pmtui(capsys: Capture, root: Path, *argv: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--repo", str(root), *argv)


def _count(root: Path) -> int:
    return int(git(root, "rev-list", "--count", "HEAD"))


def _listed(capsys: Capture, root: Path, *options: str) -> list[dict[str, object]]:
    code, out, _ = _pmtui(capsys, root, "list", "--json", *options)
    assert code == 0
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def test_archive_and_restore_are_one_commit_each_and_list_hides_archived(
    capsys: Capture, root: Path
) -> None:
    before = _count(root)
    code, out, err = _pmtui(capsys, root, "archive", DNR)
    assert code == 0, err
    assert out.strip() == git(root, "rev-parse", "HEAD").strip()
    assert "KS 2023/886: arkiverade ärendet" in err
    assert _count(root) == before + 1
    assert [row["dnr"] for row in _listed(capsys, root)] == ["KS 2024/12"]
    rows = _listed(capsys, root, "--arkiverade")
    assert [(row["dnr"], row["arkiverad"]) for row in rows] == [
        (DNR, True),
        ("KS 2024/12", False),
    ]
    code, out, _ = _pmtui(capsys, root, "list", "--arkiverade")
    assert "[arkiverad] Strong Cities" in out.splitlines()[0]
    assert "[arkiverad]" not in out.splitlines()[1]
    code, out, _ = _pmtui(capsys, root, "diff", DNR, "HEAD~1", "HEAD", "--color", "never")
    assert "+ arkiverad: ja" in out.splitlines() and "True" not in out
    code, out, err = _pmtui(capsys, root, "archive", "ks-2023-886")
    assert (code, out) == (0, "") and "KS 2023/886 är redan arkiverat" in err
    code, _, err = _pmtui(capsys, root, "archive", DNR, "--återställ")
    assert code == 0 and "återställde ärendet från arkivet" in err
    assert _count(root) == before + 2
    assert len(_listed(capsys, root)) == 2
    assert git(root, "status", "--porcelain") == ""


def test_delete_with_ja_is_one_commit_and_the_history_stays(capsys: Capture, root: Path) -> None:
    before = _count(root)
    code, out, err = _pmtui(capsys, root, "delete", DNR, "--ja")
    assert code == 0, err
    assert out.strip() == git(root, "rev-parse", "HEAD").strip()
    assert git(root, "log", "-1", "--format=%B").strip() == (
        "KS 2023/886: tog bort ärendet\n\nÄrende: KS 2023/886"
    )
    assert _count(root) == before + 1 and not (root / PATH).exists()
    assert git(root, "status", "--porcelain") == ""
    assert [row["dnr"] for row in _listed(capsys, root, "--arkiverade")] == ["KS 2024/12"]
    code, out, _ = _pmtui(capsys, root, "log", DNR)
    assert code == 0 and "tog bort ärendet" in out and "nytt ärende" in out


@pytest.mark.parametrize("answer", ["ja", "KS 2023/886", "ks 2023/886"])
def test_delete_asks_on_a_terminal_and_takes_the_dnr_or_ja(
    capsys: Capture, root: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal(answer + "\n"))
    code, _, err = _pmtui(capsys, root, "delete", DNR, "-m", "dubblett")
    assert code == 0, err
    assert "Ta bort KS 2023/886 (Strong Cities Network Global Summit)?" in err
    assert git(root, "log", "-1", "--format=%s").strip() == "KS 2023/886: dubblett"


@pytest.mark.parametrize("answer", ["", "nej", "KS 2024/12"])
def test_any_other_answer_deletes_nothing(
    capsys: Capture, root: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    before = _count(root)
    monkeypatch.setattr(sys, "stdin", _Terminal(answer + "\n"))
    code, _, err = _pmtui(capsys, root, "delete", DNR)
    assert code == 1 and "ingenting togs bort" in err
    assert _count(root) == before and (root / PATH).exists()


def test_delete_without_a_terminal_needs_ja(
    capsys: Capture, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("ja\n"))  # a pipe: never read as an answer
    before = _count(root)
    code, _, err = _pmtui(capsys, root, "delete", DNR)
    assert code == 2 and "--ja" in err and "Traceback" not in err
    assert _count(root) == before and (root / PATH).exists()


@pytest.mark.parametrize("command", [("archive",), ("delete", "--ja")])
def test_an_unknown_case_exits_1(capsys: Capture, root: Path, command: tuple[str, ...]) -> None:
    code, out, err = _pmtui(capsys, root, command[0], "KS 2099/1", *command[1:])
    assert (code, out) == (1, "") and "hittar inget ärende" in err


@pytest.mark.parametrize("command", [("archive",), ("delete", "--ja")])
def test_no_verify_skips_a_refusing_pre_commit_hook(
    capsys: Capture, root: Path, command: tuple[str, ...]
) -> None:
    """A refused archive leaves its text on disk, as any refused save does (a delete
    leaves the file as it was); the retry takes it from there."""
    install_hook(root / ".git" / "hooks", "pre-commit", "echo nej tack\nexit 1")
    before = _count(root)
    code, _, err = _pmtui(capsys, root, command[0], DNR, *command[1:])
    assert code == 1 and "nej tack" in err
    left = f" M {PATH}\n" if command[0] == "archive" else ""
    assert _count(root) == before and git(root, "status", "--porcelain") == left
    code, _, err = _pmtui(capsys, root, command[0], DNR, *command[1:], "--no-verify")
    assert code == 0, err
    assert _count(root) == before + 1 and git(root, "status", "--porcelain") == ""


def test_text_only_on_disk_is_neither_deleted_nor_archived(capsys: Capture, root: Path) -> None:
    edited = (root / PATH).read_text(encoding="utf-8") + "\nMin osparade rad.\n"
    (root / PATH).write_text(edited, encoding="utf-8")
    for command in (("delete", "--ja"), ("archive",)):
        code, _, err = _pmtui(capsys, root, command[0], DNR, *command[1:])
        assert code == 1 and "inte är incheckade" in err and "git restore" in err
    assert (root / PATH).read_text(encoding="utf-8") == edited
