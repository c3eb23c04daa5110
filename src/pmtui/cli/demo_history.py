"""The scripted history of the demo repository: who changed what, and when.

Two authors write several versions of the commissioner's synpunkter in KS 2023/886, the
case goes on referral (milestone ``remiss``), a typo is fixed with plain ``git commit``,
and the case is endorsed (milestone ``tillstyrkt``). The other bundled cases come first.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pmtui.format import parse_case
from pmtui.model.body import Paragraph, Section, SectionKind
from pmtui.model.case import Case, Status
from pmtui.model.outcome import Outcome
from pmtui.store import CaseRepository

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SEED_DNR = "KS 2023/886"
SEED_FILE = "cases/2023/ks-2023-886.md"
TYPO = ("Strategic Dialogue", "Strategic Dialog")
ZONE = dt.timezone(dt.timedelta(hours=2))


@dataclass(frozen=True)
class Author:
    name: str
    email: str


LINA = Author("Lina Berg", "lina.berg@exempel.stockholm.se")
OMAR = Author("Omar Haddad", "omar.haddad@exempel.stockholm.se")


def moment(month: int, day: int, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2023, month, day, hour, minute, tzinfo=ZONE)


def as_author(repo: CaseRepository, author: Author, when: dt.datetime) -> CaseRepository:
    repo.identity = (author.name, author.email)
    repo.clock = lambda: when
    return repo


def bundled_cases() -> list[Path]:
    return sorted((EXAMPLES / "cases").rglob("*.md"))


def views_version(number: int) -> list[Paragraph]:
    text = (EXAMPLES / "demo" / f"synpunkter-{number}.md").read_text(encoding="utf-8")
    return [Paragraph(text=" ".join(p.split())) for p in text.split("\n\n") if p.strip()]


def with_views(case: Case, paragraphs: list[Paragraph]) -> Case:
    sections = [
        s.model_copy(update={"blocks": paragraphs}) if s.kind is SectionKind.VIEWS else s
        for s in case.sections
    ]
    return case.model_copy(update={"sections": sections})


def first_draft(endorsed: Case) -> Case:
    """The seed as it looked when drafting began: no synpunkter, no outcome, no meetings,
    a typo."""
    draft = with_views(endorsed, [])
    sections = [_with_typo(s) for s in draft.sections]
    return draft.model_copy(
        update={
            "status": Status.UTKAST,
            "outcome": None,
            "date": None,
            "meetings": [],
            "sections": sections,
        }
    )


def _with_typo(section: Section) -> Section:
    blocks = [
        b.model_copy(update={"text": b.text.replace(*TYPO)}) if isinstance(b, Paragraph) else b
        for b in section.blocks
    ]
    return section.model_copy(update={"blocks": blocks})


def build_demo(repo: CaseRepository) -> None:
    seed_path = EXAMPLES / SEED_FILE
    others = [p for p in bundled_cases() if p != seed_path]
    for number, path in enumerate(others):
        author = (LINA, OMAR)[number % 2]
        case = parse_case(path.read_text(encoding="utf-8"), str(path))
        as_author(repo, author, moment(8, 1 + number, 9, 30)).create(case)
    endorsed = parse_case(seed_path.read_text(encoding="utf-8"), str(seed_path))
    for step in _seed_steps(endorsed):
        step(repo)


def _change(
    author: Author, when: dt.datetime, edit: Callable[[Case], Case], message: str | None = None
) -> Callable[[CaseRepository], None]:
    def step(repo: CaseRepository) -> None:
        loaded = as_author(repo, author, when).load(SEED_DNR)
        assert loaded.case is not None
        repo.save(edit(loaded.case), loaded.base, message)

    return step


def _seed_steps(endorsed: Case) -> list[Callable[[CaseRepository], None]]:
    def create(repo: CaseRepository) -> None:
        as_author(repo, LINA, moment(8, 14, 9, 20)).create(first_draft(endorsed))

    outcome = endorsed.outcome or Outcome.model_validate({"ställningstagande": "tillstyrker"})
    return [
        create,
        _change(LINA, moment(8, 15, 14, 3), lambda c: with_views(c, views_version(1))),
        _change(OMAR, moment(8, 17, 10, 41), lambda c: with_views(c, views_version(2))),
        _change(
            OMAR, moment(8, 18, 8, 30), lambda c: c.model_copy(update={"status": Status.REMISS})
        ),
        _plain_git_fix,
        _change(LINA, moment(8, 28, 11, 15), lambda c: with_views(c, views_version(3))),
        _change(
            LINA,
            moment(9, 6, 15, 0),
            lambda c: c.model_copy(
                update={
                    "status": Status.TILLSTYRKT,
                    "outcome": outcome,
                    "date": endorsed.date,
                    "meetings": endorsed.meetings,
                }
            ),
        ),
    ]


def _plain_git_fix(repo: CaseRepository) -> None:
    """A typo fixed in an editor and committed with plain git, as users do."""
    root = repo.require_worktree()
    path = root / SEED_FILE
    path.write_text(path.read_text(encoding="utf-8").replace(TYPO[1], TYPO[0]), encoding="utf-8")
    when = moment(8, 23, 16, 5).isoformat()
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": OMAR.name,
        "GIT_AUTHOR_EMAIL": OMAR.email,
        "GIT_COMMITTER_NAME": OMAR.name,
        "GIT_COMMITTER_EMAIL": OMAR.email,
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
    }
    subprocess.run(
        [
            "git",
            "commit",
            "-q",
            "-m",
            "Rätta namnet på Institute for Strategic Dialogue",
            "--",
            SEED_FILE,
        ],
        cwd=root,
        env=env,
        check=True,
        capture_output=True,
    )
