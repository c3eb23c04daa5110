"""From bytes on disk to normalised text: UTF-8 only, BOM, CRLF and CR normalised, no merges."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pmtui.format.problems import CaseFileError, file_error, file_warning
from pmtui.model.problems import Problem
from pmtui.texts import format as texts

MAX_FILE_BYTES = 5 * 1024 * 1024
BOM = "\ufeff"
_CONFLICT_MARKER = re.compile(r"^(<{7}|>{7})(?: (.*))?$", re.MULTILINE)
_LONE_CR = re.compile(r"\r(?!\n)")
# The problem code of a file with Git conflict markers (a merge left it in conflict).
CONFLICT_CODE = "konflikt"
# pmtui's merge driver labels a conflict ``<<<<<<< vår – avsnitt 'Ärendet', mening 2``:
# the part after the separator names the conflicting part, and becomes the problem's field.
CONFLICT_PLACE_SEPARATOR = " – "


@dataclass
class DecodedText:
    """Normalised text (LF line ends, no BOM) and the warnings its decoding raised."""

    text: str
    warnings: list[Problem] = field(default_factory=list)


def _line_of(data: bytes | str, offset: int) -> int:
    if isinstance(data, bytes):
        return data[:offset].count(b"\n") + 1
    return data[:offset].count("\n") + 1


def _line_end_warnings(text: str) -> list[Problem]:
    """CRLF (Windows) and lone CR (old Mac OS) line ends, each named for what it is and
    located at its first line (counted as after normalisation, like every other problem)."""
    found: list[Problem] = []
    if (crlf := text.find("\r\n")) >= 0:
        found.append(file_warning("crlf", texts.CRLF_NORMALISED, _normalised_line(text, crlf)))
    if lone := _LONE_CR.search(text):
        line = _normalised_line(text, lone.start())
        found.append(file_warning("cr", texts.CR_NORMALISED, line))
    return found


def _normalised_line(text: str, offset: int) -> int:
    """The line of ``offset`` once CRLF and CR are LF."""
    before = text[:offset]
    return before.count("\n") + before.count("\r") - before.count("\r\n") + 1


def _to_text(data: bytes | str) -> str:
    if isinstance(data, str):
        return data
    if len(data) > MAX_FILE_BYTES:
        message = texts.TOO_LARGE.format(size=len(data), limit=MAX_FILE_BYTES)
        raise CaseFileError([file_error("for-stor", message)])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        message = texts.NOT_UTF8.format(byte=data[error.start])
        raise CaseFileError(
            [file_error("inte-utf8", message, _line_of(data, error.start))]
        ) from None


def decode_case_text(data: bytes | str) -> DecodedText:
    """Decode and normalise a case file; raise ``CaseFileError`` if it cannot be text."""
    text = _to_text(data)
    warnings: list[Problem] = []
    if "\x00" in text:
        line = _normalised_line(text, text.index("\x00"))
        raise CaseFileError([file_error("nul", texts.NUL_BYTE, line)])
    if text.startswith(BOM):
        text = text[len(BOM) :]
        warnings.append(file_warning("bom", texts.BOM_REMOVED, 1))
    if "\r" in text:
        warnings += _line_end_warnings(text)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if match := _CONFLICT_MARKER.search(text):
        message = texts.CONFLICT_MARKERS.format(marker=match.group(1))
        problem = file_error(CONFLICT_CODE, message, _line_of(text, match.start()))
        place = (match.group(2) or "").partition(CONFLICT_PLACE_SEPARATOR)[2].strip()
        raise CaseFileError([replace(problem, field=place)])
    return DecodedText(text, warnings)
