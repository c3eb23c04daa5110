"""The test servers work with plain git: clone, push, fetch, refused pushes with the
server's message, ssh host keys, HTTP basic auth, and a port where nothing listens."""

from __future__ import annotations

import os
import random
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.servers.common import (
    GitServer,
    client_env,
    git_run,
    pausing_hook,
    protecting_hook,
    refusing_hook,
)
from tests.servers.daemon import GitDaemon
from tests.servers.fixtures import use_server
from tests.servers.http_backend import SmartHttpServer
from tests.servers.sshd import SshServer, generate_key

REFUSAL = "Grenen main är skyddad: skicka ändringen som en pull request."


def _ok(cwd: Path, server: GitServer, *args: str) -> str:
    result = git_run(cwd, *args, env=client_env(server))
    assert result.returncode == 0, f"git {' '.join(args)}: {result.stderr}"
    return result.stdout.strip()


def _clone(server: GitServer, repo_name: str, target: Path) -> Path:
    _ok(target.parent, server, "clone", server.url_for(repo_name), target.name)
    return target


def _commit(clone: Path, server: GitServer, text: str, message: str = "Ändring") -> str:
    (clone / "ks-2023-886.md").write_text(text, encoding="utf-8")
    _ok(clone, server, "add", "ks-2023-886.md")
    _ok(clone, server, "commit", "--quiet", "-m", message)
    return _ok(clone, server, "rev-parse", "HEAD")


def _served_tip(bare: Path, branch: str = "main") -> str:
    """The branch's commit in the served repository ("" when it has none)."""
    result = git_run(
        bare, "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}", env=dict(os.environ)
    )
    return result.stdout.strip()


def test_clone_push_and_fetch_from_a_second_clone(git_server: GitServer, tmp_path: Path) -> None:
    bare = git_server.bare("arkiv")
    first = _clone(git_server, "arkiv", tmp_path / "first")
    _commit(first, git_server, "Första versionen.\n")
    _ok(first, git_server, "push", "--set-upstream", "origin", "main")
    second = _clone(git_server, "arkiv", tmp_path / "second")
    assert (second / "ks-2023-886.md").read_text(encoding="utf-8") == "Första versionen.\n"

    tip = _commit(first, git_server, "Andra versionen.\n")
    _ok(first, git_server, "push")
    _ok(second, git_server, "fetch")

    assert _ok(second, git_server, "rev-parse", "origin/main") == tip == _served_tip(bare)


def test_a_pre_receive_hook_refuses_a_push_and_its_message_reaches_the_client(
    git_server: GitServer, tmp_path: Path
) -> None:
    bare = git_server.bare("nekad", pre_receive=refusing_hook(REFUSAL))
    clone = _clone(git_server, "nekad", tmp_path / "clone")
    _commit(clone, git_server, "Text.\n")

    pushed = git_run(clone, "push", "origin", "main", env=client_env(git_server))

    assert pushed.returncode != 0
    assert f"remote: {REFUSAL}" in pushed.stderr
    assert "[remote rejected] main -> main (pre-receive hook declined)" in pushed.stderr
    assert _served_tip(bare) == ""


def test_a_non_fast_forward_push_is_refused(git_server: GitServer, tmp_path: Path) -> None:
    bare = git_server.bare("linjar", deny_non_fast_forwards=True)
    clone = _clone(git_server, "linjar", tmp_path / "clone")
    published = _commit(clone, git_server, "Publicerad.\n")
    _ok(clone, git_server, "push", "origin", "main")
    _ok(clone, git_server, "commit", "--quiet", "--amend", "-m", "Omskriven historia")

    forced = git_run(clone, "push", "--force", "origin", "main", env=client_env(git_server))

    assert forced.returncode != 0
    assert "denying non-fast-forward refs/heads/main" in forced.stderr
    assert _served_tip(bare) == published


def test_a_push_to_the_protected_branch_is_refused_and_one_to_another_branch_accepted(
    git_daemon: GitDaemon, tmp_path: Path
) -> None:
    bare = git_daemon.bare("skyddad", pre_receive=protecting_hook("main", REFUSAL))
    clone = _clone(git_daemon, "skyddad", tmp_path / "clone")
    tip = _commit(clone, git_daemon, "Text.\n")
    _ok(clone, git_daemon, "branch", "arende/ks-2023-886-budget")

    # pre-receive judges a push as a whole: one that touches main is refused entirely.
    both = git_run(
        clone, "push", "origin", "main", "arende/ks-2023-886-budget", env=client_env(git_daemon)
    )
    assert both.returncode != 0
    assert f"remote: {REFUSAL}" in both.stderr
    assert _served_tip(bare) == _served_tip(bare, "arende/ks-2023-886-budget") == ""

    _ok(clone, git_daemon, "push", "origin", "arende/ks-2023-886-budget")
    assert _served_tip(bare, "arende/ks-2023-886-budget") == tip
    assert _served_tip(bare) == ""


