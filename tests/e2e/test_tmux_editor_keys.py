"""The keys of the case editor in a real terminal (tests/e2e/keys.py): each does its action
and types nothing into the field with the focus; the file saved at the end holds exactly
what was typed. Ctrl+Q with unsaved text asks, as Esc does."""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest

from tests.conftest import git
from tests.e2e.keys import (
    CTRL_G,
    CTRL_L,
    CTRL_N,
    CTRL_T,
    F8,
    F9,
    SEED,
    SHIFT_F8,
    TITLE,
    alt,
    lines_with,
    settle,
)
from tests.e2e.tmux import TmuxPane

INTRO = "Jag föreslår att borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande."
BOARD = "Borgarrådsberedningen föreslår att kommunstyrelsen beslutar följande."
POINT = "Staden tackar ja till att delta i Strong Cities Network Global Summit"
FIRST_WORD = "Finansborgarrådet"
TYPED = "x" + FIRST_WORD

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def test_editor_keys(pane: TmuxPane, demo: Path, tmp_path: Path) -> None:
    open_the_seed_case(pane)
    walk_tab_keys(pane)
    walk_decision_keys(pane)
    walk_text_keys(pane)
    walk_editor_screens(pane)
    walk_form_undo(pane)
    walk_external_editor(pane, tmp_path / "editor.log")
    quit_asks_then_save(pane)
    assert_saved_file(demo)


def open_the_seed_case(pane: TmuxPane) -> None:
    pane.wait_for("8 av 8 ärenden")
    pane.type("Strong Cit")
    pane.wait_for("1 av 8 ärenden")
    pane.keys("Enter")
    pane.wait_for(TITLE)


def show_tab(pane: TmuxPane, key: str | bytes, marker: str) -> str:
    if isinstance(key, bytes):
        pane.send_bytes(key)
    else:
        pane.keys(key)
    screen = pane.wait_for(marker)
    settle()  # the tab's field gets the focus after it is shown
    return screen


DECISIONS = "Beredningens inledning"
SECTIONS = "Remissammanställningen"
METADATA = "ärendets identitet"


def walk_tab_keys(pane: TmuxPane) -> None:
    """F5/F6/F7, also from inside the Text tab's editor (where F6/F7 were its own)."""
    show_tab(pane, "F6", DECISIONS)
    show_tab(pane, "F7", SECTIONS)
    show_tab(pane, "F6", DECISIONS)
    show_tab(pane, "F7", SECTIONS)
    show_tab(pane, "F5", METADATA)
    screen = show_tab(pane, "F6", DECISIONS)
    assert "ändrad" not in screen and INTRO in screen  # no key typed into a field


def wait_number(pane: TmuxPane, number: str, text: str) -> str:
    """The att-sats ``text`` numbered ``number`` (``1.`` is not the end of ``1.1.``)."""
    pattern = re.compile(rf"(?<![\d.]){re.escape(number)}\W*{re.escape(text)}")
    return pane.wait_until(lambda screen: bool(pattern.search(screen)), f"{number} {text}")


def walk_decision_keys(pane: TmuxPane) -> None:
    """On the Inledning: new att-sats, move, indent, remove; blocks; with Alt and the
    Ctrl/F-key alternatives. The Inledning and the att-sats keep their text."""
    for new, up, down, remove in (
        (alt("n"), "M-Up", "M-Down", alt("d")),
        (CTRL_N, "C-Up", "C-Down", CTRL_T),
    ):
        pane.send_bytes(new)
        pane.wait_for("att-satsens text")
        settle()
        pane.type("Ny punkt")
        wait_number(pane, "2.", "Ny punkt")
        for key, number in ((up, "1."), (down, "2."), ("M-Right", "1.1."), ("M-Left", "2.")):
            pane.keys(key)
            wait_number(pane, number, "Ny punkt")
        pane.send_bytes(remove)
        wait_rebuilt(pane, "Ny punkt")
    walk_block_keys(pane)


def wait_rebuilt(pane: TmuxPane, gone: str) -> str:
    """The att-satser shown again (a change rebuilds them), without ``gone``, and every
    text as it was: the Inledning, the Beredningens inledning and the first att-sats."""
    screen = pane.wait_until(
        lambda screen: gone not in screen and all(t in screen for t in (INTRO, BOARD, POINT)),
        f"{gone!r} removed, the rest as it was",
    )
    settle()  # the rebuilt att-satser are shown first, then a field gets the focus
    return screen


def walk_block_keys(pane: TmuxPane) -> None:
    for add, remove in ((F8, alt("x")), (F8, SHIFT_F8)):
        pane.send_bytes(add)
        pane.wait_for("Block 2")
        pane.send_bytes(remove)
        screen = wait_rebuilt(pane, "Block 2")
        assert not [line for line in screen.splitlines() if line.strip() in ("x", "b")], screen


