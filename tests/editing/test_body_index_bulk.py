"""The body-text index fed in bulk from a real repository: the texts read by blob id in
one go (``CaseRepository.blob_texts``), a warm start reads none, and a cache file that
commits without waiting for the disk (it is rebuilt from the repository)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pmtui.editing.body_index import BodyIndex
from pmtui.store import CaseRepository, blob_batch
from tests.store.conftest import seed_case


@pytest.fixture
def several(repository: CaseRepository) -> CaseRepository:
    for serial in range(900, 905):
        repository.create(seed_case(f"KS 2024/{serial}"), "Nytt ärende")
    return repository


def _build(path: Path, repo: CaseRepository, read: list[int]) -> BodyIndex:
    blobs = [row.blob_id for row in repo.list_cases()]

    def texts(rows: list[int]) -> list[str]:
        read.extend(rows)
        return list(repo.blob_texts([blobs[n] for n in rows]))

    index = BodyIndex(path)
    index.update_many(blobs, texts)
    return index


def test_bulk_texts_are_found_and_a_warm_start_reads_none(
    several: CaseRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(blob_batch, "GIT_FROM", 1)  # through git cat-file
    first: list[int] = []
    index = _build(tmp_path / "b.sqlite", several, first)
    assert sorted(first) == list(range(6))
    word = several.load("KS 2024/900").text.split("## ")[1].split()[0]
    assert index.rows_matching(word.lower()[:4]) == set(range(6))
    again: list[int] = []
    assert _build(tmp_path / "b.sqlite", several, again).rows_matching(word) == set(range(6))
    assert again == []
    mode = sqlite3.connect(tmp_path / "b.sqlite").execute("PRAGMA journal_mode").fetchone()
    assert mode == ("wal",)


def test_texts_that_stop_early_leave_rows_unfound(tmp_path: Path) -> None:
    index = BodyIndex(tmp_path / "b.sqlite")
    assert index.update_many(["b1", "b2"], lambda rows: iter(["Cykelbanor byggs"])) == 2
    assert index.rows_matching("cykel") == {0}
    assert index.rows_matching("byggs") == {0}
    index.update_many(["b1", "b2"], lambda rows: iter(["Skolmat"] * len(rows)))
    assert index.rows_matching("skol") == {1}
