"""End to end in a real terminal: start ``pmtui`` in tmux on a demo repository, find
KS 2023/886 by typing part of its title, open it, and quit with the terminal restored."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.tmux import TmuxPane, pane_environment, pmtui_command
from tests.tui.list_repository import make_repository

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    make_repository(tmp_path / "demo")
    return tmp_path / "demo"


@pytest.fixture
def pane(demo: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TmuxPane]:
    monkeypatch.setenv("PMTUI_NOW", "2023-09-07T09:30:00+02:00")
    terminal = TmuxPane(f"pmtui-e2e-{os.getpid()}")
    terminal.start(pmtui_command(), demo, pane_environment())
    try:
        yield terminal
    finally:
        terminal.close()


def test_find_a_case_by_its_title_and_open_it(pane: TmuxPane) -> None:
    screen = pane.wait_for("4 av 4 ärenden")
    assert "KS 2023/886" in screen and "KS 2024/12" in screen
    pane.type("Strong Cit")
    screen = pane.wait_for("1 av 4 ärenden")
    assert "Strong Cities Network" in screen
    assert "KS 2024/12" not in screen
    pane.keys("Enter")
    pane.wait_for("KS 2023/886 – Strong Cities Network Global Summit")
    pane.keys("Escape")
    pane.wait_for("1 av 4 ärenden")
    pane.keys("?")
    pane.wait_for("Tangenter i ärendelistan")
    pane.keys("Escape")
    pane.keys("C-q")
    screen = pane.wait_for("PMTUI-EXIT=0")
    assert "ärenden" not in screen  # the alternate screen is gone: the terminal is restored
