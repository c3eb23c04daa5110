"""A full disk during a save is named as such, says what is on disk and in Git, and
leaves the case as it was (docs/reliability.md, F43). The disk is made full where the
operating system reports it: ``fsync`` of the new file fails with ENOSPC."""

from __future__ import annotations

import errno
import os

import pytest

from pmtui.editing.session import EditSession
from pmtui.store import CaseRepository, DiskFull
from tests.conftest import git
from tests.store.hook_scripts import retitle

PATH = "cases/2023/ks-2023-886.md"


def _disk_is_full(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)


def test_a_full_disk_is_named_and_leaves_the_file_and_git_as_they_were(
    saved: CaseRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = saved.root
    assert root is not None
    before, head = (root / PATH).read_bytes(), git(root, "rev-parse", "HEAD")
    _disk_is_full(monkeypatch)
    with pytest.raises(DiskFull) as refusal:
        retitle(saved, "Rubrik som inte får plats")
    monkeypatch.undo()
    assert "disken är full" in refusal.value.message and PATH in refusal.value.message
    assert "oförändrad" in refusal.value.message and not refusal.value.written
    assert "Frigör utrymme" in refusal.value.hint
    assert (root / PATH).read_bytes() == before
    assert git(root, "rev-parse", "HEAD") == head
    assert git(root, "status", "--porcelain") == ""
    assert sorted(p.name for p in (root / PATH).parent.iterdir()) == ["ks-2023-886.md"]


def test_the_save_after_space_is_freed_goes_through(
    saved: CaseRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    _disk_is_full(monkeypatch)
    with pytest.raises(DiskFull):
        retitle(saved, "Första försöket")
    monkeypatch.undo()
    result = retitle(saved, "Andra försöket")
    assert result.commit_id == saved.head_commit


def test_a_draft_that_cannot_be_written_keeps_the_work_in_the_session(
    saved: CaseRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = EditSession(saved, "KS 2023/886")
    assert session.latest is not None
    session.latest.fields["rubrik"] = "Osparad rubrik"
    _disk_is_full(monkeypatch)
    assert session.write_draft() is False
    monkeypatch.undo()
    assert session.is_dirty and session.latest.fields["rubrik"] == "Osparad rubrik"
    assert session.write_draft() is True and session.read_draft() is not None
