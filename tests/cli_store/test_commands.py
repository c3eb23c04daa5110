"""Every store command against real repositories: stdout data, stderr messages, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import git

PATH = "cases/2023/ks-2023-886.md"


def test_init_prints_the_path_and_leaves_a_clean_repository(tmp_path: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    result = pmtui("init", str(tmp_path / "nytt"))
    assert result.code == 0
    assert result.out.strip() == str((tmp_path / "nytt").resolve())
    assert "pmtui new" in result.err
    assert git(tmp_path / "nytt", "status", "--porcelain") == ""
    again = pmtui("init", str(tmp_path / "nytt"))
    assert again.code == 1 and "redan" in again.err


def test_new_creates_a_valid_case_in_one_commit(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    assert git(archive, "log", "-1", "--format=%s").strip() == "KS 2023/886: nytt ärende"
    assert pmtui("check", PATH).code == 0
    text = (archive / PATH).read_text(encoding="utf-8")
    assert "## Föredragande borgarrådets synpunkter" in text
    assert git(archive, "status", "--porcelain") == ""
    twice = pmtui(
        "new", "--dnr", "ks 2023/886", "--rubrik", "X", "--rotel", "I", "--foredragande", "A"
    )
    assert twice.code == 1 and "finns redan" in twice.err


def test_new_usage_errors_exit_2(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    assert (
        pmtui("new", "--dnr", "../etc", "--rubrik", "X", "--rotel", "I", "--foredragande", "A").code
        == 2
    )
    missing = pmtui("new", "--dnr", "KS 2023/1", "--rubrik", "X", "--foredragande", "A")
    assert missing.code == 2 and "--rotel" in missing.err
    assert pmtui("new", "--rubrik", "X").code == 2


def test_set_changes_fields_with_summary_and_custom_message(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    result = pmtui("set", "KS 2023/886", "rubrik=Ny rubrik", "föredragande=A B,C D")
    assert result.code == 0, result.err
    assert result.out.strip() == git(archive, "rev-parse", "HEAD").strip()
    assert git(archive, "log", "-1", "--format=%B").strip() == (
        "KS 2023/886: ändrade rubrik, föredragande\n\nÄrende: KS 2023/886"
    )
    repeated = pmtui("set", "ks-2023-886", "foredragande=E F", "foredragande=G H", "-m", "Byt namn")
    assert repeated.code == 0
    assert git(archive, "log", "-1", "--format=%s").strip() == "KS 2023/886: Byt namn"
    assert "  - E F\n  - G H\n" in (archive / PATH).read_text(encoding="utf-8")
    assert git(archive, "status", "--porcelain") == ""


def test_set_refuses_bad_input_with_the_field_named(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    head = git(archive, "rev-parse", "HEAD")
    bad_date = pmtui("set", "KS 2023/886", "datum=2023-02-30")
    assert bad_date.code == 1 and "datum" in bad_date.err
    unknown = pmtui("set", "KS 2023/886", "färg=blå")
    assert unknown.code == 2 and "färg" in unknown.err and "rubrik" in unknown.err
    assert pmtui("set", "KS 2023/886", "dnr=KS 2023/1").code == 2
    assert pmtui("set", "KS 2023/886", "utan-likhetstecken").code == 2
    assert pmtui("set", "KS 2023/886", "utfall=x").code == 2
    assert git(archive, "rev-parse", "HEAD") == head


def test_unchanged_set_makes_no_commit(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    head = git(archive, "rev-parse", "HEAD")
    result = pmtui("set", "KS 2023/886", "rotel=I")
    assert result.code == 0 and result.out == "" and "ingen incheckning" in result.err
    assert git(archive, "rev-parse", "HEAD") == head


def test_status_moves_and_tags_the_milestone(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    result = pmtui("status", "KS 2023/886", "remiss")
    assert result.code == 0 and "ks-2023-886/remiss" in result.err
    assert (
        git(archive, "describe", "--tags", "--exact-match", "HEAD").strip() == "ks-2023-886/remiss"
    )
    bad = pmtui("status", "KS 2023/886", "klar")
    assert bad.code == 2 and "tillstyrkt" in bad.err


def test_log_text_and_json_include_plain_git_commits(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    pmtui("status", "KS 2023/886", "remiss")
    text = (archive / PATH).read_text(encoding="utf-8").replace("rotel: I", "rotel: II")
    (archive / PATH).write_text(text, encoding="utf-8")
    git(archive, "commit", "-qam", "Byt rotel i vim")
    result = pmtui("log", "KS 2023/886")
    assert result.code == 0
    lines = result.out.splitlines()
    assert "Byt rotel i vim" in lines[0] and "Test Testsson" in lines[0]
    assert "ändrat: rotel" in lines[1]
    assert any("milstolpe: ks-2023-886/remiss" in line for line in lines)
    entries = json.loads(pmtui("log", "KS 2023/886", "--json").out)
    assert [e["message"].split("\n")[0] for e in entries] == [
        "Byt rotel i vim",
        "KS 2023/886: ändrade status",
        "KS 2023/886: nytt ärende",
    ]
    assert entries[1]["tags"] == ["ks-2023-886/remiss"] and entries[1]["changed"] == ["status"]
    assert entries[0]["commit"] == git(archive, "log", "-1", "--format=%H", "--", PATH).strip()


def test_list_filters_and_json(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    pmtui("new", "--dnr", "KS 2024/5", "--rubrik", "Annat", "--rotel", "VII", "--foredragande", "A")
    pmtui("status", "KS 2024/5", "remiss")
    rows = pmtui("list").out.splitlines()
    assert len(rows) == 2 and rows[0].startswith("KS 2023/886") and "utkast" in rows[0]
    assert pmtui("list", "--status", "remiss").out.startswith("KS 2024/5")
    only = json.loads(pmtui("list", "--rotel", "vii", "--json").out)
    assert [(r["dnr"], r["status"], r["rotel"]) for r in only] == [("KS 2024/5", "remiss", "VII")]
    assert pmtui("list", "--status", "okänd").code == 2


def test_commands_outside_a_repository_exit_1_with_hint(tmp_path: Path, monkeypatch, pmtui) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    result = pmtui("list")
    assert result.code == 1 and "pmtui init" in result.err


def test_repo_option_and_environment(archive: Path, tmp_path: Path, monkeypatch, pmtui) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert pmtui("--repo", str(archive), "list").out.startswith("KS 2023/886")
    monkeypatch.setenv("PMTUI_REPO", str(archive))
    assert pmtui("log", "KS 2023/886").code == 0


def test_conflict_is_refused_with_a_message(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    git(archive, "switch", "-q", "--detach")
    result = pmtui("set", "KS 2023/886", "rubrik=X")
    assert result.code == 1 and "git switch" in result.err


@pytest.mark.parametrize("argv", [["log"], ["set"], ["status", "KS 2023/886"], ["edit"]])
def test_usage_errors_exit_2(archive: Path, pmtui, argv: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert pmtui(*argv).code == 2


def test_set_subtitles_keep_commas_and_repeat_for_lines(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    line = "underrubriker=New York, USA, den 19-21 september 2023"
    assert pmtui("set", "KS 2023/886", line, "underrubriker=Rad två").code == 0
    text = (archive / PATH).read_text(encoding="utf-8")
    assert "underrubriker:\n  - New York, USA, den 19-21 september 2023\n  - Rad två\n" in text


def test_write_commands_reconcile_first(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    temp = archive / "cases" / "2023" / ".ks-2023-886.md.pmtui-tmp-999999999-x"  # a dead pid
    temp.write_text("halv", encoding="utf-8")
    lock = archive / ".git" / "refs" / "heads" / "main.lock"
    lock.write_text("", encoding="utf-8")
    result = pmtui("set", "KS 2023/886", "rubrik=Efter krasch")
    assert not temp.exists()
    assert str(lock) in result.err and lock.exists()
    assert result.code == 1 and "upptaget" in result.err  # the lock still blocks the save
    lock.unlink()
    assert pmtui("set", "KS 2023/886", "rubrik=Efter krasch").code == 0
