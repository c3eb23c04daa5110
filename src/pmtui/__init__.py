"""pmtui: a keyboard-driven terminal workbench for borgarråd case documents (PM)."""

__version__ = "0.1.0"
