"""F13: SIGTERM or SIGHUP with unsaved text writes the swap file and exits the app cleanly.

The app runs in a real subprocess (headless driver); the test edits a field there, sends
the signal, and reads the swap file. F14: an exception in a UI action leaves a draft that
is at most one autosave period old, and a non-zero exit code.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pmtui.editing.drafts import DraftStore
from tests.tui.list_repository import make_repository

PATH = "cases/2023/ks-2023-886.md"

SCRIPT = """
import sys
from textual.app import App
from pmtui.store import CaseRepository
from pmtui.tui.screens.case_editor import CaseEditorScreen
from textual.widgets import Input

class EditorApp(App):
    def on_mount(self):
        self.push_screen(CaseEditorScreen(CaseRepository.discover(sys.argv[1]), "KS 2023/886"))
        self.set_timer(0.5, self.type_something)

    def type_something(self):
        self.screen.query_one("#field-rubrik", Input).value = "Osparad rubrik"
        self.set_timer(0.3, self.ready)

    def ready(self):
        if sys.argv[2] == "crash":
            raise RuntimeError("a bug in a UI action")
        print("READY", flush=True)

app = EditorApp()
app.run(headless=True)
sys.exit(app.return_code or 0)
"""


def _start(tmp_path: Path, mode: str) -> tuple[subprocess.Popen[str], Path]:
    repo = make_repository(tmp_path / "repo")
    assert repo.root is not None
    script = tmp_path / "run_editor.py"
    script.write_text(SCRIPT)
    process = subprocess.Popen(
        [sys.executable, str(script), str(repo.root), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    return process, repo.root


@pytest.mark.slow
@pytest.mark.parametrize("sent", [signal.SIGTERM, signal.SIGHUP])
def test_a_terminating_signal_saves_the_draft_and_exits(
    tmp_path: Path, sent: signal.Signals
) -> None:
    process, root = _start(tmp_path, "signal")
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.strip() == "READY", process.stderr.read() if process.stderr else ""
    started = time.monotonic()
    process.send_signal(sent)
    code = process.wait(timeout=30)
    assert code == 128 + sent
    assert time.monotonic() - started < 10
    draft = DraftStore(root).read(PATH)
    assert draft is not None
    assert draft.state["fields"]["rubrik"] == "Osparad rubrik"
    assert draft.text is not None and "rubrik: Osparad rubrik" in draft.text
    assert "Traceback" not in (process.stderr.read() if process.stderr else "")


@pytest.mark.slow
def test_an_exception_in_an_action_leaves_a_draft_and_a_failing_exit(tmp_path: Path) -> None:
    process, root = _start(tmp_path, "crash")
    code = process.wait(timeout=60)
    assert code != 0
    draft = DraftStore(root).read(PATH)
    assert draft is not None and draft.state["fields"]["rubrik"] == "Osparad rubrik"
