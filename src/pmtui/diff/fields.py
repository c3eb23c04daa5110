"""Front-matter fields compared as the values a reader sees (``status: remiss → tillstyrkt``)."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from pmtui.diff.types import FieldChange
from pmtui.diff.words import word_spans
from pmtui.model.case import Case, Reference, Referral
from pmtui.model.decision import DecisionBlock
from pmtui.model.outcome import MemberStatement, Outcome
from pmtui.model.prose import normalize_whitespace
from pmtui.texts import diff as texts
from pmtui.texts import lifecycle as lifecycle_texts
from pmtui.texts import model as model_texts

# Compared elsewhere: decision points (points.py) and the body (sections.py).
_NOT_FIELDS = ("decision_blocks", "sections")
FIELD_NAMES = [name for name in Case.model_fields if name not in _NOT_FIELDS]


def _referral(referral: Referral) -> str:
    date = f" {referral.date.isoformat()}" if referral.date else ""
    declined = f" ({texts.DECLINED})" if referral.declined else ""
    return f"{referral.body}{date}{declined}"


def _reference(reference: Reference) -> str:
    described = f" ({reference.description})" if reference.description else ""
    return f"{reference.dnr}{described}"


def _statement(statement: MemberStatement) -> str:
    members = ", ".join(statement.members)
    return f"{statement.party} ({members}): {normalize_whitespace(statement.text)}"


def _outcome(outcome: Outcome) -> str:
    parts = [outcome.position.value] if outcome.position else []
    for label, statements in (
        (texts.RESERVATION, outcome.reservations),
        (texts.SPECIAL_STATEMENT, outcome.special_statements),
        (texts.DEPUTY_STATEMENT, outcome.deputy_statements),
    ):
        parts += [f"{label} {_statement(s)}" for s in statements]
    return "; ".join(parts)


def _blocks(blocks: list[DecisionBlock]) -> str:
    points = [f"{n or '1'}. {p.text}" for b in blocks for n, p in b.numbered_points()]
    return " ".join(points)


def display_value(value: Any) -> str | None:
    """A field's value as one line of text, or ``None`` when it is absent or empty (a flag
    that is not set, as the file leaves it out; a set one reads ``ja``)."""
    if value is None or value == [] or value is False:
        return None
    if value is True:
        return lifecycle_texts.FLAG_SET
    if isinstance(value, list):
        items = [display_value(v) or "" for v in value]
        return _blocks(value) if isinstance(value[0], DecisionBlock) else "; ".join(items)
    return _scalar(value)


def _scalar(value: Any) -> str:
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Referral):
        return _referral(value)
    if isinstance(value, Reference):
        return _reference(value)
    if isinstance(value, Outcome):
        return _outcome(value)
    return str(value)


def field_key(name: str) -> str:
    return Case.model_fields[name].alias or name


def field_label(key: str) -> str:
    return model_texts.FIELD_LABELS.get(key, key)


def compare_fields(old: Case, new: Case) -> list[FieldChange]:
    """Every front-matter field whose displayed value differs, in file order."""
    changes: list[FieldChange] = []
    for name in FIELD_NAMES:
        before = display_value(getattr(old, name))
        after = display_value(getattr(new, name))
        if before != after:
            spans = word_spans(before, after) if before and after else ()
            key = field_key(name)
            changes.append(FieldChange(key, field_label(key), before, after, spans))
    return changes


def absent_fields(case: Case, added: bool) -> list[FieldChange]:
    """Every field of a case that exists on one side only (a new or a deleted case)."""
    changes: list[FieldChange] = []
    for name in FIELD_NAMES:
        value = display_value(getattr(case, name))
        if value is not None:
            key = field_key(name)
            old, new = (None, value) if added else (value, None)
            changes.append(FieldChange(key, field_label(key), old, new))
    return changes
