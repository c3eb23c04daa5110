"""The conflict screen on a real ``git merge`` with the case merge driver registered (so
each conflict is one part: the field ``status``, a sentence of the summary, a sentence of
``Ärendet``): ours, theirs, both and own text per part; finishing writes the file, stages
it and commits the merge with both parents; aborting restores the branch and the work
tree; choices survive the app closing midway (docs/reliability.md, F52). Plain Git's
whole-line markers work too (one unit per block)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Static, TextArea

from pmtui.cli.merge_setup import driver_command
from pmtui.editing.conflict_choices import Pick
from pmtui.editing.conflict_session import CHOICES_SUFFIX
from pmtui.editing.drafts import DraftStore
from pmtui.store import CaseRepository
from pmtui.store.merge_driver import configure_merge_driver
from pmtui.texts import conflict as texts
from pmtui.texts import merge as merge_texts
from pmtui.tui.app import PmtuiApp
from pmtui.tui.dialogs.choice import ChoiceDialog
from pmtui.tui.dialogs.error import ErrorDialog
from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.screens.conflict_resolver import ConflictResolverScreen
from pmtui.tui.widgets.conflict_sides import CHANGED, side_text
from tests.conftest import git, run_cli
from tests.store.test_resolution import OURS, THEIRS, merge_with_conflict, resolved_as_ours
from tests.tui.list_repository import make_repository, pilot_test
from tests.tui.test_conflict_case import list_app, open_from_the_list, root_of
from tests.tui.test_editor_flows import PATH, SIZE, until

SUMMARY = "Finansborgarrådet har mottagit en inbjudan"
MEMBERS = "Antalet medlemsstäder uppgår 2023 till ca 160."
MEMBERS_OURS = MEMBERS.replace("ca 160", "ca 165")
MEMBERS_THEIRS = MEMBERS.replace("ca 160", "omkring 160")
OUR_EDITS = [("status: tillstyrkt", "status: beslutad"), (SUMMARY, OURS), (MEMBERS, MEMBERS_OURS)]
THEIR_EDITS = [
    ("status: tillstyrkt", "status: bordlagd"),
    (SUMMARY, THEIRS),
    (MEMBERS, MEMBERS_THEIRS),
]
PLACES = [
    "fältet status",
    "avsnitt 'Sammanfattning av ärendet', mening 1",
    "avsnitt 'Ärendet', mening 5",
]


def merge_per_part(root: Path) -> str:
    """The driver defined in this clone; ``annan`` and the current branch change the same
    three parts differently; ``git merge annan`` stops with three conflicts. Our HEAD."""
    configure_merge_driver(root, driver_command(), merge_texts.DRIVER_NAME)
    home = git(root, "branch", "--show-current").strip()
    git(root, "switch", "-q", "-c", "annan")
    _commit_edits(root, THEIR_EDITS, "Deras ändringar")
    git(root, "switch", "-q", home)
    _commit_edits(root, OUR_EDITS, "Våra ändringar")
    head = git(root, "rev-parse", "HEAD").strip()
    git(root, "merge", "annan", check=False)
    text = (root / PATH).read_text(encoding="utf-8")
    assert [line for line in text.split("\n") if line.startswith("<<<<<<<")] == [
        f"<<<<<<< vår – {place}" for place in PLACES
    ]
    return head


def _commit_edits(root: Path, edits: list[tuple[str, str]], message: str) -> None:
    file = root / PATH
    text = file.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    file.write_text(text, encoding="utf-8")
    git(root, "commit", "-q", "-am", message)


@pytest.fixture
def merging(tmp_path: Path) -> tuple[CaseRepository, str]:
    repository = make_repository(tmp_path / "arkiv")
    return repository, merge_per_part(root_of(repository))


async def open_resolver(app: PmtuiApp, pilot: Pilot[int]) -> ConflictResolverScreen:
    """From the list: Enter on the case (the conflict dialog), Enter (Lös del för del)."""
    await open_from_the_list(app, pilot)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, ConflictResolverScreen))
    assert isinstance(app.screen, ConflictResolverScreen)
    return app.screen


def shown(screen: ConflictResolverScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def ours_version(root: Path, head: str) -> str:
    return git(root, "show", f"{head}:{PATH}")


def assert_merged(root: Path, capsys: pytest.CaptureFixture[str], expected: str) -> None:
    """The merge commit exists with both parents, the file is as chosen, all is clean."""
    parents = git(root, "rev-list", "--parents", "-n", "1", "HEAD").split()
    assert len(parents) == 3, parents
    assert git(root, "log", "-1", "--format=%B").strip() == "Merge branch 'annan'"
    assert git(root, "show", f"HEAD:{PATH}") == expected
    assert (root / PATH).read_text(encoding="utf-8") == expected
    assert git(root, "status", "--porcelain") == ""
    assert list(DraftStore(root).folder.glob(f"*{CHOICES_SUFFIX}")) == []
    code, out, err = run_cli(capsys, "--repo", str(root), "check")
    assert code == 0, out + err


async def finish(app: PmtuiApp, pilot: Pilot[int]) -> None:
    await pilot.press("s")
    await until(pilot, lambda: getattr(app.screen, "title_text", "") == texts.FINISH_TITLE)
    await pilot.press("enter")  # Stäng
    await until(pilot, lambda: isinstance(app.screen, CaseListScreen))


@pilot_test
async def test_ours_for_one_part_theirs_for_another_and_the_merge_is_committed(
    merging: tuple[CaseRepository, str], capsys: pytest.CaptureFixture[str]
) -> None:
    repository, head = merging
    root = root_of(repository)
    app = list_app(repository)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_resolver(app, pilot)
        units = shown(screen, "#conflict-unit-list")
        assert all(place in units for place in PLACES)
        assert "status: beslutad" in shown(screen, "#side-ours .conflict-side-text")
        assert "status: bordlagd" in shown(screen, "#side-theirs .conflict-side-text")
        assert "status: tillstyrkt" in shown(screen, "#side-base .conflict-side-text")
        await pilot.press("o")  # status: ours; on to the summary's sentence
        assert "Finansborgarrådet har fått" in shown(screen, "#side-theirs .conflict-side-text")
        await pilot.press("t", "o")  # the summary: theirs; the members: ours
        assert "Alla delar har ett val" in shown(screen, "#resolver-status")
        palette = [str(command.title) for command in app.get_system_commands(screen)]
        assert f"{texts.KEY_FINISH} (s)" in palette and f"{texts.KEY_BOTH} (b)" in palette
        await finish(app, pilot)
    assert_merged(root, capsys, ours_version(root, head).replace(OURS, THEIRS, 1))


@pilot_test
async def test_both_takes_our_sentence_then_theirs_and_is_refused_for_a_field(
    merging: tuple[CaseRepository, str], capsys: pytest.CaptureFixture[str]
) -> None:
    repository, head = merging
    root = root_of(repository)
    app = list_app(repository)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_resolver(app, pilot)
        await pilot.press("b")  # the field status: refused, with the reason shown
        assert screen.session.choices.chosen == {} and screen.number == 1
        assert shown(screen, "#conflict-note") == texts.BOTH_REFUSED_FIELD.format(
            place="fältet status"
        )
        await pilot.press("t", "b", "t")
        assert screen.session.choices.chosen[2].pick is Pick.BOTH
        await finish(app, pilot)
    ours = ours_version(root, head)
    our_line = next(line for line in ours.split("\n") if line.startswith(OURS))
    both = f"{our_line}\n{our_line.replace(OURS, THEIRS)}"
    expected = ours.replace(our_line, both, 1).replace("status: beslutad", "status: bordlagd")
    assert_merged(root, capsys, expected.replace(MEMBERS_OURS, MEMBERS_THEIRS))


@pilot_test
async def test_own_text_is_written_inline_and_esc_leaves_the_field(
    merging: tuple[CaseRepository, str], capsys: pytest.CaptureFixture[str]
) -> None:
    repository, head = merging
    root = root_of(repository)
    app = list_app(repository)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_resolver(app, pilot)
        await pilot.press("o", "e")  # on to the summary's sentence, in the field
        field = screen.query_one("#conflict-edit", TextArea)
        assert app.focused is field and field.text.startswith(OURS)
        await pilot.press("home", *"Nu sa: ")  # bound letters (n, s, a) type here
        await pilot.press("escape")
        assert app.focused is None and not screen.view.editing
        chosen = screen.session.choices.chosen[2]
        assert chosen.pick is Pick.EDITED and chosen.lines[0].startswith(f"Nu sa: {OURS}")
        assert texts.PICKS["egen"] in shown(screen, "#conflict-unit-list")
        await pilot.press("p", "n", "n", "t")  # back, on, on to the members: theirs
        await finish(app, pilot)
    expected = ours_version(root, head).replace(OURS, f"Nu sa: {OURS}", 1)
    assert_merged(root, capsys, expected.replace(MEMBERS_OURS, MEMBERS_THEIRS))


@pilot_test
async def test_abort_asks_then_restores_the_branch_and_the_work_tree(
    merging: tuple[CaseRepository, str],
) -> None:
    repository, head = merging
    root = root_of(repository)
    conflicted = (root / PATH).read_bytes()
    app = list_app(repository)
    async with app.run_test(size=SIZE) as pilot:
        await open_resolver(app, pilot)
        await pilot.press("o", "a")
        await until(pilot, lambda: getattr(app.screen, "title_text", "") == texts.ABORT_TITLE)
        await pilot.press("escape")  # Tillbaka: nothing happens
        await until(pilot, lambda: isinstance(app.screen, ConflictResolverScreen))
        assert (root / PATH).read_bytes() == conflicted
        assert (root / ".git" / "MERGE_HEAD").exists()
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.click("#answer-abort")
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen))
    assert git(root, "rev-parse", "HEAD").strip() == head
    assert not (root / ".git" / "MERGE_HEAD").exists()
    assert git(root, "status", "--porcelain") == ""
    assert (root / PATH).read_text(encoding="utf-8") == ours_version(root, head)
    assert git(root, "rev-parse", "annan") != head  # their side is kept in Git


@pilot_test
async def test_choices_come_back_after_the_app_closes_midway(
    merging: tuple[CaseRepository, str],
) -> None:
    repository, _ = merging
    root = root_of(repository)
    conflicted = (root / PATH).read_bytes()
    app = list_app(repository)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_resolver(app, pilot)
        await pilot.press("o", "e", "home", *"Ja. ")  # the field still has the focus
        before = dict(screen.session.choices.chosen)
    assert (root / PATH).read_bytes() == conflicted  # nothing written to the file
    assert before[2].pick is Pick.EDITED and before[2].lines[0].startswith(f"Ja. {OURS}")
    again = list_app(repository)
    async with again.run_test(size=SIZE) as pilot:
        screen = await open_resolver(again, pilot)
        assert screen.session.choices.chosen == before
        assert screen.number == 3  # the first part without a choice
        rows = shown(screen, "#conflict-unit-list")
        assert texts.PICKS["vår"] in rows and texts.PICKS["egen"] in rows
        await pilot.press("escape")  # Tillbaka: the choices stay in the draft
        await until(pilot, lambda: isinstance(again.screen, CaseListScreen))
    assert (root / PATH).read_bytes() == conflicted
    assert len(list(DraftStore(root).folder.glob(f"*{CHOICES_SUFFIX}"))) == 1


@pilot_test
async def test_plain_gits_line_markers_are_units_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repository = make_repository(tmp_path / "arkiv")
    root = root_of(repository)  # no driver defined: git merges line by line
    merge_with_conflict(root)
    head = git(root, "rev-parse", "HEAD").strip()
    app = list_app(repository)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_resolver(app, pilot)
        assert texts.UNIT_LINES in shown(screen, "#conflict-unit-list")
        assert not screen.query_one("#side-base").display  # no diff3 base in the file
        await pilot.press("t")
        await finish(app, pilot)
    expected = ours_version(root, head).replace(OURS, THEIRS, 1)
    assert_merged(root, capsys, expected)


@pilot_test
async def test_a_file_without_markers_still_in_conflict_is_finished_here(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Resolved in $EDITOR (written, not staged): the screen has no units; s finishes."""
    repository = make_repository(tmp_path / "arkiv")
    root = root_of(repository)
    merge_with_conflict(root)
    resolved = resolved_as_ours((root / PATH).read_text(encoding="utf-8"))
    (root / PATH).write_text(resolved, encoding="utf-8")
    app = list_app(repository)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_resolver(app, pilot)
        assert shown(screen, "#resolver-status") == texts.STATUS_NO_UNITS
        await finish(app, pilot)
    assert_merged(root, capsys, resolved)


