"""A case left in conflict by a real ``git merge`` is shown as a case in conflict: ``list``
marks it (also in ``--json``), and ``check`` and ``show`` say that a merge is under way and
how to finish it, in Swedish."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import git

PATH = "cases/2023/ks-2023-886.md"
OTHER = "cases/2023/ks-2023-887.md"


@pytest.fixture
def merging(archive: Path, pmtui) -> Path:  # type: ignore[no-untyped-def]
    """main and ``annan`` changed the title of KS 2023/886 differently, and both added
    KS 2023/887; ``git merge annan`` stopped with both in conflict."""
    new = ("new", "--dnr", "KS 2023/887", "--rotel", "I", "--foredragande", "A")
    git(archive, "switch", "-q", "-c", "annan")
    assert pmtui("set", "KS 2023/886", "rubrik=Deras rubrik").code == 0
    assert pmtui(*new, "--rubrik", "Deras nya").code == 0
    git(archive, "switch", "-q", "main")
    assert pmtui("set", "KS 2023/886", "rubrik=Vår rubrik").code == 0
    assert pmtui(*new, "--rubrik", "Vårt nya").code == 0
    git(archive, "merge", "annan", check=False)
    assert "<<<<<<<" in (archive / PATH).read_text(encoding="utf-8")
    return archive


def test_list_marks_the_cases_in_conflict(merging: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    result = pmtui("list")
    assert result.code == 0
    rows = result.out.splitlines()
    assert rows[0].startswith("KS 2023/886") and "[konflikt] Vår rubrik" in rows[0]
    assert rows[1].startswith("KS 2023/887") and "[konflikt] Vårt nya" in rows[1]
    assert "Git är mitt i en sammanslagning (git merge)." in result.err
    assert f"git add {PATH} {OTHER}" in result.err and "git commit" in result.err


def test_list_json_has_a_conflict_flag_on_every_row(merging: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(pmtui("list", "--json").out)
    assert [(r["dnr"], r["konflikt"], r["fel"]) for r in rows] == [
        ("KS 2023/886", True, None),
        ("KS 2023/887", True, None),
    ]


def test_check_says_a_merge_is_under_way_and_how_to_finish(merging: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    result = pmtui("check", PATH)
    assert result.code == 1
    assert f"{PATH}:5: olöst sammanslagning" in result.out
    markers = "<<<<<<<, =======, >>>>>>>"
    assert result.err.splitlines()[-7:] == [
        "Git är mitt i en sammanslagning (git merge).",
        f"1 ärende har olösta konflikter (Git-konfliktmarkörer {markers}): {PATH}",
        "Så löser du konflikten:",
        f"  1. Öppna i din editor ($EDITOR {PATH}), behåll det som ska gälla mellan "
        "<<<<<<< och >>>>>>> och ta bort markörerna.",
        f"  2. Kontrollera: pmtui check {PATH}",
        f"  3. Markera som löst: git add {PATH}",
        "  4. Avsluta sammanslagningen: git commit (eller avbryt den: git merge --abort)",
    ]


def test_show_says_the_same(merging: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    result = pmtui("show", "KS 2023/886")
    assert result.code == 1 and result.out == ""
    assert "olöst sammanslagning" in result.err and "git merge --abort" in result.err


def test_after_git_add_and_commit_nothing_is_in_conflict(merging: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    for path in (PATH, OTHER):
        text = (merging / path).read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [line for line in text if not line.startswith(("<<<<<<<", "=======", ">>>>>>>"))]
        resolved = [line for line in kept if not line.startswith("rubrik: D")]
        (merging / path).write_text("".join(resolved), encoding="utf-8")
    assert pmtui("check").code == 0
    git(merging, "add", PATH, OTHER)
    git(merging, "commit", "-q", "--no-edit")
    result = pmtui("list", "--json")
    assert [row["konflikt"] for row in json.loads(result.out)] == [False, False]
    assert result.err == ""


def test_markers_without_a_merge_are_only_an_error_in_the_file(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    text = (archive / PATH).read_text(encoding="utf-8")
    (archive / PATH).write_text(text.replace("rotel: I\n", "<<<<<<< HEAD\nrotel: I\n>>>>>>> x\n"))
    result = pmtui("check", PATH)
    assert result.code == 1 and "olöst sammanslagning" in result.out
    assert "git commit" not in result.err


def test_the_store_says_which_paths_are_in_conflict(merging: Path) -> None:
    from pmtui.store import CaseRepository, merge_state

    state = merge_state(CaseRepository.discover(explicit=merging))
    assert state.operation == "merge" and state.conflicted == (PATH, OTHER)
    assert state.is_conflicted(PATH) and state.in_progress


def test_a_case_only_the_other_branch_has_is_listed_in_conflict(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    git(archive, "switch", "-q", "-c", "annan")
    assert pmtui("set", "KS 2023/886", "rubrik=Deras rubrik").code == 0
    git(archive, "switch", "-q", "main")
    git(archive, "rm", "-q", PATH)
    git(archive, "commit", "-q", "-m", "Ta bort")
    git(archive, "merge", "annan", check=False)
    rows = json.loads(pmtui("list", "--json").out)
    assert [(r["dnr"], r["path"], r["konflikt"]) for r in rows] == [("KS 2023/886", PATH, True)]
    line = pmtui("list").out.strip()
    assert line.startswith("KS 2023/886")
    assert line.endswith("[konflikt] (finns bara i den andra grenen)")
