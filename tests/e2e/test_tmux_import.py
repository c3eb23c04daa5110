"""Import's keys in a real terminal: Alt+I (ESC i) from the list opens the dialog, Enter
imports the file typed, Esc closes; the list's filter text is never touched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT, git
from tests.e2e.keys import alt, settle
from tests.e2e.tmux import TmuxPane

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]
OLDER = REPO_ROOT / "tests" / "data" / "import" / "pm-older-layout.txt"


def test_alt_i_imports_a_document(pane: TmuxPane, demo: Path, tmp_path: Path) -> None:
    document = tmp_path / "aldre.txt"
    shutil.copy(OLDER, document)
    before = git(demo, "rev-list", "--count", "HEAD")
    pane.wait_for("ärenden")
    pane.type("Strong")
    pane.wait_for("1 av ")
    settle()
    pane.send_bytes(alt("i"))
    pane.wait_for("Importera dokument")
    pane.keys("C-u")  # the field starts with the folder pmtui runs in
    settle()
    pane.type(str(document))
    pane.wait_for(document.name)
    pane.keys("Enter")
    pane.wait_for("Importerade 1 av 1 fil.")
    screen = pane.leave("Escape", "Importera dokument", "Strong")
    assert "Strongi" not in screen
    assert int(git(demo, "rev-list", "--count", "HEAD")) == int(before) + 1
