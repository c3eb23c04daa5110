"""Case → PDF: the HTML export laid out by weasyprint, with the page rules of its CSS (a
running header from page 2, "Sida N (M)" footers, Swedish hyphenation from ``lang="sv"``).

weasyprint is an optional extra (``pip install 'pmtui[pdf]'``) and needs the system's
pango libraries, so it is imported only here, on the first PDF, and its absence is an
``ExportError`` that names what to install. The page holds no resource to fetch: raw HTML
is escaped and images are not rendered (``safe_markdown``), so nothing is loaded from the
network or the disk.
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType

from pmtui.export.errors import ExportError
from pmtui.texts import export as texts

_LIBRARY = re.compile(r"'((?:lib)?[\w.+-]+)'")


def _weasyprint() -> ModuleType:
    try:
        return importlib.import_module("weasyprint")
    except ImportError:  # not installed
        detail = texts.PDF_NO_WEASYPRINT
    except OSError as error:  # installed, but pango (a C library) could not be loaded
        found = _LIBRARY.search(str(error))
        detail = texts.PDF_NO_LIBRARY.format(library=found.group(1) if found else "pango")
    raise ExportError(texts.PDF_MISSING.format(detail=detail))


def pdf_document(page: str) -> bytes:
    """The HTML ``page`` as PDF bytes."""
    weasyprint = _weasyprint()
    try:
        data = weasyprint.HTML(string=page).write_pdf()
    except (OSError, ValueError) as error:
        raise ExportError(texts.PDF_FAILED.format(detail=type(error).__name__)) from None
    if not isinstance(data, bytes):
        raise ExportError(texts.PDF_FAILED.format(detail=type(data).__name__))
    return data
