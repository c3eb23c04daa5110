"""Import in the app: Alt+I from the list, a folder of documents imported one commit per
file with progress; a file that is already a case is reported and the others go on."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import Input, ProgressBar, Static

from pmtui.tui.app import PmtuiApp
from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.screens.import_dialog import ImportDialog
from tests.conftest import REPO_ROOT, SEED_TEXT, git
from tests.tui.history_repository import until
from tests.tui.list_repository import make_repository, pilot_test

SIZE = (120, 40)
OLDER = REPO_ROOT / "tests" / "data" / "import" / "pm-older-layout.txt"


def report(app: PmtuiApp) -> str:
    return str(app.screen.query_one("#import-report", Static).render())


@pilot_test
async def test_a_folder_is_imported_one_commit_per_file(tmp_path: Path) -> None:
    repository = make_repository(tmp_path / "repo")
    root = tmp_path / "repo"
    folder = tmp_path / "dokument"
    folder.mkdir()
    shutil.copy(OLDER, folder / "a-aldre.txt")
    shutil.copy(SEED_TEXT, folder / "b-seed.txt")  # KS 2023/886 is already a case here
    before = int(git(root, "rev-list", "--count", "HEAD"))
    app = PmtuiApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        app.screen.query_one("#filter", Input).value = "cykel"
        await pilot.press("alt+i")
        await until(pilot, lambda: isinstance(app.screen, ImportDialog))
        app.screen.query_one(Input).value = str(folder)
        await pilot.press("enter")
        await until(pilot, lambda: "Importerade 1 av 2 filer." in report(app), timeout=30)
        shown = report(app)
        assert "312-455/2004: sparad som" in shown
        assert "b-seed.txt:" in shown and "KS 2023/886" in shown
        assert app.screen.query_one(ProgressBar).progress == 2
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen))
        assert app.screen.query_one("#filter", Input).value == "cykel"
    assert int(git(root, "rev-list", "--count", "HEAD")) == before + 1
    assert "cases/2004/312-455-2004.md" in git(root, "show", "--name-only", "HEAD")


@pilot_test
async def test_a_path_without_documents_says_so(tmp_path: Path) -> None:
    app = PmtuiApp(make_repository(tmp_path / "repo"))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("alt+i")
        await until(pilot, lambda: isinstance(app.screen, ImportDialog))
        app.screen.query_one(Input).value = str(tmp_path / "finns-inte")
        await pilot.press("enter")
        await until(pilot, lambda: "Hittar inga filer" in report(app))
