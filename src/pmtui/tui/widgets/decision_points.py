"""Förslag till beslut as an editable outline: blocks, each an intro and numbered points.

Keys act on the point that has the focus: add, remove, move up/down (with its subpoints),
indent (3 → 2.1) and outdent. Numbers are recomputed after every change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Label, Static, TextArea

from pmtui.editing import outline
from pmtui.editing.state import BlockState, PointRow
from pmtui.terminal import safe_line, safe_text
from pmtui.texts import editor as texts
from pmtui.tui.screens.case_keys import editor_key
from pmtui.tui.widgets.fields import LineArea


def _point_id(block: int, row: int) -> str:
    return f"point-{block}-{row}"


def _parse_id(widget_id: str | None) -> tuple[str, int, int] | None:
    """``point-1-3`` → ("point", 1, 3); ``intro-0`` → ("intro", 0, -1)."""
    if not widget_id:
        return None
    kind, *numbers = widget_id.split("-")
    if kind not in ("point", "intro", "board") or not all(n.isdigit() for n in numbers):
        return None
    block = int(numbers[0])
    return kind, block, int(numbers[1]) if len(numbers) > 1 else -1


class DecisionPoints(VerticalScroll):
    """Every decision block with its points; edits go to ``blocks``."""

    # Priority: the focused field would otherwise type Alt+N's "n" (see case_keys.py).
    BINDINGS: ClassVar[list[BindingType]] = [
        editor_key(key, action, short, long, priority=True)
        for key, action, short, long in (
            ("ctrl+n,alt+n", "add_point", texts.KEY_POINT_ADD, texts.KEY_POINT_ADD_HELP),
            ("ctrl+t,alt+d", "remove_point", texts.KEY_POINT_REMOVE, texts.KEY_POINT_REMOVE_HELP),
            ("alt+up,ctrl+up", "move_up", texts.KEY_POINT_UP, texts.KEY_POINT_UP_HELP),
            ("alt+down,ctrl+down", "move_down", texts.KEY_POINT_DOWN, texts.KEY_POINT_DOWN_HELP),
            ("alt+right", "indent", texts.KEY_POINT_INDENT, texts.KEY_POINT_INDENT_HELP),
            ("alt+left", "outdent", texts.KEY_POINT_OUTDENT, texts.KEY_POINT_OUTDENT_HELP),
            ("f8", "add_block", texts.KEY_BLOCK_ADD, texts.KEY_BLOCK_ADD_HELP),
            ("shift+f8,alt+x", "remove_block", texts.KEY_BLOCK_REMOVE, texts.KEY_BLOCK_REMOVE_HELP),
        )
    ]

    @dataclass
    class Edited(Message):
        """The blocks changed (text, order or structure)."""

        points: DecisionPoints

    def __init__(self, blocks: list[BlockState], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.blocks = blocks
        self._current: tuple[int, int] = (0, 0)
        self._problems: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="decision-problems", classes="field-problem")
        if not self.blocks:
            yield Label(texts.NO_BLOCKS, classes="empty-note")
        for index, block in enumerate(self.blocks):
            yield from self._block(index, block)

    def _block(self, index: int, block: BlockState) -> ComposeResult:
        yield Label(texts.BLOCK_TITLE.format(number=index + 1), classes="block-title")
        yield Label(texts.BLOCK_INTRO, classes="field-label")
        yield LineArea(safe_line(block.intro), id=f"intro-{index}")
        yield Label(texts.BLOCK_BOARD_INTRO, classes="field-label")
        placeholder = texts.BLOCK_BOARD_INTRO_PLACEHOLDER
        yield LineArea(safe_line(block.board_intro), placeholder=placeholder, id=f"board-{index}")
        for row, (number, point) in enumerate(
            zip(outline.numbers(block.points), block.points, strict=True)
        ):
            yield self._point_row(index, row, number, point)

    def _point_row(self, block: int, row: int, number: str, point: PointRow) -> Horizontal:
        text = LineArea(
            safe_line(point.text),
            placeholder=texts.POINT_PLACEHOLDER,
            id=_point_id(block, row),
            classes="point-text",
        )
        label = Label(f"{number}." if number else "•", classes="point-number")
        container = Horizontal(label, text, classes=f"point-row level-{min(point.level, 3)}")
        return container

    def show_problems(self, messages: list[str], *, force: bool = False) -> None:
        if messages == self._problems and not force:
            return
        self._problems = messages
        found = self.query("#decision-problems").results(Static)
        note = next(found, None)
        if note is None:  # between a rebuild's remove and mount
            return
        note.update("\n".join(safe_text(m) for m in messages))
        note.set_class(bool(messages), "has-problem")

    # --- text edits ----------------------------------------------------------------------

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        parsed = _parse_id(event.text_area.id)
        if parsed is None:
            return
        kind, block, row = parsed
        if self._apply_text(kind, block, row, event.text_area.text):
            self.post_message(self.Edited(self))

    def _apply_text(self, kind: str, block: int, row: int, value: str) -> bool:
        target = self.blocks[block]
        if kind == "point":
            original = target.points[row].text
            if value != safe_line(original):
                target.points[row].text = value
            return value != safe_line(original)
        attribute = "intro" if kind == "intro" else "board_intro"
        original = getattr(target, attribute)
        if value != safe_line(original):
            setattr(target, attribute, value)
        return value != safe_line(original)

    def on_descendant_focus(self, event: object) -> None:
        self._current = self.current

    @property
    def current(self) -> tuple[int, int]:
        """(block, row) of the field with the focus, read now: a key may come before the
        focus message (keys here are priority bindings), or the last one focused."""
        focused = self.screen.focused
        if focused is None or self not in focused.ancestors:
            return self._current
        parsed = _parse_id(focused.id)
        return (parsed[1], max(parsed[2], 0)) if parsed is not None else self._current

    # --- structure -------------------------------------------------------------------------

    async def _restructure(self, operation: outline.Operation) -> None:
        if not self.blocks:
            return
        block, row = self.current
        rows = self.blocks[block].points
        if operation is not outline.add_after and not rows:
            return
        new_rows, focus_row = operation(rows, min(row, len(rows) - 1) if rows else None)
        self.blocks[block].points = new_rows
        await self._rebuild((block, focus_row))
        self.post_message(self.Edited(self))

    async def _rebuild(self, focus: tuple[int, int] | None) -> None:
        await self.remove_children()
        await self.mount_all(list(self.compose()))
        self.show_problems(self._problems, force=True)
        if focus is not None:
            self._current = focus
            widget_id = _point_id(*focus) if self.blocks[focus[0]].points else f"intro-{focus[0]}"
            self.query_one(f"#{widget_id}", LineArea).focus()

    async def action_add_point(self) -> None:
        await self._restructure(outline.add_after)

    async def action_remove_point(self) -> None:
        await self._restructure(outline.remove)

    async def action_move_up(self) -> None:
        await self._restructure(outline.move_up)

    async def action_move_down(self) -> None:
        await self._restructure(outline.move_down)

    async def action_indent(self) -> None:
        await self._restructure(outline.indent)

    async def action_outdent(self) -> None:
        await self._restructure(outline.outdent)

    async def action_add_block(self) -> None:
        self.blocks.append(BlockState(texts.NEW_BLOCK_INTRO, "", [PointRow("")]))
        await self._rebuild((len(self.blocks) - 1, 0))
        self.post_message(self.Edited(self))

    async def action_remove_block(self) -> None:
        """Remove the block that has the focus (its text stays in the swap file until saved)."""
        if not self.blocks:
            return
        block = min(self.current[0], len(self.blocks) - 1)
        del self.blocks[block]
        await self._rebuild((max(0, block - 1), 0) if self.blocks else None)
        self.post_message(self.Edited(self))

    async def load(self, blocks: list[BlockState]) -> None:
        self.blocks = blocks
        self._current = (0, 0)
        await self._rebuild(None)
