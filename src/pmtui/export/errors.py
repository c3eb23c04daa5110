"""The one error of exporting: a Swedish message that says what to do."""

from __future__ import annotations


class ExportError(Exception):
    """The case cannot be exported as asked; ``str(error)`` is the Swedish message."""
