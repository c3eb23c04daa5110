"""Keys of the case editor: every binding has an id (``pmtui.editor.<action>``) so the
keymap in the config file can remap it, and a long description for ``?`` and the palette."""

from __future__ import annotations

from typing import Any

from textual.binding import Binding


def editor_key(
    key: str, action: str, short: str, long: str, *, name: str | None = None, **options: Any
) -> Binding:
    return Binding(key, action, short, tooltip=long, id=f"pmtui.editor.{name or action}", **options)
