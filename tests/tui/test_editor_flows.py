"""Pilot tests of the case editor on real temporary Git repositories, checked with git."""

from __future__ import annotations

import asyncio
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, Static, TextArea

from pmtui.editing.drafts import DraftStore
from pmtui.store import CaseRepository
from pmtui.tui.dialogs.commit_message import CommitMessageDialog
from pmtui.tui.dialogs.error import ErrorDialog
from pmtui.tui.dialogs.link_confirm import LinkConfirmDialog
from pmtui.tui.dialogs.recovery import RecoveryDialog
from pmtui.tui.screens.case_editor import CaseEditorScreen
from pmtui.tui.widgets.decision_points import DecisionPoints
from pmtui.tui.widgets.fields import LineArea
from pmtui.tui.widgets.preview import SectionPreview
from pmtui.tui.widgets.section_editor import SectionEditor
from tests.conftest import git
from tests.tui.list_repository import make_repository, pilot_test

DNR = "KS 2023/886"
PATH = "cases/2023/ks-2023-886.md"
SIZE = (120, 40)


class EditorApp(App[None]):
    def __init__(self, repository: CaseRepository, dnr: str = DNR) -> None:
        super().__init__()
        self.repository = repository
        self.dnr = dnr
        self.opened: list[str] = []

    def on_mount(self) -> None:
        self.push_screen(CaseEditorScreen(self.repository, self.dnr))

    def open_url(self, url: str, *, new_tab: bool = True) -> None:
        self.opened.append(url)


@pytest.fixture
def repository(tmp_path: Path) -> CaseRepository:
    return make_repository(tmp_path / "repo")


def root(repository: CaseRepository) -> Path:
    assert repository.root is not None
    return repository.root


AppResult = TypeVar("AppResult")


async def until(
    pilot: Pilot[AppResult], condition: Callable[[], bool], timeout: float = 15
) -> None:
    for _ in range(int(timeout / 0.05)):
        if condition():
            await pilot.pause()
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not reached")


def editor(app: App[None]) -> CaseEditorScreen:
    screen = app.screen_stack[1] if len(app.screen_stack) > 1 else app.screen
    assert isinstance(screen, CaseEditorScreen)
    return screen


async def set_field(pilot: Pilot[None], widget_id: str, value: str) -> None:
    field = pilot.app.screen.query_one(f"#{widget_id}", Input)
    field.focus()
    field.value = value
    screen = editor(pilot.app)
    await until(pilot, lambda: screen.latest is not None and value in screen.latest.fields.values())


async def type_into_focused(pilot: Pilot[None], text: str) -> None:
    """Type the first letter as a key (the real path), then set the rest at once."""
    await pilot.press(text[0])
    field = pilot.app.focused
    if isinstance(field, TextArea):
        field.insert(text[1:])
    else:
        assert isinstance(field, Input)
        field.value += text[1:]
    await pilot.pause()


async def save(pilot: Pilot[None], message: str | None = None) -> None:
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(pilot.app.screen, CommitMessageDialog))
    if message is not None:
        pilot.app.screen.query_one(TextArea).load_text(message)
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(pilot.app.screen, CaseEditorScreen))


async def refused_save(pilot: Pilot[None], timeout: float = 15) -> str:
    """Save when the save will be refused: the error dialog's text, once it is closed
    and the editor is back."""
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(pilot.app.screen, CommitMessageDialog))
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(pilot.app.screen, ErrorDialog), timeout=timeout)
    body = str(pilot.app.screen.query_one("#dialog-text", Static).render())
    await pilot.press("escape")
    await until(pilot, lambda: isinstance(pilot.app.screen, CaseEditorScreen))
    return body


@pilot_test
async def test_edit_a_field_and_save_makes_one_commit(repository: CaseRepository) -> None:
    before = git(root(repository), "rev-list", "--count", "HEAD")
    app = EditorApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await set_field(pilot, "field-rubrik", "Strong Cities Network Global Summit 2023")
        assert editor(app).is_dirty
        await save(pilot)
        await until(pilot, lambda: not editor(app).is_dirty)
    repo = root(repository)
    assert int(git(repo, "rev-list", "--count", "HEAD")) == int(before) + 1
    assert git(repo, "log", "-1", "--format=%s").strip() == "KS 2023/886: ändrade rubrik"
    assert "Ärende: KS 2023/886" in git(repo, "log", "-1", "--format=%B")
    assert git(repo, "status", "--porcelain") == ""
    assert "rubrik: Strong Cities Network Global Summit 2023" in (repo / PATH).read_text()


