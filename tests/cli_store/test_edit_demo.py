"""``pmtui edit`` with a scripted $EDITOR, and ``pmtui demo``."""

from __future__ import annotations

import filecmp
from pathlib import Path

from tests.conftest import BUNDLED_CASES, git

PATH = "cases/2023/ks-2023-886.md"
VIEWS = "Föredragande borgarrådets synpunkter"


def test_edit_whole_file_commits_the_change(archive: Path, pmtui, editor) -> None:  # type: ignore[no-untyped-def]
    editor("rubrik: Strong Cities=>rubrik: Starka städer")
    result = pmtui("edit", "KS 2023/886")
    assert result.code == 0, result.err
    assert git(archive, "log", "-1", "--format=%s").strip() == "KS 2023/886: ändrade rubrik"
    assert "rubrik: Starka städer" in (archive / PATH).read_text(encoding="utf-8")
    assert git(archive, "status", "--porcelain") == ""


def test_edit_section_only_changes_that_section(archive: Path, pmtui, editor) -> None:  # type: ignore[no-untyped-def]
    log = editor("*=>Staden bör delta i mötet.\nDet stärker samarbetet.\n")
    result = pmtui("edit", "KS 2023/886", "--section", VIEWS)
    assert result.code == 0, result.err
    assert log.read_text(encoding="utf-8") == "\\n\n"  # the section was empty
    assert git(archive, "log", "-1", "--format=%s").strip() == (
        f"KS 2023/886: ändrade avsnittet {VIEWS}"
    )
    text = (archive / PATH).read_text(encoding="utf-8")
    assert f"## {VIEWS}\n\nStaden bör delta i mötet.\nDet stärker samarbetet.\n\n## Ärendet" in text


def test_invalid_edit_reopens_with_errors_on_top_then_saves(archive: Path, pmtui, editor) -> None:  # type: ignore[no-untyped-def]
    log = editor("rotel: I=>rotel: XYZ", "rotel: XYZ=>rotel: II")
    result = pmtui("edit", "KS 2023/886")
    assert result.code == 0, result.err
    second_opening = log.read_text(encoding="utf-8").splitlines()[1]
    assert second_opening.startswith("# pmtui: ")
    assert "rotel" in second_opening and "XYZ" in second_opening
    text = (archive / PATH).read_text(encoding="utf-8")
    assert "rotel: II" in text and "# pmtui" not in text


def test_leaving_the_file_unchanged_or_empty_aborts(archive: Path, pmtui, editor) -> None:  # type: ignore[no-untyped-def]
    head = git(archive, "rev-parse", "HEAD")
    editor("ingenting=>ingenting")
    unchanged = pmtui("edit", "KS 2023/886")
    assert unchanged.code == 0 and "oförändrad" in unchanged.err
    editor("rotel: I=>rotel: XYZ", "ingenting=>ingenting")
    gave_up = pmtui("edit", "KS 2023/886")
    assert gave_up.code == 1
    editor("*=>")
    emptied = pmtui("edit", "KS 2023/886")
    assert emptied.code == 1 and "avbröts" in emptied.err
    assert git(archive, "rev-parse", "HEAD") == head
    assert git(archive, "status", "--porcelain") == ""


def test_unknown_section_names_the_sections(archive: Path, pmtui, editor) -> None:  # type: ignore[no-untyped-def]
    editor("x=>y")
    result = pmtui("edit", "KS 2023/886", "--section", "Finns inte")
    assert result.code == 1 and "Beredning" in result.err


def test_demo_builds_a_realistic_history(tmp_path: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    result = pmtui("demo", str(tmp_path / "demo"), "--no-tui")
    assert result.code == 0, result.err
    root = Path(result.out.strip())
    assert root == (tmp_path / "demo").resolve()
    assert git(root, "status", "--porcelain") == ""
    assert set(git(root, "tag", "-l", "ks-2023-886/*").split()) == {
        "ks-2023-886/remiss",
        "ks-2023-886/tillstyrkt",
    }
    authors = git(root, "log", "--format=%an", "--", PATH).split("\n")
    assert {"Lina Berg", "Omar Haddad"} <= set(authors)
    subjects = git(root, "log", "--format=%s", "--", PATH).splitlines()
    assert sum(VIEWS in s for s in subjects) >= 3
    assert any(not s.startswith("KS 2023/886:") for s in subjects)  # a plain-git commit
    assert pmtui("--repo", str(root), "check").code == 0
    assert pmtui("demo", str(tmp_path / "demo"), "--no-tui").code == 1  # not empty


def test_bundled_example_cases_match_the_repository_cases() -> None:
    examples = Path(__file__).resolve().parents[2] / "src" / "pmtui" / "examples" / "cases"
    ours = sorted(p.relative_to(examples) for p in examples.rglob("*.md"))
    theirs = sorted(p.relative_to(BUNDLED_CASES) for p in BUNDLED_CASES.rglob("*.md"))
    assert ours == theirs
    assert all(filecmp.cmp(examples / p, BUNDLED_CASES / p, shallow=False) for p in ours)
