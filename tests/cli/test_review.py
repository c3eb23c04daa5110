"""``pmtui review``: a branch of the demo repository that changes three cases (one field,
one decision point, one section's words) shows exactly those, as text, JSON and Markdown."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pmtui.diff.review import review_changes
from pmtui.store import CaseRepository
from pmtui.store.changeset import ChangeSet
from tests.cli.review_repository import (
    BRANCH,
    FIELD_CASE,
    NEW_TITLE,
    OLD_TITLE,
    POINT_CASE,
    SECTION,
    SECTION_CASE,
    make_review_branch,
)
from tests.conftest import git, run_cli
from tests.test_swedish import english_words


@pytest.fixture
def branch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_review_branch(tmp_path / "demo")
    monkeypatch.chdir(root)
    return root


def test_json_shows_exactly_the_changed_field_point_and_section(
    branch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "review", "--json")
    assert code == 0, err
    data = json.loads(out)
    main = git(branch, "rev-parse", "main").strip()
    assert (data["range"], data["base"], data["base_branch"]) == ("main...HEAD", main, "main")
    assert data["base_is_upstream"] is False
    assert "den lokala grenen main" in err  # no upstream: said so
    field, section, point = data["cases"]
    assert (field["path"], field["kind"], field["dnr"]) == (FIELD_CASE, "changed", "KS 2021/733")
    assert field["counts"] == counts(fields=1, added=1, removed=1)
    assert field["fields"] == [
        {"key": "rubrik", "label": "rubrik", "old": OLD_TITLE, "new": NEW_TITLE}
    ]
    assert field["words"] == {"added": ["hösten"], "removed": ["sommaren"]}
    assert (point["path"], point["dnr"]) == (POINT_CASE, "KS 2024/1187")
    assert point["counts"] == counts(points=1, removed=2)
    assert point["points"] == [{"op": "reworded", "old_number": "2", "new_number": "2"}]
    assert point["words"] == {"added": [], "removed": ["och", "stadsdelsnämnderna"]}
    assert (section["path"], section["dnr"]) == (SECTION_CASE, "KS 2023/886")
    assert section["counts"] == counts(sections=1, added=2)
    assert section["sections"] == [{"heading": SECTION, "old_heading": SECTION, "op": "changed"}]
    assert section["words"] == {"added": ["fullt", "ut"], "removed": []}
    assert data["totals"] == {
        "cases": 3,
        "fields": 1,
        "points": 1,
        "sections": 1,
        "words_added": 3,
        "words_removed": 3,
    }
    assert data["milestones"] == []


def counts(
    fields: int = 0, points: int = 0, sections: int = 0, added: int = 0, removed: int = 0
) -> dict[str, int]:
    return {
        "fields": fields,
        "points": points,
        "sections": sections,
        "words_added": added,
        "words_removed": removed,
    }


def test_markdown_and_text_show_the_same_summary(
    branch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, markdown, _ = run_cli(capsys, "review", "--markdown")
    assert code == 0
    lines = markdown.splitlines()
    assert lines[0] == "## Granskning av ärenden: main...HEAD"
    assert "| Ärende | Ändring | Uppgifter | Att-satser | Avsnitt | Ord |" in lines
    assert (
        f"| KS 2021/733 – {OLD_TITLE.replace('sommaren', 'hösten')} | ändrad | rubrik | – | – "
        "| +1 −1 |"
    ) in lines
    assert f"- Uppgift rubrik: {OLD_TITLE} → {NEW_TITLE}" in lines
    assert "- Att-sats 2: omformulerad" in lines
    assert "- Borttagna ord: och stadsdelsnämnderna" in lines
    assert f"- Avsnitt {SECTION}: ändrat" in lines
    assert "- Tillagda ord: fullt ut" in lines
    assert lines[-1] == "**Totalt:** 1 uppgift · 1 att-sats · 1 avsnitt · +3 −3 ord"
    code, text, _ = run_cli(capsys, "review")
    assert code == 0
    assert text.splitlines()[0].startswith("Granskning av main...HEAD: 3 ärenden (")
    assert "    1 uppgift (rubrik) · +1 −1 ord" in text.splitlines()
    assert "    1 att-sats (2 omformulerad) · +0 −2 ord" in text.splitlines()
    assert f"    1 avsnitt ({SECTION}) · +2 −0 ord" in text.splitlines()
    assert english_words(markdown + text) == []


def test_ranges_are_read_as_pmtui_diff_reads_them(
    branch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def paths(*argv: str) -> list[str]:
        code, out, err = run_cli(capsys, "review", "--json", *argv)
        assert code == 0, err
        return [case["path"] for case in json.loads(out)["cases"]]

    everything = [FIELD_CASE, SECTION_CASE, POINT_CASE]
    assert paths("main..HEAD") == everything
    assert paths("HEAD~1..") == [SECTION_CASE]
    assert paths("HEAD~2...HEAD~1") == [POINT_CASE]
    git(branch, "switch", "-q", "main")
    assert paths(BRANCH) == everything  # one revision: from where it left main
    assert paths() == []  # main itself: nothing to review
    assert paths(f"{BRANCH}..main") == everything  # the other way round: undone


def test_a_new_renamed_and_deleted_case_and_a_broken_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "arkiv"
    assert run_cli(capsys, "init", str(root))[0] == 0
    new = ("new", "--rotel", "I", "--foredragande", "Karin")
    for dnr, title in (("KS 2023/1", "Resa till Göteborg"), ("KS 2023/2", "Ny simhall i Kista")):
        assert run_cli(capsys, "--repo", str(root), *new, "--dnr", dnr, "--rubrik", title)[0] == 0
    assert (
        run_cli(capsys, "--repo", str(root), *new, "--dnr", "KS 2023/3", "--rubrik", "Tre")[0] == 0
    )
    git(root, "switch", "-q", "-c", BRANCH)
    git(root, "rm", "-q", "cases/2023/ks-2023-1.md")
    moved = root / "cases/2023/ks-2023-4.md"
    git(root, "mv", "cases/2023/ks-2023-2.md", str(moved))
    moved.write_text(moved.read_text("utf-8").replace("KS 2023/2", "KS 2023/4"), "utf-8")
    broken = root / "cases/2023/ks-2023-3.md"
    broken.write_text(broken.read_text("utf-8").replace("rotel: I", "rotel: ["), "utf-8")
    git(root, "commit", "-q", "-am", "Flera ändringar")
    code, out, err = run_cli(capsys, "--repo", str(root), "review", "--json")
    assert code == 0, err
    deleted, broken_case, renamed = json.loads(out)["cases"]
    assert (deleted["kind"], deleted["dnr"], deleted["words"]) == ("deleted", "KS 2023/1", None)
    assert deleted["counts"]["words_removed"] > 0 and deleted["counts"]["words_added"] == 0
    assert (renamed["kind"], renamed["old_path"], renamed["dnr"]) == (
        "renamed",
        "cases/2023/ks-2023-2.md",
        "KS 2023/4",
    )
    assert [f["key"] for f in renamed["fields"]] == ["dnr"]
    assert (broken_case["kind"], broken_case["dnr"]) == ("changed", "KS 2023/3")  # from before
    assert "cases/2023/ks-2023-3.md" in broken_case["problems"][0]
    assert broken_case["summary"].startswith("kan inte läsas som ett ärende: ")
    code, text, _ = run_cli(capsys, "--repo", str(root), "review")
    assert "> KS 2023/4  Ny simhall i Kista" in text.splitlines()
    assert "    från cases/2023/ks-2023-2.md · 1 uppgift (dnr) · +1 −1 ord" in text.splitlines()
    assert "- KS 2023/1  Resa till Göteborg" in text.splitlines()


def test_errors_are_located_and_swedish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "arkiv"
    assert run_cli(capsys, "init", str(root))[0] == 0
    git(root, "branch", "-q", "-m", "main", "arbete")
    code, out, err = run_cli(capsys, "--repo", str(root), "review")
    assert (code, out) == (1, "")
    assert "hittar ingen gren att granska mot" in err and "pmtui review main..HEAD" in err
    code, _, err = run_cli(capsys, "--repo", str(root), "review", "arbete..finns-inte")
    assert code == 1 and "okänd version 'finns-inte'" in err
    code, _, err = run_cli(capsys, "--repo", str(root), "review", "A..B..C")
    assert code == 2 and "ogiltigt intervall" in err
    assert english_words(err) == []
    assert "Traceback" not in err


def test_reviews_are_computed_one_at_a_time(branch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What lets the command print the first case before the others are compared: the
    reviews are a generator that reads a case's texts only when it is its turn."""
    repo = CaseRepository.discover(explicit=branch)
    changeset = ChangeSet(repo, "main", "HEAD")
    read: list[str | None] = []
    text = changeset.text

    def reading(blob: str | None) -> str | None:
        read.append(blob)
        return text(blob)

    monkeypatch.setattr(changeset, "text", reading)
    reviews: Iterator[object] = review_changes(changeset, changeset.changes())
    assert read == []
    next(reviews)
    assert len(read) == 2  # the first case's two sides, and no other


@pytest.mark.parametrize("command", ["review", "pr"])
def test_help_is_swedish(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run_cli(capsys, command, "--help")
    text = capsys.readouterr().out
    assert "INTERVALL" in text or "--skriv-ut" in text
    assert english_words(text) == []
