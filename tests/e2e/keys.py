"""What the key tests in tmux share: a demo repository, a pane running pmtui on it with a
$EDITOR that logs what it was given, and the bytes of keys (Alt+letter is ESC+letter).

Pilot sends key names (``alt+n``) and cannot see what a terminal does: ESC+``n`` arrives
as a printable ``n`` that a focused field types, ESC+``1`` arrives as ``¡`` and ESC+``b``
as Ctrl+Left. These tests send the bytes; one tmux session walks the keys of a screen
family."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.e2e.tmux import TmuxPane, pane_environment, pmtui_command

SEED = "cases/2023/ks-2023-886.md"
# The demo is built from the bundled example cases: the list's count of all, and of one.
DEMO_CASES = len(
    list((Path(__file__).resolve().parents[2] / "src/pmtui/examples/cases").rglob("*.md"))
)
ALL_SHOWN = f"{DEMO_CASES} av {DEMO_CASES} ärenden"
ONE_SHOWN = f"1 av {DEMO_CASES} ärenden"
TITLE = "KS 2023/886 – Strong Cities Network Global Summit"
# $EDITOR: logs which file it got (section or whole file) and capitalises one word.
FAKE_EDITOR = 'echo "$1" >> "$(dirname "$0")/editor.log"\nsed -i s/inbjudan/INBJUDAN/ "$1"\n'
F6, F8, F9, SHIFT_F8 = b"\x1b[17~", b"\x1b[19~", b"\x1b[20~", b"\x1b[19;2~"
CTRL_G, CTRL_L, CTRL_N, CTRL_T = b"\x07", b"\x0c", b"\x0e", b"\x14"


def alt(letter: str) -> bytes:
    """What a terminal sends for Alt+letter: ESC, then the letter."""
    return b"\x1b" + letter.encode()


def make_demo(tmp_path: Path) -> Path:
    folder = tmp_path / "demo"
    command = [sys.executable, "-m", "pmtui.cli.main", "demo", "--no-tui", str(folder)]
    subprocess.run(command, check=True, capture_output=True)
    return folder


@contextmanager
def pmtui_pane(demo: Path, tmp_path: Path, editor: str = FAKE_EDITOR) -> Iterator[TmuxPane]:
    """pmtui in tmux on ``demo`` with ``editor`` (a sh script) as $EDITOR; with the default
    one, ``tmp_path/editor.log`` lists the files $EDITOR got."""
    (tmp_path / "editor.sh").write_text(editor, encoding="utf-8")
    environment = pane_environment() | {"EDITOR": f"sh {tmp_path / 'editor.sh'}"}
    terminal = TmuxPane(f"pmtui-keys-{os.getpid()}")
    terminal.start(pmtui_command(), demo, environment)
    try:
        yield terminal
    finally:
        terminal.close()


def settle() -> None:
    """A focus move is not visible in a capture: give it time to land before typing."""
    time.sleep(0.5)


def lines_with(screen: str, text: str) -> list[str]:
    return [line for line in screen.splitlines() if text in line]


def walk_steps(pane: TmuxPane, steps: tuple[tuple[str, str], ...]) -> str:
    """Press each key and wait for its text; the last screen."""
    screen = ""
    for key, shown in steps:
        pane.keys(key)
        screen = pane.wait_for(shown)
    return screen
