"""Real Git repositories for the comparison tests, built with the git CLI."""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import git

CASE_PATH = "cases/2023/ks-2023-886.md"
DNR = "KS 2023/886"


def new_repo(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q")
    (root / "cases" / "2023").mkdir(parents=True)
    (root / ".gitattributes").write_text("cases/**/*.md diff=pmtui text eol=lf\n", encoding="utf-8")
    git(root, "add", ".gitattributes")
    git(root, "commit", "-q", "-m", "Start")
    return root


def commit_case(
    root: Path, text: str, message: str, author: str | None = None, day: int = 1
) -> str:
    """Write the case file and commit it (as ``author``, on 2023-09-``day``)."""
    (root / CASE_PATH).write_text(text, encoding="utf-8")
    git(root, "add", CASE_PATH)
    env = dict(os.environ)
    date = f"2023-09-{day:02d}T10:00:00+02:00"
    env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    if author:
        env.update(
            GIT_AUTHOR_NAME=author, GIT_AUTHOR_EMAIL=f"{author.split()[0].lower()}@x.invalid"
        )
    import subprocess

    subprocess.run(["git", "commit", "-q", "-m", message], cwd=root, env=env, check=True)
    return git(root, "rev-parse", "HEAD").strip()


def tag(root: Path, name: str) -> None:
    git(root, "tag", "-a", name, "-m", name)
