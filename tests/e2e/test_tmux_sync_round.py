"""One whole round of team work in a real terminal (issue 10): two clones of one case
repository; the other clone pushes a new title; here the app edits the same title and
saves; ``pmtui sync`` stops at the conflict; the app's conflict screen resolves it (ours)
and finishes the merge; ``pmtui sync`` pushes. Every step through the keys a terminal
sends, in a shell in tmux."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import git
from tests.e2e.keys import SEED, make_demo, settle
from tests.e2e.tmux import TmuxPane, pane_environment, pmtui_command

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]
OURS, THEIRS = "Rubrik från denna klon", "Rubrik från den andra klonen"
RETITLE = f"sed -i 's/^rubrik: .*/rubrik: {OURS}/' \"$1\"\n"


def clones(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A bare origin made from the demo, and two clones with the merge driver set up."""
    origin = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", str(make_demo(tmp_path)), str(origin))
    here, other = tmp_path / "har", tmp_path / "andra"
    for clone in (here, other):
        git(tmp_path, "clone", "-q", str(origin), str(clone))
    return origin, here, other


PROMPT = "PROMPT>"


def at_prompt(pane: TmuxPane) -> None:
    """The shell waits for a command (the app has given the terminal back)."""
    pane.wait_until(lambda s: s.rstrip().endswith(PROMPT), "the shell's prompt", timeout=60)


def shell(pane: TmuxPane, command: str, done: str) -> str:
    at_prompt(pane)
    pane.type(command)
    pane.keys("Enter")
    return pane.wait_for(done, timeout=60)


def test_edit_save_sync_conflict_resolve_sync(tmp_path: Path) -> None:
    origin, here, other = clones(tmp_path)
    pmtui = pmtui_command()
    seed = other / SEED
    seed.write_text(
        "\n".join(
            f"rubrik: {THEIRS}" if line.startswith("rubrik:") else line
            for line in seed.read_text(encoding="utf-8").split("\n")
        ),
        encoding="utf-8",
    )
    git(other, "commit", "-qam", "KS 2023/886: ny rubrik")
    git(other, "push", "-q")
    (tmp_path / "editor.sh").write_text(RETITLE, encoding="utf-8")
    config = tmp_path / "config.toml"  # work on main: no case branch offered
    config.write_text("offer_branch = false\n", encoding="utf-8")
    environment = pane_environment() | {
        "EDITOR": f"sh {tmp_path / 'editor.sh'}",
        "PMTUI_CONFIG": str(config),
        "PS1": PROMPT + " ",
    }
    pane = TmuxPane(f"pmtui-round-{os.getpid()}")
    pane.start("bash --norc --noprofile", here, environment)
    try:
        shell(pane, f"{pmtui} git-setup > /dev/null 2>&1; echo SETUP-$?", "SETUP-0")
        at_prompt(pane)
        pane.type(pmtui)
        pane.keys("Enter")
        pane.wait_for("ärenden")
        pane.type("886")
        pane.wait_for("1 av ")
        pane.keys("Enter")
        pane.wait_for("KS 2023/886 – ")
        pane.keys("S-F4")  # the whole file in $EDITOR: a new title
        pane.wait_for("Filen är inläst från redigeraren")
        pane.keys("C-s")
        pane.wait_for("Första raden är sammanfattningen")  # the commit message dialog
        pane.keys("C-s")
        pane.wait_for("Sparat")
        pane.keys("C-q")
        pane.wait_gone("ärenden")
        shell(pane, f"clear; {pmtui} sync; echo SYNC-$?", "SYNC-1")
        assert "krockar" in pane.screen()
        at_prompt(pane)
        pane.type(f"clear; {pmtui}")
        pane.keys("Enter")
        pane.wait_for("ärenden")
        pane.type("886")
        pane.wait_for("1 av ")
        pane.keys("Enter")
        pane.wait_for("Lös del för del")
        settle()
        pane.keys("d")
        pane.wait_for(THEIRS)
        pane.keys("o")
        settle()
        pane.keys("s")
        pane.wait_for("Konflikten är löst")
        pane.keys("Enter")
        pane.wait_gone("Konflikten är löst")
        settle()
        pane.keys("C-q")
        pane.wait_gone("ärenden")
        shell(pane, f"clear; {pmtui} sync; echo SYNC-$?", "SYNC-0")
    finally:
        pane.close()
    assert git(here, "status", "--porcelain") == ""
    assert f"rubrik: {OURS}" in git(origin, "show", f"main:{SEED}")
    parents = git(origin, "log", "-1", "--format=%P", "main").split()
    assert len(parents) == 2  # the merge reached the server
