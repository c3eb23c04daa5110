"""The case list's branch switch in a real terminal (tests/e2e/keys.py): the bytes a
terminal sends for F12 and Ctrl+B open the branch picker without typing into the filter
field; choosing a branch switches to it (``git switch``) and the status line names it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import git
from tests.e2e.keys import lines_with, pmtui_pane, settle
from tests.e2e.tmux import TmuxPane

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]
F12, CTRL_B, ESC, UP, ENTER = b"\x1b[24~", b"\x02", b"\x1b", b"\x1b[A", b"\r"
FILTER = "Strong"
BRANCH = "arende/ks-2023-886-budget"
ALL_LOADED = re.compile(r"\b(\d+) av \1 ärenden")
ONE_SHOWN = re.compile(r"\b1 av \d+ ärenden")


def test_f12_and_ctrl_b_open_the_branch_picker_and_switch(demo: Path, tmp_path: Path) -> None:
    git(demo, "branch", BRANCH)
    with pmtui_pane(demo, tmp_path) as pane:
        pane.wait_until(lambda shown: ALL_LOADED.search(shown) is not None, "the list loaded")
        pane.type(FILTER)
        _filter_kept(pane, pane.wait_until(lambda s: ONE_SHOWN.search(s) is not None, "1 av"))
        pane.send_bytes(CTRL_B)
        pane.wait_for("main (nuvarande)")
        settle()
        pane.send_bytes(ESC)
        _filter_kept(pane, pane.wait_gone("main (nuvarande)"))
        assert git(demo, "symbolic-ref", "--short", "HEAD").strip() == "main"

        pane.send_bytes(F12)
        pane.wait_for("main (nuvarande)")
        settle()
        pane.send_bytes(UP)
        settle()
        pane.send_bytes(ENTER)
        screen = pane.wait_for(f"gren {BRANCH} (ingen uppströmsgren)")
        _filter_kept(pane, screen)
        pane.keys("C-q")
        pane.wait_for("PMTUI-EXIT=0")
    assert git(demo, "symbolic-ref", "--short", "HEAD").strip() == BRANCH
    assert git(demo, "status", "--porcelain") == ""


def _filter_kept(pane: TmuxPane, screen: str) -> None:
    """The filter field still holds exactly what was typed: no byte of a key reached it."""
    shown = lines_with(screen, FILTER)
    assert shown, screen
    typed = shown[0].split(FILTER, 1)[1]
    assert not typed.strip(" ▏▕▎▊│┃"), screen
