"""The guard for personal data (issue 15): a save holding a personnummer is refused in
the CLI and, with the hook installed, in a plain ``git commit``; it succeeds with a
recorded reason; ``pmtui check`` reports it; ``git-setup`` never overwrites a hook.

The numbers are generated (a date in the 2090s, a serial, the Luhn digit), never a
person's. Every refusal is checked to show the number masked, never whole.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pmtui.store import CaseRepository, PersonalDataFound
from tests.conftest import git
from tests.format.test_personal_numbers import number
from tests.store.hook_scripts import install_hook

PATH = "cases/2023/ks-2023-886.md"
NUMBER = number(dt.date(2091, 12, 18), 987, "12-")  # 20911218-987C
MASKED = NUMBER[:-4] + "••••"
REASON = "samtycke finns"
TRAILER = f"Personuppgifter: granskat – {REASON}"


def _write_in_section(archive: Path, text: str) -> None:
    case = archive / PATH
    content = case.read_text(encoding="utf-8")
    case.write_text(content.replace("## Beredning\n", f"## Beredning\n\n{text}\n"), "utf-8")


def _commit(archive: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "commit", *args], cwd=archive, capture_output=True, text=True, check=False
    )


def _trailers(archive: Path) -> str:
    message = git(archive, "log", "-1", "--format=%B")
    return git_input(archive, message, "interpret-trailers", "--parse")


def git_input(archive: Path, stdin: str, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=archive, input=stdin, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_check_reports_personal_data_as_located_masked_errors(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    _write_in_section(archive, f"Sökanden har nummer {NUMBER}.")
    line = (archive / PATH).read_text(encoding="utf-8").split("\n").index(
        f"Sökanden har nummer {NUMBER}."
    ) + 1
    result = pmtui("check")
    assert result.code == 1
    assert f"{PATH}:{line}: avsnitt 'Beredning': personnummer {MASKED}: personuppgifter" in (
        result.out
    )
    assert "1 fel i 1 fil" in result.err
    assert NUMBER not in result.out + result.err


def test_set_is_refused_named_and_masked_and_nothing_is_written(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    before = (archive / PATH).read_bytes()
    head = git(archive, "rev-parse", "HEAD")
    result = pmtui("set", "KS 2023/886", f"rubrik=Ansökan från {NUMBER}")
    assert result.code == 1
    assert "KS 2023/886 innehåller personuppgifter och sparades inte (1 träff)" in result.err
    assert f"{PATH}:5: rubrik: personnummer {MASKED}" in result.err
    assert '--personuppgifter-granskat "skäl"' in result.err
    assert NUMBER not in result.out + result.err
    assert (archive / PATH).read_bytes() == before
    assert git(archive, "rev-parse", "HEAD") == head
    assert git(archive, "status", "--porcelain") == ""


def test_a_reason_saves_and_records_the_trailer(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    result = pmtui(
        "set", "KS 2023/886", f"rubrik=Ansökan {NUMBER}", "--personuppgifter-granskat", REASON
    )
    assert result.code == 0, result.err
    assert f"rubrik: Ansökan {NUMBER}" in git(archive, "show", f"HEAD:{PATH}")
    assert _trailers(archive) == f"{TRAILER}\n"  # git's own parser sees it
    assert git(archive, "log", "-1", "--format=%B").endswith(
        f"Ärende: KS 2023/886\n\n{TRAILER}\n\n"
    )
    assert pmtui("status", "KS 2023/886", "remiss").code == 1  # the number is still there
    status = pmtui("status", "KS 2023/886", "remiss", "--personuppgifter-granskat", REASON)
    assert status.code == 0, status.err
    assert TRAILER in git(archive, "log", "-1", "--format=%B")


def test_a_blank_reason_is_a_usage_error(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    result = pmtui("set", "KS 2023/886", f"rubrik={NUMBER}", "--personuppgifter-granskat", "  ")
    assert result.code == 2
    assert "behöver ett skäl" in result.err


def test_new_and_edit_are_refused_too(archive: Path, pmtui, editor) -> None:  # type: ignore[no-untyped-def]
    new = ("new", "--dnr", "KS 2023/900", "--rotel", "I", "--foredragande", "A")
    refused = pmtui(*new, "--rubrik", f"Bidrag till {NUMBER}")
    assert refused.code == 1 and MASKED in refused.err
    assert not (archive / "cases" / "2023" / "ks-2023-900.md").exists()
    head = git(archive, "rev-parse", "HEAD")
    insert = f"## Beredning\n=>## Beredning\n\nSökande {NUMBER}.\n"
    log = editor(insert, "inget-sådant=>")  # the second time: closed unchanged
    edited = pmtui("edit", "KS 2023/886")
    assert edited.code == 1
    shown_again = log.read_text(encoding="utf-8").splitlines()[1]
    assert f"personnummer {MASKED}" in shown_again  # reopened with the hit on top
    assert git(archive, "rev-parse", "HEAD") == head
    editor(insert)
    assert pmtui("edit", "KS 2023/886", "--personuppgifter-granskat", REASON).code == 0
    assert TRAILER in git(archive, "log", "-1", "--format=%B")


def test_the_store_refusal_carries_the_hits_for_the_app(archive: Path) -> None:
    repo = CaseRepository.discover(archive)
    loaded = repo.load("KS 2023/886")
    assert loaded.case is not None
    case = loaded.case.model_copy(update={"title": f"Om {NUMBER}"})
    with pytest.raises(PersonalDataFound) as refused:
        repo.save(case, loaded.base)
    assert refused.value.path == PATH
    assert [(hit.line, hit.part, hit.masked) for hit in refused.value.hits] == [
        (5, "rubrik", MASKED)
    ]
    result = repo.save(case, loaded.base, personal_data_reason=REASON)
    assert result.message.endswith(f"{TRAILER}\n")


def test_own_patterns_from_git_config_are_guarded_and_bad_ones_named(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    git(archive, "config", "--add", "pmtui.personalDataPattern", "kund-[0-9]{5}")
    refused = pmtui("set", "KS 2023/886", "rubrik=Ärende för kund-12345")
    assert refused.code == 1
    assert f"{PATH}:5: rubrik: eget mönster 1 ••••••••••" in refused.err
    git(archive, "config", "--add", "pmtui.personalDataPattern", "x(")
    broken = pmtui("set", "KS 2023/886", "rubrik=Något annat")
    assert broken.code == 1
    assert "git config pmtui.personalDataPattern, värde 2 ('x(')" in broken.err
    assert "fel vid tecken 2" in broken.err
    assert pmtui("check").code == 1


def test_the_installed_hook_stops_a_plain_git_commit(
    archive: Path, pmtui: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup = pmtui("git-setup", "--installera-krok")
    assert setup.code == 0, setup.err
    hook = archive / ".git" / "hooks" / "pre-commit"
    assert "pre-commit-kroken är installerad" in setup.err and os.access(hook, os.X_OK)
    _write_in_section(archive, f"Sökande {NUMBER}.")
    head = git(archive, "rev-parse", "HEAD")
    refused = _commit(archive, "-m", "Med personnummer", PATH)  # a temporary index
    assert refused.returncode != 0
    assert f"{PATH}:" in refused.stderr + refused.stdout and MASKED in refused.stderr
    assert NUMBER not in refused.stderr + refused.stdout
    assert git(archive, "rev-parse", "HEAD") == head
    monkeypatch.setenv("PMTUI_PERSONUPPGIFTER_GRANSKAT", REASON)
    reviewed = _commit(archive, "-am", "Granskat", "--trailer", TRAILER)
    assert reviewed.returncode == 0, reviewed.stderr
    assert f"'{TRAILER}'" in reviewed.stderr  # the reminder to record it
    assert TRAILER in _trailers(archive)


def test_a_reviewed_pmtui_save_passes_the_installed_hook(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    assert pmtui("git-setup", "--installera-krok").code == 0
    saved = pmtui("set", "KS 2023/886", f"rubrik=Om {NUMBER}", "--personuppgifter-granskat", "ok")
    assert saved.code == 0, saved.err
    assert "Personuppgifter: granskat – ok" in git(archive, "log", "-1", "--format=%B")
    assert list((archive / ".git" / "pmtui-personuppgifter-granskade").iterdir()) == []
    clean = pmtui("set", "KS 2023/886", "rubrik=Utan nummer", "--personuppgifter-granskat", "ok")
    assert clean.code == 0, clean.err
    assert "Personuppgifter" not in git(archive, "log", "-1", "--format=%B")


def test_git_setup_never_overwrites_an_existing_hook(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    hook = install_hook(archive / ".git" / "hooks", "pre-commit", "echo min egen krok")
    before = hook.read_text(encoding="utf-8")
    result = pmtui("git-setup", "--installera-krok")
    assert result.code == 0, result.err
    assert "finns redan och skrivs inte över" in result.err
    assert hook.read_text(encoding="utf-8") == before
    line = result.err.split("skrivs inte över. Lägg till den här raden")[1].splitlines()[1]
    assert line.endswith("guard --staged || exit 1")
    hook.write_text(before + line + "\n", encoding="utf-8")  # the line shown works
    _write_in_section(archive, f"Sökande {NUMBER}.")
    assert _commit(archive, "-am", "Med personnummer").returncode != 0
    again = pmtui("git-setup", "--installera-krok")
    assert "kör redan pmtui guard" in again.err


def test_git_setup_offers_the_hook_and_guard_reads_files_on_disk(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    offered = pmtui("git-setup")
    assert "--installera-krok" in offered.err
    assert not (archive / ".git" / "hooks" / "pre-commit").exists()
    assert pmtui("guard").code == 0
    _write_in_section(archive, f"Sökande {NUMBER[2:]}.")
    found = pmtui("guard", PATH)
    assert found.code == 1
    assert f"avsnitt 'Beredning': personnummer {MASKED[2:]}" in found.out
    assert pmtui("guard", "--staged").code == 0  # not staged: the next commit is clean
    assert pmtui("guard", "--staged", PATH).code == 2


def test_a_hook_whose_pmtui_is_gone_refuses_with_a_message(
    archive: Path, pmtui: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "executable", str(archive / "borttagen" / "python"))
    assert pmtui("git-setup", "--installera-krok").code == 0
    git_folder = str(Path(shutil.which("git") or "/usr/bin/git").parent)
    monkeypatch.setenv("PATH", os.pathsep.join([git_folder, "/bin"]))  # no pmtui on it
    (archive / "annat.txt").write_text("x\n", encoding="utf-8")
    git(archive, "add", "annat.txt")
    refused = _commit(archive, "-m", "Utan pmtui")
    assert refused.returncode == 1
    assert "programmet pmtui finns inte" in refused.stderr
    assert "Traceback" not in refused.stderr
