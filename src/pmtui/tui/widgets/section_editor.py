"""The body sections: a list of headings, the chosen section's Markdown in a TextArea with
highlighting, and a rendered preview beside it, whose links open only after a yes."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Label, OptionList, TextArea
from textual.widgets.option_list import Option
from textual.widgets.text_area import LanguageDoesNotExist

from pmtui.editing.state import SectionState
from pmtui.format.form_fields import section_key
from pmtui.terminal import safe_line, safe_text
from pmtui.texts import editor as texts
from pmtui.tui.dialogs import link_confirm
from pmtui.tui.dialogs.link_confirm import LinkConfirmDialog
from pmtui.tui.widgets.fields import EditorTextArea
from pmtui.tui.widgets.preview import SectionPreview, link_scheme

PREVIEW_DELAY = 0.3
# Narrower than this, the preview is hidden (until shown with F9): at 80 columns beside
# it the text would be 23 characters wide.
PREVIEW_MIN_WIDTH = 120


def markdown_text_area(text: str, widget_id: str) -> TextArea:
    """A TextArea that highlights Markdown when tree-sitter's grammar is installed."""
    try:
        area = EditorTextArea(text, language="markdown", id=widget_id, soft_wrap=True)
    except LanguageDoesNotExist:
        area = EditorTextArea(text, id=widget_id, soft_wrap=True)
    area.show_line_numbers = False
    return area


class SectionEditor(Horizontal):
    """Edits ``sections`` in place; posts ``Edited`` after each change."""

    @dataclass
    class Edited(Message):
        editor: SectionEditor
        index: int

    def __init__(self, sections: list[SectionState], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.sections = sections
        self.current = 0
        self._preview_timer: Timer | None = None
        self._marks: dict[int, bool] = {}
        self.preview_wanted: bool | None = None  # None: shown when the editor is wide

    @property
    def text_area(self) -> TextArea:
        return self.query_one("#section-text", TextArea)

    @property
    def preview(self) -> SectionPreview:
        return self.query_one(SectionPreview)

    def compose(self) -> ComposeResult:
        yield OptionList(*self._options(), id="section-list")
        if not self.sections:
            yield Label(texts.NO_SECTIONS, classes="empty-note")
        text = self.sections[0].text if self.sections else ""
        yield markdown_text_area(safe_text(text), "section-text")
        yield SectionPreview(text, id="section-preview")

    def _options(self, problems: dict[int, bool] | None = None) -> list[Option]:
        marks = problems or {}
        return [
            Option(("⚠ " if marks.get(i) else "") + safe_line(s.heading), id=f"section-{i}")
            for i, s in enumerate(self.sections)
        ]

    def on_mount(self) -> None:
        self.text_area.display = bool(self.sections)

    def on_resize(self, event: events.Resize) -> None:
        if self.preview_wanted is None:
            self.preview.display = event.size.width >= PREVIEW_MIN_WIDTH

    def toggle_preview(self) -> None:
        """Show or hide the preview, whatever the width, until toggled again."""
        self.preview_wanted = not self.preview.display
        self.preview.display = self.preview_wanted

    def show_problems(self, problems: dict[str, list[str]]) -> None:
        """Mark sections with problems in the list (messages go to the screen's bar)."""
        marks = {i: bool(problems.get(section_key(i))) for i in range(len(self.sections))}
        if marks == self._marks:
            return
        self._marks = marks
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        options.clear_options()
        options.add_options(self._options(marks))
        options.highlighted = highlighted

    def select(self, index: int) -> None:
        if not 0 <= index < len(self.sections) or index == self.current:
            return
        self.current = index
        self.text_area.load_text(safe_text(self.sections[index].text))
        self.preview.show(self.sections[index].text)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.select(event.option_index)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        if not self.sections:
            return
        section = self.sections[self.current]
        if event.text_area.text != safe_text(section.text):
            section.text = event.text_area.text
            self.post_message(self.Edited(self, self.current))
        self._schedule_preview()

    def _schedule_preview(self) -> None:
        if self._preview_timer is not None:
            self._preview_timer.stop()
        self._preview_timer = self.set_timer(PREVIEW_DELAY, self._refresh_preview)

    def _refresh_preview(self) -> None:
        if self.sections:
            self.preview.show(self.sections[self.current].text)

    def load(self, sections: list[SectionState], current: int | None = None) -> None:
        """Show other sections (a recovered draft, a file or section from $EDITOR)."""
        self.sections = sections
        self.current = min(
            current if current is not None else self.current, max(0, len(sections) - 1)
        )
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(self._options())
        self._marks = {}
        text = sections[self.current].text if sections else ""
        self.text_area.load_text(safe_text(text))
        self.text_area.display = bool(sections)
        self.preview.show(text)

    # --- links in the preview (docs/reliability.md, F31) ---------------------------------

    def on_section_preview_link_requested(self, event: SectionPreview.LinkRequested) -> None:
        event.stop()
        if not event.allowed:
            scheme = link_scheme(event.href) or "?"
            self.notify(
                markup=False,
                message=texts.LINK_REFUSED.format(scheme=safe_line(scheme)),
                severity="warning",
            )
            return
        self.confirm_link(event.href)

    @work(exclusive=True, group="link")
    async def confirm_link(self, href: str) -> None:
        answer = await self.app.push_screen_wait(LinkConfirmDialog(safe_line(href)))
        if answer == link_confirm.OPEN:
            self.app.open_url(href)
