"""The review's keys in a real terminal (tests/e2e/keys.py): F9 and Alt+G (ESC g) open it
from the case list without typing into the list's filter field; in the review, the
moving keys, Enter, Space, n/]/p/[ and, in its comparison, n/]/p/[ across cases."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.review_repository import make_review_branch
from tests.e2e.keys import ALL_SHOWN, F9, ONE_SHOWN, alt, lines_with, pmtui_pane, walk_steps
from tests.e2e.tmux import TmuxPane

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]
TITLE = "Granskning av main...HEAD"
FILTERED = ONE_SHOWN


def test_review_keys(tmp_path: Path) -> None:
    root = make_review_branch(tmp_path / "demo")
    with pmtui_pane(root, tmp_path) as pane:
        pane.wait_for(ALL_SHOWN)
        pane.type("Strong")
        pane.wait_for(FILTERED)
        for key in (F9, alt("g")):
            pane.send_bytes(key)
            pane.wait_for(TITLE)
            pane.wait_for("3 ändrade ärenden · 0 av 3 granskade")
            screen = pane.leave("Escape", TITLE, FILTERED)
            assert lines_with(screen, "Strong ") and not lines_with(screen, "Strongg"), screen
        pane.send_bytes(F9)
        pane.wait_for("0 av 3 granskade")
        walk_comparison_across_cases(pane)
        walk_list_keys(pane)
        walk_moving_keys(pane)
        pane.keys("?")
        pane.wait_for("Tangenter i granskningen")
        pane.leave("Escape", "Tangenter i granskningen", TITLE)
        screen = pane.leave("q", TITLE, FILTERED)
        assert lines_with(screen, "Strong ") and not lines_with(screen, "Strongq"), screen
        pane.keys("C-q")
        pane.wait_for("PMTUI-EXIT=0")


def walk_comparison_across_cases(pane: TmuxPane) -> None:
    """Enter on the first case; n and ] on to the next cases, p and [ back."""
    pane.keys("Enter")
    pane.wait_for("KS 2021/733: main (")
    pane.wait_for("1 ändring (n: nästa) · ärende 1 av 3")
    steps = (
        ("n", "ändring 1 av 1 · ärende 1 av 3"),  # the first change of the case
        ("n", "ärende 2 av 3"),
        ("]", "ärende 3 av 3"),
        ("p", "ärende 2 av 3"),
        ("[", "ärende 1 av 3"),
    )
    walk_steps(pane, steps)
    pane.wait_for("KS 2021/733: main (")
    pane.leave("Escape", "KS 2021/733: main (", TITLE)
    pane.wait_for("3 av 3 granskade")


def walk_list_keys(pane: TmuxPane) -> None:
    """Space unmarks and marks; n and p go to the next and previous case not viewed."""
    pane.keys("Space")  # the cursor is on the case last opened: the first
    pane.wait_for("2 av 3 granskade")
    pane.keys("End", "Space")
    pane.wait_for("1 av 3 granskade")
    for key, dnr in (("p", "KS 2021/733"), ("]", "KS 2024/1187"), ("[", "KS 2021/733")):
        pane.keys(key, "Enter")  # opening it shows where the cursor went (and marks it)
        pane.wait_for(f"{dnr}: main (")
        pane.leave("Escape", f"{dnr}: main (", TITLE)
        pane.keys("Space")  # unmark it again, so that the next step can find it
    pane.wait_for("1 av 3 granskade")
    pane.keys("Home", "n", "Enter")
    pane.wait_for("KS 2024/1187: main (")
    pane.leave("Escape", "KS 2024/1187: main (", TITLE)


def walk_moving_keys(pane: TmuxPane) -> None:
    """Each move, then Enter: the comparison opened names the case the cursor is on."""
    for keys, dnr in (
        (("Home",), "KS 2021/733"),
        (("j",), "KS 2023/886"),
        (("Down",), "KS 2024/1187"),
        (("k",), "KS 2023/886"),
        (("Up",), "KS 2021/733"),
        (("PageDown",), "KS 2024/1187"),
        (("PageUp",), "KS 2021/733"),
        (("End",), "KS 2024/1187"),
    ):
        pane.keys(*keys, "Enter")
        pane.wait_for(f"{dnr}: main (")
        pane.leave("Escape", f"{dnr}: main (", TITLE)
