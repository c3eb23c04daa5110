"""The front matter merged field by field.

The data is what ``pmtui.format.emit.front_matter_data`` writes for each version, so
values compare as a reader of the file sees them. A field changed on one side takes
that side's value; the same field changed both ways is a conflict of that field. Inside
some fields the merge goes further: the decision proposals point by point
(``merge.points``), ``utfall`` by its parts, and lists (föredragande, remisser,
hänvisningar …) item by item, so that two people who add different referrals, or change
two different ones, merge cleanly.

A conflict stands in the data where its value would be: as a mapping's value (each side
holds the value, or nothing when the field is absent), or as items of a list (each side
holds the items it has there).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from pmtui.merge.conflicts import Conflict, MergeContext, pick
from pmtui.merge.matching import ordered_pairs
from pmtui.merge.points import merge_blocks
from pmtui.merge.sequence import Aligned, Rules, merge_aligned
from pmtui.texts import merge as texts

Data = dict[str, Any]
_BLOCK_KEYS = ("beslutsförslag", "beredningens_beslutsförslag")
_MAPPING_KEYS = ("utfall",)
_ABSENT: Any = None  # front_matter_data leaves out empty values, so None is "absent"


def ordered_keys(*mappings: Data) -> list[str]:
    """Every key of the mappings; each key after the one it follows where it appears."""
    keys: list[str] = []
    for mapping in mappings:
        previous: str | None = None
        for key in mapping:
            if key not in keys:
                keys.insert(keys.index(previous) + 1 if previous is not None else 0, key)
            previous = key
    return keys


def merge_front_matter(base: Data, ours: Data, theirs: Data, context: MergeContext) -> Data:
    """The front matter merged; values may be (or hold) ``Conflict``s."""
    return _merge_mapping(base, ours, theirs, context, texts.FIELD_PLACE.format, _deeper)


Place = Callable[..., str]


def _merge_mapping(
    base: Data,
    ours: Data,
    theirs: Data,
    context: MergeContext,
    place: Place,
    deeper: Callable[[str, tuple[Any, Any, Any], MergeContext], Any | None],
) -> Data:
    merged: Data = {}
    for key in ordered_keys(base, ours, theirs):
        context.deadline.check()
        versions = (base.get(key), ours.get(key), theirs.get(key))
        value = _merge_value(key, versions, context, place(key=key), deeper)
        if value is not _ABSENT:
            merged[key] = value
    return merged


def _merge_value(
    key: str,
    versions: tuple[Any, Any, Any],
    context: MergeContext,
    place: str,
    deeper: Callable[[str, tuple[Any, Any, Any], MergeContext], Any | None],
) -> Any:
    picked = pick(*versions)
    if picked is not None:
        if picked[0] != versions[0]:
            context.took(place, picked[1], _shown(picked[0]))
        return picked[0]
    if _ABSENT not in versions:
        merged = deeper(key, versions, context)
        if merged is not None:
            return merged
    return context.conflict(place, *(() if v is _ABSENT else (v,) for v in versions))


def _deeper(key: str, versions: tuple[Any, Any, Any], context: MergeContext) -> Any | None:
    """A top-level field changed on both sides, merged inside; None when it cannot be."""
    if key in _BLOCK_KEYS:
        return merge_blocks(key, *versions, context)
    if key in _MAPPING_KEYS and all(isinstance(v, dict) for v in versions):
        return _merge_mapping(*versions, context, _subfield_place(key), _no_deeper)
    if all(isinstance(v, list) for v in versions):
        return merge_list(key, *versions, context)
    return None


def _subfield_place(top: str) -> Place:
    def place(key: str) -> str:
        return texts.SUBFIELD_PLACE.format(key=top, sub=key)

    return place


def _no_deeper(key: str, versions: tuple[Any, Any, Any], context: MergeContext) -> None:
    """The parts of ``utfall`` are merged whole (a reservation is one unit)."""
    return None


class _ItemRules(Rules[Any, Any]):
    def __init__(self, key: str) -> None:
        self.key = key

    def place(self, merged: Sequence[Any], item: Any) -> str:
        return texts.ITEM_PLACE.format(key=self.key, number=len(merged) + 1)

    def text(self, item: Any) -> str:
        return _shown(item)


def _identity(item: Any) -> str:
    return json.dumps(item, sort_keys=True, ensure_ascii=False, default=str)


def _aligned(base: list[Any], side: list[Any]) -> Aligned[Any]:
    pairs = ordered_pairs([_identity(i) for i in base], [_identity(i) for i in side], _same_kind)
    return Aligned(side, pairs)


def _same_kind(i: int, j: int) -> float:
    """List items replaced in place are paired one to one (a changed referral); items
    of a run that changed its length are never paired (deleted and added): the score is
    above 0 but below the pairing threshold."""
    return 1e-6


def merge_list(
    key: str, base: list[Any], ours: list[Any], theirs: list[Any], context: MergeContext
) -> list[Any]:
    """A list field merged item by item (items compared whole)."""
    rules = _ItemRules(key)
    return merge_aligned(base, _aligned(base, ours), _aligned(base, theirs), rules, context)


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def has_conflict(value: Any) -> bool:
    """``value`` (merged front-matter data) holds a conflict somewhere."""
    if isinstance(value, Conflict):
        return True
    if isinstance(value, dict):
        return any(has_conflict(v) for v in value.values())
    if isinstance(value, list):
        return any(has_conflict(v) for v in value)
    return False
