"""The three-way merge of case files, part by part: front-matter fields, decision points,
sections and sentences. Pure: no Git (the store runs ``git merge-file`` and keeps the
merge log; ``pmtui merge-driver`` joins them). See docs/merge.md."""

from pmtui.merge.case_merge import (
    DEFAULT_MARKER_SIZE,
    CaseMerge,
    LocatedConflict,
    Outcome,
    merge_case_texts,
)
from pmtui.merge.conflicts import Deadline, Resolution, Side

__all__ = [
    "DEFAULT_MARKER_SIZE",
    "CaseMerge",
    "Deadline",
    "LocatedConflict",
    "Outcome",
    "Resolution",
    "Side",
    "merge_case_texts",
]
