"""A case in a merge conflict, in a real terminal (tests/e2e/keys.py): Enter on it in the
list opens the conflict dialog; Esc leaves everything as it was, F4 and e run $EDITOR, and
the resolution is written to the work tree with no commit. No key types into the list's
filter field (docs/reliability.md, F45)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pmtui.texts import conflict as texts
from tests.conftest import git
from tests.e2e.keys import ALL_SHOWN, ONE_SHOWN, SEED, lines_with, make_demo
from tests.e2e.tmux import TmuxPane, pane_environment, pmtui_command
from tests.store.test_resolution import merge_with_conflict, resolved_as_ours
from tests.tui.test_conflict_case import editor_input, install_editor

ENTER, ESC, F4 = b"\r", b"\x1b", b"\x1bOS"
FILTER = "Strong Cit"
ONE_CASE = ONE_SHOWN

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def test_conflict_dialog_keys(tmp_path: Path) -> None:
    demo = make_demo(tmp_path)
    merge_with_conflict(demo, SEED)
    conflicted, head = (demo / SEED).read_text(encoding="utf-8"), git(demo, "rev-parse", "HEAD")
    editor = tmp_path / "editor"
    environment = pane_environment() | {"EDITOR": install_editor(editor, "same", "ours")}
    pane = TmuxPane(f"pmtui-conflict-{os.getpid()}")
    pane.start(pmtui_command(), demo, environment)
    try:
        open_and_cancel(pane)
        assert (demo / SEED).read_text(encoding="utf-8") == conflicted
        resolve_with_f4_then_e(pane)
        pane.keys("C-q")
        pane.wait_for("PMTUI-EXIT=0")
    finally:
        pane.close()
    assert editor_input(editor, 1) == conflicted and editor_input(editor, 2) == conflicted
    assert (demo / SEED).read_text(encoding="utf-8") == resolved_as_ours(conflicted)
    assert git(demo, "rev-parse", "HEAD") == head  # no commit
    assert git(demo, "diff", "--name-only", "--diff-filter=U") == f"{SEED}\n"


def open_and_cancel(pane: TmuxPane) -> None:
    pane.wait_for(ALL_SHOWN)
    pane.type(FILTER)
    pane.wait_for(ONE_CASE)
    pane.send_bytes(ENTER)
    screen = pane.wait_for(texts.TITLE)
    assert "Git är mitt i en sammanslagning (git merge)" in screen
    assert lines_with(screen, "<<<<<<< HEAD – din gren (main)")
    pane.send_bytes(ESC)
    filter_unchanged(pane.wait_gone(texts.TITLE))


def resolve_with_f4_then_e(pane: TmuxPane) -> None:
    pane.send_bytes(ENTER)
    pane.wait_for(texts.TITLE)
    pane.send_bytes(F4)  # $EDITOR changes nothing: said so, the dialog stays
    pane.wait_for("Inga ändringar från")
    pane.send_bytes(b"e")  # $EDITOR keeps our side
    screen = pane.wait_for(texts.RESOLVED_TITLE)
    assert lines_with(screen, f"git add {SEED}")
    pane.send_bytes(ENTER)  # Stäng
    filter_unchanged(pane.wait_gone(texts.RESOLVED_TITLE))


def filter_unchanged(screen: str) -> None:
    """Back in the list with the filter as typed: no key of the dialog reached it."""
    assert ONE_CASE in screen and texts.TITLE not in screen
    line = lines_with(screen, FILTER)[0]  # the filter field, above the table
    assert line.split(FILTER, 1)[1].strip(" ▎▊▁▔") == "", line
