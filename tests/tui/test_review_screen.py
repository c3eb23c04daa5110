"""The review screen (Pilot): a branch of the demo repository that changes three cases,
reached from the list with F9 and from the palette; Enter compares a case over the range,
n/p walk the changes across cases, and the viewed marks survive a new app."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.binding import Binding

from pmtui.diff.paint import Style as PieceStyle
from pmtui.diff.review import ReviewRange
from pmtui.model import Status
from pmtui.store import CaseRepository
from pmtui.texts import review as texts
from pmtui.tui.app import PmtuiApp
from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.screens.review import ReviewScreen
from pmtui.tui.screens.review_diff import ReviewDiffScreen
from pmtui.tui.widgets.review_table import row_text
from tests.cli.review_repository import SECTION, make_review_branch
from tests.conftest import git
from tests.tui.history_repository import diff_words, until
from tests.tui.list_repository import add_in_one_commit, make_repository, pilot_test, variant

SIZE = (140, 40)


@pytest.fixture
def branch(tmp_path: Path) -> Path:
    return make_review_branch(tmp_path / "demo")


def app_on(root: Path) -> PmtuiApp:
    return PmtuiApp(CaseRepository.discover(explicit=root))


async def open_review(app: PmtuiApp, pilot: object, key: str = "f9") -> ReviewScreen:
    await until(pilot, lambda: isinstance(app.screen, CaseListScreen) and app.screen.loaded)  # type: ignore[arg-type]
    await pilot.press(key)  # type: ignore[attr-defined]
    await until(pilot, lambda: isinstance(app.screen, ReviewScreen) and app.screen.summarised)  # type: ignore[arg-type]
    screen = app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


async def opened_diff(app: PmtuiApp, pilot: object, index: int) -> ReviewDiffScreen:
    def shown() -> bool:
        screen = app.screen
        return (
            isinstance(screen, ReviewDiffScreen)
            and screen.index == index
            and screen.diff is not None
        )

    await until(pilot, shown)  # type: ignore[arg-type]
    screen = app.screen
    assert isinstance(screen, ReviewDiffScreen)
    return screen


def rows(screen: ReviewScreen) -> list[str]:
    assert screen.session is not None
    return [row_text(screen.session, n).plain for n in range(len(screen.session.changes))]


@pilot_test
async def test_the_list_shows_each_changed_case_with_its_summary(branch: Path) -> None:
    app = app_on(branch)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot)
        shown = rows(screen)
        assert len(shown) == 3
        assert shown[0].startswith("  ~ KS 2021/733 ")
        assert shown[0].endswith("1 uppgift (rubrik) · +1 −1 ord")
        assert shown[1].endswith(f"1 avsnitt ({SECTION}) · +2 −0 ord")
        assert shown[2].endswith("1 att-sats (2 omformulerad) · +0 −2 ord")
        title = str(screen.query_one("#review-title").render())
        assert title.startswith("Granskning av main...HEAD (")
        status = str(screen.query_one("#review-status").render())
        assert status == "3 ändrade ärenden · 0 av 3 granskade"


@pilot_test
async def test_enter_compares_and_n_p_walk_across_cases(branch: Path) -> None:
    app = app_on(branch)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot)
        await pilot.press("enter")
        first = await opened_diff(app, pilot, 0)
        assert first.dnr == "KS 2021/733"
        assert diff_words(first, PieceStyle.INSERTED) == ["hösten"]
        assert diff_words(first, PieceStyle.DELETED) == ["sommaren"]
        visited = [0]
        for _ in range(12):  # every change of every case, then the end
            await pilot.press("n")
            await pilot.pause()
            current = app.screen
            assert isinstance(current, ReviewDiffScreen)
            if current.index != visited[-1]:
                await opened_diff(app, pilot, current.index)
                visited.append(current.index)
        assert visited == [0, 1, 2]
        last = app.screen
        assert isinstance(last, ReviewDiffScreen)
        assert diff_words(last, PieceStyle.DELETED) == ["och stadsdelsnämnderna"]
        assert "ärende 3 av 3" in str(last.query_one("#diff-status").render())
        for _ in range(len(last.view.anchors)):  # back past the first change of case 3
            await pilot.press("p")
            await pilot.pause()
        previous = await opened_diff(app, pilot, 1)  # at the last change of case 2
        await until(pilot, lambda: previous.view.current == len(previous.view.anchors) - 1)
        assert diff_words(previous, PieceStyle.INSERTED) == ["fullt ut"]
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen)
        assert screen.table.cursor == 1  # back on the case last opened
        assert "3 av 3 granskade" in str(screen.query_one("#review-status").render())


@pilot_test
async def test_viewed_marks_are_kept_per_range_and_the_review_resumes(branch: Path) -> None:
    app = app_on(branch)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot, "alt+g")
        await pilot.press("down", "enter")
        await opened_diff(app, pilot, 1)
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen)
        await pilot.press("up", "space")  # the first marked by hand
        assert rows(screen)[0].startswith(texts.REVIEW_VIEWED_MARK)
    again = app_on(branch)
    async with again.run_test(size=SIZE) as pilot:
        screen = await open_review(again, pilot)
        assert screen.table.cursor == 1  # where the reviewer left off
        marks = [row[0] for row in rows(screen)]
        assert marks == [texts.REVIEW_VIEWED_MARK, texts.REVIEW_VIEWED_MARK, " "]
        await pilot.press("n")  # the next case not viewed yet
        assert screen.table.cursor == 2
        await pilot.press("space", "p")  # all viewed now: p stays, says so
        assert screen.table.cursor == 2
        await pilot.press("space")  # unmarked again
        assert rows(screen)[2][0] == " "


@pilot_test
async def test_the_review_key_is_in_the_palette_and_help(branch: Path) -> None:
    app = app_on(branch)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen) and app.screen.loaded)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert any(title.startswith(texts.KEY_REVIEW) for title in titles), titles
        screen = await open_review(app, pilot)
        titles = [command.title for command in app.get_system_commands(screen)]
        for binding in ReviewScreen.BINDINGS:
            assert isinstance(binding, Binding) and binding.id and binding.tooltip
            if binding.action != "app.help":
                assert any(title.startswith(binding.description) for title in titles), binding


@pilot_test
async def test_many_cases_list_first_and_summaries_follow_in_batches(tmp_path: Path) -> None:
    """45 cases added in one commit: the list shows them all, pending, before the first
    summary arrives; the summaries then come in batches of 20."""
    repo = make_repository(tmp_path / "arkiv")
    assert repo.root is not None
    cases = [
        variant(f"KS 2030/{n}", f"Ärende {n}", "I", Status.REMISS, "Anna") for n in range(1, 46)
    ]
    add_in_one_commit(repo.root, cases)
    seen: list[tuple[str, int]] = []

    class Recording(ReviewScreen):
        def on_review_screen_listed(self, message: ReviewScreen.Listed) -> None:
            super().on_review_screen_listed(message)
            message.prevent_default()  # the handler above ran; not once more
            pending = [row for row in rows(self) if row.endswith(texts.SUMMARY_PENDING)]
            seen.append(("listed", len(pending)))

        def on_review_screen_summarised(self, message: ReviewScreen.Summarised) -> None:
            seen.append(("summaries", len(message.reviews)))
            super().on_review_screen_summarised(message)
            message.prevent_default()

    app = PmtuiApp(repo)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen) and app.screen.loaded)
        head, parent = repo.resolve(None, "HEAD"), repo.resolve(None, "HEAD~1")
        screen = Recording(repo, ReviewRange(parent, head, "HEAD~1..HEAD"))
        await app.push_screen(screen)
        await until(pilot, lambda: screen.summarised)
        assert seen == [("listed", 45), ("summaries", 20), ("summaries", 20), ("summaries", 5)]
        assert not any(row.endswith(texts.SUMMARY_PENDING) for row in rows(screen))


@pilot_test
async def test_no_branch_to_review_against_is_said_in_swedish(tmp_path: Path) -> None:
    repo = make_repository(tmp_path / "arkiv")
    assert repo.root is not None
    git(repo.root, "branch", "-q", "-m", "main", "arbete")
    app = PmtuiApp(repo)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen) and app.screen.loaded)
        await pilot.press("f9")

        def status() -> str:
            return str(app.screen.query_one("#review-status").render())

        await until(pilot, lambda: "hittar ingen gren att granska mot" in status())
        assert isinstance(app.screen, ReviewScreen) and app.screen.session is None
        await pilot.press("enter", "space", "n")  # nothing to act on: nothing happens
        assert app.is_running
