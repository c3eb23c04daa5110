"""The server fixtures. Each server starts once per test module, on 127.0.0.1 only, and
stops when the module is done. Use them from another test folder with
``from tests.servers.fixtures import git_daemon, ...`` in that folder's conftest.py."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator

import pytest

from tests.servers.common import LOCALHOST, GitServer
from tests.servers.daemon import GitDaemon
from tests.servers.http_backend import SmartHttpServer
from tests.servers.sshd import SshServer, sshd_binary

SERVERS = ["git_daemon", "ssh_server", "http_server"]


@pytest.fixture(scope="module")
def git_daemon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GitDaemon]:
    """``git daemon`` with receive-pack enabled: git://127.0.0.1:PORT/NAME.git."""
    server = GitDaemon(tmp_path_factory.mktemp("git-daemon"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def ssh_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SshServer]:
    """sshd with a throwaway host key, user key and known_hosts (``SshServer.env``)."""
    sshd = sshd_binary()
    if sshd is None or shutil.which("ssh-keygen") is None or shutil.which("ssh") is None:
        pytest.skip("sshd, ssh or ssh-keygen is not installed (.ci/run installs them)")
    server = SshServer(tmp_path_factory.mktemp("sshd"), sshd)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def http_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SmartHttpServer]:
    """Smart HTTP (``git http-backend``) with basic auth and a credential helper in ``env``."""
    server = SmartHttpServer(tmp_path_factory.mktemp("http"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=SERVERS)
def git_server(request: pytest.FixtureRequest) -> GitServer:
    """Each of the three servers in turn (the test runs once per server)."""
    server: GitServer = request.getfixturevalue(request.param)
    return server


@pytest.fixture
def unreachable_git_url() -> Iterator[str]:
    """A git:// URL on 127.0.0.1 whose port is held but not listening: every connection is
    refused at once (the "no network" case, without waiting for a timeout)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as held:
        held.bind((LOCALHOST, 0))
        yield f"git://{LOCALHOST}:{held.getsockname()[1]}/arkiv.git"


def use_server(monkeypatch: pytest.MonkeyPatch, server: GitServer) -> None:
    """Put ``server.env`` into this test's environment, for code that runs git with the
    process's own environment (``pmtui sync`` does); undone when the test ends."""
    for name, value in server.env.items():
        monkeypatch.setenv(name, value)
