"""A case that a real ``git merge`` left in conflict, opened in the app (docs/reliability.md,
F45): a dialog says which merge is under way, shows both sides by their marker labels and
offers $EDITOR; a valid resolution is written to the work tree with no commit (the test
finishes the merge with git), an invalid one is kept with its located problems. The
editor's ctrl+s is refused while the case is in conflict, and never proposes a message."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, Static

from pmtui.editing.drafts import DraftStore
from pmtui.store import CaseRepository
from pmtui.texts import conflict as texts
from pmtui.tui.app import PmtuiApp
from pmtui.tui.config import TuiSettings
from pmtui.tui.dialogs.choice import ChoiceDialog
from pmtui.tui.dialogs.error import ErrorDialog
from pmtui.tui.screens.case_conflict import CaseConflictScreen
from pmtui.tui.screens.case_editor import CaseEditorScreen
from pmtui.tui.screens.case_list import CaseListScreen
from tests.conftest import git, run_cli
from tests.store.test_resolution import OURS, THEIRS, merge_with_conflict, resolved_as_ours
from tests.tui.list_repository import make_repository, pilot_test
from tests.tui.test_editor_flows import PATH, SIZE, EditorApp, set_field, until

# $EDITOR for these tests: each call saves what it was given (call-N.in) and applies the
# next step of ``plan``: ours (keep our side), markers (change our line, keep the markers),
# bad-yaml (keep our side, break the YAML), fix-yaml (mend it), same (change nothing).
EDITOR_SCRIPT = """\
import pathlib, sys
folder = pathlib.Path(__file__).parent
number = len(list(folder.glob("call-*.in"))) + 1
path = pathlib.Path(sys.argv[1])
text = path.read_text(encoding="utf-8")
(folder / f"call-{number}.in").write_text(text, encoding="utf-8")
plan = (folder / "plan").read_text(encoding="utf-8").split()
step = plan[min(number, len(plan)) - 1]

def ours(text):
    kept, skipping = [], False
    for line in text.split("\\n"):
        if line.startswith("<<<<<<<"):
            continue
        if line.startswith("======="):
            skipping = True
        elif line.startswith(">>>>>>>"):
            skipping = False
        elif not skipping:
            kept.append(line)
    return "\\n".join(kept)

if step == "ours":
    text = ours(text)
elif step == "markers":
    text = text.replace("har tagit emot", "har tagit emot och läst", 1)
elif step == "bad-yaml":
    text = ours(text).replace("rotel: I", "rotel: [I", 1)
elif step == "fix-yaml":
    text = text.replace("rotel: [I", "rotel: I", 1)
