"""The one error of importing: its message is for users (Swedish) and names the file."""

from __future__ import annotations


class ImportFailed(Exception):
    """A file could not be imported; ``str(error)`` says why and what to do."""
