"""A case before it exists: the texts typed into the app's new-case form, checked field by
field, and the case they make (the same skeleton as ``pmtui new``: the standard section
headings, status utkast).

The form keeps exactly what was typed; ``build_new_case`` turns it into a ``Case`` or into
Swedish messages keyed by the field they belong under.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pmtui.format.validation import validation_problems
from pmtui.model.body import Section
from pmtui.model.case import Case, DocumentKind
from pmtui.model.dnr import Dnr, DnrError
from pmtui.store import CaseRepository, SaveBase, SaveResult
from pmtui.store.paths import fold
from pmtui.texts import new_case as texts
from pmtui.texts import store as store_texts

# The form's fields in the order it shows them (the file's own YAML keys).
NEW_CASE_FIELDS = ("dnr", "handling", "rubrik", "rotel", "föredragande")
NAME_SEPARATORS = re.compile(r"[,;\n]")
# Validates the other fields while the dnr is still being typed (never saved).
_STAND_IN_DNR = "KS 0000/0"


def split_names(text: str) -> list[str]:
    """``Anna Ek, Bo Berg`` (or ``;``, or one per line) → ``["Anna Ek", "Bo Berg"]``."""
    return [name.strip() for name in NAME_SEPARATORS.split(text) if name.strip()]


@dataclass(frozen=True)
class ExistingCases:
    """The repository's cases, to refuse a dnr that is taken: dnr → path, and every case
    path (folded, as on a case-insensitive file system)."""

    by_dnr: Mapping[Dnr, str] = field(default_factory=dict)
    paths: Mapping[str, str] = field(default_factory=dict)
    root: Path | None = None

    @classmethod
    def read(cls, repository: CaseRepository) -> ExistingCases:
        """From the branch's cases (the listing's cache makes this cheap)."""
        summaries = repository.list_cases()
        by_dnr = {s.dnr: s.path for s in summaries if s.dnr is not None}
        paths = {fold(s.path): s.path for s in summaries}
        return cls(by_dnr, paths, repository.root)

    def path_of(self, dnr: Dnr, own: str | None = None) -> str | None:
        """The case that ``dnr`` would clash with: one with that dnr, a file at its path
        (in Git, or on disk only), or None. ``own`` is a file this form left on disk."""
        path = dnr.relative_path
        found = self.by_dnr.get(dnr) or self.paths.get(fold(path))
        if found is None and path != own and self.root is not None:
            found = path if (self.root / path).exists() else None
        return found


@dataclass
class NewCaseResult:
    """The case the form makes, or what is wrong, keyed by ``NEW_CASE_FIELDS`` (``""``:
    anything else)."""

    case: Case | None
    problems: dict[str, list[str]] = field(default_factory=dict)

    def add(self, key: str, message: str) -> None:
        self.problems.setdefault(key, []).append(message)

    @property
    def first_problem(self) -> str | None:
        return next((key for key in (*NEW_CASE_FIELDS, "") if key in self.problems), None)


def new_case_data(
    dnr: str, kind: str, title: str, rotel: str, presenters: list[str]
) -> dict[str, Any]:
    """The front matter and sections of a new case, as ``pmtui new`` makes it."""
    several = len(presenters) > 1
    headings = store_texts.NEW_CASE_HEADINGS_SEVERAL if several else store_texts.NEW_CASE_HEADINGS
    return {
        "dnr": dnr,
        "handling": kind,
        "rotel": rotel,
        "rubrik": title,
        "föredragande": presenters,
        "avsnitt": [Section(heading=heading) for heading in headings],
    }


def build_new_case(
    fields: Mapping[str, str], existing: ExistingCases, own: str | None = None
) -> NewCaseResult:
    """Check every field; the case when all are right. ``own``: see ``path_of``."""
    result = NewCaseResult(None)
    for key in NEW_CASE_FIELDS:
        if not fields.get(key, "").strip() and key in texts.FIELD_EMPTY:
            result.add(key, texts.FIELD_EMPTY[key])
    dnr = _checked_dnr(fields.get("dnr", ""), existing, own, result)
    data = new_case_data(
        str(dnr) if dnr else _STAND_IN_DNR,
        fields.get("handling", "") or DocumentKind.PM.value,
        fields.get("rubrik", ""),
        fields.get("rotel", "").strip(),
        split_names(fields.get("föredragande", "")),
    )
    try:
        case = Case.model_validate(data)
    except ValidationError as error:
        for problem in validation_problems(error, {}, []):
            key = re.split(r"[.\[]", problem.field, maxsplit=1)[0]
            if key not in result.problems:  # an empty field has its own message
                result.add(key if key in NEW_CASE_FIELDS else "", problem.message)
        return result
    if not result.problems:
        result.case = case
    return result


def _checked_dnr(
    text: str, existing: ExistingCases, own: str | None, result: NewCaseResult
) -> Dnr | None:
    if not text.strip():
        return None
    try:
        dnr = Dnr.parse(text)
    except DnrError as error:
        result.add("dnr", str(error))
        return None
    if (path := existing.path_of(dnr, own)) is not None:
        result.add("dnr", texts.CASE_EXISTS.format(dnr=dnr, path=path))
    return dnr


def create_case(
    repository: CaseRepository, case: Case, left: SaveBase | None, *, verify: bool | None = None
) -> SaveResult:
    """One commit with the new case. ``left``: the base of an attempt a hook or signer
    refused, whose file is still on disk; saving from it finishes that attempt."""
    if left is not None and left.path == case.dnr.relative_path:
        return repository.save(case, left, verify=verify)
    return repository.create(case, verify=verify)
