"""The keys of the case list, the history, the comparison and blame in a real terminal
(tests/e2e/keys.py): each does its action, and none types into the list's filter field."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import git
from tests.e2e.keys import (
    CTRL_L,
    F6,
    SEED,
    alt,
    lines_with,
    walk_steps,
)
from tests.e2e.tmux import TmuxPane

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def test_list_history_comparison_and_blame_keys(pane: TmuxPane, demo: Path) -> None:
    pane.wait_for("8 av 8 ärenden")
    walk_list_pickers_and_sorting(pane)
    walk_list_cursor_keys(pane)
    walk_list_reload(pane, demo)
    pane.type("Strong")
    pane.wait_for("1 av 8 ärenden")
    walk_history_keys(pane, demo)
    walk_help_and_palette(pane)
    pane.keys("C-q")
    pane.wait_for("PMTUI-EXIT=0")


def walk_list_pickers_and_sorting(pane: TmuxPane) -> None:
    for key, title in (
        ("F2", "Sortera efter kolumn"),
        ("F4", "Visa ärenden med status"),
        ("F5", "Visa ärenden i rotel"),
    ):
        pane.keys(key)
        pane.wait_for(title)
        pane.leave("Escape", title, "8 av 8 ärenden")
    pane.keys("F3")
    pane.wait_for("sorterat på Dnr ↓")
    pane.keys("F3")
    pane.wait_for("sorterat på Dnr ↑")


def walk_list_cursor_keys(pane: TmuxPane) -> None:
    """Each move, then Enter: the case opened shows where the cursor went."""
    for keys, dnr in (
        (("Down", "Down", "Up"), "317-2208/2016"),
        (("PageDown",), "okänt (lokalt 2003-1)"),
        (("C-Home",), "023-1083/2008"),
        (("C-End",), "okänt (lokalt 2003-1)"),
        (("PageUp",), "023-1083/2008"),
    ):
        pane.keys(*keys, "Enter")
        pane.wait_for(f"{dnr} – ")
        pane.leave("Escape", f"{dnr} – ", "8 av 8 ärenden")


def walk_list_reload(pane: TmuxPane, demo: Path) -> None:
    """Ctrl+R reads a change made behind the app's back."""
    command = [sys.executable, "-m", "pmtui.cli.main", "set", "KS 2025/214", "rubrik=Omläst"]
    subprocess.run(command, cwd=demo, check=True, capture_output=True)
    pane.keys("C-r")
    pane.wait_for("Omläst")


def walk_history_keys(pane: TmuxPane, demo: Path) -> None:
    commits = git(demo, "log", "--format=%H", "--", SEED).split()
    for key in (alt("h"), CTRL_L, F6):
        pane.send_bytes(key)
        pane.wait_for("Historik för KS 2023/886")
        pane.wait_for(f"{len(commits)} versioner")
        screen = pane.leave("Escape", "Historik för", "1 av 8 ärenden")  # the filter: "Strong"
        assert lines_with(screen, "Strong ") and not lines_with(screen, "Strongh"), screen
    pane.keys("F6")
    pane.wait_for(f"{len(commits)} versioner")
    walk_history_cursor(pane, commits)
    walk_help(pane, "historiken", "?", "versioner")
    walk_comparison(pane)
    walk_milestones(pane)
    walk_blame(pane)
    pane.leave("q", "Historik för", "1 av 8 ärenden")


def walk_history_cursor(pane: TmuxPane, commits: list[str]) -> None:
    """Move, then mark with Space: the status line names the version under the cursor."""
    last = len(commits) - 1
    for keys, row in (
        (("End",), last),
        (("Home",), 0),
        (("j",), 1),
        (("Down",), 2),
        (("k",), 1),
        (("Up",), 0),
        (("PageDown",), last),
        (("PageUp",), 0),
    ):
        pane.keys(*keys, "Space")
        pane.wait_for(f"markerad: {commits[row][:8]}")
    pane.keys("j")  # the mark on the newest, the cursor on the one before: compare them


