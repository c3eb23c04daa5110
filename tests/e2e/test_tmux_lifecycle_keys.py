"""The case list's F8 (archive, restore), Shift+F8 (delete) and F7 (show archived cases) in
a real terminal (tests/e2e/keys.py): the bytes a terminal sends for them reach the list,
each makes its one commit after the dialog, and none types into the filter field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import git
from tests.e2e.keys import ALL_SHOWN, DEMO_CASES, F8, ONE_SHOWN, SEED, SHIFT_F8, lines_with, settle
from tests.e2e.tmux import TmuxPane

F7 = b"\x1b[18~"
TAB, ENTER = b"\t", b"\r"
FILTER = "Strong"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


NONE_OF_THE_OTHERS = f"0 av {DEMO_CASES - 1} ärenden"  # the case gone from the list


def test_archive_restore_and_delete_keys(pane: TmuxPane, demo: Path) -> None:
    pane.wait_for(ALL_SHOWN)
    pane.type(FILTER)
    pane.wait_for(ONE_SHOWN)
    commits = _count(demo)
    ask_and_cancel(pane, F8, "Arkivera KS 2023/886?")
    assert _count(demo) == commits
    ask_and_confirm(pane, F8, "Arkivera KS 2023/886?", "KS 2023/886 är arkiverat")
    assert _subject(demo) == "KS 2023/886: arkiverade ärendet"
    _filter_kept(pane.wait_for(NONE_OF_THE_OTHERS))
    pane.send_bytes(F7)
    screen = pane.wait_for("arkiverade visas")
    _filter_kept(pane.wait_for(ONE_SHOWN))
    assert lines_with(pane.wait_for("[arkiverad] Strong Cities"), "KS 2023/886"), screen
    ask_and_confirm(pane, F8, "Återställ KS 2023/886 från arkivet?", "återställt från arkivet")
    assert _subject(demo) == "KS 2023/886: återställde ärendet från arkivet"
    ask_and_confirm(pane, SHIFT_F8, "Ta bort KS 2023/886?", "KS 2023/886 är borttaget")
    assert _subject(demo) == "KS 2023/886: tog bort ärendet"
    _filter_kept(pane.wait_for(NONE_OF_THE_OTHERS))
    assert _count(demo) == commits + 3
    assert not (demo / SEED).exists() and git(demo, "status", "--porcelain") == ""
    pane.keys("C-q")
    pane.wait_for("PMTUI-EXIT=0")


def ask_and_cancel(pane: TmuxPane, key: bytes, title: str) -> None:
    """The dialog's focused button is "Avbryt": Enter closes it and does nothing."""
    pane.send_bytes(key)
    pane.wait_for(title)
    settle()  # the button gets the focus after the dialog is shown
    pane.send_bytes(ENTER)
    _filter_kept(pane.wait_gone(title))


def ask_and_confirm(pane: TmuxPane, key: bytes, title: str, done: str) -> None:
    pane.send_bytes(key)
    pane.wait_for(title)
    settle()
    pane.send_bytes(TAB)  # from "Avbryt" to the button that does it
    settle()
    pane.send_bytes(ENTER)
    _filter_kept(pane.wait_for(done))


def _filter_kept(screen: str) -> None:
    """The filter field still holds exactly what was typed: no byte of a key reached it."""
    shown = lines_with(screen, FILTER)
    assert shown, screen
    typed = shown[0].split(FILTER, 1)[1]
    assert not typed.strip(" ▏▕▎▊│┃"), screen


def _count(demo: Path) -> int:
    return int(git(demo, "rev-list", "--count", "HEAD"))


def _subject(demo: Path) -> str:
    return git(demo, "log", "-1", "--format=%s").strip()
