"""F13 in a real terminal: ``pmtui`` in tmux with unsaved text in the editor, then SIGTERM
or a closed terminal. The draft must hold the text; after SIGTERM the terminal must have
left the alternate screen (tmux's ``alternate_on``) and the exit code must say why."""

from __future__ import annotations

import os
import shutil
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pmtui.editing.drafts import DraftStore
from tests.e2e.tmux import TmuxPane, pane_environment, pmtui_command
from tests.tui.list_repository import make_repository

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]
PATH = "cases/2023/ks-2023-886.md"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    make_repository(tmp_path / "demo")
    return tmp_path / "demo"


@pytest.fixture
def pane(demo: Path) -> Iterator[TmuxPane]:
    terminal = TmuxPane(f"pmtui-editor-{os.getpid()}")
    terminal.start(pmtui_command(), demo, pane_environment())
    try:
        yield terminal
    finally:
        terminal.close()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _pmtui_pid(pane: TmuxPane) -> int:
    shell = int(pane.run("display", "-p", "-t", "e2e", "#{pane_pid}").strip())
    children = _children(shell)
    assert len(children) == 1, children
    return children[0]


def _type_unsaved_text(pane: TmuxPane) -> None:
    pane.wait_for("4 av 4 ärenden")
    pane.type("Strong Cit")
    pane.wait_for("1 av 4 ärenden")
    pane.keys("Enter")
    pane.wait_for("KS 2023/886 – Strong Cities Network Global Summit")
    pane.keys("F7")
    pane.wait_for("Remissammanställningen")
    pane.type("Osparad mening. ")
    pane.wait_for("ändrad")


def _running(pid: int) -> bool:
    """True while the process exists and has not exited (a zombie has exited)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _wait_gone(pid: int, timeout: float = 40) -> None:
    deadline = time.monotonic() + timeout
    while _running(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(pid)


def _assert_draft(demo: Path) -> None:
    draft = DraftStore(demo).read(PATH)
    assert draft is not None
    assert draft.state["sections"][0]["text"].startswith("Osparad mening. Finansborgarrådet")


def test_sigterm_saves_the_draft_and_restores_the_terminal(pane: TmuxPane, demo: Path) -> None:
    _type_unsaved_text(pane)
    pid = _pmtui_pid(pane)
    os.kill(pid, signal.SIGTERM)
    screen = pane.wait_for("PMTUI-EXIT=")
    assert f"PMTUI-EXIT={128 + signal.SIGTERM}" in screen
    assert pane.run("display", "-p", "-t", "e2e", "#{alternate_on}").strip() == "0"
    assert "Osparad mening" not in screen  # the editor's screen is gone
    _assert_draft(demo)


def test_closing_the_terminal_saves_the_draft(pane: TmuxPane, demo: Path) -> None:
    _type_unsaved_text(pane)
    pid = _pmtui_pid(pane)
    pane.run("kill-session", "-t", "e2e")  # the terminal goes away: SIGHUP
    _wait_gone(pid)
    _assert_draft(demo)


def test_the_next_start_offers_the_draft(pane: TmuxPane, demo: Path) -> None:
    _type_unsaved_text(pane)
    os.kill(_pmtui_pid(pane), signal.SIGTERM)
    pane.wait_for("PMTUI-EXIT=")
    pane.close()
    again = TmuxPane(f"pmtui-editor-again-{os.getpid()}")
    again.start(pmtui_command(), demo, pane_environment())
    try:
        again.wait_for("Osparade utkast finns för: KS 2023/886")
        again.type("Strong Cit")
        again.wait_for("1 av 4 ärenden")
        again.keys("Enter")
        again.wait_for("Osparat utkast hittat")
        again.keys("Enter")  # Återställ has the focus
        again.wait_for("ändrad")
    finally:
        again.close()
