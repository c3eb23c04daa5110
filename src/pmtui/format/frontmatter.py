"""Front matter: split it from the body and load its YAML safely, with line numbers.

The YAML is read from PyYAML's event stream (libyaml when available), which is fast and
never constructs Python objects from tags. Everything is kept as text: ``NO`` stays
``"NO"``, ``1.10`` stays ``"1.10"`` and ``2023-02-30`` reaches the model as text, so that
the model, not YAML 1.1, decides what a value means. Anchors, aliases and tags are
refused before anything is built, which defuses alias bombs; depth and size are capped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from pmtui.format.comments import Mark, comment_lines
from pmtui.format.problems import CaseFileError, file_error, shortened, shortened_repr
from pmtui.texts import format as texts

MAX_FRONT_MATTER_BYTES = 256 * 1024
MAX_DEPTH = 32
MAX_EVENTS = 50_000
DELIMITER = "---"
_Loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)

Locations = dict[str, int]


@dataclass
class SplitText:
    """A case file cut in two: the YAML text and the Markdown body, with line offsets."""

    yaml_text: str
    body: str
    body_first_line: int  # 1-based line number in the file of the body's first line


@dataclass
class LoadedYaml:
    data: dict[str, Any]
    locations: Locations = field(default_factory=dict)
    comment_lines: list[int] = field(default_factory=list)  # file lines with a ``#`` comment


def split_front_matter(text: str) -> SplitText:
    """Cut the file at its ``---`` delimiters; raise ``CaseFileError`` if they are missing."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != DELIMITER:
        raise CaseFileError([file_error("front-matter-saknas", texts.NO_FRONT_MATTER, 1)])
    for index in range(1, len(lines)):
        if lines[index].rstrip() in (DELIMITER, "..."):
            return SplitText(
                "\n".join(lines[1:index]) + "\n", "\n".join(lines[index + 1 :]), index + 2
            )
    raise CaseFileError([file_error("front-matter-oavslutad", texts.FRONT_MATTER_UNCLOSED, 1)])


class _Builder:
    """Builds plain dicts, lists and strings from YAML events, without recursion."""

    def __init__(self, first_line: int) -> None:
        self.first_line = first_line
        self.stack: list[tuple[Any, str, int]] = []  # (container, path, key line of pending)
        self.pending_key: list[str | None] = []
        self.key_lines: list[dict[str, int]] = []
        self.locations: Locations = {"": first_line}
        self.root: Any = None
        self.scalar_spans: list[tuple[Mark, Mark]] = []

    def add_span(self, event: Any) -> None:
        """Remember where a scalar lies, so that a ``#`` inside it is not a comment."""
        start, end = event.start_mark, event.end_mark
        self.scalar_spans.append(((start.line, start.column), (end.line, end.column)))

    def line(self, event: Any) -> int:
        return int(event.start_mark.line) + self.first_line

    def child_path(self) -> str:
        container, path, _ = self.stack[-1]
        key = str(len(container)) if isinstance(container, list) else self.pending_key[-1]
        return f"{path}.{key}" if path else str(key)

    def add(self, value: Any, event: Any) -> None:
        if not self.stack:
            self.root = value
            return
        container, _, _ = self.stack[-1]
        if isinstance(container, list):
            self.locations.setdefault(self.child_path(), self.line(event))
            container.append(value)
        elif self.pending_key[-1] is None:
            self.set_key(value, event)
        else:
            container[self.pending_key[-1]] = value
            self.pending_key[-1] = None

    def set_key(self, key: Any, event: Any) -> None:
        if not isinstance(key, str):
            raise CaseFileError(
                [file_error("yaml-nyckel", texts.YAML_KEY_NOT_TEXT, self.line(event))]
            )
        seen = self.key_lines[-1]
        if key in seen:
            message = texts.YAML_DUPLICATE_KEY.format(key=shortened_repr(key), first=seen[key])
            raise CaseFileError([file_error("yaml-dubblett", message, self.line(event))])
        seen[key] = self.line(event)
        self.pending_key[-1] = key
        self.locations[self.child_path()] = self.line(event)

    def open(self, container: Any, event: Any) -> None:
        path = self.child_path() if self.stack else ""
        if self.stack and isinstance(self.stack[-1][0], dict) and self.pending_key[-1] is None:
            raise CaseFileError(
                [file_error("yaml-nyckel", texts.YAML_KEY_NOT_TEXT, self.line(event))]
            )
        self.add(container, event)
        self.stack.append((container, path, self.line(event)))
        self.pending_key.append(None)
        self.key_lines.append({})
        if len(self.stack) > MAX_DEPTH:
            message = texts.YAML_TOO_DEEP.format(limit=MAX_DEPTH)
            raise CaseFileError([file_error("yaml-djup", message, self.line(event))])

    def close(self) -> None:
        self.stack.pop()
        self.pending_key.pop()
        self.key_lines.pop()


NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})


def _scalar(event: Any) -> str | None:
    """Plain empty, ``~`` and ``null`` are nothing; every other scalar stays text."""
    if event.style in (None, "") and event.value in NULL_WORDS:
        return None
    return str(event.value)


def _refuse_unsafe(event: Any, line: int) -> None:
    if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
        raise CaseFileError([file_error("yaml-alias", texts.YAML_ALIAS, line)])
    tag = getattr(event, "tag", None)
    if tag is not None and tag != "!":
        message = texts.YAML_TAG.format(tag=shortened(tag))
        raise CaseFileError([file_error("yaml-tagg", message, line)])


def _feed(builder: _Builder, event: Any, documents: int) -> int:
    _refuse_unsafe(event, builder.line(event))
    if isinstance(event, yaml.DocumentStartEvent):
        documents += 1
        if documents > 1:
            line = builder.line(event)
            raise CaseFileError([file_error("yaml-dokument", texts.YAML_SEVERAL_DOCUMENTS, line)])
    elif isinstance(event, yaml.ScalarEvent):
        builder.add(_scalar(event), event)
        builder.add_span(event)
    elif isinstance(event, yaml.MappingStartEvent):
        builder.open({}, event)
    elif isinstance(event, yaml.SequenceStartEvent):
        builder.open([], event)
    elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
        builder.close()
    return documents


def _describe(value: Any) -> str:
    if isinstance(value, list):
        return texts.GOT_LIST
    return texts.GOT_NOTHING if value is None else shortened_repr(str(value))


def yaml_problem(english: str | None) -> str:
    """libyaml's problem text in Swedish (docs/reliability.md: no English reaches users)."""
    text = english or ""
    for known, swedish in texts.YAML_PROBLEMS.items():
        if known in text:
            return swedish
    return texts.YAML_SYNTAX_UNKNOWN


def load_front_matter(yaml_text: str, first_line: int = 2) -> LoadedYaml:
    """Parse front matter YAML into plain data and a map of field path → file line."""
    size = len(yaml_text.encode("utf-8"))
    if size > MAX_FRONT_MATTER_BYTES:
        message = texts.FRONT_MATTER_TOO_LARGE.format(size=size, limit=MAX_FRONT_MATTER_BYTES)
        raise CaseFileError([file_error("front-matter-stor", message, first_line)])
    builder, documents = _Builder(first_line), 0
    try:
        for count, event in enumerate(yaml.parse(yaml_text, Loader=_Loader)):
            if count > MAX_EVENTS:
                message = texts.YAML_TOO_MANY.format(limit=MAX_EVENTS)
                raise CaseFileError([file_error("yaml-storlek", message, first_line)])
            documents = _feed(builder, event, documents)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + first_line if mark else first_line
        problem = texts.YAML_SYNTAX.format(problem=yaml_problem(error.problem or error.context))
        raise CaseFileError([file_error("yaml-syntax", problem, line)]) from None
    except yaml.YAMLError as error:
        problem = texts.YAML_SYNTAX.format(problem=yaml_problem(str(error)))
        raise CaseFileError([file_error("yaml-syntax", problem, first_line)]) from None
    root = {} if builder.root is None else builder.root
    if not isinstance(root, dict):
        message = texts.FRONT_MATTER_NOT_MAPPING.format(got=_describe(root))
        raise CaseFileError([file_error("front-matter-typ", message, first_line)])
    comments = comment_lines(yaml_text, builder.scalar_spans, first_line)
    return LoadedYaml(root, builder.locations, comments)
