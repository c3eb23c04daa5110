"""A rendered preview of a section that opens no link by itself and shows control
characters escaped (docs/reliability.md, F31 and F32).

Raw HTML is not rendered. A clicked link is checked: only http, https and mailto are
offered, and only after the user confirms in a dialog; every other scheme is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from textual.message import Message
from textual.widgets import Markdown

from pmtui.terminal import safe_text

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})


def link_scheme(href: str) -> str:
    """The scheme of a link, lower case (``""`` for a relative link)."""
    try:
        return urlsplit(href.strip()).scheme.casefold()
    except ValueError:
        return "?"


def is_allowed_link(href: str) -> bool:
    return link_scheme(href) in ALLOWED_SCHEMES and not any(ord(c) < 32 for c in href)


def _parser() -> MarkdownIt:
    """CommonMark with tables, raw HTML shown as text."""
    return MarkdownIt("commonmark", {"html": False}).enable("table")


class SectionPreview(Markdown):
    """The section as it reads; link clicks become ``LinkRequested``."""

    @dataclass
    class LinkRequested(Message):
        """A link was clicked; ``allowed`` tells whether its scheme may be opened at all."""

        href: str
        allowed: bool

    def __init__(self, markdown: str = "", **kwargs: object) -> None:
        super().__init__(
            safe_text(markdown),
            open_links=False,
            parser_factory=_parser,
            **kwargs,  # type: ignore[arg-type]
        )

    def show(self, markdown: str) -> None:
        self.update(safe_text(markdown))

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        event.stop()
        self.post_message(self.LinkRequested(event.href, is_allowed_link(event.href)))