@pilot_test
async def test_a_bad_value_shows_its_message_next_to_the_field(
    repository: CaseRepository,
) -> None:
    app = EditorApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await set_field(pilot, "field-datum", "2023-02-30")
        problem = app.screen.query_one("#problem-datum", Static)
        assert "ÅÅÅÅ-MM-DD" in str(problem.render())
        assert problem.has_class("has-problem")
        assert app.screen.query_one("#field-datum").has_class("invalid")
        assert not app.screen.query_one("#problem-rubrik", Static).has_class("has-problem")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CaseEditorScreen)  # refused: no commit dialog
        await set_field(pilot, "field-datum", "2023-09-07")
        assert not problem.has_class("has-problem")
    assert git(root(repository), "status", "--porcelain") == ""


@pilot_test
async def test_decision_points_add_indent_reorder_and_save(repository: CaseRepository) -> None:
    app = EditorApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f6")
        points = app.screen.query_one(DecisionPoints)
        app.screen.query_one("#point-0-0", LineArea).focus()
        await pilot.press("alt+n")
        await until(pilot, lambda: len(points.blocks[0].points) == 2)
        await type_into_focused(pilot, "Kostnaderna ryms i budgeten.")
        await pilot.press("alt+n")
        await until(pilot, lambda: len(points.blocks[0].points) == 3)
        await type_into_focused(pilot, "Resan betalas av KS.")
        await pilot.press("alt+right")
        await pilot.pause()
        numbers = [str(label.render()) for label in points.query(".point-number")]
        assert numbers == ["1.", "2.", "2.1."]
        await pilot.press("alt+up")  # 2.1 has no earlier sibling: stays
        app.screen.query_one("#point-0-1", LineArea).focus()
        await pilot.press("alt+up")
        await pilot.pause()
        assert points.blocks[0].points[0].text == "Kostnaderna ryms i budgeten."
        await save(pilot)
    repo = root(repository)
    assert git(repo, "log", "-1", "--format=%s").startswith("KS 2023/886: ändrade att-sats")
    text = (repo / PATH).read_text()
    assert "- text: Kostnaderna ryms i budgeten.\n        underpunkter:\n" in text
    assert "- Resan betalas av KS." in text
    assert git(repo, "status", "--porcelain") == ""


@pilot_test
async def test_edit_a_section_and_save(repository: CaseRepository) -> None:
    app = EditorApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f7")
        sections = app.screen.query_one(SectionEditor)
        sections.query_one("#section-list").focus()
        await pilot.press("down")  # Beredning
        await until(pilot, lambda: sections.current == 1)
        area = sections.text_area
        area.focus()
        area.move_cursor((0, 0))
        await pilot.press(*"Nytt. ")
        await until(pilot, lambda: sections.sections[1].text.startswith("Nytt. Ärendet"))
        await save(pilot, "Skärpte [beredningen]")
    repo = root(repository)
    assert git(repo, "log", "-1", "--format=%s").strip() == "KS 2023/886: Skärpte [beredningen]"
    assert "## Beredning\n\nNytt.\nÄrendet har beretts" in (repo / PATH).read_text()
    assert git(repo, "status", "--porcelain") == ""


@pilot_test
async def test_status_change_commits_and_tags_the_milestone(repository: CaseRepository) -> None:
    app = EditorApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one("#field-status").value = "beslutad"  # type: ignore[attr-defined]
        await pilot.pause()
        await save(pilot)
    repo = root(repository)
    assert git(repo, "log", "-1", "--format=%s").strip() == "KS 2023/886: ändrade status"
    assert "ks-2023-886/beslutad" in git(repo, "tag").split()
    assert git(repo, "rev-parse", "ks-2023-886/beslutad^{commit}") == git(repo, "rev-parse", "HEAD")


@pilot_test
async def test_an_external_edit_is_refused_and_nothing_is_lost(
    repository: CaseRepository,
) -> None:
    repo = root(repository)
    app = EditorApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await set_field(pilot, "field-rubrik", "Min rubrik")
        theirs = (repo / PATH).read_text().replace("ca 90", "ca 95")
        (repo / PATH).write_text(theirs)
        head = git(repo, "rev-parse", "HEAD")
        body = await refused_save(pilot)
        assert "inget har skrivits över" in body
        assert app.screen.query_one("#field-rubrik", Input).value == "Min rubrik"
        assert git(repo, "rev-parse", "HEAD") == head
        assert (repo / PATH).read_text() == theirs
        draft = DraftStore(repo).read(PATH)
        assert draft is not None and draft.state["fields"]["rubrik"] == "Min rubrik"


