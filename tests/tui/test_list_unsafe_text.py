"""F32 and markup: titles with control characters or ``[`` never break or steer the screen."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from textual.content import Content

from pmtui.model import Status
from pmtui.terminal import safe_line, safe_text
from pmtui.tui.app import PmtuiApp
from pmtui.tui.safe import WORD_JOINER, markup_line, markup_text
from pmtui.tui.screens.case_list import CaseListScreen
from pmtui.tui.screens.help import HelpScreen
from tests.conftest import git
from tests.tui.list_repository import make_repository, pilot_test, variant

MARKUP_TITLE = "Budget [bold]röd[/bold] och [link=http://x]länk[/link] [/]"
EVIL_AUTHOR = "Eva \x1b]0;kapad\x07 [b]Ek[/b]"
CONTROL_TITLE = "Rubrik med \\e]0;kapad titel\\a och \\x9b2J"


def add_raw_case(root: Path, name: str, title_yaml: str) -> None:
    """Commit a case file written by hand (as with vim and plain git)."""
    text = (root / "cases" / "2023" / "ks-2023-886.md").read_text(encoding="utf-8")
    text = text.replace("rubrik: Strong Cities Network Global Summit", f"rubrik: {title_yaml}")
    text = text.replace("dnr: KS 2023/886", f"dnr: KS 2021/{name}")
    path = root / "cases" / "2021" / f"ks-2021-{name}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    git(root, "add", str(path))
    git(root, "-c", f"user.name={EVIL_AUTHOR}", "commit", "-q", "-m", f"add {name}")


@pilot_test
async def test_markup_and_control_characters_in_titles_are_shown_as_text(tmp_path: Path) -> None:
    markup = variant("KS 2024/77", MARKUP_TITLE, "I", Status.UTKAST, "Ann [red]Röd[/red]")
    repo = make_repository(tmp_path / "arkiv", [markup])
    add_raw_case(tmp_path / "arkiv", "5", f'"{CONTROL_TITLE}"')
    app = PmtuiApp(repo)
    async with app.run_test(size=(160, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CaseListScreen)
        rows = {row.dnr: row for row in screen.index.rows}
        assert rows["KS 2024/77"].title == MARKUP_TITLE
        shown = rows["KS 2021/5"].title
        assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown
        assert "\\x1b]0;kapad titel\\x07" in shown
        changed = rows["KS 2021/5"].changed
        assert "\x1b" not in changed and "Eva \\x1b]0;kapad\\x07 [b]Ek[/b]" in changed
        await pilot.press(*"[bold]")
        assert [screen.index.rows[n].dnr for n in screen.table.shown] == ["KS 2024/77"]
        lines = [screen.table.render_line(0).text]
        assert "[bold]röd[/bold]" in lines[0]
        assert "Ann [red]Röd[/red]" in lines[0]
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)


def shown(markup: str) -> str:
    return Content.from_markup(markup).plain.removesuffix(WORD_JOINER)


@given(st.text(alphabet=st.sampled_from("[]/\\$@=ab \x1b\n")) | st.text())
def test_markup_helpers_show_any_text_exactly_as_its_safe_form(text: str) -> None:
    assert shown(markup_line(text)) == safe_line(text)
    assert shown(markup_text(text)) == safe_text(text)
    assert shown(f"[b]{markup_line(text)}[/b]") == safe_line(text)


def test_markup_helpers_escape_tags_and_controls() -> None:
    assert markup_line("a [b]x[/b] \x1b]0;t\x07\n") == "a \\[b]x\\[/b] \\x1b]0;t\\x07\\n"
    assert Content.from_markup(markup_line("[$x] [@click=app.quit]q[/]")).plain == (
        "[$x] [@click=app.quit]q[/]"
    )
