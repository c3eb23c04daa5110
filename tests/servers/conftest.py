"""The real Git servers (tests/servers/fixtures.py) for the tests in this folder."""

from tests.servers.fixtures import (
    git_daemon,
    git_server,
    http_server,
    ssh_server,
    unreachable_git_url,
)

__all__ = ["git_daemon", "git_server", "http_server", "ssh_server", "unreachable_git_url"]
