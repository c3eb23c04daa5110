"""The case's front matter as a form: one row per field, its message right below it.

The form holds the raw text of each field; the screen validates it (by building the case)
and hands each message back with ``show_problems``. Text that held control characters is
shown escaped (docs/reliability.md, F32); if the user leaves such a field alone, its
original value is kept.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Input, Label, Select, Static, TextArea

from pmtui.format.form_fields import FORM_FIELDS
from pmtui.model.case import DocumentKind, Status
from pmtui.terminal import safe_line, safe_text
from pmtui.texts import editor as texts
from pmtui.tui.widgets.fields import EditorTextArea, FieldInput

_CHOICES: dict[str, list[str]] = {
    "handling": [kind.value for kind in DocumentKind],
    "status": [status.value for status in Status],
}
_MULTILINE = frozenset({"remisser"})


def _ascii(key: str) -> str:
    """Widget ids must be ASCII: ``föredragande`` → ``foredragande``."""
    decomposed = unicodedata.normalize("NFKD", key)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


FIELD_IDS = {key: f"field-{_ascii(key)}" for key in ("dnr", *FORM_FIELDS)}
PROBLEM_IDS = {key: f"problem-{_ascii(key)}" for key in FORM_FIELDS}
_KEY_BY_ID = {widget_id: key for key, widget_id in FIELD_IDS.items()}


def _shown(key: str, value: str) -> str:
    return safe_text(value) if key in _MULTILINE else safe_line(value)


class MetadataForm(VerticalScroll):
    """Dnr (read only) and the editable fields of the front matter."""

    @dataclass
    class Edited(Message):
        """A field's text changed (``key`` is its YAML key)."""

        form: MetadataForm
        key: str

    def __init__(self, dnr: str, fields: dict[str, str], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.dnr = dnr
        self.originals = dict(fields)
        self._shown_problems: dict[str, list[str]] = {}

    def compose(self) -> ComposeResult:
        yield from self._row("dnr", Input(safe_line(self.dnr), id=FIELD_IDS["dnr"], disabled=True))
        for key in FORM_FIELDS:
            yield from self._row(key, self._editor(key, self.originals.get(key, "")))

    def _row(self, key: str, editor: Input | Select[str] | TextArea) -> ComposeResult:
        label = f"{texts.FIELD_LABELS[key]}  [dim]{texts.FIELD_HINTS[key]}[/dim]"
        yield Label(label, classes="field-label")
        yield editor
        if key in PROBLEM_IDS:
            yield Static("", id=PROBLEM_IDS[key], classes="field-problem")

    def _editor(self, key: str, value: str) -> Input | Select[str] | TextArea:
        widget_id = FIELD_IDS[key]
        if key in _CHOICES:
            options = [(choice, choice) for choice in _CHOICES[key]]
            return Select(options, value=value, allow_blank=False, id=widget_id)
        if key in _MULTILINE:
            return EditorTextArea(_shown(key, value), id=widget_id, classes="field-multiline")
        return FieldInput(_shown(key, value), id=widget_id)

    def value(self, key: str) -> str:
        """The field's text; the original when an escaped display was left unchanged."""
        widget = self.query_one(f"#{FIELD_IDS[key]}")
        if isinstance(widget, Select):
            return str(widget.value)
        text = widget.text if isinstance(widget, TextArea) else widget.value  # type: ignore[attr-defined]
        original = self.originals.get(key, "")
        return original if text == _shown(key, original) else str(text)

    def values(self) -> dict[str, str]:
        return {key: self.value(key) for key in FORM_FIELDS}

    def load(self, fields: dict[str, str]) -> None:
        """Show other values (a recovered draft, a file from $EDITOR)."""
        self.originals = dict(fields)
        for key in FORM_FIELDS:
            widget = self.query_one(f"#{FIELD_IDS[key]}")
            value = fields.get(key, "")
            if isinstance(widget, Select):
                widget.value = value
            elif isinstance(widget, TextArea):
                widget.load_text(_shown(key, value))
            elif isinstance(widget, FieldInput):
                widget.reset(_shown(key, value))

    def show_problems(self, problems: dict[str, list[str]]) -> None:
        """Each field's messages under it; only fields whose messages changed are redrawn."""
        for key in FORM_FIELDS:
            messages = problems.get(key, [])
            if self._shown_problems.get(key, []) == messages:
                continue
            self._shown_problems[key] = messages
            note = self.query_one(f"#{PROBLEM_IDS[key]}", Static)
            note.update("\n".join(safe_text(m) for m in messages))
            note.set_class(bool(messages), "has-problem")
            self.query_one(f"#{FIELD_IDS[key]}").set_class(bool(messages), "invalid")

    def _edited(self, widget_id: str | None) -> None:
        if widget_id in _KEY_BY_ID:
            self.post_message(self.Edited(self, _KEY_BY_ID[widget_id]))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._edited(event.input.id)

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self._edited(event.select.id)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        self._edited(event.text_area.id)
