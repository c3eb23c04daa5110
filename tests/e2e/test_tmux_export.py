"""The export key in a real terminal (tests/e2e/keys.py): Ctrl+O, as the byte a terminal
sends (0x0F), opens the export dialog from inside the editor's text without typing into
it; Enter writes the case as .docx into the folder pmtui was started in, and the case's
text, on screen and on disk, is as it was."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.conftest import git
from tests.e2e.keys import ALL_SHOWN, ONE_SHOWN, SEED, TITLE, settle
from tests.e2e.tmux import TmuxPane

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

CTRL_O = b"\x0f"
DIALOG = "Exportera KS 2023/886"
FIRST_WORD = "Finansborgarrådet"


def test_ctrl_o_exports_the_case_and_types_nothing(pane: TmuxPane, demo: Path) -> None:
    before = (demo / SEED).read_bytes()
    pane.wait_for(ALL_SHOWN)
    pane.type("Strong Cit")
    pane.wait_for(ONE_SHOWN)
    pane.keys("Enter")
    pane.wait_for(TITLE)
    pane.keys("F7")  # the Text tab: the section's text has the focus
    pane.wait_for(FIRST_WORD)
    settle()
    pane.send_bytes(CTRL_O)
    screen = pane.wait_for(DIALOG)
    assert "ks-2023-886.docx" in screen
    settle()  # the file name field gets the focus
    pane.keys("Enter")
    written = demo / "ks-2023-886.docx"
    screen = pane.wait_until(
        lambda screen: "Exporterade" in screen and written.exists(), "the export's notice"
    )
    assert DIALOG not in screen
    assert "ändrad" not in screen  # the editor's title has no change mark: nothing typed
    with zipfile.ZipFile(io.BytesIO(written.read_bytes())) as package:
        assert "Strong Cities Network Global Summit" in package.read("word/document.xml").decode()
    assert (demo / SEED).read_bytes() == before
    assert git(demo, "status", "--porcelain", "--", "cases") == ""
    pane.keys("C-q")  # nothing unsaved: pmtui quits without asking
    pane.wait_for("PMTUI-EXIT=0")
