"""YAML comments in front matter: found so users can be told that they will not be kept.

The canonical form is written from the model, which has no place for comments, so a
``# …`` in front matter disappears when the file is formatted or saved. Comments are not
YAML events; they are the ``#`` characters that start a comment and lie outside every
scalar the parser reported.
"""

from __future__ import annotations

import bisect
import re

Mark = tuple[int, int]  # (0-based line, column) in the YAML text

_COMMENT_START = re.compile(r"(?:^|(?<=[ \t]))#")


def comment_lines(
    yaml_text: str, scalar_spans: list[tuple[Mark, Mark]], first_line: int
) -> list[int]:
    """File lines (1-based) that hold a YAML comment, given the spans of all scalars."""
    spans = sorted(scalar_spans)
    starts = [start for start, _ in spans]
    found: list[int] = []
    for number, line in enumerate(yaml_text.split("\n")):
        if "#" not in line:
            continue
        for match in _COMMENT_START.finditer(line):
            if not _inside_scalar((number, match.start()), spans, starts):
                found.append(number + first_line)
                break
    return found


def _inside_scalar(mark: Mark, spans: list[tuple[Mark, Mark]], starts: list[Mark]) -> bool:
    index = bisect.bisect_right(starts, mark) - 1
    return index >= 0 and spans[index][0] <= mark < spans[index][1]
