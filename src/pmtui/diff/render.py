"""A comparison as text for a terminal or a pager: fields and decision points first,
then the changed sections with their changed sentences and a little context.

Every line starts with a marker column: two spaces (unchanged), ``~ `` (changed within
the sentence), ``+ `` (added) or ``- `` (removed).
"""

from __future__ import annotations

from dataclasses import dataclass

from pmtui.diff.paint import Piece, Style, paint
from pmtui.diff.types import (
    CaseDiff,
    FieldChange,
    Op,
    PointChange,
    PointOp,
    SectionDiff,
    SectionOp,
    Span,
    TextDiff,
    UnitChange,
    UnitKind,
)
from pmtui.texts import diff as texts

# A field value this short reads better as "old → new" than as marked words.
_SHORT_VALUE = 40


@dataclass(frozen=True)
class RenderOptions:
    word: bool = True  # mark changed words inside sentences; else whole old/new units
    color: bool = False
    context: int = 1  # unchanged units shown around each change
    side_by_side: bool = False
    width: int = 100


_SPAN_STYLES = {Op.EQUAL: Style.PLAIN, Op.DELETE: Style.DELETED, Op.INSERT: Style.INSERTED}


def span_piece(span: Span) -> list[Piece]:
    """A word-diff span; a space ending an edit is shown after the marker: ``{+inte+} ``."""
    text = span.text.rstrip() if span.op is not Op.EQUAL else span.text
    trailing = span.text[len(text) :]
    return [(text, _SPAN_STYLES[span.op])] + ([(trailing, Style.PLAIN)] if trailing else [])


def span_pieces(spans: tuple[Span, ...]) -> list[Piece]:
    return [piece for span in spans for piece in span_piece(span)]


def _unit_text(text: str, kind: UnitKind) -> str:
    return texts.PARAGRAPH_MARK if kind is UnitKind.BREAK else text


def unit_lines(unit: UnitChange, options: RenderOptions) -> list[list[Piece]]:
    """The output lines of one compared unit."""
    moved = [(f" {texts.MOVED_MARK}", Style.DIM)] if unit.moved else []
    if unit.op is Op.EQUAL and unit.kind is UnitKind.BREAK:
        return [[("", Style.PLAIN)]]  # an unchanged paragraph break reads as a blank line
    if unit.op is Op.EQUAL:
        return [[("  ", Style.PLAIN), (unit.text, Style.PLAIN)]]
    if unit.op is Op.CHANGE and options.word:
        return [[("~ ", Style.PLAIN), *span_pieces(unit.spans)]]
    lines: list[list[Piece]] = []
    if unit.old is not None:
        lines.append(
            [("- ", Style.OLD_LINE), (_unit_text(unit.old, unit.kind), Style.OLD_LINE), *moved]
        )
    if unit.new is not None:
        lines.append(
            [("+ ", Style.NEW_LINE), (_unit_text(unit.new, unit.kind), Style.NEW_LINE), *moved]
        )
    return lines


def visible_units(diff: TextDiff, context: int) -> list[int | None]:
    """Indexes of the units to show (changes and their context); ``None`` marks a gap."""
    near: set[int] = set()
    for index in diff.change_indexes():
        near.update(range(index - context, index + context + 1))
    shown: list[int | None] = []
    for index in range(len(diff.units)):
        if index in near:
            shown.append(index)
        elif (shown and shown[-1] is not None) or (not shown and index == 0):
            shown.append(None)
    return shown


def text_lines(diff: TextDiff, options: RenderOptions) -> list[list[Piece]]:
    lines: list[list[Piece]] = []
    for index in visible_units(diff, options.context):
        if index is None:
            lines.append([("  ", Style.PLAIN), (texts.SKIPPED, Style.DIM)])
        else:
            lines.extend(unit_lines(diff.units[index], options))
    return lines


def field_line(change: FieldChange, options: RenderOptions) -> list[Piece]:
    label = f"{change.label}: "
    if change.old is None:
        return [("+ ", Style.NEW_LINE), (label, Style.PLAIN), (change.new or "", Style.NEW_LINE)]
    if change.new is None:
        return [("- ", Style.OLD_LINE), (label, Style.PLAIN), (change.old, Style.OLD_LINE)]
    short = max(len(change.old), len(change.new)) <= _SHORT_VALUE
    if short or not options.word or not change.spans:
        return [
            ("~ ", Style.PLAIN),
            (label, Style.PLAIN),
            (change.old, Style.OLD_LINE),
            (" → ", Style.PLAIN),
            (change.new, Style.NEW_LINE),
        ]
    return [("~ ", Style.PLAIN), (label, Style.PLAIN), *span_pieces(change.spans)]


