"""Modal dialogs of the app; each returns its answer with ``dismiss``."""
