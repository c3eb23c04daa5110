"""Saves run the repository's hooks as `git commit PATH` does (issue 9, part 1)."""

from __future__ import annotations

from pathlib import Path

import pygit2
import pytest

from pmtui.store import CaseRepository, HookRefused
from tests.conftest import git
from tests.store.hook_scripts import hooks_dir, install_hook, retitle

PATH = "cases/2023/ks-2023-886.md"


def _root(repo: CaseRepository) -> Path:
    assert repo.root is not None
    return repo.root


def _blob(data: bytes) -> str:
    return str(pygit2.hash(data))


def test_refusing_pre_commit_commits_nothing_and_keeps_the_text_on_disk(
    saved: CaseRepository,
) -> None:
    root = _root(saved)
    head, staged = saved.head_commit, git(root, "rev-parse", f":{PATH}")
    install_hook(hooks_dir(saved), "pre-commit", 'echo "stopp: rubriken är fel" >&2\nexit 3')
    with pytest.raises(HookRefused) as caught:
        retitle(saved, "Vägrad rubrik")
    error = caught.value
    assert error.hook == "pre-commit"
    assert "stopp: rubriken är fel" in error.output
    assert "stopp: rubriken är fel" in error.message and "pre-commit" in error.message
    assert "slutkod 3" in error.message and "--no-verify" in error.hint
    assert saved.head_commit == head
    assert git(root, "rev-parse", f":{PATH}") == staged  # the real index is untouched
    text = (root / PATH).read_bytes()
    assert "Vägrad rubrik".encode() in text  # the user's words are on disk, uncommitted
    assert error.base is not None and error.base.disk_sha == _blob(text)
    assert git(root, "status", "--porcelain") == f" M {PATH}\n"
    report = saved.reconcile()
    assert report.unsaved_paths == [PATH] and not report.index_refreshed
    assert (root / PATH).read_bytes() == text


def test_after_a_refusal_the_error_base_saves_a_further_edit(saved: CaseRepository) -> None:
    root = _root(saved)
    hook = install_hook(hooks_dir(saved), "pre-commit", "exit 1")
    with pytest.raises(HookRefused) as caught:
        retitle(saved, "Första försöket")
    hook.unlink()
    base = caught.value.base
    assert base is not None
    result = retitle(saved, "Andra försöket", base=base)
    assert result.commit_id == saved.head_commit
    assert "rubrik: Andra försöket" in git(root, "show", f"HEAD:{PATH}")
    assert git(root, "status", "--porcelain") == ""


def test_pre_commit_sees_exactly_the_new_version_staged(saved: CaseRepository) -> None:
    root = _root(saved)
    (root / "egen.txt").write_text("mitt\n", encoding="utf-8")
    git(root, "add", "egen.txt")  # the user's own staged work: not part of our commit
    seen = root.parent / "seen.txt"
    install_hook(
        hooks_dir(saved),
        "pre-commit",
        f"""
        {{ pwd; git diff --cached --name-only; git show ":{PATH}" | grep '^rubrik:';
          grep '^rubrik:' "{PATH}"; echo "index=$GIT_INDEX_FILE editor=$GIT_EDITOR"; }} > "{seen}"
        """,
    )
    retitle(saved, "Granskad rubrik")
    lines = seen.read_text(encoding="utf-8").splitlines()
    assert lines[0] == str(root)
    assert lines[1:4] == [PATH, "rubrik: Granskad rubrik", "rubrik: Granskad rubrik"]
    assert lines[4].startswith(f"index={saved.gitdir}/") and lines[4].endswith(" editor=:")
    assert not Path(lines[4].split()[0].removeprefix("index=")).exists()  # removed again
    assert git(root, "status", "--porcelain") == "A  egen.txt\n"


