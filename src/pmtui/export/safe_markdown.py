"""The Markdown reader of the html, pdf and docx exports.

CommonMark with pipe tables, as the body is written. What an exported document must not
carry is turned into text: raw HTML is escaped, images are not loaded (a remote image
would be fetched when the PDF is made), and a link passes only when it is http, https or
mailto: any other (``javascript:``, ``data:``, ``file:``, a relative path) stays as the
text it was written as.
"""

from __future__ import annotations

from functools import cache

from markdown_it import MarkdownIt

SAFE_SCHEMES = ("http:", "https:", "mailto:")


def safe_link(url: str) -> bool:
    return url.strip().casefold().startswith(SAFE_SCHEMES)


class SafeMarkdown(MarkdownIt):
    """markdown-it with the link rule above (``validateLink`` is its documented hook)."""

    def validateLink(self, url: str) -> bool:
        return safe_link(url)


@cache
def safe_markdown() -> MarkdownIt:
    return SafeMarkdown("commonmark", {"html": False}).enable("table").disable("image")
