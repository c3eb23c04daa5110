"""The new-case form's keys in a real terminal (tests/e2e/keys.py): Ctrl+N as the byte a
terminal sends (0x0E) opens it from the list without typing into the filter; F1 lists its
keys; Enter moves through the fields; Esc closes it (asking once something is typed);
Ctrl+S creates the case as one commit and opens it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import git
from tests.e2e.keys import CTRL_N, settle
from tests.e2e.tmux import TmuxPane

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

FORM = "Nytt ärende"
QUESTION = "Kasta det nya ärendet?"
NEW_PATH = "cases/2025/ks-2025-999.md"
TITLE = "Trygghet i tunnelbanan"


def test_ctrl_n_fills_and_creates_a_case_and_leaves_the_filter_alone(
    pane: TmuxPane, demo: Path
) -> None:
    pane.wait_for("8 av 8 ärenden")
    pane.type("Strong")
    pane.wait_for("1 av 8 ärenden")
    commits = len(git(demo, "log", "--format=%H").split())
    walk_esc(pane)
    open_form(pane)
    for text in ("KS 2025/999", TITLE, "ii"):  # Enter: the next field (skips handling)
        pane.type(text)
        pane.keys("Enter")
        settle()
    pane.type("Anna Ek, Bo Berg")
    pane.wait_for("Anna Ek, Bo Berg")
    pane.keys("C-s")
    pane.wait_for(f"KS 2025/999 – {TITLE}")  # the editor on the new case
    assert len(git(demo, "log", "--format=%H").split()) == commits + 1
    assert git(demo, "show", "--name-only", "--format=", "HEAD").split() == [NEW_PATH]
    text = git(demo, "show", f"HEAD:{NEW_PATH}")
    assert f"rubrik: {TITLE}" in text and "rotel: II" in text and "  - Bo Berg" in text
    screen = pane.leave("Escape", f"KS 2025/999 – {TITLE}", "1 av 9 ärenden")
    assert_filter_is(screen, "Strong")
    pane.keys("C-q")
    pane.wait_for("PMTUI-EXIT=0")


def open_form(pane: TmuxPane) -> None:
    pane.send_bytes(CTRL_N)
    pane.wait_for(FORM)
    settle()  # the dnr field gets the focus


def walk_esc(pane: TmuxPane) -> None:
    """Esc on an empty form closes it; after typing it asks, and its Esc keeps writing."""
    open_form(pane)
    pane.keys("F1")  # the app's F1 does not reach a modal screen: the form binds it again
    assert "pmtui.new_case.create" in pane.wait_for("Tangenter i den här vyn")
    pane.leave("Escape", "Tangenter i den här vyn", FORM)
    screen = pane.leave("Escape", FORM, "1 av 8 ärenden")
    assert_filter_is(screen, "Strong")
    open_form(pane)
    pane.type("KS")
    pane.wait_for("KS")
    pane.keys("Escape")
    pane.wait_for(QUESTION)
    pane.leave("Escape", QUESTION, FORM)
    pane.keys("Escape")
    pane.wait_for(QUESTION)
    pane.keys("Tab", "Enter")  # from "Fortsätt skriva" to "Kasta"
    screen = pane.wait_until(lambda s: FORM not in s and "1 av 8 ärenden" in s, "discarded")
    assert_filter_is(screen, "Strong")


def assert_filter_is(screen: str, text: str) -> None:
    """The filter field (the third row: header, the field's top border, its text) holds
    exactly ``text``: no key of the form was typed into it."""
    assert screen.splitlines()[2].strip(" ▊▎") == text, screen
