"""The user's own `git add` is never taken for a half-finished save of pmtui's (issue 9):
`echo A >> F; git add F; echo B >> F; pmtui set CASE rubrik=X` is refused, and the
staged and the disk versions are both kept."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import git

PATH = "cases/2023/ks-2023-886.md"


def test_set_refuses_when_the_user_staged_another_version(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    with (archive / PATH).open("a", encoding="utf-8") as handle:
        handle.write("\nA\n")
    git(archive, "add", PATH)
    staged = git(archive, "ls-files", "-s", PATH).split()[1]
    with (archive / PATH).open("a", encoding="utf-8") as handle:
        handle.write("B\n")
    on_disk, head = (archive / PATH).read_bytes(), git(archive, "rev-parse", "HEAD")
    result = pmtui("set", "KS 2023/886", "rubrik=X")
    assert result.code == 1
    assert "git add" in result.err and "git restore --staged" in result.err
    assert git(archive, "ls-files", "-s", PATH).split()[1] == staged
    assert (archive / PATH).read_bytes() == on_disk
    assert git(archive, "rev-parse", "HEAD") == head
    assert not (archive / ".git" / "pmtui-save.journal").exists()