def test_pre_commit_that_stages_more_is_refused(saved: CaseRepository) -> None:
    root = _root(saved)
    install_hook(hooks_dir(saved), "pre-commit", "echo extra > extra.txt\ngit add extra.txt")
    head = saved.head_commit
    with pytest.raises(HookRefused) as caught:
        retitle(saved, "Med tillägg")
    assert caught.value.hook == "pre-commit" and "git add" in caught.value.message
    assert saved.head_commit == head
    assert "extra.txt" not in git(root, "ls-files")


def test_commit_msg_rewrites_the_message(saved: CaseRepository) -> None:
    root = _root(saved)
    install_hook(
        hooks_dir(saved),
        "commit-msg",
        'sed -i "1s/^/[Granskad] /" "$1"\nprintf "\\n\\n\\nSigned-off-by: T <t@e>  \\n\\n" >> "$1"',
    )
    result = retitle(saved, "Ny rubrik")
    expected = (
        "[Granskad] KS 2023/886: ändrade rubrik\n\nÄrende: KS 2023/886\n\nSigned-off-by: T <t@e>\n"
    )
    assert result.message == expected
    assert git(root, "log", "-1", "--format=%B") == expected + "\n"


def test_prepare_commit_msg_gets_the_file_and_source_and_adds_a_line(
    saved: CaseRepository,
) -> None:
    root = _root(saved)
    args = root.parent / "args.txt"
    install_hook(
        hooks_dir(saved),
        "prepare-commit-msg",
        f'echo "$# $1 $2" > "{args}"\necho "Granskare: Karin" >> "$1"',
    )
    result = retitle(saved, "Ny rubrik")
    assert args.read_text(encoding="utf-8") == "2 .git/COMMIT_EDITMSG message\n"
    assert result.message.endswith("Ärende: KS 2023/886\nGranskare: Karin\n")
    assert git(root, "log", "-1", "--format=%B").endswith("Granskare: Karin\n\n")


def test_comment_lines_stay_by_default_and_go_with_cleanup_strip(saved: CaseRepository) -> None:
    root = _root(saved)
    install_hook(hooks_dir(saved), "prepare-commit-msg", 'echo "# en kommentar" >> "$1"')
    assert retitle(saved, "Ett").message.endswith("# en kommentar\n")  # as git commit -m
    git(root, "config", "commit.cleanup", "strip")
    assert "# en kommentar" not in retitle(saved, "Två").message


def test_commit_msg_that_empties_the_message_is_refused(saved: CaseRepository) -> None:
    install_hook(hooks_dir(saved), "commit-msg", ': > "$1"')
    head = saved.head_commit
    with pytest.raises(HookRefused) as caught:
        retitle(saved, "Tom")
    assert caught.value.hook == "commit-msg" and "tomt" in caught.value.message
    assert saved.head_commit == head


def test_a_slow_hook_is_waited_for(saved: CaseRepository) -> None:
    marker = _root(saved).parent / "slow-done"
    install_hook(hooks_dir(saved), "pre-commit", f'sleep 1\ntouch "{marker}"')
    result = retitle(saved, "Långsam")
    assert marker.exists()
    assert result.commit_id == saved.head_commit


def test_a_hook_that_is_not_executable_is_ignored_with_a_warning(saved: CaseRepository) -> None:
    install_hook(hooks_dir(saved), "pre-commit", "exit 1", executable=False)
    result = retitle(saved, "Ignorerad krok")
    assert result.commit_id == saved.head_commit
    assert len(result.warnings) == 1
    assert "pre-commit" in result.warnings[0] and "inte är körbar" in result.warnings[0]
    git(_root(saved), "config", "advice.ignoredHook", "false")
    assert retitle(saved, "Tyst").warnings == ()


def test_core_hooks_path_is_relative_to_the_work_tree_top(saved: CaseRepository) -> None:
    root = _root(saved)
    git(root, "config", "core.hooksPath", "githooks")
    install_hook(hooks_dir(saved), "pre-commit", "exit 1")  # not used any more
    install_hook(root / "githooks", "pre-commit", 'echo "från githooks"; exit 1')
    with pytest.raises(HookRefused) as caught:
        retitle(saved, "X")
    assert "från githooks" in caught.value.output
    git(root, "config", "core.hooksPath", "~/delade-krokar")
    install_hook(Path.home() / "delade-krokar", "pre-commit", 'echo "från hem"')
    result = retitle(saved, "Y")
    assert result.hook_output == (("pre-commit", "från hem\n"),)


