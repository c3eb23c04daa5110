"""Listing from front matter (cached by blob id) and the start-up reconcile."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from pmtui.model import Status
from pmtui.store import CaseRepository
from tests.conftest import git
from tests.store.conftest import StepClock, seed_case

PATH = "cases/2023/ks-2023-886.md"


def test_list_cases_reads_front_matter_and_stays_correct(saved: CaseRepository) -> None:
    saved.create(seed_case("KS 2024/12", title="Annat ärende"))
    rows = saved.list_cases()
    assert [(str(r.dnr), r.title, r.status) for r in rows] == [
        ("KS 2023/886", "Strong Cities Network Global Summit", Status.UTKAST),
        ("KS 2024/12", "Annat ärende", Status.UTKAST),
    ]
    assert rows[0].presenters == ["Karin Wanngård"] and rows[0].rotel == "I"
    saved.set_status("KS 2023/886", Status.REMISS)
    fresh = CaseRepository.discover(explicit=saved.root, clock=StepClock())
    assert [r.status for r in fresh.list_cases()] == [Status.REMISS, Status.UTKAST]
    assert [r.status for r in fresh.list_cases("HEAD~1")] == [Status.UTKAST, Status.UTKAST]


def test_invalid_front_matter_is_listed_with_an_error(saved: CaseRepository) -> None:
    root = saved.root
    assert root is not None
    bad = root / "cases" / "2023" / "ks-2023-1.md"
    bad.write_text("---\ndnr: KS 2023/1\nrubrik: Trasig\n---\n", encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-qm", "trasig")
    row = next(r for r in saved.list_cases() if r.path.endswith("ks-2023-1.md"))
    assert row.error is not None and row.title == "Trasig"


def test_reconcile_removes_temp_files_reports_locks_refreshes_index(saved: CaseRepository) -> None:
    root = saved.root
    assert root is not None
    temp = root / "cases" / "2023" / ".ks-2023-886.md.pmtui-tmp-999999999-abc"
    temp.write_text("halv", encoding="utf-8")
    foreign = root / "cases" / "2023" / "anteckning.tmp"
    foreign.write_text("annans", encoding="utf-8")
    loaded = saved.load("KS 2023/886")
    assert loaded.case is not None
    saved.save(loaded.case.model_copy(update={"title": "Ny"}), loaded.base)
    git(root, "read-tree", "HEAD~1")  # the index lags behind HEAD, as after a crash
    lock = root / ".git" / "refs" / "heads" / "main.lock"
    lock.write_text("", encoding="utf-8")
    old = time.time() - 7200
    os.utime(lock, (old, old))
    first = saved.reconcile()
    assert first.removed_temp_files == ["cases/2023/.ks-2023-886.md.pmtui-tmp-999999999-abc"]
    assert not temp.exists() and foreign.exists()
    assert first.stale_locks == [str(lock)] and lock.exists()
    assert any("2 h" in m for m in first.messages)
    lock.unlink()
    second = saved.reconcile()
    assert second.index_refreshed
    assert git(root, "status", "--porcelain", "--", PATH) == ""
    assert second.unsaved_paths == []


def test_reconcile_reports_unsaved_text_on_disk(saved: CaseRepository) -> None:
    root = saved.root
    assert root is not None
    text = (root / PATH).read_text(encoding="utf-8").replace("Strong", "Osparad")
    (root / PATH).write_text(text, encoding="utf-8")
    report = saved.reconcile()
    assert report.unsaved_paths == [PATH]
    assert not report.index_refreshed
    assert (root / PATH).read_text(encoding="utf-8") == text
    loaded = saved.load("KS 2023/886")
    assert loaded.unsaved_on_disk and loaded.case is not None
    result = saved.save(loaded.case, loaded.base)
    assert result.commit_id is not None
    assert git(root, "status", "--porcelain") == ""


def test_history_and_listing_work_without_a_writable_cache(
    saved: CaseRepository, hermetic_environment: Path, monkeypatch: object
) -> None:
    fresh = CaseRepository(saved._git, clock=StepClock(), cache=False)
    assert len(fresh.list_cases()) == 1
    assert len(fresh.history("KS 2023/886")) == 1


@pytest.mark.parametrize(
    "front",
    [
        "dnr: KS 2023/886\nrubrik: 'citerad: rubrik'\nrotel: I\n",
        "rubrik: a: b\n",
        "föredragande:\n  - A\n  - B\nstatus: remiss\n",
        "föredragande:\n- A\n",
        "rubrik:\n",
        "dnr: x\ndnr: y\n",
        "rubrik: [a, b]\n",
        "rubrik: NO\nrotel: 1.10\n",
        "rubrik: x #kommentar\n",
        "rubrik: &a x\nrotel: *a\n",
        "rubrik: !!python/object/apply:os.system [ls]\n",
        "rubrik: >\n  lång\n  rad\n",
        "beslutsförslag:\n  - inledning: x\nrubrik: Y\n",
    ],
)
def test_fast_listing_reads_exactly_what_the_yaml_loader_reads(front: str) -> None:
    """The parser-free path for plain entries never disagrees with the format's loader."""
    from pmtui.format.frontmatter import load_front_matter
    from pmtui.format.problems import CaseFileError
    from pmtui.store.summary import listed_blocks, simple_entries

    blocks = listed_blocks(front)
    fast = simple_entries(blocks)
    try:
        reference: object = load_front_matter(blocks).data
    except CaseFileError:
        reference = "error"
    assert fast is None or fast == reference


def test_listing_flags_unreadable_listed_fields(saved: CaseRepository) -> None:
    root = saved.root
    assert root is not None
    folder = root / "cases" / "2023"
    (folder / "ks-2023-2.md").write_text("---\ndnr: KS 2023/2\nrubrik: &a x\n---\n", "utf-8")
    (folder / "ks-2023-3.md").write_bytes(b"---\r\ndnr: KS 2023/3\r\nrubrik: CRLF\r\n---\r\n")
    git(root, "add", ".")
    git(root, "commit", "-qm", "två till")
    rows = {r.path.rsplit("/", 1)[1]: r for r in saved.list_cases()}
    assert rows["ks-2023-2.md"].error is not None
    assert rows["ks-2023-3.md"].title == "CRLF"
    assert rows["ks-2023-3.md"].error is not None  # rotel and föredragande are missing


def test_cache_is_shared_safely_by_worker_threads(saved: CaseRepository) -> None:
    """The app lists cases and reads history in worker threads on one repository object."""
    from concurrent.futures import ThreadPoolExecutor

    saved.create(seed_case("KS 2023/900"))
    with ThreadPoolExecutor(max_workers=4) as pool:
        listings = list(pool.map(lambda _: len(saved.list_cases()), range(8)))
        histories = list(pool.map(lambda _: len(saved.history("KS 2023/886")), range(8)))
    assert listings == [2] * 8 and histories == [1] * 8
    assert saved._cache.get_summaries([r.blob_id for r in saved.list_cases()])


def test_a_listing_with_its_commit_missing_is_an_error_not_an_empty_list(
    saved: CaseRepository,
) -> None:
    from pmtui.store import RepositoryStateError

    root = saved.root
    assert root is not None
    git(root, "repack", "-adq")  # every object in one pack, then the pack is lost
    for pack in (root / ".git" / "objects" / "pack").iterdir():
        pack.unlink()
    fresh = CaseRepository.discover(explicit=root, cache=False)
    with pytest.raises(RepositoryStateError, match="Git-objekt saknas"):
        fresh.list_cases()