def walk_comparison(pane: TmuxPane) -> None:
    pane.keys("Enter")
    pane.wait_for("KS 2023/886: ")
    pane.wait_for("ändringar (n: nästa)")
    steps = (("n", "ändring 1 av"), ("]", "ändring 2 av"), ("p", "ändring 1 av"))
    walk_steps(pane, (*steps, ("n", "ändring 2 av"), ("[", "ändring 1 av")))
    walk_steps(pane, (("s", "sida vid sida"), ("w", "hela meningar")))
    pane.keys("s", "w")
    pane.wait_for("en spalt · ord för ord")
    walk_help(pane, "jämförelsen", "q", "en spalt")
    pane.keys("f")
    pane.wait_for("Visa bara avsnittet")
    pane.leave("Escape", "Visa bara avsnittet", "en spalt")
    pane.leave("q", "en spalt", "versioner")


def walk_milestones(pane: TmuxPane) -> None:
    pane.keys("m")
    pane.wait_for("KS 2023/886: remiss (")
    pane.wait_for("→ tillstyrkt (")
    pane.leave("Escape", "→ tillstyrkt (", "versioner")
    pane.keys("M")
    pane.wait_for("Jämför från milstolpe")
    pane.keys("Enter")
    pane.wait_for("… till milstolpe")
    pane.keys("Enter")
    pane.wait_for("→ tillstyrkt (")
    pane.leave("Escape", "→ tillstyrkt (", "versioner")


def walk_blame(pane: TmuxPane) -> None:
    pane.keys("b")
    pane.wait_for("Vem ändrade vad i KS 2023/886")
    pane.wait_for("avsnitt 1 av")
    steps = (("n", "avsnitt 2 av"), ("]", "avsnitt 3 av"), ("[", "avsnitt 2 av"))
    walk_steps(pane, (*steps, ("p", "avsnitt 1 av")))
    walk_scrolling(pane)
    pane.keys("f")
    pane.wait_for("Visa bara avsnittet")
    pane.leave("Escape", "Visa bara avsnittet", "Vem ändrade vad i")
    walk_help(pane, "vem ändrade vad (blame)", "F1", "Vem ändrade vad i")
    pane.leave("q", "Vem ändrade vad i", "versioner")


def walk_help(pane: TmuxPane, screen_name: str, close: str, shown: str) -> None:
    """``?`` lists the keys of the screen; ``close`` (Esc, q, ? or F1) closes it."""
    pane.keys("?")
    pane.wait_for(f"Tangenter i {screen_name}")
    pane.leave(close, f"Tangenter i {screen_name}", shown)


def walk_scrolling(pane: TmuxPane) -> None:
    """The moving keys of a view that scrolls: each pair leaves and comes back."""
    pane.keys("Home")
    top = pane.wait_for("## Sammanfattning av ärendet")
    for away, back in (("j", "k"), ("Down", "Up"), ("PageDown", "PageUp"), ("End", "Home")):
        pane.keys(away)
        pane.wait_until(lambda screen: screen != top, f"{away} scrolls")
        pane.keys(back)
        pane.wait_until(lambda screen: screen == top, f"{back} scrolls back")


def walk_help_and_palette(pane: TmuxPane) -> None:
    for key in ("?", "F1"):
        pane.keys(key)
        screen = pane.wait_for("Tangenter i ärendelistan")
        assert "pmtui.list.history" in screen
        screen = pane.leave("Escape", "Tangenter i ärendelistan", "1 av 8 ärenden")
        assert not lines_with(screen, "Strong?"), screen
    pane.keys("C-p")
    pane.wait_for("Sök kommando")
    pane.leave("Escape", "Sök kommando", "1 av 8 ärenden")
    pane.leave("Escape", "1 av 8 ärenden", "Skriv för att filtrera")  # clears the filter
    pane.wait_for("8 av 8 ärenden")
