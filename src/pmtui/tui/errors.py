"""Failures shown to the user as Swedish notifications, with details in the log."""

from __future__ import annotations

import logging
from typing import Any

from textual.worker import Worker, WorkerState

from pmtui.store.errors import StoreError
from pmtui.terminal import safe_text
from pmtui.texts import tui as texts

log = logging.getLogger("pmtui.tui")


def describe_error(error: BaseException) -> str:
    """What to tell the user: the store's message and hint, or a general sentence."""
    if isinstance(error, StoreError):
        if error.hint:
            return texts.STORE_ERROR_HINT.format(message=error.message, hint=error.hint)
        return texts.STORE_ERROR.format(message=error.message)
    return texts.WORKER_FAILED.format(error=f"{type(error).__name__}: {error}")


def show_error(app: Any, error: BaseException) -> None:
    """Log ``error`` with its traceback and notify the user (plain text, no markup)."""
    log.error("%s", error, exc_info=error)
    app.notify(
        safe_text(describe_error(error)),
        title=texts.WORKER_FAILED_TITLE,
        severity="error",
        timeout=10,
        markup=False,
    )


def report_failure(app: Any, worker: Worker[Any]) -> None:
    """Call from ``on_worker_state_changed``: a worker that failed becomes a notification."""
    if worker.state is WorkerState.ERROR and worker.error is not None:
        show_error(app, worker.error)
