"""The personal-data dialog's keys in a real terminal: a title with a personnummer (from
$EDITOR) is refused on Ctrl+S; Esc goes back with nothing saved; a typed reason and Enter
saves, and the commit carries the reason."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from tests.conftest import git
from tests.e2e.keys import make_demo, pmtui_pane, settle
from tests.e2e.tmux import TmuxPane
from tests.format.test_personal_numbers import number

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]
NUMBER = number(dt.date(2092, 5, 17), 321, "12-")  # generated, in a century to come
DIALOG = "Personuppgifter i ärendet"


def save_until_refused(pane: TmuxPane) -> None:
    pane.keys("C-s")
    pane.wait_for("Första raden är sammanfattningen")
    pane.keys("C-s")
    pane.wait_for(DIALOG)


def test_refused_then_kept_with_a_reason(tmp_path: Path) -> None:
    demo = make_demo(tmp_path)
    script = f"sed -i 's/^rubrik: .*/rubrik: Ansökan från {NUMBER}/' \"$1\"\n"
    before = git(demo, "rev-list", "--count", "HEAD")
    with pmtui_pane(demo, tmp_path, script) as pane:
        pane.wait_for("ärenden")
        pane.type("886")
        pane.wait_for("1 av ")
        pane.keys("Enter")
        pane.wait_for("KS 2023/886 – ")
        pane.keys("S-F4")
        pane.wait_for("Filen är inläst från redigeraren")
        save_until_refused(pane)
        screen = pane.screen()
        assert NUMBER[:-4] + "••••" in screen  # the dialog shows it masked
        pane.leave("Escape", DIALOG, "KS 2023/886 – ")
        assert git(demo, "rev-list", "--count", "HEAD") == before
        save_until_refused(pane)
        settle()  # the reason field has the focus once the dialog is up
        pane.type("offentlig uppgift")
        pane.keys("Enter")
        pane.wait_for("Sparat")
    assert "Personuppgifter: granskat – offentlig uppgift" in git(demo, "log", "-1", "--format=%B")
    assert int(git(demo, "rev-list", "--count", "HEAD")) == int(before) + 1
