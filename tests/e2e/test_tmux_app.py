"""End to end in a real terminal, as the README's newcomer does it: ``pmtui demo``, then
``pmtui`` in tmux; find KS 2023/886 by typing part of its title, open it, change a
sentence of the commissioner's synpunkter, save with Ctrl+S, quit, and find the change
as one commit in ``git log -p``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import git
from tests.e2e.keys import ALL_SHOWN, ONE_SHOWN
from tests.e2e.tmux import TmuxPane, pane_environment, pmtui_command

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

ADDED = "Som borgarråd anser jag att "


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    folder = tmp_path / "demo"
    command = [sys.executable, "-m", "pmtui.cli.main", "demo", "--no-tui", str(folder)]
    subprocess.run(command, check=True, capture_output=True)
    return folder


@pytest.fixture
def pane(demo: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TmuxPane]:
    monkeypatch.setenv("PMTUI_NOW", "2023-09-07T09:30:00+02:00")
    terminal = TmuxPane(f"pmtui-e2e-{os.getpid()}")
    terminal.start(pmtui_command(), demo, pane_environment())
    try:
        yield terminal
    finally:
        terminal.close()


def settle() -> None:
    """Focus moves are not visible in a screen capture: give each one time to land."""
    time.sleep(0.5)


def find_and_open_the_seed_case(pane: TmuxPane) -> None:
    screen = pane.wait_for(ALL_SHOWN)
    assert "KS 2023/886" in screen
    pane.type("Strong Cit")
    screen = pane.wait_for(ONE_SHOWN)
    assert "Strong Cities Network" in screen, screen
    pane.keys("Enter")
    pane.wait_for("KS 2023/886 – Strong Cities Network Global Summit")


def test_find_change_save_and_see_the_commit(pane: TmuxPane, demo: Path) -> None:
    commits_before = git(demo, "rev-list", "--count", "HEAD")
    find_and_open_the_seed_case(pane)
    pane.keys("F7")  # the Text tab: the section list, then the section's text
    pane.wait_for("Remissammanställningen")
    settle()  # the tab switch moves the focus to the text after it is shown
    pane.keys("BTab")  # from the text to the section list
    settle()
    pane.keys("Down", "Down")  # the third section: Föredragande borgarrådets synpunkter
    pane.wait_for("är ett av de viktigaste")
    settle()
    pane.keys("Tab")  # back to its text, cursor at the start
    settle()
    pane.type(ADDED)
    pane.wait_for(ADDED.strip())
    pane.keys("C-s")  # propose a commit message …
    pane.wait_for("KS 2023/886: ändrade")
    pane.keys("C-s")  # … and save with it
    pane.wait_for("Sparat")
    pane.keys("Escape")
    pane.wait_for(ONE_SHOWN)
    pane.keys("C-q")
    screen = pane.wait_for("PMTUI-EXIT=0")
    assert "ärenden" not in screen  # the alternate screen is gone: the terminal is restored
    assert int(git(demo, "rev-list", "--count", "HEAD")) == int(commits_before) + 1
    patch = git(demo, "log", "-p", "-1")
    assert "KS 2023/886: ändrade avsnittet Föredragande borgarrådets synpunkter" in patch
    assert "Ärende: KS 2023/886" in patch
    assert f"+{ADDED}Strong Cities Network är ett av de viktigaste" in patch
    assert "-Strong Cities Network är ett av de viktigaste" in patch
    assert git(demo, "status", "--porcelain") == ""


def test_help_from_the_list_and_quit(pane: TmuxPane) -> None:
    pane.wait_for(ALL_SHOWN)
    pane.keys("?")
    screen = pane.wait_for("Tangenter i ärendelistan")
    assert "pmtui.list.sort" in screen
    pane.keys("Escape", "C-q")
    pane.wait_for("PMTUI-EXIT=0")
