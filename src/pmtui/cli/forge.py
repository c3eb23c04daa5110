"""Forges (GitHub, GitLab, Gitea, Forgejo): which one a remote URL points to, the page
that opens a pull request there, and the forge's own command-line tool.

Remote URLs come in three forms (``git help clone``, "GIT URLS"): a URL
(``https://host[:port]/path``, ``ssh://[user@]host[:port]/path``), and the scp-like
``[user@]host:path``. The web page is always ``https://host/path`` without ``.git``; a
port is kept only from an http(s) URL (an ssh port is not the web server's), and
credentials in a URL are never kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote


class Forge(StrEnum):
    """A forge; the value is what ``git config pmtui.forge`` takes."""

    GITHUB = "github"
    GITLAB = "gitlab"
    GITEA = "gitea"
    FORGEJO = "forgejo"


KNOWN_HOSTS = {
    "github.com": Forge.GITHUB,
    "gitlab.com": Forge.GITLAB,
    "codeberg.org": Forge.FORGEJO,
    "gitea.com": Forge.GITEA,
}
# A self-hosted forge often says what it is in its host's first label: gitlab.example.se.
HOST_PREFIXES = {"github": Forge.GITHUB, "gitlab": Forge.GITLAB, "gitea": Forge.GITEA}
HOST_PREFIXES |= {"forgejo": Forge.FORGEJO, "codeberg": Forge.FORGEJO}

_URL = re.compile(
    r"^(?P<scheme>[a-z][a-z0-9+.-]*)://(?:[^@/]*@)?"
    r"(?P<host>\[[^\]]+\]|[^:/]+)(?::(?P<port>\d*))?(?P<path>/.*)$",
    re.IGNORECASE,
)
_SCP = re.compile(r"^(?:[^@/:]+@)?(?P<host>\[[^\]]+\]|[^:/]+):(?P<path>.+)$")
_WEB_SCHEMES = ("http", "https")
_REMOTE_SCHEMES = ("https", "http", "ssh", "git", "git+ssh", "ssh+git")


@dataclass(frozen=True)
class RemoteLocation:
    """Where a repository is on a forge: ``host``, ``path`` (``owner/repo`` or
    ``group/subgroup/repo``) and the web page's scheme and port."""

    host: str
    path: str
    scheme: str = "https"
    port: int | None = None

    @property
    def web_url(self) -> str:
        port = f":{self.port}" if self.port else ""
        return f"{self.scheme}://{self.host}{port}/{self.path}"


def parse_remote_url(url: str) -> RemoteLocation | None:
    """The repository's place on a forge from a remote URL; None for a local path,
    ``file://`` or anything else that names no host."""
    url = url.strip()
    found = _URL.match(url)
    if found is not None:
        scheme = found.group("scheme").lower()
        if scheme not in _REMOTE_SCHEMES:
            return None
        port = found.group("port")
        web = scheme in _WEB_SCHEMES
        return _location(
            found.group("host"),
            found.group("path"),
            scheme if web else "https",
            int(port) if web and port else None,
        )
    found = _SCP.match(url) if "://" not in url else None
    if found is None or "/" in found.group("host") or re.match(r"^[A-Za-z]$", found["host"]):
        return None  # ./dir:x is a path, C:\repo a Windows drive
    return _location(found.group("host"), found.group("path"), "https", None)


def _location(host: str, path: str, scheme: str, port: int | None) -> RemoteLocation | None:
    path = path.strip("/").removesuffix(".git").strip("/")
    if not path or not host:
        return None
    default_port = {"https": 443, "http": 80}.get(scheme)
    return RemoteLocation(host.lower(), path, scheme, None if port == default_port else port)


def forge_names() -> str:
    return ", ".join(forge.value for forge in Forge)


def detect_forge(host: str, configured: str | None = None) -> Forge | None:
    """``configured`` (``git config pmtui.forge``) if set, else by the host. Raises
    ``ValueError`` for a configured value that names no forge."""
    if configured:
        return Forge(configured.strip().lower())
    host = host.lower()
    if host in KNOWN_HOSTS:
        return KNOWN_HOSTS[host]
    return HOST_PREFIXES.get(host.split(".", 1)[0])


def pull_request_url(forge: Forge, location: RemoteLocation, base: str, branch: str) -> str:
    """The page that opens a pull (merge) request of ``branch`` into ``base``."""
    web = location.web_url
    if forge is Forge.GITLAB:
        source, target = quote(branch, safe=""), quote(base, safe="")
        return (
            f"{web}/-/merge_requests/new?merge_request[source_branch]={source}"
            f"&merge_request[target_branch]={target}"
        )
    compare = f"{web}/compare/{quote(base, safe='/')}...{quote(branch, safe='/')}"
    return compare + "?expand=1" if forge is Forge.GITHUB else compare


@dataclass(frozen=True)
class ForgeTool:
    """The forge's command-line tool: its name, how to ask whether it is logged in, and
    how to create the pull request with it."""

    program: str
    status: tuple[str, ...]

    def create(
        self, forge: Forge, location: RemoteLocation, request: tuple[str, str, str, str]
    ) -> list[str]:
        """The command creating the pull request ``(title, body, base, branch)``."""
        title, body, base, branch = request
        if forge is Forge.GITHUB:
            repo = f"{location.host}/{location.path}"
            return [
                self.program, "pr", "create", "--repo", repo, "--title", title, "--body", body,
                "--base", base, "--head", branch,
            ]  # fmt: skip
        if forge is Forge.GITLAB:
            return [
                self.program, "mr", "create", "--title", title, "--description", body,
                "--target-branch", base, "--source-branch", branch, "--yes",
            ]  # fmt: skip
        return [
            self.program, "pulls", "create", "--repo", location.path, "--title", title,
            "--description", body, "--base", base, "--head", branch,
        ]  # fmt: skip


def forge_tool(forge: Forge, host: str) -> ForgeTool:
    """``gh`` for GitHub, ``glab`` for GitLab, ``tea`` for Gitea and Forgejo."""
    if forge is Forge.GITHUB:
        return ForgeTool("gh", ("gh", "auth", "status", "--hostname", host))
    if forge is Forge.GITLAB:
        return ForgeTool("glab", ("glab", "auth", "status", "--hostname", host))
    return ForgeTool("tea", ("tea", "login", "list"))