@pilot_test
async def test_a_draft_is_offered_back_and_recovered(repository: CaseRepository) -> None:
    app = EditorApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await set_field(pilot, "field-rubrik", "Osparad rubrik")
        editor(app).autosave()
    draft = DraftStore(root(repository)).read(PATH)
    assert draft is not None and draft.text is not None and "Osparad rubrik" in draft.text
    again = EditorApp(repository)
    async with again.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(again.screen, RecoveryDialog))
        await pilot.click("#answer-diff")
        diff = str(again.screen.query_one("#recovery-diff", Static).render())
        assert "+rubrik: Osparad rubrik" in diff
        await pilot.click("#answer-recover")
        await until(pilot, lambda: isinstance(again.screen, CaseEditorScreen))
        await pilot.pause()
        assert again.screen.query_one("#field-rubrik", Input).value == "Osparad rubrik"
        assert editor(again).is_dirty


@pilot_test
async def test_a_discarded_draft_is_gone(repository: CaseRepository) -> None:
    store = DraftStore(root(repository))
    app = EditorApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await set_field(pilot, "field-ort", "Solna")
        editor(app).autosave()
    again = EditorApp(repository)
    async with again.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(again.screen, RecoveryDialog))
        await pilot.click("#answer-discard")
        await until(pilot, lambda: isinstance(again.screen, CaseEditorScreen))
        assert again.screen.query_one("#field-ort", Input).value == "Stockholm"
    assert store.read(PATH) is None


@pilot_test
async def test_links_open_only_after_a_yes_and_only_for_web_and_mail(
    repository: CaseRepository,
) -> None:
    app = EditorApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f7")
        preview = app.screen.query_one(SectionPreview)
        preview.post_message(SectionPreview.LinkClicked(preview, "smb://server/share"))
        await pilot.pause()
        assert not isinstance(app.screen, LinkConfirmDialog)
        preview.post_message(SectionPreview.LinkClicked(preview, "https://example.org/a"))
        await until(pilot, lambda: isinstance(app.screen, LinkConfirmDialog))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
        assert app.opened == []
        preview.post_message(SectionPreview.LinkClicked(preview, "mailto:a@example.org"))
        await until(pilot, lambda: isinstance(app.screen, LinkConfirmDialog))
        await pilot.click("#answer-open")
        await pilot.pause()
        assert app.opened == ["mailto:a@example.org"]


def _editor_script(tmp_path: Path, body: str) -> str:
    script = tmp_path / "fake-editor.sh"
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


