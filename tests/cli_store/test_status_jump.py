"""``pmtui status``: a move outside the status order is refused unless ``--hoppa``, and a
confirmed jump says so in its commit, as a trailer beside ``Ärende:`` (the message's last
paragraph)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import git

DNR = "KS 2023/886"


def _trailers(root: Path) -> str:
    """The last paragraph of the last commit's message, where pmtui writes its trailers."""
    return git(root, "log", "-1", "--format=%B").strip().split("\n\n")[-1]


def test_a_jump_is_refused_without_confirmation(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    head = git(archive, "rev-parse", "HEAD")
    result = pmtui("status", DNR, "beslutad")
    assert result.code == 1
    assert "från utkast till beslutad" in result.err and "remiss, beredd" in result.err
    assert "--hoppa" in result.err
    assert git(archive, "rev-parse", "HEAD") == head
    assert "status: utkast" in (archive / "cases/2023/ks-2023-886.md").read_text(encoding="utf-8")


def test_a_confirmed_jump_is_committed_with_a_trailer(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    result = pmtui("status", DNR, "beslutad", "--hoppa")
    assert result.code == 0, result.err
    assert git(archive, "log", "-1", "--format=%s").strip() == f"{DNR}: ändrade status"
    assert _trailers(archive).splitlines() == [
        "Statushopp: utkast → beslutad (bekräftat)",
        f"Ärende: {DNR}",
    ]
    assert "status: beslutad" in (archive / "cases/2023/ks-2023-886.md").read_text("utf-8")
    assert git(archive, "tag", "-l", "ks-2023-886/*").split() == ["ks-2023-886/beslutad"]


def test_a_confirmed_jump_keeps_the_users_message(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    result = pmtui("status", DNR, "tillstyrkt", "--hoppa", "-m", "Beredd utanför pmtui")
    assert result.code == 0, result.err
    assert git(archive, "log", "-1", "--format=%s").strip() == f"{DNR}: Beredd utanför pmtui"
    assert "Statushopp: utkast → tillstyrkt (bekräftat)" in _trailers(archive)


def test_a_step_in_the_order_has_no_jump_trailer(archive: Path, pmtui) -> None:  # type: ignore[no-untyped-def]
    assert pmtui("status", DNR, "remiss").code == 0
    assert _trailers(archive).splitlines() == [f"Ärende: {DNR}"]
    assert pmtui("status", DNR, "beredd", "--hoppa").code == 0  # no jump: nothing to confirm
    assert _trailers(archive).splitlines() == [f"Ärende: {DNR}"]
