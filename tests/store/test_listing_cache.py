"""The listing's caches and its bulk reading of blobs by git give exactly what reading
every file here with pygit2 gives; a git that fails only makes it slower."""

from __future__ import annotations

import os
from pathlib import Path

import pygit2
import pytest

from pmtui.model import Dnr
from pmtui.store import CaseRepository, blob_batch, summary_worker
from tests.conftest import git
from tests.store.conftest import StepClock, seed_case


def _oids(repo: CaseRepository) -> list[pygit2.Oid]:
    return [pygit2.Oid(hex=row.blob_id) for row in repo.list_cases()]


@pytest.fixture
def several(saved: CaseRepository) -> CaseRepository:
    for serial in range(900, 912):
        saved.create(seed_case(f"KS 2024/{serial}", title=f"Ärende {serial}"))
    root = saved.root
    assert root is not None
    bad = root / "cases" / "2024" / "ks-2024-1.md"
    bad.write_text("---\ndnr: KS 2024/1\nrubrik: Trasig\n---\n", encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-qm", "trasig")
    return saved


def test_bulk_reading_by_git_gives_the_same_rows(
    several: CaseRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    oids = _oids(several)
    expected = summary_worker.summarize_here(several._git, oids)
    monkeypatch.setattr(blob_batch, "GIT_FROM", 1)
    seen: list[tuple[int, int]] = []
    monkeypatch.setattr(summary_worker, "_PROGRESS_EVERY", 5)
    rows = summary_worker.summarize_blobs(several._git, oids, lambda *n: seen.append(n))
    assert rows == expected
    assert len(expected) == 14 and any(row[-1] for row in expected.values())
    assert seen == [(5, 14), (10, 14)]


@pytest.mark.parametrize(
    "program", ["exit 1", "printf 'x%.0s' $(seq 100)", "printf '%s blob 3\\nab'"]
)
def test_a_failing_git_only_costs_time(
    several: CaseRepository, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, program: str
) -> None:
    """git cannot read, writes nonsense or stops in the middle of a blob: every blob is
    still read, with pygit2."""
    oids = _oids(several)
    fake = tmp_path / "bin" / "git"
    fake.parent.mkdir()
    first = str(oids[0])
    fake.write_text(f"#!/bin/sh\ncat >/dev/null\n{program.replace('%s', first)}\n")
    fake.chmod(0o755)
    expected = summary_worker.summarize_here(several._git, oids)
    monkeypatch.setattr(blob_batch, "GIT_FROM", 1)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    assert summary_worker.summarize_blobs(several._git, oids) == expected


def test_bulk_reading_keeps_the_order_and_refuses_what_is_no_blob(
    several: CaseRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [row.blob_id for row in several.list_cases()][::-1]
    monkeypatch.setattr(blob_batch, "GIT_FROM", 1)
    texts = list(several.blob_texts(ids))
    assert texts == [several.blob_text(blob_id) for blob_id in ids]
    tree = str(several._git.revparse_single("HEAD:cases").id)
    with pytest.raises(KeyError):
        list(blob_batch.read_blobs(several._git, [*ids, tree]))


def test_warm_listing_equals_cold_and_a_save_rebuilds_one_year(several: CaseRepository) -> None:
    cold = several.list_cases()
    warm = CaseRepository.discover(explicit=several.root, clock=StepClock()).list_cases()
    assert warm == cold and [r.path for r in warm] == sorted(r.path for r in warm)
    row = next(r for r in warm if r.dnr == Dnr.parse("KS 2024/905"))
    assert row.dnr is not None and row.dnr.slug == "ks-2024-905" and hash(row.dnr)
    assert row.title == "Ärende 905" and row.date is not None
    assert next(r for r in warm if r.path.endswith("ks-2024-1.md")).error
    loaded = several.load("KS 2023/886")
    assert loaded.case is not None
    several.save(loaded.case.model_copy(update={"title": "Ny rubrik"}), loaded.base)
    after = CaseRepository.discover(explicit=several.root, clock=StepClock()).list_cases()
    changed = [(a.path, a.title) for a, b in zip(after, warm, strict=True) if a != b]
    assert changed == [("cases/2023/ks-2023-886.md", "Ny rubrik")]


def test_damaged_cache_rows_are_only_misses(several: CaseRepository) -> None:
    expected = several.list_cases()
    connection = several._cache.connection
    connection.execute("UPDATE listing_rows SET data = x'00ff'")
    connection.execute("UPDATE summary_rows SET data = x'00ff'")
    fresh = CaseRepository.discover(explicit=several.root, clock=StepClock())
    assert fresh.list_cases() == expected


def test_tampered_cache_rows_give_no_odd_dnr(saved: CaseRepository) -> None:
    import marshal

    rows = saved.list_cases()
    tree = saved._git.revparse_single("HEAD:cases")
    odd = [
        ("2023/a.md", rows[0].blob_id, "../x", 2023, 1, "A", "I", ("N",), "utkast", None, 0, None),
        ("2023/b.md", rows[0].blob_id, "KS", -5, 1, "B", "I", ("N",), "utkast", None, 0, None),
    ]
    saved._cache.put_listing(str(tree.id), odd)
    assert [(r.dnr, r.title) for r in saved.list_cases()] == [(None, "A"), (None, "B")]
    assert marshal.loads(marshal.dumps(odd)) == odd
