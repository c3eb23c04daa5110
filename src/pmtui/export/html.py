"""Case → one standalone HTML page in the official layout (also the PDF's source).

Plain string building with ``html.escape``: the page is one fixed skeleton and a list of
parts, so a template engine would add a dependency and nothing else (docs/decisions.md).
Front-matter values are escaped text; the body's paragraphs and Markdown blocks go
through ``safe_markdown`` (raw HTML escaped, only http, https and mailto links).
Decision points are an ``<ol>`` per block with their printed numbers as text, so a reader,
a copy and the PDF's text all show ``3.1.`` as the document does.
"""

from __future__ import annotations

from html import escape
from itertools import groupby

from pmtui.export.safe_markdown import safe_markdown
from pmtui.format.render import DocumentPart, Role
from pmtui.texts import export as texts

_TAGS = {
    Role.HEADER: ("p", "header"),
    Role.TITLE: ("h1", "title"),
    Role.SUBTITLE: ("p", "subtitle"),
    Role.HEADING: ("h2", "heading"),
    Role.SUBHEADING: ("h3", "subheading"),
    Role.PRESENTERS: ("p", "presenters"),
    Role.INTRO: ("p", "intro"),
    Role.POINT: ("p", "point"),  # a lone, unnumbered point
    Role.PLACE_DATE: ("p", "place-date"),
    Role.SIGNATURE: ("p", "signature"),
    Role.OUTCOME: ("p", "outcome"),
    Role.STATEMENT: ("p", "statement"),
}

_CSS = """\
@page {
  size: A4;
  margin: 25mm 22mm 25mm 28mm;
  @top-left { content: string(header); font-size: 9pt; }
  @bottom-right { content: "PAGE_WORD " counter(page) " (" counter(pages) ")"; font-size: 9pt; }
}
@page :first { @top-left { content: none; } }
html { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif;
  font-size: 12pt; line-height: 1.35; }
body { max-width: 40em; margin: 2em auto; padding: 0 1em; }
@media print { body { max-width: none; margin: 0; padding: 0; } }
p, li, td, th { hyphens: auto; orphans: 2; widows: 2; }
h1, h2, h3 { font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
  page-break-after: avoid; break-after: avoid; }
h1 { font-size: 18pt; margin: 0.8em 0 0.3em; }
h2 { font-size: 13pt; margin: 1.2em 0 0.4em; }
h3 { font-size: 12pt; margin: 1em 0 0.3em; }
.header { string-set: header content(); font-size: 10pt; }
.subtitle { font-size: 13pt; margin: 0.2em 0; }
ol.points { list-style: none; padding: 0; margin: 0.5em 0 1em; }
ol.points li { padding-left: 2.2em; text-indent: -2.2em; margin: 0.3em 0; }
ol.points li.level-2 { margin-left: 2.2em; }
ol.points li.level-3 { margin-left: 4.4em; }
.number { display: inline-block; min-width: 2.2em; text-indent: 0; }
.place-date { margin-top: 2em; }
.outcome { margin-top: 2em; }
table { border-collapse: collapse; }
td, th { border: 1px solid #999; padding: 0.2em 0.5em; vertical-align: top; }
"""


def _text(part: DocumentPart) -> str:
    tag, name = _TAGS[part.role]
    return f'<{tag} class="{name}">{escape(part.text)}</{tag}>'


def _points(points: list[DocumentPart]) -> str:
    """An ``<ol>`` of numbered points; their level sets the indent."""
    items = [
        f'<li class="level-{min(p.level, 3)}"><span class="number">{escape(p.number)}.</span> '
        f"{escape(p.text)}</li>"
        for p in points
    ]
    return '<ol class="points">\n' + "\n".join(items) + "\n</ol>"


def _group(role: Role, parts: list[DocumentPart]) -> list[str]:
    if role is Role.PARAGRAPH:
        return [f"<p>{safe_markdown().renderInline(p.text)}</p>" for p in parts]
    if role is Role.MARKDOWN:
        return [safe_markdown().render(p.text).rstrip("\n") for p in parts]
    if role is Role.POINT and parts[0].number:
        return [_points(parts)]
    return [_text(p) for p in parts]


def _kind(part: DocumentPart) -> tuple[Role, bool]:
    return part.role, bool(part.number)


def html_body(parts: list[DocumentPart]) -> str:
    """The parts as HTML elements, one a line (a block's numbered points as one list)."""
    chunks: list[str] = []
    for (role, _), group in groupby(parts, key=_kind):
        chunks.extend(_group(role, list(group)))
    return "\n".join(chunks)


def html_page(parts: list[DocumentPart]) -> str:
    """A whole HTML page, in Swedish (``lang="sv"``: hyphenation, screen readers)."""
    title = next((p.text for p in parts if p.role is Role.TITLE), "")
    css = _CSS.replace("PAGE_WORD", texts.PAGE)
    return (
        '<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>\n{css}</style>\n</head>\n<body>\n"
        f"{html_body(parts)}\n</body>\n</html>\n"
    )
