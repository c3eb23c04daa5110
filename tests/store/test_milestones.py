"""Milestones: annotated tags when the status moves; listable; valid revisions."""

from __future__ import annotations

import pytest

from pmtui.model import Status
from pmtui.store import CaseRepository, UnknownRevision
from tests.conftest import git


def test_status_move_tags_the_commit(saved: CaseRepository) -> None:
    root = saved.root
    assert root is not None
    remiss = saved.set_status("KS 2023/886", Status.REMISS)
    assert remiss.milestone == "ks-2023-886/remiss"
    assert git(root, "cat-file", "-t", "ks-2023-886/remiss").strip() == "tag"
    assert git(root, "rev-parse", "ks-2023-886/remiss^{commit}").strip() == remiss.commit_id
    assert "Ärende: KS 2023/886" in git(root, "tag", "-l", "--format=%(contents)", "ks-*")
    tillstyrkt = saved.set_status("KS 2023/886", Status.TILLSTYRKT)
    names = [(m.name, m.tag, m.commit_id) for m in saved.milestones("KS 2023/886")]
    assert names == [
        ("remiss", "ks-2023-886/remiss", remiss.commit_id),
        ("tillstyrkt", "ks-2023-886/tillstyrkt", tillstyrkt.commit_id),
    ]
    assert saved.resolve("KS 2023/886", "remiss") == remiss.commit_id
    assert "status: remiss" in saved.text_at("KS 2023/886", "remiss")
    assert saved.load("KS 2023/886", rev="tillstyrkt").case is not None


def test_same_status_again_makes_no_tag_and_repeat_is_numbered(saved: CaseRepository) -> None:
    saved.set_status("KS 2023/886", Status.REMISS)
    again = saved.set_status("KS 2023/886", Status.REMISS)
    assert again.commit_id is None and again.milestone is None
    saved.set_status("KS 2023/886", Status.UTKAST)
    second = saved.set_status("KS 2023/886", Status.REMISS)
    assert second.milestone == "ks-2023-886/remiss-2"
    assert saved.resolve("KS 2023/886", "remiss") == second.commit_id
    assert saved.set_status("KS 2023/886", Status.ATERREMITTERAD).milestone == (
        "ks-2023-886/aterremitterad"
    )
    assert saved.resolve("KS 2023/886", "återremitterad") == saved.head_commit


def test_unknown_revision_is_a_clear_error(saved: CaseRepository) -> None:
    with pytest.raises(UnknownRevision) as caught:
        saved.resolve("KS 2023/886", "beslutad")
    assert "milstolpe" in caught.value.hint
