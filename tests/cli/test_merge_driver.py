"""The case merge driver with real Git: ``pmtui git-setup`` registers it, and plain
``git merge``, ``git rebase`` and ``git cherry-pick`` then merge case files part by part
(git runs ``python -m pmtui.cli.merge_driver``). A true conflict is marked around the
part and reported by ``pmtui check``; input the driver cannot read, or a driver turned
off, gives exactly ``git merge-file``'s result."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pmtui.store.merge_driver import read_merge_log
from pmtui.texts import merge as texts
from tests.conftest import git, run_cli
from tests.merge.helpers import (
    MEMBERS,
    POINT_COUNCIL,
    POINT_MOTION,
    POINTS,
    POINTS_PATH,
    SEED,
    SEED_PATH,
    SUBPOINT_REPORT,
    edit,
)

PATH = POINTS_PATH
CASE = POINTS
MOTION_SENTENCE = "Lovisa Enqvist (C) har väckt en motion i kommunfullmäktige"
REASON_SENTENCE = "Motionären anför bl.a. att ansvaret för att planera nya förskolor"
PREPARATION = "Samtliga remissinstanser är positiva"
VIEWS = "Bristen på förskole- och skollokaler"
# Edits on two branches, by kind: (ours, theirs), each an (old, new) replacement.
EDITS = {
    "fields": (
        ("status: beslutad", "status: återremitterad"),
        ("nummer: '2017:41'", "nummer: '2017:42'"),
    ),
    "points": (
        (POINT_COUNCIL, POINT_COUNCIL.replace("1 juli", "1 augusti")),
        (SUBPOINT_REPORT, SUBPOINT_REPORT.replace("31 december", "30 november")),
    ),
    "sections": (
        (PREPARATION, PREPARATION.replace("Samtliga", "Alla")),
        (VIEWS, "Bristen på lokaler för förskolor och skolor"),
    ),
    "sentences": (
        (MOTION_SENTENCE, MOTION_SENTENCE.replace("väckt", "lämnat")),
        (REASON_SENTENCE, REASON_SENTENCE.replace("anför bl.a.", "anför bl.a. och främst")),
    ),
}


@pytest.fixture
def archive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Path:
    """A repository made by ``pmtui init`` and ``pmtui git-setup``, the utlåtande
    committed on its branch; the cwd is inside it."""
    root = tmp_path / "arkiv"
    assert run_cli(capsys, "init", str(root))[0] == 0
    monkeypatch.chdir(root)
    assert run_cli(capsys, "git-setup")[0] == 0
    _commit(root, CASE, "bas")
    return root


def _commit(root: Path, text: str, message: str) -> None:
    (root / PATH).parent.mkdir(parents=True, exist_ok=True)
    (root / PATH).write_text(text, encoding="utf-8")
    git(root, "add", PATH)
    git(root, "commit", "-q", "-m", message)


def _branches(root: Path, ours: str, theirs: str) -> str:
    """Commit ``theirs`` on a new branch ``deras`` and ``ours`` on the current one."""
    main = git(root, "rev-parse", "--abbrev-ref", "HEAD").strip()
    git(root, "switch", "-q", "-c", "deras")
    _commit(root, theirs, "deras ändring")
    git(root, "switch", "-q", main)
    _commit(root, ours, "vår ändring")
    return main


def _run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)


def _checked_clean(root: Path, capsys: pytest.CaptureFixture[str], expected: str) -> None:
    assert (root / PATH).read_text(encoding="utf-8") == expected
    assert git(root, "status", "--porcelain") == ""
    assert run_cli(capsys, "check", PATH)[0] == 0
    assert run_cli(capsys, "fmt", "--check", PATH)[0] == 0


def test_git_setup_defines_the_driver_and_git_check_attr_agrees(archive: Path) -> None:
    driver = git(archive, "config", "--get", "merge.pmtui.driver").strip()
    assert driver == f"{sys.executable} -m pmtui.cli.merge_driver %O %A %B %L %P"
    assert git(archive, "config", "--get", "merge.pmtui.name").strip() == texts.DRIVER_NAME
    assert git(archive, "check-attr", "merge", "--", PATH) == f"{PATH}: merge: pmtui\n"
    lines = (archive / ".gitattributes").read_text(encoding="utf-8").splitlines()
    assert lines.count("cases/**/*.md merge=pmtui") == 1


def test_git_setup_adds_the_attribute_where_init_did_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "gammal"
    root.mkdir()
    git(root, "init", "-q")
    code, out, _ = run_cli(capsys, "--repo", str(root), "git-setup")
    assert code == 0
    assert "Lade till raden 'cases/**/*.md merge=pmtui' i .gitattributes" in out
    assert "Kontrollerat med git check-attr" in out
    assert git(root, "check-attr", "merge", "--", PATH) == f"{PATH}: merge: pmtui\n"


def test_git_setup_print_shows_the_driver_lines_and_sets_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "ny"
    root.mkdir()
    git(root, "init", "-q")
    code, out, _ = run_cli(capsys, "--repo", str(root), "git-setup", "--print")
    assert code == 0
    driver = f"{sys.executable} -m pmtui.cli.merge_driver %O %A %B %L %P"
    assert f"git config merge.pmtui.driver '{driver}'" in out.splitlines()
    assert git(root, "config", "--get", "merge.pmtui.driver", check=False) == ""
    assert not (root / ".gitattributes").exists()


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_git_merge_of_edits_to_different_parts_is_clean(
    archive: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    (ours_old, ours_new), (theirs_old, theirs_new) = EDITS[kind]
    ours, theirs = edit(CASE, ours_old, ours_new), edit(CASE, theirs_old, theirs_new)
    _branches(archive, ours, theirs)
    merged = _run(archive, "merge", "-q", "--no-edit", "deras")
    assert merged.returncode == 0, merged.stdout + merged.stderr
    assert "utan konflikt" in merged.stderr
    _checked_clean(archive, capsys, edit(ours, theirs_old, theirs_new))


def _all_edits(text: str, side: int) -> str:
    for kind in sorted(EDITS):
        old, new = EDITS[kind][side]
        text = edit(text, old, new)
    return text


def test_git_rebase_and_cherry_pick_merge_the_same_way(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours, theirs = _all_edits(CASE, 0), _all_edits(CASE, 1)
    expected = _all_edits(ours, 1)
    main = _branches(archive, ours, theirs)
    picked = _run(archive, "cherry-pick", "deras")
    assert picked.returncode == 0, picked.stderr
    _checked_clean(archive, capsys, expected)
    git(archive, "switch", "-q", "deras")
    rebased = _run(archive, "rebase", main)
    assert rebased.returncode == 0, rebased.stderr
    _checked_clean(archive, capsys, expected)
    records = read_merge_log(archive)
    assert [(r["utfall"], r["dnr"]) for r in records] == [("ren", "317-2208/2016")] * 2
    assert {"del": "fältet nummer", "från": "deras", "text": "2017:42"} in records[0]["delar"]


def test_same_sentence_changed_both_ways_is_a_located_conflict(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = edit(CASE, MOTION_SENTENCE, MOTION_SENTENCE.replace("väckt", "lämnat"))
    ours = edit(ours, "status: beslutad", "status: återremitterad")
    theirs = edit(CASE, MOTION_SENTENCE, MOTION_SENTENCE.replace("väckt", "skrivit"))
    _branches(archive, ours, theirs)
    merged = _run(archive, "merge", "--no-edit", "deras")
    assert merged.returncode == 1
    text = (archive / PATH).read_text(encoding="utf-8")
    line = text.split("\n").index("<<<<<<< vår – avsnitt 'Ärendet', mening 1") + 1
    assert f"  {PATH}:{line}: avsnitt 'Ärendet', mening 1: ändrad på båda sidor" in merged.stderr
    assert text.count("<<<<<<<") == 1 and "status: återremitterad" in text
    block = text.split("\n")[line - 1 : line + 6]
    assert [row.split(" har ")[0] for row in block[1:6:2]] == [
        "Lovisa Enqvist (C)",
        "Lovisa Enqvist (C)",
        "Lovisa Enqvist (C)",
    ]
    assert git(archive, "status", "--porcelain") == f"UU {PATH}\n"
    code, out, _ = run_cli(capsys, "check", PATH)
    assert code == 1
    assert f"{PATH}:{line}: avsnitt 'Ärendet', mening 1: olöst sammanslagning" in out
    assert read_merge_log(archive)[-1]["konflikter"] == [
        {"rad": line, "del": "avsnitt 'Ärendet', mening 1", "varför": "ändrad på båda sidor, olika"}
    ]


def _driver_files(
    tmp_path: Path, base: str | bytes, ours: str | bytes, theirs: str | bytes
) -> list[Path]:
    files = []
    for name, text in (("O", base), ("A", ours), ("B", theirs)):
        path = tmp_path / name
        path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        files.append(path)
    return files


def _git_merge_file(files: list[Path]) -> tuple[int, bytes]:
    base, ours, theirs = files
    command = ["git", "merge-file", "-p", "--diff3", "-L", "vår", "-L", "bas", "-L", "deras"]
    result = subprocess.run([*command, ours, base, theirs], capture_output=True, check=False)
    return min(result.returncode, 1), result.stdout


def _driver(
    capsys: pytest.CaptureFixture[str], files: list[Path], path: str = SEED_PATH
) -> tuple[int, str]:
    code, _, err = run_cli(capsys, "merge-driver", *map(str, files), "7", path)
    return code, err


def test_a_field_or_a_point_changed_both_ways_is_a_conflict(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = [
        ("status: beslutad", "status: återremitterad", "status: bordlagd", "fältet status"),
        (f"      - {POINT_MOTION}\n", "", f"      - {POINT_MOTION[:-1]} i dag.\n", "punkt 2"),
    ]
    for old, ours_new, theirs_new, place in cases:
        files = _driver_files(
            tmp_path, CASE, edit(CASE, old, ours_new), edit(CASE, old, theirs_new)
        )
        code, err = _driver(capsys, files, PATH)
        assert code == 1 and place in err
        text = files[1].read_text(encoding="utf-8")
        assert text.count("<<<<<<< vår – ") == 1 and place in text.split("<<<<<<< vår – ")[1]


def test_a_clean_merge_that_is_no_valid_case_is_left_in_conflict_with_its_problems(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = edit(CASE, "## Beredning\n", "## Bakgrund\n")
    theirs = edit(CASE, "## Mina synpunkter\n", "## Bakgrund\n")
    files = _driver_files(tmp_path, CASE, ours, theirs)
    code, err = _driver(capsys, files, PATH)
    text = files[1].read_text(encoding="utf-8")
    assert code == 1 and "<<<<<<<" not in text and text.count("## Bakgrund\n") == 2
    assert texts.SUMMARY_INVALID.format(path=PATH) in err
    assert f"{PATH}:" in err and "avsnittet 'Bakgrund' förekommer mer än en gång" in err
    assert read_merge_log(archive)[-1]["utfall"] == "ogiltig"


@pytest.mark.parametrize(
    "theirs",
    [
        edit(SEED, "rotel: I\n", "rotel: [I\n"),
        edit(SEED, MEMBERS, f"<<<<<<< HEAD\n{MEMBERS}\n=======\nx\n>>>>>>> annan"),
        SEED.encode("utf-8").replace("ärendet".encode(), b"\xe4rendet"),
    ],
    ids=["unparsable", "markers", "latin1"],
)
def test_input_the_driver_cannot_read_gets_git_merge_files_result(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], theirs: str | bytes
) -> None:
    ours = edit(SEED, MEMBERS, MEMBERS.replace("160", "165"))
    files = _driver_files(tmp_path, SEED, ours, theirs)
    expected = _git_merge_file(files)
    code, err = _driver(capsys, files)
    assert (code, files[1].read_bytes()) == expected
    assert "Gits radvisa sammanslagning används: deras version" in err
    assert read_merge_log(archive)[-1]["utfall"] == "radvis"


@pytest.mark.parametrize("how", ["environment", "config"])
def test_a_driver_turned_off_gives_exactly_git_merge_files_result(
    archive: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    if how == "environment":
        monkeypatch.setenv("PMTUI_MERGE_DRIVER", "off")
    else:
        git(archive, "config", "pmtui.mergeDriver", "false")
    ours = edit(SEED, MEMBERS, MEMBERS.replace("160", "165"))
    theirs = edit(SEED, "status: tillstyrkt", "status: beslutad")
    files = _driver_files(tmp_path, SEED, ours, theirs)
    expected = _git_merge_file(files)
    assert _driver(capsys, files) == (expected[0], "")
    assert files[1].read_bytes() == expected[1]
    assert read_merge_log(archive) == []


def test_check_warns_where_the_driver_is_named_but_not_defined(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert texts.UNDEFINED_DRIVER not in run_cli(capsys, "check")[2]
    git(archive, "config", "--unset", "merge.pmtui.driver")
    code, _, err = run_cli(capsys, "check")
    assert code == 0 and texts.UNDEFINED_DRIVER in err


def test_the_driver_module_refuses_bad_arguments_in_swedish(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pmtui.cli.merge_driver", "a", "b", "c", "sju", "x.md"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "markörlängden måste vara ett heltal" in result.stderr
    assert "Traceback" not in result.stderr
