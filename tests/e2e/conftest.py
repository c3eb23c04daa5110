"""Fixtures of the key-walking terminal tests: a demo repository, and pmtui running on it
in a tmux pane (tests/e2e/keys.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.keys import make_demo, pmtui_pane
from tests.e2e.tmux import TmuxPane


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return make_demo(tmp_path)


@pytest.fixture
def pane(demo: Path, tmp_path: Path) -> Iterator[TmuxPane]:
    with pmtui_pane(demo, tmp_path) as terminal:
        yield terminal
