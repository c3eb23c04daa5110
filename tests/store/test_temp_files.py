"""Temp files carry their writer's pid: reconcile removes only abandoned ones (F1), and a
save whose temp file vanishes refuses with a StoreError instead of a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pmtui import atomic
from pmtui.store import CaseRepository, StoreError
from tests.conftest import git

PATH = "cases/2023/ks-2023-886.md"


def _temp(root: Path, pid: int | str, tail: str = "abc123") -> Path:
    path = root / "cases" / "2023" / f".ks-2023-886.md{atomic.TEMP_MARKER}{pid}-{tail}"
    path.write_text("halv", encoding="utf-8")
    return path


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_write_atomically_names_temp_files_by_pid(tmp_path: Path) -> None:
    target = tmp_path / "fil.md"
    assert atomic.temp_prefix(target) == f".fil.md{atomic.TEMP_MARKER}{os.getpid()}-"
    atomic.write_atomically(target, b"ny")
    assert target.read_bytes() == b"ny" and os.listdir(tmp_path) == ["fil.md"]


def test_reconcile_keeps_live_writers_temp_files_and_removes_dead_ones(
    saved: CaseRepository,
) -> None:
    root = saved.root
    assert root is not None
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        own = _temp(root, os.getpid(), "own")
        other = _temp(root, sleeper.pid, "sleeper")
        dead = _temp(root, _dead_pid(), "dead")
        beyond = _temp(root, 999_999_999, "beyond")  # above any pid_max
        unknown = _temp(root, "nopid", "x")  # no pid: kept until it is old
        report = saved.reconcile()
        assert own.exists() and other.exists() and unknown.exists()
        assert not dead.exists() and not beyond.exists()
        assert sorted(report.removed_temp_files) == sorted(
            str(p.relative_to(root)) for p in (dead, beyond)
        )
    finally:
        sleeper.kill()
        sleeper.wait()


def test_reconcile_removes_temp_files_older_than_any_save(saved: CaseRepository) -> None:
    """A live pid may be a reused one: past the safe age the file is abandoned anyway."""
    root = saved.root
    assert root is not None
    old = time.time() - atomic.ABANDONED_AFTER_SECONDS - 60
    stale = [_temp(root, os.getpid(), "old"), _temp(root, "nopid", "old")]
    for path in stale:
        os.utime(path, (old, old))
    saved.reconcile()
    assert not any(path.exists() for path in stale)


def test_save_whose_temp_file_vanishes_refuses_cleanly(
    saved: CaseRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection: the temp file is deleted (as another process's reconcile used to)
    just before the rename. The save refuses; the file and the branch are untouched."""
    root = saved.root
    assert root is not None
    before = (root / PATH).read_bytes()
    head = git(root, "rev-parse", "HEAD")
    real_replace = os.replace

    def vanish_then_replace(source: str, target: str) -> None:
        os.unlink(source)
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", vanish_then_replace)  # the os that atomic uses
    loaded = saved.load("KS 2023/886")
    assert loaded.case is not None
    with pytest.raises(StoreError) as refused:
        saved.save(loaded.case.model_copy(update={"title": "Ny"}), loaded.base)
    monkeypatch.undo()
    assert PATH in refused.value.message and refused.value.hint
    assert (root / PATH).read_bytes() == before and git(root, "rev-parse", "HEAD") == head
    assert not list((root / "cases").rglob(f"*{atomic.TEMP_MARKER}*"))
