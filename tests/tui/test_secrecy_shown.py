"""Secrecy marks are shown in the app: the editor's title line names the marked sections
(or the whole case) with their legal ground."""

from __future__ import annotations

from textual.widgets import Static

from pmtui.store import CaseRepository
from tests.conftest import git
from tests.tui.list_repository import pilot_test
from tests.tui.test_editor_flows import PATH, SIZE, EditorApp, repository, root

__all__ = ["repository"]  # the fixture, imported for pytest
MARKED = "sekretess:\n  - avsnitt: Beredning\n    grund: OSL 19:3\n---\n"


def mark(repository: CaseRepository, marking: str) -> None:
    repo = root(repository)
    text = (repo / PATH).read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    (repo / PATH).write_text(f"{head}\n{marking}{body}", encoding="utf-8")
    git(repo, "commit", "-qam", "sekretess")


@pilot_test
async def test_the_title_names_a_secret_section(repository: CaseRepository) -> None:
    mark(repository, MARKED)
    async with EditorApp(repository).run_test(size=SIZE) as pilot:
        await pilot.pause()
        title = str(pilot.app.screen.query_one("#editor-title", Static).render())
    assert "sekretess i avsnitt: Beredning (OSL 19:3)" in title


@pilot_test
async def test_the_title_names_a_secret_case(repository: CaseRepository) -> None:
    mark(repository, "sekretess:\n  - grund: OSL 19:3\n---\n")
    async with EditorApp(repository).run_test(size=SIZE) as pilot:
        await pilot.pause()
        title = str(pilot.app.screen.query_one("#editor-title", Static).render())
    assert "sekretess: OSL 19:3 (hela ärendet)" in title
