"""The agenda's keys in a real terminal: Alt+D (ESC d) and F10 from the list, F2 and F3
inside, Enter opens the case, Esc goes back; the list's filter text is never touched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.e2e.keys import TITLE, alt, settle
from tests.e2e.tmux import TmuxPane

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]
HEADING = "Föredragningslista: Kommunstyrelsen, 13 september 2023"  # the demo's last meeting


def test_agenda_keys(pane: TmuxPane, demo: Path) -> None:
    pane.wait_for("ärenden")
    pane.type("Strong")
    pane.wait_for("1 av ")
    settle()
    pane.send_bytes(alt("d"))
    screen = pane.wait_for(HEADING)
    assert "1. KS 2023/886" in screen
    pane.keys("F2")
    pane.wait_for("Kommunfullmäktige")  # only the organ picker names it
    pane.leave("Escape", "Kommunfullmäktige", HEADING)
    pane.keys("F3")
    pane.wait_for("Sammanträde")  # the meeting picker's title
    pane.leave("Escape", "Sammanträde", HEADING)
    pane.keys("Enter")
    pane.wait_for(TITLE)
    pane.leave("Escape", "Rubrik", HEADING)
    screen = pane.leave("Escape", HEADING, "1 av ")
    assert "Strong" in screen  # the filter kept exactly what was typed
    assert "Strongd" not in screen
    pane.keys("F10")
    pane.wait_for(HEADING)
    screen = pane.leave("Escape", HEADING, "1 av ")
    assert "Strongd" not in screen and "Strong" in screen
