"""The listing's caches and its two-process summarising give exactly what reading every
file here gives; a helper that fails only makes it slower."""

from __future__ import annotations

import sys
from pathlib import Path

import pygit2
import pytest

from pmtui.model import Dnr
from pmtui.store import CaseRepository, summary_worker
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


def test_helper_process_gives_the_same_rows(
    several: CaseRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    oids = _oids(several)
    expected = summary_worker.summarize_here(several._git, oids)
    monkeypatch.setattr(summary_worker, "PARALLEL_FROM", 1)
    monkeypatch.setattr(summary_worker, "_BATCH", 2)
    assert summary_worker.summarize_blobs(several._git, oids) == expected
    assert len(expected) == 14 and any(row[-1] for row in expected.values())


@pytest.mark.parametrize("program", ["-c", "import sys; sys.stdout.write('x' * 100)"])
def test_a_failing_helper_only_costs_time(
    several: CaseRepository, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, program: str
) -> None:
    """The helper exits at once, or writes nonsense: every row is still made here."""
    fake = tmp_path / "python"
    fake.write_text(f"#!{sys.executable}\n{program.removeprefix('-c')}\n", encoding="utf-8")
    fake.chmod(0o755)
    oids = _oids(several)
    expected = summary_worker.summarize_here(several._git, oids)
    monkeypatch.setattr(summary_worker, "PARALLEL_FROM", 1)
    monkeypatch.setattr(sys, "executable", str(fake))  # the sys that summary_worker uses
    assert summary_worker.summarize_blobs(several._git, oids) == expected


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
