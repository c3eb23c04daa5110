"""Unsafe paths (F26), collisions (F27), symlinks and directories (F28), names (F29)."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from pmtui.model import Dnr, DnrError
from pmtui.store import CaseNotFound, CaseRepository, UnsafePath
from pmtui.store.paths import check_collision, check_relative, name_warnings, path_for
from tests.conftest import git
from tests.store.conftest import seed_case

PATH = "cases/2023/ks-2023-886.md"


@pytest.mark.parametrize(
    "text",
    ["../../etc/passwd", "/abs", "C:\\x", "a\x00b", "CON", "aux.txt", "x" * 300, "", "///"],
)
def test_f26_hostile_dnr_never_becomes_a_path(text: str) -> None:
    with pytest.raises((DnrError, CaseNotFound, UnsafePath)):
        path_for(text)


def test_f26_dnr_maps_to_a_portable_path_under_cases() -> None:
    assert path_for("KS 2023/886") == PATH
    assert path_for("ks-2023-886") == PATH
    assert path_for(Dnr.parse("155-1302/2015")) == "cases/2015/155-1302-2015.md"


@pytest.mark.parametrize(
    "path",
    [
        "cases/../.git/config.md",
        "/cases/x.md",
        "cases/.git/x.md",
        "cases/2023/CON.md",
        "cases/2023/a\\..\\b.md",
        "other/x.md",
        "cases/2023/x.txt",
        "cases/2023/x\u200b.md",
    ],
)
def test_f26_unsafe_relative_paths_are_refused(path: str) -> None:
    with pytest.raises(UnsafePath):
        check_relative(path)


def test_f27_collision_after_casefold_and_nfc_is_refused() -> None:
    nfd = unicodedata.normalize("NFD", "cases/2023/å.md")
    with pytest.raises(UnsafePath, match="krockar"):
        check_collision("cases/2023/å.md", [nfd])
    with pytest.raises(UnsafePath):
        check_collision("cases/2023/ks-2023-886.md", ["cases/2023/KS-2023-886.md"])
    check_collision(PATH, [PATH, "cases/2023/ks-2023-887.md"])


def test_f27_second_create_of_the_same_case_is_refused(saved: CaseRepository) -> None:
    root = saved.root
    assert root is not None
    before = (root / PATH).read_bytes()
    with pytest.raises(UnsafePath, match="finns redan"):
        saved.create(seed_case("ks 2023/886", title="Dubblett"))
    assert (root / PATH).read_bytes() == before


def test_f27_collision_with_a_differently_cased_file_on_disk(repo: CaseRepository) -> None:
    root = repo.root
    assert root is not None
    (root / "cases" / "2023").mkdir(parents=True)
    (root / "cases" / "2023" / "KS-2023-886.md").write_text("deras\n", encoding="utf-8")
    with pytest.raises(UnsafePath, match="krockar"):
        repo.create(seed_case())
    assert (root / "cases" / "2023" / "KS-2023-886.md").read_text(encoding="utf-8") == "deras\n"


def test_f28_symlinked_case_file_is_refused_and_target_untouched(
    saved: CaseRepository, tmp_path: Path
) -> None:
    root = saved.root
    assert root is not None
    outside = tmp_path / "hemlig.md"
    outside.write_text("hemligt\n", encoding="utf-8")
    loaded = saved.load("KS 2023/886")
    assert loaded.case is not None
    (root / PATH).unlink()
    os.symlink(outside, root / PATH)
    with pytest.raises(UnsafePath, match="symbolisk länk"):
        saved.save(loaded.case.model_copy(update={"title": "Z"}), loaded.base)
    assert outside.read_text(encoding="utf-8") == "hemligt\n"


def test_f28_symlinked_folder_is_refused(repo: CaseRepository, tmp_path: Path) -> None:
    root = repo.root
    assert root is not None
    elsewhere = tmp_path / "annanstans"
    elsewhere.mkdir()
    os.symlink(elsewhere, root / "cases" / "2023")
    with pytest.raises(UnsafePath, match="symbolisk länk"):
        repo.create(seed_case())
    assert list(elsewhere.iterdir()) == []


def test_f28_directory_at_case_path_is_refused(repo: CaseRepository) -> None:
    root = repo.root
    assert root is not None
    (root / PATH).mkdir(parents=True)
    with pytest.raises(UnsafePath, match="mapp"):
        repo.save(seed_case(), repo.base_for_new(Dnr.parse("KS 2023/886")))
    assert (root / PATH).is_dir()


def test_f29_tree_with_unportable_names_gives_warnings(saved: CaseRepository) -> None:
    root = saved.root
    assert root is not None
    folder = root / "cases" / "2023"
    (folder / "CON.md").write_text("x\n", encoding="utf-8")
    (folder / "Case.md").write_text("a\n", encoding="utf-8")
    (folder / "case.md").write_text("b\n", encoding="utf-8")
    (folder / unicodedata.normalize("NFC", "å.md")).write_text("c\n", encoding="utf-8")
    (folder / unicodedata.normalize("NFD", "å.md")).write_text("d\n", encoding="utf-8")
    git(root, "add", "cases")
    git(root, "commit", "-qm", "remote names")
    warnings = saved.reconcile().name_warnings
    assert any("CON.md" in w and "reserverat" in w for w in warnings)
    assert any("Case.md" in w and "skiftläge" in w for w in warnings)
    assert any("Unicode" in w for w in warnings)
    assert (folder / "case.md").read_text(encoding="utf-8") == "b\n"  # nothing renamed
    assert len(saved.list_cases()) == 6


def test_f29_name_warnings_pure() -> None:
    assert name_warnings([PATH, "cases/2023/ks-2023-887.md"]) == []
