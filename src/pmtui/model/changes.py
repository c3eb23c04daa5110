"""Which parts of a case differ between two versions: fields, decision points, sections.

This is the coarse, structural comparison used for commit messages and history lists.
Word-level comparison lives in ``pmtui.diff``.
"""

from __future__ import annotations

from dataclasses import dataclass

from pmtui.model.case import Case
from pmtui.model.decision import DecisionBlock
from pmtui.texts import model as texts

_FIELDS = [name for name in Case.model_fields if name not in ("decision_blocks", "sections")]


@dataclass(frozen=True)
class ChangedPart:
    """One changed part: ``kind`` is ``field``, ``point``, ``block`` or ``section``."""

    kind: str
    key: str  # the YAML key, the point number, the block number or the section heading

    @property
    def label(self) -> str:
        """How the part is named to users (Swedish)."""
        if self.kind == "field":
            return texts.FIELD_LABELS.get(self.key, self.key)
        if self.kind == "point":
            return texts.PART_POINT.format(number=self.key)
        if self.kind == "block":
            return texts.PART_BLOCK.format(number=self.key)
        return texts.PART_SECTION.format(heading=self.key)


def _alias(name: str) -> str:
    return Case.model_fields[name].alias or name


def _field_changes(old: Case, new: Case) -> list[ChangedPart]:
    return [
        ChangedPart("field", _alias(name))
        for name in _FIELDS
        if getattr(old, name) != getattr(new, name)
    ]


def _point_texts(block: DecisionBlock) -> dict[str, str]:
    return {number or "1": point.text for number, point in block.numbered_points()}


def _block_changes(old: list[DecisionBlock], new: list[DecisionBlock]) -> list[ChangedPart]:
    parts: list[ChangedPart] = []
    for index in range(max(len(old), len(new))):
        if index >= len(old) or index >= len(new):
            parts.append(ChangedPart("block", str(index + 1)))
            continue
        before, after = old[index], new[index]
        if before.intro != after.intro or before.board_intro != after.board_intro:
            parts.append(ChangedPart("block", str(index + 1)))
        a, b = _point_texts(before), _point_texts(after)
        prefix = f"{index + 1}:" if len(new) > 1 else ""
        for number in sorted(a.keys() | b.keys(), key=_number_key):
            if a.get(number) != b.get(number):
                parts.append(ChangedPart("point", prefix + number))
    return parts


def _number_key(number: str) -> list[int]:
    return [int(p) for p in number.split(".") if p.isdigit()]


def _section_changes(old: Case, new: Case) -> list[ChangedPart]:
    before = {s.heading: s for s in old.sections}
    after = {s.heading: s for s in new.sections}
    headings = list(after) + [h for h in before if h not in after]
    return [ChangedPart("section", h) for h in headings if before.get(h) != after.get(h)]


def changed_parts(old: Case | None, new: Case) -> list[ChangedPart]:
    """Every part that differs, in file order: fields, then points, then sections."""
    if old is None:
        return []
    return [
        *_field_changes(old, new),
        *_block_changes(old.decision_blocks, new.decision_blocks),
        *_section_changes(old, new),
    ]


def change_summary(old: Case | None, new: Case) -> str:
    """A Swedish one-line summary: ``ändrade status, att-sats 2, avsnittet Beredning``."""
    if old is None:
        return texts.PART_NEW_CASE
    parts = changed_parts(old, new)
    if not parts:
        return texts.CHANGE_NOTHING
    return texts.CHANGE_SUMMARY.format(parts=", ".join(p.label for p in parts))
