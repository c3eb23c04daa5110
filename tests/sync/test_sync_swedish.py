"""``pmtui branch``, ``pmtui status`` and ``pmtui sync`` speak Swedish (tests/test_swedish.py's
word list): their results, refusals and failures. What git and the server said is quoted
as such, indented under ``git svarade:`` / ``Servern svarade:`` or after ``git:``, and is
left out of the scan: it is theirs, shown so that a problem can be found."""

from __future__ import annotations

import json

import pytest

from tests.conftest import git, run_cli
from tests.servers.common import refusing_hook
from tests.servers.daemon import GitDaemon
from tests.sync.conftest import MEMBERS, PROPOSAL, MakeTeam, edit
from tests.test_swedish import english_words

QUOTED_HEADS = ("git svarade:", "Servern svarade:")


def own_words(text: str) -> str:
    """``text`` without what git or the server said (quoted lines)."""
    kept, quoting = [], False
    for line in text.splitlines():
        if line.strip() in QUOTED_HEADS:
            quoting = True
            continue
        if quoting and line.startswith("    "):
            continue
        quoting = False
        if not line.startswith("git: "):
            kept.append(line)
    return "\n".join(kept)


def json_values(text: str) -> str:
    def strings(value: object) -> list[str]:
        if isinstance(value, dict):
            return [s for item in value.values() for s in strings(item)]
        if isinstance(value, list):
            return [s for item in value for s in strings(item)]
        return [value] if isinstance(value, str) else []

    data = json.loads(text)
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict):  # git's and the server's own words
        error.pop("git", None)
        error.pop("server", None)
    return "\n".join(strings(data))


def test_branch_status_and_sync_speak_swedish(
    git_daemon: GitDaemon,
    make_team: MakeTeam,
    capsys: pytest.CaptureFixture[str],
    unreachable_git_url: str,
) -> None:
    team = make_team(git_daemon, "svenska")
    outputs: dict[str, str] = {}

    def run(name: str, *argv: str, clone: object = team.a) -> None:
        _, out, err = run_cli(capsys, "--repo", str(clone), *argv)
        shown = json_values(out) if "--json" in argv else out
        outputs[name] = own_words(shown + "\n" + err)

    edit(team.b, MEMBERS, MEMBERS.replace("160", "170"), "B")
    run("sync b", "sync", clone=team.b)
    edit(team.a, MEMBERS, MEMBERS.replace("160", "165"), "A")
    run("status", "status")
    git(team.a, "fetch", "--quiet")
    run("status fetched", "status")
    run("status --json", "status", "--json")
    run("sync conflict", "sync")
    run("sync conflict --json", "sync", "--json")
    git(team.a, "merge", "--abort")
    run("branch", "branch", "KS 2023/886", "resa")
    run("branch list", "branch")
    run("branch taken", "branch", "KS 2023/886", "resa")
    run("status usage", "status", "KS 2023/886")
    hook = team.bare / "hooks" / "pre-receive"
    hook.write_text(refusing_hook("Nej."), encoding="utf-8")
    hook.chmod(0o755)
    edit(team.a, PROPOSAL, PROPOSAL + " och deltar", "A2")
    run("sync refused", "sync", "--utan-bas")
    run("sync refused --json", "sync", "--utan-bas", "--json")
    git(team.a, "remote", "set-url", "origin", unreachable_git_url)
    run("sync unreachable", "sync")
    run("sync unreachable --json", "sync", "--json")

    found = {name: english_words(text) for name, text in outputs.items()}
    assert {name: words for name, words in found.items() if words} == {}, outputs
    assert "push vägrades" in outputs["sync refused"]
    assert "servern går inte att nå" in outputs["sync unreachable"]
