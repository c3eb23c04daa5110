"""Two clones of one case repository behind a real Git server (tests/servers/: git daemon,
sshd, smart HTTP; each started once per module on 127.0.0.1 and stopped after it), set up
as pmtui users set them up: ``pmtui init``'s repository with the seed case, pushed once,
cloned twice, ``pmtui git-setup`` in each clone."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_CASES, git, run_cli
from tests.servers.common import GitServer, client_env, git_run
from tests.servers.fixtures import (
    git_daemon,
    git_server,
    http_server,
    ssh_server,
    unreachable_git_url,
    use_server,
)

__all__ = [
    "git_daemon",
    "git_server",
    "http_server",
    "ssh_server",
    "unreachable_git_url",
]

SEED_PATH = "cases/2023/ks-2023-886.md"
# Sentences of the seed case in two different sections ("Ärendet", and the
# "Stadsledningskontoret" subsection of "Remissammanställningen").
MEMBERS = "Antalet medlemsstäder uppgår 2023 till ca 160."
PROPOSAL = "Stadsledningskontoret föreslår att staden tackar ja till inbjudan"


@dataclass
class Team:
    """A served bare repository (``bare``, at ``url``) and two clones of it, ``a``, ``b``."""

    server: GitServer
    bare: Path
    url: str
    a: Path
    b: Path


def served(bare: Path, branch: str = "main") -> str:
    """The branch's commit on the server ("" when it has none)."""
    result = git_run(bare, "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}", env={})
    return result.stdout.strip()


def edit(clone: Path, old: str, new: str, message: str, path: str = SEED_PATH) -> str:
    """Replace ``old`` (exactly once) in the case file and commit it with plain git."""
    file = clone / path
    text = file.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    file.write_text(text.replace(old, new), encoding="utf-8")
    git(clone, "commit", "--quiet", "-am", message)
    return git(clone, "rev-parse", "HEAD").strip()


def case_text(clone: Path, path: str = SEED_PATH) -> str:
    return (clone / path).read_text(encoding="utf-8")


def head(clone: Path) -> str:
    return git(clone, "rev-parse", "HEAD").strip()


MakeTeam = Callable[..., Team]
_SERVED = itertools.count(1)


@pytest.fixture
def make_team(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> MakeTeam:
    """``make_team(server, name, **bare_options)``: the seed repository pushed to a new
    bare repository on ``server`` and cloned as ``a`` and ``b`` (both set up by
    ``pmtui git-setup``); the server's client environment is this test's."""

    def make(server: GitServer, name: str, **options: object) -> Team:
        use_server(monkeypatch, server)
        monkeypatch.setenv("PMTUI_NOW", "2023-09-06T10:00:00+02:00")
        name = f"{name}-{next(_SERVED)}"  # each repository once per server
        bare = server.bare(name, **options)  # type: ignore[arg-type]
        url = server.url_for(name)
        seed = tmp_path / f"{name}-seed"
        assert run_cli(capsys, "init", str(seed))[0] == 0
        (seed / "cases" / "2023").mkdir(parents=True, exist_ok=True)
        shutil.copy(BUNDLED_CASES / "2023" / "ks-2023-886.md", seed / SEED_PATH)
        git(seed, "add", SEED_PATH)
        git(seed, "commit", "--quiet", "-m", "KS 2023/886: nytt ärende")
        _ok(seed, server, "push", "--quiet", url, "main")
        clones = [clone(server, url, tmp_path / f"{name}-{who}", capsys) for who in "ab"]
        return Team(server, bare, url, *clones)

    return make


def clone(server: GitServer, url: str, target: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    _ok(target.parent, server, "clone", "--quiet", url, target.name)
    code, _, err = run_cli(capsys, "--repo", str(target), "git-setup")
    assert code == 0, err
    return target


def _ok(cwd: Path, server: GitServer, *args: str) -> None:
    result = git_run(cwd, *args, env=client_env(server))
    assert result.returncode == 0, f"git {' '.join(args)}: {result.stderr}"


def sync(capsys: pytest.CaptureFixture[str], clone: Path, *options: str) -> tuple[int, str, str]:
    """``pmtui sync`` in ``clone``, in this process."""
    return run_cli(capsys, "--repo", str(clone), "sync", *options)
