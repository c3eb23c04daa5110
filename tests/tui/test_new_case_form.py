"""The new-case form (Ctrl+N in the case list), driven by Pilot on real Git repositories:
one commit with the right front matter, a taken or invalid dnr refused under its field
with the typed text kept, Esc that asks only after typing, and store refusals as dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Button, Input, Select, Static

from pmtui.format import parse_case
from pmtui.model import DocumentKind, Status
from pmtui.store import CaseRepository
from pmtui.tui.app import PmtuiApp
from pmtui.tui.dialogs.choice import ChoiceDialog
from pmtui.tui.screens.case_editor import CaseEditorScreen
from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.screens.new_case import NewCaseScreen
from tests.conftest import git
from tests.store.hook_scripts import install_hook
from tests.tui.list_repository import make_repository, pilot_test
from tests.tui.test_app_shell import ready, recording
from tests.tui.test_editor_flows import until

SIZE = (120, 40)
Compare = Callable[..., bool]
NEW_PATH = "cases/2024/ks-2024-77.md"
FILLED = {"rubrik": "Ny cykelbana i Farsta", "rotel": "i+vii", "föredragande": "Anna Ek, Bo Berg"}
FIELD_IDS = {"rubrik": "new-rubrik", "rotel": "new-rotel", "föredragande": "new-foredragande"}


def app_on(tmp_path: Path) -> tuple[PmtuiApp, Path]:
    return PmtuiApp(make_repository(tmp_path / "arkiv")), tmp_path / "arkiv"


def head_count(root: Path) -> int:
    return len(git(root, "log", "--format=%H").split())


def problem(pilot: Pilot[int], widget_id: str) -> str:
    note = pilot.app.screen.query_one(f"#{widget_id}-problem", Static)
    return str(note.render()) if note.has_class("has-problem") else ""


async def open_form(pilot: Pilot[int]) -> NewCaseScreen:
    await ready(pilot.app, pilot)  # type: ignore[arg-type]
    await pilot.press("ctrl+n")
    await until(pilot, lambda: isinstance(pilot.app.screen, NewCaseScreen))
    form = pilot.app.screen
    assert isinstance(form, NewCaseScreen)
    await pilot.app.workers.wait_for_complete()  # the existing cases are read
    return form


async def fill(pilot: Pilot[int], dnr: str, others: dict[str, str] = FILLED) -> None:
    """The dnr typed key by key (Enter moves on), the other fields set."""
    await pilot.press(*dnr, "enter")
    for key, text in others.items():
        pilot.app.screen.query_one(f"#{FIELD_IDS[key]}", Input).value = text
    await pilot.pause()


async def created(pilot: Pilot[int]) -> CaseEditorScreen:
    await until(pilot, lambda: isinstance(pilot.app.screen, CaseEditorScreen), timeout=30)
    screen = pilot.app.screen
    assert isinstance(screen, CaseEditorScreen)
    return screen


@pilot_test
async def test_ctrl_n_creates_one_commit_with_the_typed_front_matter(tmp_path: Path) -> None:
    app, root = app_on(tmp_path)
    seen = recording(app)
    before = head_count(root)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press(*"sk")  # the filter has the focus: Ctrl+N must not type into it
        form = await open_form(pilot)
        list_screen = app.screen_stack[-2]
        assert isinstance(list_screen, CaseListScreen) and list_screen.filter_input.value == "sk"
        await fill(pilot, "ks 2024/77")
        form.query_one("#new-handling", Select).value = DocumentKind.UTLATANDE.value
        form.query_one("#new-foredragande", Input).focus()
        await pilot.press("enter")  # Enter in the last field creates
        editor = await created(pilot)
        assert editor.session.dnr_text == "KS 2024/77"
    assert head_count(root) == before + 1
    assert git(root, "show", "--name-only", "--format=", "HEAD").split() == [NEW_PATH]
    case = parse_case(git(root, "show", f"HEAD:{NEW_PATH}"))
    assert (str(case.dnr), case.title, case.rotel) == ("KS 2024/77", FILLED["rubrik"], "I+VII")
    assert case.presenters == ["Anna Ek", "Bo Berg"]
    assert (case.kind, case.status) == (DocumentKind.UTLATANDE, Status.UTKAST)
    assert case.sections[0].heading == "Sammanfattning av ärendet"
    commit = git(root, "rev-parse", "HEAD").strip()
    assert any(commit[:8] in message and "KS 2024/77" in message for message in seen), seen
    assert git(root, "status", "--porcelain") == ""


@pilot_test
async def test_a_dnr_that_exists_is_refused_with_the_case_and_its_path(tmp_path: Path) -> None:
    app, root = app_on(tmp_path)
    before = head_count(root)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_form(pilot)
        await fill(pilot, "ks 2023/886")  # the seed case, written another way
        message = problem(pilot, "new-dnr")
        assert "KS 2023/886 finns redan" in message and "cases/2023/ks-2023-886.md" in message
        await pilot.press("ctrl+s")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is form
        assert form.query_one("#new-dnr", Input).value == "ks 2023/886"
    assert head_count(root) == before


@pilot_test
async def test_an_invalid_dnr_shows_its_message_and_keeps_the_typed_text(tmp_path: Path) -> None:
    app, root = app_on(tmp_path)
    before = head_count(root)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_form(pilot)
        await pilot.press(*"KS 20x4/1", "enter")  # Enter leaves the field: it is checked
        field = form.query_one("#new-dnr", Input)
        assert "ogiltigt diarienummer 'KS 20x4/1'" in problem(pilot, "new-dnr")
        assert field.value == "KS 20x4/1" and field.has_class("invalid")
        assert form.query_one("#new-dnr-problem", Static).display  # visible under the field
        await pilot.press("ctrl+s")  # refused: every empty field says what it needs
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert "Fyll i ärendets rubrik" in problem(pilot, "new-rubrik")
        assert app.focused is field  # the first field with a problem
        field.value = "KS 2024/1"  # fixed: the message goes as the text changes
        await pilot.pause()
        assert problem(pilot, "new-dnr") == "" and not field.has_class("invalid")
    assert head_count(root) == before


@pilot_test
async def test_esc_closes_an_empty_form_and_asks_once_something_is_typed(tmp_path: Path) -> None:
    app, root = app_on(tmp_path)
    before = head_count(root)
    async with app.run_test(size=SIZE) as pilot:
        await open_form(pilot)
        await pilot.press("escape")  # nothing typed: closed at once
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen))
        form = await open_form(pilot)
        await pilot.press(*"KS 2024")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("escape")  # the question's Esc keeps writing
        await until(pilot, lambda: app.screen is form)
        assert form.query_one("#new-dnr", Input).value == "KS 2024"
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        app.screen.query_one("#answer-discard", Button).press()
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen))
    assert head_count(root) == before
    assert not (root / "cases" / "2024" / "ks-2024.md").exists()


@pilot_test
async def test_ctrl_q_with_typed_text_asks_once_before_quitting(tmp_path: Path) -> None:
    app, root = app_on(tmp_path)
    before = head_count(root)
    async with app.run_test(size=SIZE) as pilot:
        await open_form(pilot)
        await pilot.press(*"KS 2024")
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("ctrl+q")  # asked already: no second question
        await pilot.pause()
        assert sum(isinstance(screen, ChoiceDialog) for screen in app.screen_stack) == 1
        app.screen.query_one("#answer-discard", Button).press()
        await until(pilot, lambda: not app.is_running)
    assert head_count(root) == before


@pilot_test
async def test_a_refusing_hook_is_a_dialog_and_creating_without_hooks_commits_once(
    tmp_path: Path,
) -> None:
    app, root = app_on(tmp_path)
    install_hook(root / ".git" / "hooks", "pre-commit", 'echo "rubriken saknar ort" >&2; exit 1')
    before = head_count(root)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_form(pilot)
        await fill(pilot, "KS 2024/77")
        for answer in ("close", "skip-hooks"):  # the second try is refused as the first
            await pilot.press("ctrl+s")
            await until(pilot, lambda: isinstance(app.screen, ChoiceDialog), timeout=30)
            body = str(app.screen.query_one("#dialog-text", Static).render())
            assert "pre-commit" in body and "rubriken saknar ort" in body
            assert "Traceback" not in body
            app.screen.query_one(f"#answer-{answer}", Button).press()
            if answer == "close":
                await until(pilot, lambda: app.screen is form)
                assert form.query_one("#new-rubrik", Input).value == FILLED["rubrik"]
                assert head_count(root) == before
        await created(pilot)
    assert head_count(root) == before + 1
    assert git(root, "status", "--porcelain") == ""


@pilot_test
async def test_a_held_lock_is_a_swedish_dialog_and_the_form_keeps_the_text(
    tmp_path: Path,
) -> None:
    app, root = app_on(tmp_path)
    lock = root / ".git" / "index.lock"
    lock.write_text("")
    before = head_count(root)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_form(pilot)
        await fill(pilot, "KS 2024/77")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ChoiceDialog), timeout=30)
        body = str(app.screen.query_one("#dialog-text", Static).render())
        assert "index.lock" in body and "Det du skrev finns kvar i formuläret" in body
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is form)
        assert head_count(root) == before
        lock.unlink()
        await pilot.press("ctrl+s")
        await created(pilot)
    assert head_count(root) == before + 1


class FormApp(App[None]):
    """The form alone, over an empty screen: the snapshot shows no list behind it."""

    def __init__(self, repository: CaseRepository) -> None:
        super().__init__()
        self.repository = repository

    def on_mount(self) -> None:
        self.push_screen(NewCaseScreen(self.repository))


def test_form_with_a_taken_dnr_and_a_wrong_rotel(tmp_path: Path, snap_compare: Compare) -> None:
    """Update with ``--snapshot-update`` after an intended change, and look at the SVG."""

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press(*"KS 2023/886", "enter", *"Ny simhall", "enter", *"XX", "enter")
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        await pilot.pause()

    app = FormApp(make_repository(tmp_path / "arkiv"))
    assert snap_compare(app, terminal_size=(100, 36), run_before=run_before)
