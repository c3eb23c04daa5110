"""Editing cases without a screen: the session of one case being edited, its state as the
form holds it, drafts, and the indexes of the case list. No Textual and no pygit2 here:
``pmtui.tui`` shows what this package holds, and the CLI uses it too. See
docs/architecture.md."""
