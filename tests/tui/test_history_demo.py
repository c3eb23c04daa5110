"""Done-when of the versions issue, in the app: on the demo repository, the comparison
``pmtui diff "KS 2023/886" remiss tillstyrkt --section synpunkter`` is two keys from the
case (F6, then ``m``), and the app marks exactly the words the command marks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pmtui.cli.main import main
from pmtui.diff.paint import Style as PieceStyle
from pmtui.store import CaseRepository
from pmtui.tui.app import PmtuiApp
from pmtui.tui.screens.case_list import CaseListScreen
from tests.tui.history_repository import diff_words, opened_diff, until
from tests.tui.list_repository import pilot_test

DNR = "KS 2023/886"
VIEWS = "Föredragande borgarrådets synpunkter"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo"
    assert main(["demo", "--no-tui", str(path)]) == 0
    return path


def cli_words(demo: Path, capsys: pytest.CaptureFixture[str]) -> tuple[list[str], list[str]]:
    """The words ``pmtui diff`` marks as removed and as added, in order."""
    capsys.readouterr()
    arguments = ["--repo", str(demo), "diff", DNR, "remiss", "tillstyrkt", "--section"]
    assert main([*arguments, "synpunkter", "--color", "never"]) == 0
    out = capsys.readouterr().out
    return re.findall(r"\[-(.*?)-\]", out), re.findall(r"\{\+(.*?)\+\}", out)


@pilot_test
async def test_the_milestone_comparison_is_two_keys_from_the_case(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    removed, added = cli_words(demo, capsys)
    assert added  # the demo history does reword the synpunkter
    app = PmtuiApp(CaseRepository.discover(explicit=demo))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CaseListScreen) and app.screen.loaded)
        await pilot.press(*"strong cities")
        await pilot.press("f6", "m")
        screen = await opened_diff(app, pilot)
        assert screen.old.label.startswith("remiss") and screen.new.label.startswith("tillstyrkt")
        screen.section = VIEWS
        screen.redraw()
        assert diff_words(screen, PieceStyle.DELETED) == removed
        assert diff_words(screen, PieceStyle.INSERTED) == added