def test_post_commit_runs_after_the_ref_moved(saved: CaseRepository) -> None:
    root = _root(saved)
    seen = root.parent / "post.txt"
    install_hook(
        hooks_dir(saved),
        "post-commit",
        f'git rev-parse HEAD > "{seen}"\necho "index=$GIT_INDEX_FILE" >> "{seen}"\nexit 7',
    )
    result = retitle(saved, "Efteråt")
    head, index_line = seen.read_text(encoding="utf-8").splitlines()
    assert head == result.commit_id == saved.head_commit
    assert index_line == f"index={saved.gitdir}/index"
    assert result.warnings == ("kroken post-commit avslutades med kod 7; incheckningen är gjord",)
    assert git(root, "status", "--porcelain") == ""


def test_no_verify_skips_pre_commit_and_commit_msg_only(saved: CaseRepository) -> None:
    log = _root(saved).parent / "hooks.log"
    for name in ("pre-commit", "prepare-commit-msg", "commit-msg", "post-commit"):
        install_hook(hooks_dir(saved), name, f'echo {name} >> "{log}"\nexit 1')
    with pytest.raises(HookRefused):
        retitle(saved, "Stoppad")
    assert log.read_text(encoding="utf-8") == "pre-commit\n"
    log.unlink()
    (hooks_dir(saved) / "prepare-commit-msg").write_text(
        f'#!/usr/bin/env bash\necho prepare-commit-msg >> "{log}"\n', encoding="utf-8"
    )
    loaded = saved.load("KS 2023/886")
    result = retitle(saved, "Utan kontroll", base=loaded.base, verify=False)
    assert result.commit_id == saved.head_commit
    assert log.read_text(encoding="utf-8") == "prepare-commit-msg\npost-commit\n"


def test_repository_wide_verify_off_is_the_default_for_every_save(
    saved: CaseRepository,
) -> None:
    install_hook(hooks_dir(saved), "pre-commit", "exit 1")
    saved.verify = False
    assert retitle(saved, "Utan krokar").commit_id == saved.head_commit
    with pytest.raises(HookRefused):
        retitle(saved, "Med krokar", verify=True)


def test_hooks_act_on_this_repository_whatever_the_environment_says(
    saved: CaseRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "annat"
    git(tmp_path, "init", "-q", str(other))
    monkeypatch.setenv("GIT_DIR", str(other / ".git"))
    monkeypatch.setenv("GIT_INDEX_FILE", str(other / ".git" / "index"))
    seen = tmp_path / "top.txt"
    install_hook(hooks_dir(saved), "pre-commit", f'git rev-parse --show-toplevel > "{seen}"')
    retitle(saved, "Rätt arkiv")
    assert seen.read_text(encoding="utf-8").strip() == str(_root(saved))


def test_a_hook_without_shebang_runs_with_sh_and_a_broken_one_is_refused(
    saved: CaseRepository,
) -> None:
    hook = hooks_dir(saved) / "pre-commit"
    hook.write_text("echo utan-shebang\n", encoding="utf-8")
    hook.chmod(0o755)
    assert retitle(saved, "Sh").hook_output == (("pre-commit", "utan-shebang\n"),)
    hook.write_text("#!/finns/inte\n", encoding="utf-8")
    with pytest.raises(HookRefused) as caught:
        retitle(saved, "Trasig")
    assert "kunde inte köras" in caught.value.message


def test_unchanged_content_runs_no_hook(saved: CaseRepository) -> None:
    install_hook(hooks_dir(saved), "pre-commit", "exit 1")
    loaded = saved.load("KS 2023/886")
    assert loaded.case is not None
    assert saved.save(loaded.case, loaded.base).commit_id is None
