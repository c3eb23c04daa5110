"""Version comparison of cases: fields, decision points, sections, sentences and words.

Entry points: ``compare_cases`` (two ``Case`` models), ``compare_texts`` (two case files'
texts; falls back to a line comparison when a side is not a valid case),
``only_sections`` (the ``--section`` filter) and ``blame_case`` (who last changed each
sentence). Results are frozen dataclasses (``pmtui.diff.types``) that a CLI renders
with ``render_diff`` and a screen can render directly.

Its names load when first used (PEP 562 ``__getattr__``): ``pmtui diff`` loads the
comparison, not the blame (docs/decisions.md, "lazy imports").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmtui.lazy import lazy_names

if TYPE_CHECKING:
    from pmtui.diff.blame import (
        BlameLine,
        CaseBlame,
        SectionBlame,
        TextVersion,
        Version,
        blame_case,
        blame_texts,
    )
    from pmtui.diff.case import compare_cases, compare_texts, only_sections
    from pmtui.diff.render import RenderOptions, render_diff
    from pmtui.diff.sections import heading_matches
    from pmtui.diff.serialize import as_data
    from pmtui.diff.text import compare_prose
    from pmtui.diff.types import (
        CaseDiff,
        FieldChange,
        Op,
        PointChange,
        PointOp,
        Revision,
        SectionDiff,
        SectionOp,
        Span,
        TextDiff,
        UnitChange,
        UnitKind,
    )
    from pmtui.diff.words import word_spans

__all__ = [
    "BlameLine",
    "CaseBlame",
    "CaseDiff",
    "FieldChange",
    "Op",
    "PointChange",
    "PointOp",
    "RenderOptions",
    "Revision",
    "SectionBlame",
    "SectionDiff",
    "SectionOp",
    "Span",
    "TextDiff",
    "TextVersion",
    "UnitChange",
    "UnitKind",
    "Version",
    "as_data",
    "blame_case",
    "blame_texts",
    "compare_cases",
    "compare_prose",
    "compare_texts",
    "heading_matches",
    "only_sections",
    "render_diff",
    "word_spans",
]

# The module under pmtui.diff that defines each public name.
_NAMES_OF: dict[str, tuple[str, ...]] = {
    "blame": (
        "BlameLine",
        "CaseBlame",
        "SectionBlame",
        "TextVersion",
        "Version",
        "blame_case",
        "blame_texts",
    ),
    "case": (
        "compare_cases",
        "compare_texts",
        "only_sections",
    ),
    "render": (
        "RenderOptions",
        "render_diff",
    ),
    "sections": ("heading_matches",),
    "serialize": ("as_data",),
    "text": ("compare_prose",),
    "types": (
        "CaseDiff",
        "FieldChange",
        "Op",
        "PointChange",
        "PointOp",
        "Revision",
        "SectionDiff",
        "SectionOp",
        "Span",
        "TextDiff",
        "UnitChange",
        "UnitKind",
    ),
    "words": ("word_spans",),
}


__getattr__, __dir__ = lazy_names(__name__, _NAMES_OF, globals())
