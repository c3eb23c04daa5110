"""The same status twice makes one milestone tag: in the editor, a status moved to remiss
and saved is tagged once; saving again, or choosing remiss again, adds commits but no
second tag (``store/milestones.py:milestone_request`` compares with the branch's case)."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Select

from pmtui.store import CaseRepository
from tests.conftest import git
from tests.tui.list_repository import make_repository, pilot_test
from tests.tui.test_editor_flows import SIZE, EditorApp, editor, save, set_field, until

DNR = "KS 2022/99"  # status utkast in the test repository
PATH = "cases/2022/ks-2022-99.md"


def tags(root: Path) -> list[str]:
    return git(root, "tag", "--list", "ks-2022-99/*").split()


def commits(root: Path) -> int:
    return len(git(root, "log", "--format=%H", "--", PATH).split())


async def choose_status(pilot: Pilot[None], status: str) -> None:
    pilot.app.screen.query_one("#field-status", Select).value = status
    screen = editor(pilot.app)
    await until(
        pilot, lambda: screen.latest is not None and screen.latest.fields["status"] == status
    )


@pilot_test
async def test_the_same_status_saved_twice_makes_one_milestone_tag(tmp_path: Path) -> None:
    repository: CaseRepository = make_repository(tmp_path / "repo")
    root = tmp_path / "repo"
    before = commits(root)
    async with EditorApp(repository, DNR).run_test(size=SIZE) as pilot:
        await pilot.pause()
        await choose_status(pilot, "remiss")
        await save(pilot)
        assert tags(root) == ["ks-2022-99/remiss"]
        first_tag = git(root, "rev-parse", "ks-2022-99/remiss^{commit}")
        await set_field(pilot, "field-rubrik", "Upphandling av skolmat, andra versionen")
        await save(pilot)  # status still remiss: a commit, no tag
        await choose_status(pilot, "beredd")
        await choose_status(pilot, "remiss")  # chosen again before saving: not a move
        await set_field(pilot, "field-rubrik", "Upphandling av skolmat, tredje versionen")
        await save(pilot)
        await pilot.press("ctrl+s")  # nothing changed: no commit, no tag
        await pilot.pause()
    assert commits(root) == before + 3
    assert tags(root) == ["ks-2022-99/remiss"]
    assert git(root, "rev-parse", "ks-2022-99/remiss^{commit}") == first_tag
    assert "status: remiss" in git(root, "show", f"HEAD:{PATH}")
