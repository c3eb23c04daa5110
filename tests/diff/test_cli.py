"""``pmtui diff`` and ``pmtui blame`` on real repositories built with the git CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.diff.helpers import LONG_SENTENCE, case_text
from tests.diff.repo import CASE_PATH, DNR, commit_case, new_repo, tag

A = "Staden tackar ja till inbjudan att delta i Strong Cities Network Global Summit."
B = "Social- och trygghetsborgarrådet Alexander Ojanne representerar staden på mötet."
BLAME_ROW = re.compile(r"^([0-9a-f]{8}) (.{18}) (\d{4}-\d\d-\d\d)  (.*)$")
C = "Kostnaderna för resan belastar kommunstyrelsens budget för internationellt arbete."


def run(capsys: pytest.CaptureFixture[str], repo: Path, *args: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--repo", str(repo), *args)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return new_repo(tmp_path / "arkiv")


def test_renumbered_but_unchanged_point_is_not_a_change(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commit_case(repo, case_text(points=[A, B]), "två punkter")
    commit_case(repo, case_text(points=[C, A, B]), "ny första punkt", day=2)
    code, out, _ = run(capsys, repo, "diff", DNR, "HEAD~1", "HEAD", "--json")
    assert code == 0
    data = json.loads(out)
    assert [(p["op"], p["old_number"], p["new_number"]) for p in data["points"]] == [
        ("added", None, "1")
    ]
    assert data["sections"] and all(s["op"] == "unchanged" for s in data["sections"])


def test_rewrapped_paragraph_is_not_a_change(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commit_case(repo, case_text(), "första")
    file = repo / CASE_PATH
    text = file.read_text(encoding="utf-8")
    rewrapped = text.replace(
        " social- och trygghetsborgarrådets medverkan i ",
        "\nsocial- och\n  trygghetsborgarrådets   medverkan i\n",
    )
    assert rewrapped != text
    file.write_text(rewrapped, encoding="utf-8")
    code, out, _ = run(capsys, repo, "diff", DNR)
    assert code == 0
    assert out.splitlines()[-1] == "Inga ändringar."


def test_one_word_change_in_a_long_sentence_shows_only_that_word(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commit_case(repo, case_text(), "första")
    commit_case(repo, case_text(views=LONG_SENTENCE.replace("utmärkt", "bra")), "ord", day=2)
    code, out, _ = run(capsys, repo, "diff", DNR, "HEAD~1", "HEAD", "--color", "never")
    assert code == 0
    changed = [line for line in out.splitlines() if line.startswith(("~", "+", "-"))]
    assert changed == ["~ " + LONG_SENTENCE.replace("utmärkt", "[-utmärkt-]{+bra+}")]


def test_milestone_to_milestone_shows_the_changed_words(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    views = LONG_SENTENCE + "\nStaden bör därför delta."
    commit_case(repo, case_text(views=views, status="remiss"), "remiss")
    tag(repo, "ks-2023-886/remiss")
    commit_case(repo, case_text(views=views, status="beredd"), "beredd", day=2)
    endorsed = views.replace("Staden bör därför delta.", "Staden bör därför delta fullt ut.")
    commit_case(repo, case_text(views=endorsed, status="tillstyrkt"), "tillstyrkt", day=3)
    tag(repo, "ks-2023-886/tillstyrkt")
    commit_case(repo, case_text(views="Senare ändring.", status="tillstyrkt"), "senare", day=4)
    args = ("diff", DNR, "remiss", "tillstyrkt", "--section", "synpunkter", "--color", "never")
    code, out, _ = run(capsys, repo, *args)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Jämför remiss (") and "med tillstyrkt (" in lines[0]
    assert "~ Staden bör därför delta{+ fullt ut+}." in lines
    assert "status" not in out and "Senare ändring." not in out
    code, out, _ = run(capsys, repo, "diff", DNR, "remiss", "tillstyrkt", "--json")
    assert json.loads(out)["fields"][0]["old"] == "remiss"


def test_blame_attributes_each_sentence_after_three_commits_by_two_authors(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = "Alfa är den första meningen. Beta är den andra meningen. Gamma är den tredje."
    second = "Alfa är den första meningen. Beta är en omskriven andra mening. Gamma är den tredje."
    third = second + " Delta är en ny fjärde mening."
    c1 = commit_case(repo, case_text(views=first), "ett", author="Karin Wanngård", day=1)
    c2 = commit_case(repo, case_text(views=second), "två", author="Anna König", day=2)
    # Re-wrapping the first sentence in the third commit changes nothing it says.
    third_text = case_text(views=third).replace("Alfa är den", "Alfa är\nden")
    c3 = commit_case(repo, third_text, "tre", author="Karin Wanngård", day=3)
    code, out, _ = run(capsys, repo, "blame", DNR, "--section", "synpunkter")
    assert code == 0
    blamed = [BLAME_ROW.match(line) for line in out.splitlines()[1:]]
    rows = {m[4]: (m[1], m[2].strip(), m[3]) for m in blamed if m}
    assert rows == {
        "Alfa är den första meningen.": (c1[:8], "Karin Wanngård", "2023-09-01"),
        "Beta är en omskriven andra mening.": (c2[:8], "Anna König", "2023-09-02"),
        "Gamma är den tredje.": (c1[:8], "Karin Wanngård", "2023-09-01"),
        "Delta är en ny fjärde mening.": (c3[:8], "Karin Wanngård", "2023-09-03"),
    }


def test_unknown_revision_and_unknown_section_are_refused(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commit_case(repo, case_text(), "första")
    code, _, err = run(capsys, repo, "diff", DNR, "finns-inte")
    assert code == 1 and "finns-inte" in err and "Traceback" not in err
    code, _, err = run(capsys, repo, "diff", DNR, "--section", "zzz")
    assert code == 1 and "Föredragande borgarrådets synpunkter" in err


def test_colour_only_when_asked(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    commit_case(repo, case_text(), "första")
    commit_case(repo, case_text(status="beredd"), "beredd", day=2)
    _, plain, _ = run(capsys, repo, "diff", DNR, "HEAD~1", "HEAD")
    _, coloured, _ = run(capsys, repo, "diff", DNR, "HEAD~1", "HEAD", "--color", "always")
    assert "\x1b[" not in plain and "\x1b[31m" in coloured


def test_new_case_against_nothing(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    commit_case(repo, case_text(), "första")
    code, out, _ = run(capsys, repo, "diff", DNR, "HEAD~1", "HEAD", "--color", "never")
    assert code == 0 and "(ny)" in out and "(finns inte)" in out.splitlines()[0]


def test_side_by_side_and_line_modes(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    commit_case(repo, case_text(), "första")
    commit_case(repo, case_text(views=LONG_SENTENCE.replace("utmärkt", "bra")), "ord", day=2)
    code, out, _ = run(capsys, repo, "diff", DNR, "HEAD~1", "HEAD", "--side-by-side")
    assert code == 0
    rows = [line for line in out.splitlines() if "│" in line]
    assert rows[0].split("│")[0].strip() == "Före" and rows[0].split("│")[1].strip() == "Efter"
    assert any("[-utmärkt-]" in r.split("│")[0] for r in rows)
    assert any("{+bra+}" in r.split("│")[1] for r in rows)
    code, out, _ = run(capsys, repo, "diff", DNR, "HEAD~1", "HEAD", "--line")
    assert "- " + LONG_SENTENCE in out.splitlines()
    assert "[-" not in out


def test_blame_json_lists_revisions(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    commit_id = commit_case(repo, case_text(), "första", author="Karin Wanngård")
    code, out, _ = run(capsys, repo, "blame", DNR, "--section", "sammanfattning", "--json")
    assert code == 0
    (section,) = json.loads(out)
    assert section["heading"] == "Sammanfattning av ärendet"
    assert {line["revision"]["commit_id"] for line in section["lines"]} == {commit_id}


def test_case_on_disk_in_a_repository_without_commits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.conftest import git

    root = tmp_path / "tomt"
    root.mkdir()
    git(root, "init", "-q")
    (root / "cases" / "2023").mkdir(parents=True)
    (root / CASE_PATH).write_text(case_text(), encoding="utf-8")
    code, out, err = run(capsys, root, "diff", DNR, "--color", "never")
    assert code == 0, err
    assert "HEAD (finns inte)" in out.splitlines()[0] and "(ny)" in out


def test_invalid_file_on_disk_is_compared_line_by_line_with_the_reason(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commit_case(repo, case_text(), "första")
    file = repo / CASE_PATH
    file.write_text(file.read_text(encoding="utf-8").replace("rotel: I\n", "rotel: XYZ\n"))
    code, out, err = run(capsys, repo, "diff", DNR, "--color", "never")
    assert code == 0
    assert "rotel" in err and "Traceback" not in err
    assert "~ rotel: [-I-]{+XYZ+}" in out.splitlines()
