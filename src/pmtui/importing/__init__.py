"""Importing PMs and utlåtanden from text, PDF and DOCX files, without losing a word.

Above ``pmtui.format`` and ``pmtui.model``, below ``pmtui.cli`` and ``pmtui.tui``: no Git,
no Textual. ``import_file`` reads a document (``readers``), cleans its lines (``lines``),
recognises its parts (``recognise``) and builds a valid case (``build``); every word it
could not place is in the kept section ``texts.importing.KEPT_HEADING``.
"""

from __future__ import annotations

from pmtui.importing.errors import ImportFailed
from pmtui.importing.importer import (
    ImportResult,
    import_file,
    import_source,
    import_text,
    with_free_local_number,
)

__all__ = [
    "ImportFailed",
    "ImportResult",
    "import_file",
    "import_source",
    "import_text",
    "with_free_local_number",
]
