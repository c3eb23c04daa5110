"""``pmtui pr``: the pull-request URL for each forge and form of remote URL, and the forge
tools (``gh``, ``glab``) run only after the user said yes to the text shown.

The tools are stand-ins: scripts on a temporary PATH that record their arguments. Git is
real throughout."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from pmtui.cli.forge import Forge, RemoteLocation, detect_forge, parse_remote_url
from pmtui.cli.forge import pull_request_url as forge_url
from tests.cli.review_repository import make_review_branch
from tests.conftest import git, run_cli
from tests.test_swedish import english_words

GITHUB = "https://github.com/stad/arkiv/compare/main...granskning?expand=1"
GITLAB = (
    "https://gitlab.example.se/stad/pm/arkiv/-/merge_requests/new"
    "?merge_request[source_branch]=granskning&merge_request[target_branch]=main"
)
CODEBERG = "https://codeberg.org/stad/arkiv/compare/main...granskning"

REMOTE_FORMS = [
    # (remote URL, host, path, web URL)
    ("https://github.com/stad/arkiv.git", "github.com", "stad/arkiv", "https://github.com/stad/arkiv"),
    ("https://github.com/stad/arkiv", "github.com", "stad/arkiv", "https://github.com/stad/arkiv"),
    ("https://github.com/stad/arkiv/", "github.com", "stad/arkiv", "https://github.com/stad/arkiv"),
    ("https://token:x-oauth@github.com/stad/arkiv.git", "github.com", "stad/arkiv", "https://github.com/stad/arkiv"),
    ("git@github.com:stad/arkiv.git", "github.com", "stad/arkiv", "https://github.com/stad/arkiv"),
    ("git@github.com:stad/arkiv", "github.com", "stad/arkiv", "https://github.com/stad/arkiv"),
    ("github.com:stad/arkiv.git", "github.com", "stad/arkiv", "https://github.com/stad/arkiv"),
    ("ssh://git@github.com/stad/arkiv.git", "github.com", "stad/arkiv", "https://github.com/stad/arkiv"),
    ("ssh://git@GitHub.com:22/stad/arkiv", "github.com", "stad/arkiv", "https://github.com/stad/arkiv"),
    ("git+ssh://git@github.com/stad/arkiv.git", "github.com", "stad/arkiv", "https://github.com/stad/arkiv"),
    ("https://gitlab.example.se:8443/stad/pm/arkiv.git", "gitlab.example.se", "stad/pm/arkiv", "https://gitlab.example.se:8443/stad/pm/arkiv"),
    ("https://gitlab.example.se:443/stad/pm/arkiv.git", "gitlab.example.se", "stad/pm/arkiv", "https://gitlab.example.se/stad/pm/arkiv"),
    ("http://gitea.intra:3000/stad/arkiv.git", "gitea.intra", "stad/arkiv", "http://gitea.intra:3000/stad/arkiv"),
    ("ssh://git@gitlab.example.se:2222/stad/pm/arkiv.git", "gitlab.example.se", "stad/pm/arkiv", "https://gitlab.example.se/stad/pm/arkiv"),
    ("git@gitlab.example.se:stad/pm/arkiv.git", "gitlab.example.se", "stad/pm/arkiv", "https://gitlab.example.se/stad/pm/arkiv"),
    ("ssh://forgejo@codeberg.org/stad/arkiv.git", "codeberg.org", "stad/arkiv", "https://codeberg.org/stad/arkiv"),
]  # fmt: skip


@pytest.mark.parametrize(("url", "host", "path", "web"), REMOTE_FORMS)
def test_remote_url_forms(url: str, host: str, path: str, web: str) -> None:
    location = parse_remote_url(url)
    assert location is not None
    assert (location.host, location.path, location.web_url) == (host, path, web)


@pytest.mark.parametrize(
    "url", ["/srv/git/arkiv.git", "./arkiv", "file:///srv/git/arkiv.git", "C:\\arkiv", ""]
)
def test_local_remotes_name_no_forge(url: str) -> None:
    assert parse_remote_url(url) is None


@pytest.mark.parametrize(
    ("forge", "url", "expected"),
    [
        (Forge.GITHUB, "git@github.com:stad/arkiv.git", GITHUB),
        (Forge.GITLAB, "ssh://git@gitlab.example.se:2222/stad/pm/arkiv.git", GITLAB),
        (Forge.FORGEJO, "https://codeberg.org/stad/arkiv.git", CODEBERG),
        (Forge.GITEA, "git@gitea.com:stad/arkiv.git", "https://gitea.com/stad/arkiv/compare/main...granskning"),
    ],
)  # fmt: skip
def test_pull_request_url_per_forge(forge: Forge, url: str, expected: str) -> None:
    location = parse_remote_url(url)
    assert location is not None
    assert forge_url(forge, location, "main", "granskning") == expected


def test_branch_names_are_quoted_in_urls() -> None:
    location = RemoteLocation("github.com", "stad/arkiv")
    github = forge_url(Forge.GITHUB, location, "main", "lisa/rätt & fel")
    assert github == (
        "https://github.com/stad/arkiv/compare/main...lisa/r%C3%A4tt%20%26%20fel?expand=1"
    )
    gitlab = forge_url(Forge.GITLAB, location, "main", "lisa/a&b")
    assert "merge_request[source_branch]=lisa%2Fa%26b&" in gitlab


@pytest.mark.parametrize(
    ("host", "configured", "forge"),
    [
        ("github.com", None, Forge.GITHUB),
        ("gitlab.com", None, Forge.GITLAB),
        ("codeberg.org", None, Forge.FORGEJO),
        ("gitea.com", None, Forge.GITEA),
        ("gitlab.example.se", None, Forge.GITLAB),
        ("git.example.se", None, None),
        ("git.example.se", "GitLab", Forge.GITLAB),
        ("github.com", "forgejo", Forge.FORGEJO),
    ],
)
def test_forge_by_host_and_by_git_config(host: str, configured: str | None, forge: Forge) -> None:
    assert detect_forge(host, configured) == forge


# The command ---------------------------------------------------------------------------


def fake_tool(folder: Path, name: str, logged_in: bool) -> Path:
    """A stand-in for ``gh``/``glab`` that appends its arguments (JSON) to ``<name>.log``;
    ``auth status`` exits 0 when ``logged_in``."""
    log = folder / f"{name}.log"
    script = folder / name
    script.write_text(
        f"#!{sys.executable}\n"
        "import json, sys\n"
        f"open({str(log)!r}, 'a', encoding='utf-8').write(json.dumps(sys.argv[1:]) + '\\n')\n"
        f"sys.exit(0 if sys.argv[1:3] != ['auth', 'status'] or {logged_in} else 1)\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return log


def calls(log: Path) -> list[list[str]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "verktyg"
    folder.mkdir()
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return folder


@pytest.fixture
def branch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_review_branch(tmp_path / "demo")
    git(root, "remote", "add", "origin", "git@github.com:stad/arkiv.git")
    monkeypatch.chdir(root)
    return root


def answer(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def test_pr_prints_url_title_and_body_and_sends_only_after_yes(
    branch: Path,
    tools: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    log = fake_tool(tools, "gh", logged_in=True)
    code, out, err = run_cli(capsys, "pr", "--skriv-ut")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == GITHUB
    title = "Rubrik: 3 ärenden: KS 2021/733, KS 2023/886, KS 2024/1187"
    assert lines[2] == title
    assert "## Granskning av ärenden: main...HEAD" in lines
    assert "git push -u origin granskning" in err  # the branch is not on the forge yet
    assert calls(log) == []  # --skriv-ut: no tool runs, not even to ask
    for refusal in ("\n", "nej\n", ""):
        answer(monkeypatch, refusal)
        code, out, err = run_cli(capsys, "pr")
        assert code == 0 and out.splitlines()[2] == title
        assert "Skapa pull requesten med gh" in err and "Inget skickades" in err
    assert calls(log) == [["auth", "status", "--hostname", "github.com"]] * 3
    answer(monkeypatch, "j\n")
    code, out, err = run_cli(capsys, "pr")
    assert code == 0, err
    created = calls(log)[-1]
    assert created[:4] == ["pr", "create", "--repo", "github.com/stad/arkiv"]
    assert created[created.index("--title") + 1] == title.removeprefix("Rubrik: ")
    body = created[created.index("--body") + 1]
    assert body.startswith("## Granskning av ärenden: main...HEAD") and "fullt ut" in body
    assert created[-4:] == ["--base", "main", "--head", "granskning"]
    assert english_words(out + err) == []


def test_a_tool_not_logged_in_is_not_offered(
    tmp_path: Path, tools: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = small_branch(tmp_path, capsys, "https://gitlab.com/stad/pm/arkiv.git")
    log = fake_tool(tools, "glab", logged_in=False)
    code, out, err = run_cli(capsys, "--repo", str(root), "pr")
    assert code == 0, err
    assert out.splitlines()[0].startswith("https://gitlab.com/stad/pm/arkiv/-/merge_requests/new")
    assert "Rubrik: KS 2023/1: Resa till Malmö" in out.splitlines()
    assert "med glab installerat och inloggat" in err and "[j/N]" not in err
    assert calls(log) == [["auth", "status", "--hostname", "gitlab.com"]]


def test_self_hosted_forge_from_git_config_and_glab_on_yes(
    tmp_path: Path,
    tools: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = small_branch(tmp_path, capsys, "git@git.example.se:stad/arkiv.git")
    code, _, err = run_cli(capsys, "--repo", str(root), "pr")
    assert code == 1 and "git config pmtui.forge" in err and "gitlab" in err
    git(root, "config", "pmtui.forge", "gitlab")
    log = fake_tool(tools, "glab", logged_in=True)
    answer(monkeypatch, "ja\n")
    code, out, err = run_cli(capsys, "--repo", str(root), "pr")
    assert code == 0, err
    assert out.splitlines()[0].startswith("https://git.example.se/stad/arkiv/-/merge_requests/")
    created = calls(log)[-1]
    assert created[:2] == ["mr", "create"]
    assert created[created.index("--title") + 1] == "KS 2023/1: Resa till Malmö"
    assert created[created.index("--target-branch") + 1] == "main"
    assert created[created.index("--source-branch") + 1] == "granskning"
    git(root, "config", "pmtui.forge", "sourcehut")
    code, _, err = run_cli(capsys, "--repo", str(root), "pr")
    assert code == 1 and "'sourcehut'" in err


def test_refusals_say_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = small_branch(tmp_path, capsys, None)
    code, _, err = run_cli(capsys, "--repo", str(root), "pr")
    assert code == 1 and "git remote add origin" in err
    git(root, "remote", "add", "origin", "/srv/git/arkiv.git")
    code, _, err = run_cli(capsys, "--repo", str(root), "pr")
    assert code == 1 and "'/srv/git/arkiv.git'" in err
    git(root, "remote", "set-url", "origin", "git@github.com:stad/arkiv.git")
    git(root, "switch", "-q", "main")
    code, _, err = run_cli(capsys, "--repo", str(root), "pr")
    assert code == 1 and "du står på main" in err
    git(root, "switch", "-q", "--detach", "HEAD")
    code, _, err = run_cli(capsys, "--repo", str(root), "pr")
    assert code == 1 and "git switch GREN" in err
    assert english_words(err) == []


def small_branch(tmp_path: Path, capsys: pytest.CaptureFixture[str], remote: str | None) -> Path:
    """A new repository: KS 2023/1 on main; the branch ``granskning`` retitles it."""
    root = tmp_path / "arkiv"
    assert run_cli(capsys, "init", str(root))[0] == 0
    new = ("new", "--dnr", "KS 2023/1", "--rubrik", "Resa till Göteborg", "--rotel", "I")
    assert run_cli(capsys, "--repo", str(root), *new, "--foredragande", "Karin")[0] == 0
    git(root, "switch", "-q", "-c", "granskning")
    assert (
        run_cli(capsys, "--repo", str(root), "set", "KS 2023/1", "rubrik=Resa till Malmö")[0] == 0
    )
    if remote is not None:
        git(root, "remote", "add", "origin", remote)
    return root


def test_milestones_reached_are_in_the_title_and_the_description(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = small_branch(tmp_path, capsys, "https://codeberg.org/stad/arkiv.git")
    assert run_cli(capsys, "--repo", str(root), "status", "KS 2023/1", "remiss")[0] == 0
    code, out, err = run_cli(capsys, "--repo", str(root), "pr", "--skriv-ut")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "https://codeberg.org/stad/arkiv/compare/main...granskning"
    assert lines[2] == "Rubrik: KS 2023/1: Resa till Malmö (milstolpe: remiss)"
    assert lines[-1] == "**Milstolpar nådda:** `ks-2023-1/remiss`"