def point_line(change: PointChange, options: RenderOptions) -> list[Piece]:
    if change.op is PointOp.ADDED:
        head = texts.POINT_ADDED.format(number=change.number, text="")
        return [("+ ", Style.NEW_LINE), (head, Style.PLAIN), (change.new or "", Style.NEW_LINE)]
    if change.op is PointOp.REMOVED:
        head = texts.POINT_REMOVED.format(number=change.number, text="")
        return [("- ", Style.OLD_LINE), (head, Style.PLAIN), (change.old or "", Style.OLD_LINE)]
    if change.op is PointOp.MOVED:
        head = texts.POINT_MOVED.format(old=change.old_number, new=change.new_number, text="")
        return [("~ ", Style.PLAIN), (head, Style.PLAIN), (change.new or "", Style.PLAIN)]
    template = texts.POINT_REWORDED
    if change.old_number != change.new_number:
        template = texts.POINT_REWORDED_RENUMBERED
    if change.moved:
        template = texts.POINT_REWORDED_MOVED
    head = template.format(
        number=change.number, old=change.old_number, new=change.new_number, text=""
    )
    if options.word:
        return [("~ ", Style.PLAIN), (head, Style.PLAIN), *span_pieces(change.spans)]
    return [
        ("~ ", Style.PLAIN),
        (head, Style.PLAIN),
        (change.old or "", Style.OLD_LINE),
        (" → ", Style.PLAIN),
        (change.new or "", Style.NEW_LINE),
    ]


_SECTION_NOTES = {
    SectionOp.ADDED: texts.SECTION_ADDED,
    SectionOp.REMOVED: texts.SECTION_REMOVED,
    SectionOp.CHANGED: texts.SECTION_CHANGED,
    SectionOp.UNCHANGED: texts.SECTION_UNCHANGED,
}


def section_heading(section: SectionDiff) -> list[Piece]:
    note = _SECTION_NOTES[section.op]
    if section.renamed:
        note += " " + texts.SECTION_RENAMED.format(old=section.old_heading)
    marks = "#" * section.level
    return [(f"{marks} {section.heading}", Style.HEADING), (f" {note}", Style.DIM)]


def section_lines(section: SectionDiff, options: RenderOptions) -> list[list[Piece]]:
    """A changed section: its heading, changed units with context, changed subsections."""
    if section.op is SectionOp.UNCHANGED:
        return []
    lines = [section_heading(section), *body_lines(section.body, options)]
    for sub in section.subsections:
        sub_lines = section_lines(sub, options)
        lines += [[("", Style.PLAIN)], *sub_lines] if sub_lines else []
    return lines


def body_lines(diff: TextDiff, options: RenderOptions) -> list[list[Piece]]:
    if options.side_by_side:
        from pmtui.diff.sidebyside import side_by_side_lines

        return side_by_side_lines(diff, options)
    return text_lines(diff, options)


def diff_lines(diff: CaseDiff, options: RenderOptions) -> list[list[Piece]]:
    """Every output line of a comparison, fields and decision points first."""
    if diff.raw is not None:
        return [[(texts.HEADING_RAW, Style.HEADING)], *body_lines(diff.raw, options)]
    lines: list[list[Piece]] = []
    if diff.fields:
        lines += [[(texts.HEADING_FIELDS, Style.HEADING)]]
        lines += [field_line(f, options) for f in diff.fields] + [[("", Style.PLAIN)]]
    if diff.points:
        lines += [[(texts.HEADING_POINTS, Style.HEADING)]]
        lines += [point_line(p, options) for p in diff.points] + [[("", Style.PLAIN)]]
    for section in diff.changed_sections():
        lines += [*section_lines(section, options), [("", Style.PLAIN)]]
    return lines[:-1] if lines else [[(texts.NO_CHANGES, Style.PLAIN)]]


def render_diff(diff: CaseDiff, options: RenderOptions) -> str:
    """The comparison as text lines (ANSI colours only if ``options.color``)."""
    return "\n".join(paint(line, options.color) for line in diff_lines(diff, options))
