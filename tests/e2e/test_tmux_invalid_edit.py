"""An invalid file back from $EDITOR in a real terminal: the dialog's ``e`` (the key its
text names) opens the editor again, and the fixed file is taken in; nothing is lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.e2e.keys import TITLE, make_demo, pmtui_pane

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]
# First run breaks the YAML (an unclosed list); the second run closes it again.
BREAK_THEN_FIX = """n=$(cat "$(dirname "$0")/runs" 2>/dev/null || echo 0)
echo $((n + 1)) > "$(dirname "$0")/runs"
if [ "$n" = 0 ]; then sed -i 's/^rotel: I$/rotel: [I/' "$1"
else sed -i 's/^rotel: \\[I$/rotel: I/; s/inbjudan/INBJUDAN/' "$1"; fi
"""


def test_e_in_the_error_dialog_edits_again(tmp_path: Path) -> None:
    demo = make_demo(tmp_path)
    with pmtui_pane(demo, tmp_path, BREAK_THEN_FIX) as pane:
        pane.wait_for("ärenden")
        pane.type("Strong Cit")
        pane.wait_for("1 av ")
        pane.keys("Enter")
        pane.wait_for(TITLE)
        pane.keys("S-F4")  # the whole file in $EDITOR
        screen = pane.wait_for("Filen från redigeraren har fel")
        assert "Rätta i redigeraren (e)" in screen
        pane.send_bytes(b"e")
        pane.wait_for("Filen är inläst från redigeraren")
        assert (tmp_path / "runs").read_text(encoding="utf-8").strip() == "2"
        screen = pane.wait_for(TITLE)
        assert "Filen från redigeraren har fel" not in screen
    on_disk = (demo / "cases/2023/ks-2023-886.md").read_text(encoding="utf-8")
    assert "rotel: I\n" in on_disk  # nothing saved yet: the file on disk is untouched