@pytest.mark.parametrize("known", ["empty", "changed"])
def test_ssh_with_an_unknown_host_key_fails_without_asking(
    ssh_server: SshServer, tmp_path: Path, known: str
) -> None:
    ssh_server.bare(f"okand-{known}")
    known_hosts = tmp_path / "known_hosts"
    known_hosts.write_text("")
    if known == "changed":  # another key for this host: a man in the middle
        other = generate_key(tmp_path / "other_host_key", dict(os.environ))
        known_hosts.write_text(f"[127.0.0.1]:{ssh_server.port} {other}\n")
    env = {**os.environ, **ssh_server.env_with_known_hosts(known_hosts)}
    url = ssh_server.url_for(f"okand-{known}")

    # A prompt would block: the timeout turns a hang into an error, it is not a time check.
    cloned = git_run(tmp_path, "clone", url, "clone", env=env, timeout=60)

    assert cloned.returncode != 0
    assert "Host key verification failed." in cloned.stderr
    assert not (tmp_path / "clone").exists()


def test_http_asks_for_basic_auth_and_only_the_credential_helper_gets_in(
    http_server: SmartHttpServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    http_server.bare("hemlig")
    url = http_server.url_for("hemlig")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{url}/info/refs?service=git-upload-pack", timeout=30)
    assert refused.value.code == 401
    assert refused.value.headers["WWW-Authenticate"].startswith("Basic ")

    anonymous = {**os.environ, **http_server.env_without_credentials()}
    without = git_run(tmp_path, "clone", url, "without", env=anonymous)
    use_server(monkeypatch, http_server)  # as pmtui sync will see it: in os.environ
    with_helper = git_run(tmp_path, "clone", url, "with", env=dict(os.environ))

    assert without.returncode != 0
    assert "could not read Username" in without.stderr
    assert with_helper.returncode == 0, with_helper.stderr


def test_a_push_bigger_than_the_post_buffer_arrives_whole_over_http(
    http_server: SmartHttpServer, tmp_path: Path
) -> None:
    """Over 1 MiB (git's http.postBuffer) git sends the pack chunked, of unknown length."""
    bare = http_server.bare("stor")
    clone = _clone(http_server, "stor", tmp_path / "clone")
    (clone / "bilaga.bin").write_bytes(random.Random(886).randbytes(3 * 1024 * 1024))
    _ok(clone, http_server, "add", "bilaga.bin")
    tip = _commit(clone, http_server, "Med bilaga.\n")

    _ok(clone, http_server, "push", "origin", "main")

    assert _served_tip(bare) == tip
    assert "chunked request body" in http_server.log.read_text(encoding="utf-8")
    git_run(bare, "fsck", "--strict", env=dict(os.environ)).check_returncode()


def test_a_server_that_does_not_listen_refuses_the_connection(
    unreachable_git_url: str, tmp_path: Path
) -> None:
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0"}
    cloned = git_run(tmp_path, "clone", unreachable_git_url, "clone", env=env, timeout=60)

    assert cloned.returncode != 0
    assert "Connection refused" in cloned.stderr


def test_a_push_held_in_the_hook_and_interrupted_still_lands(
    git_daemon: GitDaemon, tmp_path: Path
) -> None:
    """The pausing hook holds a push on the server; killing the client then does not stop
    the server: a push interrupted after the upload may have happened all the same."""
    gate = tmp_path / "gate"
    gate.mkdir()
    bare = git_daemon.bare("avbruten", pre_receive=pausing_hook(gate))
    clone = _clone(git_daemon, "avbruten", tmp_path / "clone")
    tip = _commit(clone, git_daemon, "Text.\n")
    push = subprocess.Popen(
        ["git", "push", "origin", "main"],
        cwd=clone,
        env=client_env(git_daemon),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _wait_until(lambda: (gate / "arrived").exists() or push.poll() is not None)
    assert push.poll() is None, "the push ended before the hook held it"
    push.kill()
    assert push.wait() != 0
    (gate / "release").touch()

    _wait_until(lambda: _served_tip(bare) != "")
    assert _served_tip(bare) == tip


def _wait_until(condition: Callable[[], bool], limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, "the server never got there"
        time.sleep(0.02)
