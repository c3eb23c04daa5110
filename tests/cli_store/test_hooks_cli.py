"""The write commands and the repository's hooks: refusals shown with the hook's output,
``--no-verify`` as git commit's, warnings and hook output on stderr (issue 9)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import git
from tests.store.hook_scripts import install_hook

PATH = "cases/2023/ks-2023-886.md"


def _refusing_pre_commit(archive: Path) -> None:
    install_hook(archive / ".git" / "hooks", "pre-commit", 'echo "stopp från kroken" >&2; exit 1')


def test_a_refusing_hook_fails_set_with_its_output_and_keeps_the_text(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    _refusing_pre_commit(archive)
    head = git(archive, "rev-parse", "HEAD")
    result = pmtui("set", "KS 2023/886", "rubrik=Vägrad")
    assert result.code == 1
    assert "kroken pre-commit stoppade sparningen" in result.err
    assert "stopp från kroken" in result.err and "--no-verify" in result.err
    assert git(archive, "rev-parse", "HEAD") == head
    assert "rubrik: Vägrad" in (archive / PATH).read_text(encoding="utf-8")


def test_edit_no_verify_skips_the_refusing_hook(archive: Path, pmtui, editor) -> None:  # type: ignore[no-untyped-def]
    _refusing_pre_commit(archive)
    editor("rubrik: Strong Cities=>rubrik: Starka städer")
    refused = pmtui("edit", "KS 2023/886")
    assert refused.code == 1 and "stopp från kroken" in refused.err
    assert "rubrik: Starka städer" in (archive / PATH).read_text(encoding="utf-8")
    editor("rubrik: Starka städer=>rubrik: Starkare städer")
    skipped = pmtui("edit", "KS 2023/886", "--no-verify")
    assert skipped.code == 0, skipped.err
    assert "rubrik: Starkare städer" in git(archive, "show", f"HEAD:{PATH}")
    assert git(archive, "status", "--porcelain") == ""


def test_hook_output_and_warnings_go_to_stderr(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    hooks = archive / ".git" / "hooks"
    install_hook(hooks, "post-commit", 'echo "post-commit säger hej"')
    install_hook(hooks, "commit-msg", "exit 1", executable=False)
    result = pmtui("set", "KS 2023/886", "rubrik=Med krokar")
    assert result.code == 0, result.err
    assert "post-commit: post-commit säger hej" in result.err
    assert "pmtui: varning: kroken commit-msg hoppades över" in result.err
    assert result.out.strip() == git(archive, "rev-parse", "HEAD").strip()


def test_set_no_verify_skips_the_refusing_hook(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    _refusing_pre_commit(archive)
    result = pmtui("set", "KS 2023/886", "rubrik=Utan kontroll", "--no-verify")
    assert result.code == 0, result.err
    assert "rubrik: Utan kontroll" in git(archive, "show", f"HEAD:{PATH}")


def test_status_no_verify_skips_the_refusing_hook(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    _refusing_pre_commit(archive)
    result = pmtui("status", "KS 2023/886", "remiss", "--no-verify")
    assert result.code == 0, result.err
    assert "ks-2023-886/remiss" in git(archive, "tag", "-l")


def test_new_no_verify_skips_the_refusing_hook(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    _refusing_pre_commit(archive)
    result = pmtui(
        "new", "--dnr", "KS 2023/1", "--rubrik", "Nytt", "--rotel", "I",
        "--foredragande", "A B", "--no-verify",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "cases/2023/ks-2023-1.md" in git(archive, "ls-files")