@pilot_test
async def test_editor_edits_the_section_and_the_app_reloads_it(
    repository: CaseRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR", _editor_script(tmp_path, 'sed -i "s/ca 90/cirka 90/" "$1"'))
    app = EditorApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f7")
        app.screen.query_one("#section-list").focus()
        await pilot.press("e")
        sections = app.screen.query_one(SectionEditor)
        await until(pilot, lambda: "cirka 90" in sections.sections[0].text)
        assert "cirka 90" in sections.text_area.text
        await save(pilot)
    assert "cirka 90 borgmästare" in (root(repository) / PATH).read_text()


@pilot_test
async def test_an_invalid_file_from_the_editor_comes_back_with_errors(
    repository: CaseRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    breaking = 'sed -i "s/^datum: 2023-09-06/datum: 2023-02-30/" "$1"'
    monkeypatch.setenv("EDITOR", _editor_script(tmp_path, breaking))
    app = EditorApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("E")
        await until(pilot, lambda: isinstance(app.screen, ErrorDialog))
        body = str(app.screen.query_one("#dialog-text", Static).render())
        assert "datum" in body and "ÅÅÅÅ-MM-DD" in body
        screen = editor(app)
        assert screen.pending_file_text is not None and "2023-02-30" in screen.pending_file_text
        draft = DraftStore(root(repository)).read(PATH)
        assert draft is not None and draft.text == screen.pending_file_text
        fixing = 'sed -i "s/^datum: 2023-02-30/datum: 2023-09-08/" "$1"'
        monkeypatch.setenv("EDITOR", _editor_script(tmp_path, fixing))
        await pilot.click("#answer-edit")
        await until(pilot, lambda: screen.pending_file_text is None)
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
        assert app.screen.query_one("#field-datum", Input).value == "2023-09-08"
        await save(pilot)
    assert "datum: 2023-09-08" in (root(repository) / PATH).read_text()


@pilot_test
async def test_leaving_a_changed_case_asks_first(repository: CaseRepository) -> None:
    app = EditorApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await set_field(pilot, "field-ort", "Solna")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ConfirmLeaveDialog"
        await pilot.click("#answer-stay")
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#answer-keep")
        await until(pilot, lambda: not isinstance(app.screen, CaseEditorScreen))
    draft = DraftStore(root(repository)).read(PATH)
    assert draft is not None and draft.state["fields"]["ort"] == "Solna"


def test_until_is_not_vacuous() -> None:
    async def never() -> None:
        app = App[None]()
        async with app.run_test() as pilot:
            await until(pilot, lambda: False, timeout=0.1)

    with pytest.raises(AssertionError):
        asyncio.run(never())


@pilot_test
async def test_a_file_invalid_on_disk_opens_with_its_errors_and_is_fixed_in_the_editor(
    repository: CaseRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = root(repository)
    broken = (repo / PATH).read_text().replace("datum: 2023-09-06", "datum: 2023-02-30", 1)
    (repo / PATH).write_text(broken)
    fixing = 'sed -i "s/^datum: 2023-02-30/datum: 2023-09-08/" "$1"'
    monkeypatch.setenv("EDITOR", _editor_script(tmp_path, fixing))
    app = EditorApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = str(app.screen.query_one("#editor-unusable", Static).render())
        assert f"{PATH}:11: datum:" in shown and "ÅÅÅÅ-MM-DD" in shown
        assert "Ärendefilen på disken har fel" in shown and "redigeraren har fel" not in shown
        await pilot.press("ctrl+s")  # nothing to save from a broken file: refused, no crash
        await until(pilot, lambda: isinstance(app.screen, ErrorDialog))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
        await pilot.press("e")
        await until(pilot, lambda: bool(app.screen.query("#field-datum")))
        assert app.screen.query_one("#field-datum", Input).value == "2023-09-08"
        await save(pilot)
    assert "datum: 2023-09-08" in (repo / PATH).read_text()
    assert git(repo, "status", "--porcelain") == ""


@pilot_test
async def test_clicking_a_link_in_the_preview_asks_first(repository: CaseRepository) -> None:
    app = EditorApp(repository)
    requested: list[SectionPreview.LinkRequested] = []

    def record(message: object) -> None:
        if isinstance(message, SectionPreview.LinkRequested):
            requested.append(message)

    async with app.run_test(size=SIZE, message_hook=record) as pilot:
        await pilot.pause()
        await pilot.press("f7")
        sections = app.screen.query_one(SectionEditor)
        sections.text_area.load_text("[Läs mer](https://example.org/x)\n\n[Filer](smb://server/x)")
        preview = sections.preview
        await until(pilot, lambda: "example.org" in preview.source)
        paragraphs = preview.query("MarkdownParagraph")
        await pilot.click(paragraphs[1], offset=(2, 0))
        await until(pilot, lambda: bool(requested))  # (the hook sees it at every bubbling step)
        assert {(m.href, m.allowed) for m in requested} == {("smb://server/x", False)}
        assert isinstance(app.screen, CaseEditorScreen) and app.opened == []
        await pilot.click(paragraphs[0], offset=(2, 0))
        await until(pilot, lambda: isinstance(app.screen, LinkConfirmDialog))
        await pilot.click("#answer-open")
        await until(pilot, lambda: app.opened == ["https://example.org/x"])


@pilot_test
async def test_the_list_opens_the_editor_and_question_mark_lists_its_keys(
    repository: CaseRepository,
) -> None:
    from pmtui.tui.app import PmtuiApp
    from pmtui.tui.screens.help import HelpScreen

    app = PmtuiApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        app.open_case(DNR)
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
        app.set_focus(None)
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        shown = "\n".join(f"{line.keys} {line.does}" for line in help_screen.lines)
        for words in ("Spara ärendet som en commit", "$EDITOR", "Visa avsnitten", "f7"):
            assert words in shown


@pilot_test
async def test_a_case_that_cannot_be_read_is_a_message_not_a_crash(
    repository: CaseRepository,
) -> None:
    app = EditorApp(repository, "KS 2099/1")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = str(app.screen.query_one("#editor-unusable", Static).render())
        assert "KS 2099/1" in shown
        await pilot.press("e", "E", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CaseEditorScreen)
        await pilot.press("escape")
        await pilot.pause()
    assert app.return_code in (0, None)
    assert git(root(repository), "status", "--porcelain") == ""


@pilot_test
async def test_a_block_is_added_and_removed(repository: CaseRepository) -> None:
    app = EditorApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f6")
        points = app.screen.query_one(DecisionPoints)
        await pilot.press("f8")
        await until(pilot, lambda: len(points.blocks) == 2)
        await until(pilot, lambda: app.focused is app.screen.query_one("#point-1-0"))
        await type_into_focused(pilot, "Kommunstyrelsen ger stadsledningskontoret i uppdrag.")
        assert points.blocks[1].points[0].text.startswith("Kommunstyrelsen ger")
        await save(pilot)
        text = (root(repository) / PATH).read_text()
        assert "  - inledning: Kommunstyrelsen beslutar för egen del följande." in text
        await pilot.press("alt+x")
        await until(pilot, lambda: len(points.blocks) == 1)
        await save(pilot)
    assert "Kommunstyrelsen ger" not in (root(repository) / PATH).read_text()
    assert git(root(repository), "log", "-1", "--format=%s").startswith("KS 2023/886: ändrade")
