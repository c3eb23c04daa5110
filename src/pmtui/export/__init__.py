"""Exports of a case in the official layout of a printed PM: txt, md, html, docx and pdf.

Every writer styles the same parts, ``pmtui.format.render.document_parts`` (the layout
``pmtui show`` prints), so the five formats hold the same words in the same order. This
package knows nothing of Git or Textual: the CLI and the app hand it a case.
"""

from __future__ import annotations

from pmtui.export.errors import ExportError
from pmtui.export.formats import Exported, ExportFormat, default_file_name, export_case

__all__ = ["ExportError", "ExportFormat", "Exported", "default_file_name", "export_case"]
