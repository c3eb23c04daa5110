"""A branch of the demo repository (``pmtui demo``) that changes three cases, for the
review, pull request and template tests: one field (by ``pmtui set``), one decision
point and one section's words (by plain git)."""

from __future__ import annotations

from pathlib import Path

from pmtui.cli.main import main
from tests.conftest import git

BRANCH = "granskning"
FIELD_CASE = "cases/2021/ks-2021-733.md"  # rubrik: … sommaren 2021 → … hösten 2021
POINT_CASE = "cases/2024/ks-2024-1187.md"  # att-sats 2 loses "och stadsdelsnämnderna"
SECTION_CASE = "cases/2023/ks-2023-886.md"  # the synpunkter gain "fullt ut"
SECTION = "Föredragande borgarrådets synpunkter"
OLD_TITLE = "Avgiftsfri simundervisning för barn i årskurs 1–3 sommaren 2021"
NEW_TITLE = "Avgiftsfri simundervisning för barn i årskurs 1–3 hösten 2021"


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def make_demo(folder: Path) -> Path:
    assert main(["demo", "--no-tui", str(folder)]) == 0
    return folder


def make_review_branch(folder: Path) -> Path:
    """The demo repository in ``folder`` with the branch ``granskning`` checked out:
    three commits, one case each."""
    root = make_demo(folder)
    git(root, "switch", "-q", "-c", BRANCH)
    assert main(["--repo", str(root), "set", "KS 2021/733", f"rubrik={NEW_TITLE}"]) == 0
    _replace(
        root / POINT_CASE,
        "Äldrenämnden och stadsdelsnämnderna får i uppdrag",
        "Äldrenämnden får i uppdrag",
    )
    git(root, "commit", "-q", "-am", "Bara äldrenämnden genomför planen")
    _replace(
        root / SECTION_CASE, "att staden deltar i Strong", "att staden deltar fullt ut i Strong"
    )
    git(root, "commit", "-q", "-am", "Staden deltar fullt ut")
    return root
