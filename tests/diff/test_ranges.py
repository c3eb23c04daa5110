"""``pmtui diff DNR A..B`` and ``A...B`` read as git reads them, on a real repository with
two branches: ``..`` compares the two tips, ``...`` compares B with the merge base."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import git, run_cli
from tests.diff.helpers import case_text
from tests.diff.repo import DNR, commit_case, new_repo, tag

BASE = "Staden deltar i mötet."
OURS = "Staden deltar i mötet med två personer."
THEIRS = "Staden deltar inte i mötet."


def run(capsys: pytest.CaptureFixture[str], repo: Path, *args: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--repo", str(repo), *args)


@pytest.fixture
def branches(tmp_path: Path) -> Path:
    """main: base, then OURS in the views; branch ``annan`` from base: THEIRS."""
    repo = new_repo(tmp_path / "arkiv")
    commit_case(repo, case_text(views=BASE), "bas")
    git(repo, "branch", "annan")
    commit_case(repo, case_text(views=OURS), "vår", day=2)
    git(repo, "switch", "-q", "annan")
    commit_case(repo, case_text(views=THEIRS, status="beredd"), "deras", day=3)
    git(repo, "switch", "-q", "main")
    return repo


def changed_texts(out: str) -> list[str]:
    data = json.loads(out)
    texts = [f"{f['label']}: {f['old']} → {f['new']}" for f in data["fields"]]
    for section in data["sections"]:
        units = section["body"]["units"]
        texts += [f"{u['old']} → {u['new']}" for u in units if u["op"] != "equal"]
    return texts


def test_three_dots_compare_from_the_merge_base(
    branches: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, branches, "diff", DNR, "main...annan", "--json")
    assert code == 0, err
    assert changed_texts(out) == ["status: remiss → beredd", f"{BASE} → {THEIRS}"]
    base = git(branches, "merge-base", "main", "annan").strip()
    assert json.loads(out)["old"] == f"gemensam bas för main och annan ({base[:8]})"


def test_two_dots_compare_the_tips_as_two_revisions_do(
    branches: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, branches, "diff", DNR, "main..annan", "--json")
    assert code == 0
    assert changed_texts(out) == ["status: remiss → beredd", f"{OURS} → {THEIRS}"]
    _, separate, _ = run(capsys, branches, "diff", DNR, "main", "annan", "--json")
    assert json.loads(separate) == json.loads(out)


def test_an_empty_side_is_head(branches: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, branches, "diff", DNR, "annan...", "--json")
    assert changed_texts(out) == [f"{BASE} → {OURS}"]
    _, out, _ = run(capsys, branches, "diff", DNR, "...annan", "--color", "never")
    assert out.splitlines()[0].startswith("Jämför gemensam bas för HEAD och annan (")


def test_milestones_work_in_ranges(branches: Path, capsys: pytest.CaptureFixture[str]) -> None:
    git(branches, "switch", "-q", "annan")
    tag(branches, "ks-2023-886/beredd")
    git(branches, "switch", "-q", "main")
    code, out, _ = run(capsys, branches, "diff", DNR, "HEAD...beredd", "--json")
    assert code == 0 and changed_texts(out)[0] == "status: remiss → beredd"


def test_ranges_that_cannot_be_read(branches: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, branches, "diff", DNR, "main..annan", "HEAD")
    assert code == 2 and "intervall" in err
    code, _, err = run(capsys, branches, "diff", DNR, "HEAD", "main..annan")
    assert code == 2 and "intervall" in err
    code, _, err = run(capsys, branches, "diff", DNR, "main....annan")
    assert code == 2 and "ogiltigt intervall" in err
    code, _, err = run(capsys, branches, "diff", DNR, "main...saknas")
    assert code == 1 and "saknas" in err


def test_branches_without_common_history(
    branches: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git(branches, "switch", "-q", "--orphan", "ensam")
    (branches / "cases" / "2023").mkdir(parents=True, exist_ok=True)
    commit_case(branches, case_text(views=THEIRS), "ensam", day=4)
    code, _, err = run(capsys, branches, "diff", DNR, "main...ensam")
    assert code == 1 and "ingen gemensam historik" in err