def walk_text_keys(pane: TmuxPane) -> None:
    """In the section's editor: F7 again does not select all (``x`` replaced the whole
    section), the preview toggles, Ctrl+Z undoes."""
    show_tab(pane, "F7", SECTIONS)
    pane.keys("F7")
    pane.type("x")
    screen = pane.wait_for(TYPED)
    assert "Till mötet väntas" in screen, screen  # the rest of the section is still there
    wait_count(pane, TYPED, 2)  # in the text and in the preview beside it
    for key, count in ((alt("p"), 1), (F9, 2), (alt("p"), 1), (F9, 2)):
        pane.send_bytes(key)  # Alt+P and F9 hide and show the preview
        wait_count(pane, TYPED, count)
    pane.keys("C-z")
    pane.wait_gone(TYPED)
    pane.type("Ny mening. ")
    pane.wait_for("Ny mening. " + FIRST_WORD)


def wait_count(pane: TmuxPane, text: str, count: int) -> str:
    return pane.wait_until(lambda screen: screen.count(text) == count, f"{count}× {text!r}")


def walk_editor_screens(pane: TmuxPane) -> None:
    """History and blame from the editor (Alt and Ctrl keys), help with F1."""
    for key, title in (
        (alt("h"), "Historik för KS 2023/886"),
        (CTRL_L, "Historik för KS 2023/886"),
        (alt("v"), "Vem ändrade vad i KS 2023/886"),
        (CTRL_G, "Vem ändrade vad i KS 2023/886"),
    ):
        pane.send_bytes(key)
        pane.wait_for(title)
        pane.leave("Escape", title, TITLE)
    pane.keys("F1")
    pane.wait_for("Tangenter i ärendet")
    screen = pane.leave("Escape", "Tangenter i ärendet", TITLE)
    assert "Ny mening. " + FIRST_WORD in screen, screen
    assert not lines_with(screen, "hNy mening") and not lines_with(screen, "vNy mening")


def walk_form_undo(pane: TmuxPane) -> None:
    """Ctrl+Z and Ctrl+Y in a single-line field of the form (the empty Nummer)."""
    show_tab(pane, "F5", METADATA)
    pane.keys("Tab")  # from Handling to Nummer
    settle()
    pane.type("2019:7")
    pane.wait_for("2019:7")
    for key, check in (("C-z", pane.wait_gone), ("C-y", pane.wait_for), ("C-z", pane.wait_gone)):
        pane.keys(key)
        check("2019:7")


def wait_log(log: Path, count: int) -> list[str]:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        lines = log.read_text(encoding="utf-8").split() if log.exists() else []
        if len(lines) >= count:
            return lines
        time.sleep(0.1)
    raise AssertionError(f"$EDITOR ran fewer than {count} times")


def walk_external_editor(pane: TmuxPane, log: Path) -> None:
    """F4 and ``e`` edit the section shown, Shift+F4 and ``E`` the whole file."""
    show_tab(pane, "F7", SECTIONS)
    pane.keys("F4")
    pane.wait_for("INBJUDAN")
    pane.keys("S-F4")
    assert wait_log(log, 2)[1].endswith(".file.md")
    pane.wait_for(TITLE)
    pane.keys("BTab")  # from the text to the section list: letters are keys there
    settle()
    pane.keys("e")
    wait_log(log, 3)
    pane.wait_for(TITLE)
    pane.keys("E")
    kinds = [Path(line).suffixes[-2] for line in wait_log(log, 4)]
    assert kinds == [".section", ".file", ".section", ".file"], kinds


def quit_asks_then_save(pane: TmuxPane) -> None:
    pane.wait_for(TITLE)
    pane.keys("C-q")
    pane.wait_for("Ärendet har osparade ändringar")
    pane.leave("Escape", "Ärendet har osparade ändringar", TITLE)  # cancel: nothing lost
    pane.keys("C-s")
    pane.wait_for("KS 2023/886: ändrade")
    pane.leave("Escape", "KS 2023/886: ändrade", TITLE)  # the message can wait
    pane.keys("C-s")
    pane.wait_for("KS 2023/886: ändrade")
    pane.keys("C-s")
    pane.wait_for("Sparat")
    pane.keys("C-q")
    pane.wait_for("PMTUI-EXIT=0")


def assert_saved_file(demo: Path) -> None:
    text = (demo / SEED).read_text(encoding="utf-8")
    assert f"inledning: {INTRO}" in text
    assert f"beredningens_inledning: {BOARD}" in text
    assert f"      - {POINT}" in text
    assert "Ny punkt" not in text and "nummer:" not in text
    assert "rubrik: Strong Cities Network Global Summit\n" in text
    assert f"Ny mening.\n{FIRST_WORD} har mottagit en INBJUDAN" in text  # one sentence a line
    assert git(demo, "status", "--porcelain") == ""
