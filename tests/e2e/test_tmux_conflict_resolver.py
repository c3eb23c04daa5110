"""The conflict screen in a real terminal (tests/e2e/keys.py): every key it documents is
sent as the bytes a terminal sends, and each does what it says: F2 and d open it from the
conflict dialog, o/F2, t/F3, b/F4 choose, e/F5 open the field (whose text only typing
changes; Esc leaves it), n/F8 and p/F7 move, a/F9 ask before aborting, s with a part
left open says which, s/F10 finish the merge, Esc and q go back with the choices kept,
? lists the keys. No key types into the list's filter field (docs/reliability.md, F52)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pmtui.texts import conflict as texts
from pmtui.texts import tui as tui_texts
from tests.conftest import git
from tests.e2e.keys import SEED, lines_with, make_demo
from tests.e2e.tmux import TmuxPane, pane_environment, pmtui_command
from tests.store.test_resolution import OURS, THEIRS
from tests.tui.test_conflict_resolver import MEMBERS_OURS, merge_per_part

ENTER, ESC = b"\r", b"\x1b"
F2, F3, F4, F5 = b"\x1bOQ", b"\x1bOR", b"\x1bOS", b"\x1b[15~"
F7, F8, F9, F10 = b"\x1b[18~", b"\x1b[19~", b"\x1b[20~", b"\x1b[21~"
TITLE = f"Konflikt i {SEED}"
OWN = "Nu "
FILTER = "Strong Cit"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def test_conflict_screen_keys(tmp_path: Path) -> None:
    demo = make_demo(tmp_path)
    head = merge_per_part(demo)
    ours = git(demo, "show", f"{head}:{SEED}")
    cases = len(list((demo / "cases").rglob("*.md")))
    pane = TmuxPane(f"pmtui-resolver-{os.getpid()}")
    pane.start(pmtui_command(), demo, pane_environment())
    try:
        open_from_the_list(pane, F2, cases)
        choose_and_move(pane)
        write_own_text(pane)
        ask_before_aborting(pane)
        leave_and_come_back(pane, cases)
        pane.send_bytes(F10)
        pane.wait_for(texts.FINISH_TITLE)
        pane.send_bytes(ENTER)  # Stäng
        back_in_the_list(pane, texts.FINISH_TITLE, cases)
        pane.keys("C-q")
        pane.wait_for("PMTUI-EXIT=0")
    finally:
        pane.close()
    expected = ours.replace("status: beslutad", "status: bordlagd")
    our_line = next(line for line in ours.split("\n") if line.startswith(OURS))
    expected = expected.replace(our_line, f"{our_line}\n{our_line.replace(OURS, THEIRS)}")
    expected = expected.replace(MEMBERS_OURS, OWN + MEMBERS_OURS)
    assert (demo / SEED).read_text(encoding="utf-8") == expected
    assert len(git(demo, "rev-list", "--parents", "-n", "1", "HEAD").split()) == 3
    assert git(demo, "status", "--porcelain") == ""


def open_from_the_list(pane: TmuxPane, key: bytes, cases: int) -> None:
    pane.wait_for(f"{cases} av {cases} ärenden")
    pane.type(FILTER)
    pane.wait_for(one_case(cases))
    pane.send_bytes(ENTER)
    pane.wait_for(texts.BUTTON_PARTS)
    pane.send_bytes(key)
    pane.wait_for(TITLE)


def status(number: int, chosen: int) -> str:
    return f"Konflikt {number} av 3 · {chosen} av 3 valda"


def row(number: int, pick: str) -> str:
    return f"{number}. {texts.UNIT_CHOSEN} {pick}"


def choose_and_move(pane: TmuxPane) -> None:
    pane.send_bytes(b"s")  # nothing chosen yet: says which parts are open
    pane.wait_for("3 konflikter har inget val än")
    pane.send_bytes(b"?")
    help_title = tui_texts.HELP_TITLE.format(screen="konfliktvyn")
    screen = pane.wait_for(help_title)
    assert "pmtui.resolver.both" in screen and "pmtui.resolver.abort" in screen
    pane.send_bytes(ESC)
    pane.wait_gone(help_title)
    steps = [
        (b"o", status(2, 1)),  # status: ours, on to the next open part
        (b"p", status(1, 1)),
        (F3, row(1, "deras")),  # theirs, on to part 2
        (F7, status(1, 1)),
        (F8, status(2, 1)),
        (F4, row(2, "båda")),  # both sentences, on to part 3
        (b"b", row(3, "båda")),
        (b"t", row(3, "deras")),
        (F2, row(3, "vår")),
        (b"p", status(2, 3)),
        (b"n", status(3, 3)),
    ]
    for key, shown in steps:
        pane.send_bytes(key)
        pane.wait_for(shown)


def write_own_text(pane: TmuxPane) -> None:
    """e: the field starts with our sentence; typing changes it; Esc leaves it. F5 opens
    it again, and leaving without typing changes nothing."""
    pane.send_bytes(b"e")
    pane.wait_for(texts.STATUS_HINT_EDITING)
    pane.send_bytes(b"\x1b[H")  # Home
    pane.send_bytes(OWN.encode())
    pane.wait_for(row(3, texts.PICKS["egen"]))
    pane.send_bytes(ESC)
    pane.wait_gone(texts.STATUS_HINT_EDITING)
    pane.send_bytes(F5)
    pane.wait_for(texts.STATUS_HINT_EDITING)
    pane.send_bytes(ESC)
    pane.wait_gone(texts.STATUS_HINT_EDITING)  # in the field's title and the status bar


def ask_before_aborting(pane: TmuxPane) -> None:
    for key in (b"a", F9):
        pane.send_bytes(key)
        pane.wait_for(texts.ABORT_TITLE)
        pane.send_bytes(ESC)  # Tillbaka
        pane.wait_gone(texts.ABORT_TITLE)


def leave_and_come_back(pane: TmuxPane, cases: int) -> None:
    """Esc and q go back to the list; d opens the screen again with the choices."""
    for back, reopen in ((ESC, b"d"), (b"q", ENTER)):
        pane.send_bytes(back)
        back_in_the_list(pane, TITLE, cases)
        pane.send_bytes(ENTER)
        pane.wait_for(texts.BUTTON_PARTS)
        pane.send_bytes(reopen)
        pane.wait_for(TITLE)
        pane.wait_for("Dina tidigare val är återställda: 3 av 3")


def one_case(cases: int) -> str:
    return f"1 av {cases} ärenden"


def back_in_the_list(pane: TmuxPane, gone: str, cases: int) -> None:
    """``gone`` has left and the list shows the one case again (it reloads after a merge
    commit), with the filter as it was typed: no key reached the filter field."""
    shown = one_case(cases)
    screen = pane.wait_until(lambda s: gone not in s and shown in s, f"{gone!r} → the list")
    assert texts.TITLE not in screen and TITLE not in screen
    line = lines_with(screen, FILTER)[0]  # the filter field, above the table
    assert line.split(FILTER, 1)[1].strip(" ▎▊▁▔") == "", line