@pilot_test
async def test_a_refusing_hook_is_shown_and_the_resolution_stays_staged(tmp_path: Path) -> None:
    repository = make_repository(tmp_path / "arkiv")
    root = root_of(repository)
    merge_with_conflict(root)
    hook = root / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'stoppad av kroken' >&2\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    head = git(root, "rev-parse", "HEAD").strip()
    app = list_app(repository)
    async with app.run_test(size=SIZE) as pilot:
        await open_resolver(app, pilot)
        await pilot.press("t", "s")
        await until(pilot, lambda: isinstance(app.screen, ErrorDialog))
        body = str(app.screen.query_one("#dialog-text", Static).render())
        assert "stoppad av kroken" in body and "git commit --no-edit --cleanup=strip" in body
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen))
    assert THEIRS in (root / PATH).read_text(encoding="utf-8")
    assert git(root, "ls-files", "--unmerged") == ""  # staged, so nothing is lost …
    assert git(root, "rev-parse", "HEAD").strip() == head  # … and not committed


def test_the_words_a_side_changed_are_highlighted_and_control_characters_shown_safely() -> None:
    text = side_text(("status: beslutad",), ("status: tillstyrkt",))
    assert text.plain == "status: beslutad"
    assert [text.plain[span.start : span.end] for span in text.spans if span.style == CHANGED] == [
        "beslutad"
    ]
    assert side_text(("a\x1b[31mb",), None).plain == "a\\x1b[31mb"
    assert side_text((), ("status: x",)).plain == texts.SIDE_REMOVED


@pilot_test
async def test_a_second_finish_while_git_works_starts_nothing(tmp_path: Path) -> None:
    """The pre-commit hook holds the merge commit until the test lets it go."""
    repository = make_repository(tmp_path / "arkiv")
    root = root_of(repository)
    merge_with_conflict(root)
    hook, release = root / ".git" / "hooks" / "pre-commit", tmp_path / "go"
    started = tmp_path / "started"
    hook.write_text(
        f"#!/bin/sh\ntouch '{started}'\nwhile [ ! -f '{release}' ]; do sleep 0.05; done\n",
        encoding="utf-8",
    )
    hook.chmod(0o755)
    app = list_app(repository)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_resolver(app, pilot)
        await pilot.press("t", "s")
        await until(pilot, started.exists)
        await pilot.press("s", "f10")  # while git commit runs
        release.touch()
        await until(pilot, lambda: getattr(app.screen, "title_text", "") == texts.FINISH_TITLE)
        assert not any(isinstance(s, ErrorDialog) for s in app.screen_stack)
        assert screen.busy
    assert len(git(root, "rev-list", "--parents", "-n", "1", "HEAD").split()) == 3