path.write_text(text, encoding="utf-8")
"""


def install_editor(folder: Path, *plan: str) -> str:
    """The script in ``folder`` with its plan; the $EDITOR value that runs it."""
    folder.mkdir(exist_ok=True)
    (folder / "editor.py").write_text(EDITOR_SCRIPT, encoding="utf-8")
    (folder / "plan").write_text(" ".join(plan), encoding="utf-8")
    return f"{sys.executable} {folder / 'editor.py'}"


def editor_input(folder: Path, number: int) -> str:
    return (folder / f"call-{number}.in").read_text(encoding="utf-8")


@pytest.fixture
def merging(tmp_path: Path) -> CaseRepository:
    repository = make_repository(tmp_path / "arkiv")
    merge_with_conflict(root_of(repository))
    return repository


def root_of(repository: CaseRepository) -> Path:
    assert repository.root is not None
    return repository.root


def list_app(repository: CaseRepository) -> PmtuiApp:
    return PmtuiApp(repository, TuiSettings.model_construct(body_search=False))


async def open_from_the_list(app: PmtuiApp, pilot: Pilot[int]) -> CaseConflictScreen:
    """Enter on KS 2023/886 in the list: the conflict dialog, its text checked for the
    merge and the sides."""
    await until(pilot, lambda: isinstance(app.screen, CaseListScreen) and app.screen.loaded)
    list_screen = app.screen
    assert isinstance(list_screen, CaseListScreen)
    list_screen.filter_input.value = "Strong Cities"
    await until(pilot, lambda: len(list_screen.table.shown) == 1)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, CaseConflictScreen))
    assert isinstance(app.screen, CaseConflictScreen)
    return app.screen


def line_of(data: bytes, line: str) -> int:
    return data.decode("utf-8").split("\n").index(line) + 1


def shown_text(app: App[Any]) -> str:
    return str(app.screen.query_one("#dialog-text", Static).render())


@pilot_test
async def test_the_dialog_says_a_merge_is_under_way_and_esc_leaves_everything(
    merging: CaseRepository,
) -> None:
    root = root_of(merging)
    before, head = (root / PATH).read_bytes(), git(root, "rev-parse", "HEAD")
    app = list_app(merging)
    async with app.run_test(size=SIZE) as pilot:
        await open_from_the_list(app, pilot)
        body = shown_text(app)
        assert "Git är mitt i en sammanslagning (git merge)" in body and PATH in body
        assert f"Konflikt 1, rad {line_of(before, '<<<<<<< HEAD')}:" in body
        assert "<<<<<<< HEAD – din gren (main):" in body
        assert ">>>>>>> annan – grenen som slås ihop:" in body
        assert OURS in body and THEIRS in body and "e (eller F4)" in body
        assert "redigeraren har fel" not in body and "nytt ärende" not in body
        assert not any(isinstance(s, CaseEditorScreen) for s in app.screen_stack)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen))
    assert (root / PATH).read_bytes() == before
    assert git(root, "rev-parse", "HEAD") == head
    assert git(root, "status", "--porcelain", PATH) == f"UU {PATH}\n"


@pilot_test
async def test_a_resolution_from_the_editor_is_written_and_git_finishes_the_merge(
    merging: CaseRepository,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = root_of(merging)
    conflicted, head = (root / PATH).read_text(encoding="utf-8"), git(root, "rev-parse", "HEAD")
    monkeypatch.setenv("EDITOR", install_editor(tmp_path / "editor", "ours"))
    app = list_app(merging)
    async with app.run_test(size=SIZE) as pilot:
        await open_from_the_list(app, pilot)
        await pilot.press("e")
        await until(pilot, lambda: getattr(app.screen, "title_text", "") == texts.RESOLVED_TITLE)
        body = shown_text(app)
        assert f"git add {PATH}" in body and "git commit (eller git merge --continue)" in body
        assert "Ingen commit är gjord" in body
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen))
    assert editor_input(tmp_path / "editor", 1) == conflicted
    assert (root / PATH).read_text(encoding="utf-8") == resolved_as_ours(conflicted)
    assert git(root, "rev-parse", "HEAD") == head  # no commit
    assert git(root, "diff", "--name-only", "--diff-filter=U") == f"{PATH}\n"  # index: in conflict
    assert list(DraftStore(root).folder.glob("*konflikt*")) == []
    git(root, "add", PATH)
    git(root, "commit", "-q", "--no-edit")
    assert git(root, "status", "--porcelain") == ""
    monkeypatch.chdir(root)
    code, out, err = run_cli(capsys, "check")
    assert code == 0, out + err


@pilot_test
async def test_invalid_yaml_from_the_editor_shows_located_errors_and_is_edited_again(
    merging: CaseRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = root_of(merging)
    conflicted = (root / PATH).read_bytes()
    editor = tmp_path / "editor"
    monkeypatch.setenv("EDITOR", install_editor(editor, "bad-yaml", "fix-yaml"))
    app = list_app(merging)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_from_the_list(app, pilot)
        await pilot.press("f4")
        await until(pilot, lambda: isinstance(app.screen, ErrorDialog))
        body = shown_text(app)
        assert re.search(rf"• {PATH}:\d+: ogiltig YAML", body) and str(dialog.attempt) in body
        assert (root / PATH).read_bytes() == conflicted  # nothing written
        assert "rotel: [I" in dialog.attempt.read_text(encoding="utf-8")  # the text is kept
        await pilot.press("enter")  # "Rätta i redigeraren" has the focus
        await until(pilot, lambda: getattr(app.screen, "title_text", "") == texts.RESOLVED_TITLE)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen))
    assert "rotel: [I" in editor_input(editor, 2)  # the kept text was edited again
    resolved = (root / PATH).read_text(encoding="utf-8")
    assert "rotel: I\n" in resolved and "<<<<<<<" not in resolved
    assert not dialog.attempt.exists()


@pilot_test
async def test_markers_left_are_located_and_the_attempt_is_offered_when_opened_again(
    merging: CaseRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = root_of(merging)
    conflicted, head = (root / PATH).read_bytes(), git(root, "rev-parse", "HEAD")
    editor = tmp_path / "editor"
    monkeypatch.setenv("EDITOR", install_editor(editor, "markers", "ours"))
    app = list_app(merging)
    async with app.run_test(size=SIZE) as pilot:
        await open_from_the_list(app, pilot)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ErrorDialog))
        body = shown_text(app)
        start, middle = line_of(conflicted, "<<<<<<< HEAD"), line_of(conflicted, "=======")
        assert f"{PATH}:{start}: Git-konfliktmarkör '<<<<<<<' finns kvar" in body
        assert f"{PATH}:{middle}: Git-konfliktmarkör '======='" in body
        await pilot.press("escape")  # not now
        await until(pilot, lambda: isinstance(app.screen, CaseConflictScreen))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen))
        assert (root / PATH).read_bytes() == conflicted
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, CaseConflictScreen))
        assert texts.ATTEMPT_KEPT in shown_text(app)
        await pilot.press("e")
        await until(pilot, lambda: getattr(app.screen, "title_text", "") == texts.RESOLVED_TITLE)
    assert editor_input(editor, 2) == editor_input(editor, 1).replace(
        "har tagit emot", "har tagit emot och läst", 1
    )
    resolved = (root / PATH).read_text(encoding="utf-8")
    assert "har tagit emot och läst en inbjudan" in resolved and THEIRS not in resolved
    assert git(root, "rev-parse", "HEAD") == head


@pilot_test
async def test_the_editors_save_is_refused_while_the_case_is_in_conflict(tmp_path: Path) -> None:
    repository = make_repository(tmp_path / "arkiv")
    root = root_of(repository)
    app = EditorApp(repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await set_field(pilot, "field-ort", "Solna")
        merge_with_conflict(root)  # a merge started while the case was open
        head, conflicted = git(root, "rev-parse", "HEAD"), (root / PATH).read_bytes()
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        assert getattr(app.screen, "title_text", "") == texts.SAVE_REFUSED_TITLE
        body = shown_text(app)
        assert "Git är mitt i en sammanslagning (git merge)" in body and "halvfärdig" in body
        assert "Lös konflikten" in body
        await pilot.click("#answer-resolve")
        await until(pilot, lambda: isinstance(app.screen, CaseConflictScreen))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, CaseEditorScreen))
        assert app.screen.query_one("#field-ort", Input).value == "Solna"
    assert git(root, "rev-parse", "HEAD") == head
    assert (root / PATH).read_bytes() == conflicted
    draft = DraftStore(root).read(PATH)
    assert draft is not None and draft.state["fields"]["ort"] == "Solna"
