"""Writing an export to a file: atomically (a reader sees the old file or the new one), never
into the case folder, with a Swedish reason when the system refuses."""

from __future__ import annotations

import errno
from pathlib import Path

from pmtui.atomic import write_atomically
from pmtui.export.errors import ExportError
from pmtui.texts import cli as cli_texts
from pmtui.texts import export as texts

CASES_FOLDER = "cases"


def _why(error: OSError) -> str:
    name = errno.errorcode.get(error.errno or 0, str(error.errno))
    known = texts.WRITE_ERRORS.get(name) or cli_texts.OS_ERRORS.get(name)
    return known or cli_texts.OS_ERROR_OTHER.format(code=name)


def check_target(path: Path, root: Path | None) -> None:
    """Refuse a target in the repository's ``cases/`` (an export there could replace a
    case file, and would be read as one) or in a folder that does not exist."""
    if root is not None:
        cases = (root / CASES_FOLDER).resolve()
        if path.resolve() == cases or cases in path.resolve().parents:
            raise ExportError(texts.IN_CASES_FOLDER.format(path=path, folder=cases))
    if not path.parent.is_dir():
        raise ExportError(texts.FOLDER_MISSING.format(folder=path.parent))


def write_export(path: Path, data: bytes) -> None:
    """``data`` to ``path``, atomically; an existing file keeps its permissions."""
    try:
        write_atomically(path, data)
    except OSError as error:
        raise ExportError(texts.WRITE_FAILED.format(path=path, error=_why(error))) from None
