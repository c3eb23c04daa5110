"""The stages of a case (``status:`` in a file), with no pydantic: the store lists and
tags cases by status without loading the case models (docs/decisions.md, "lazy
imports"). ``pmtui.model.case`` exports it as before."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Stages of a case, in the order a case usually moves through them."""

    UTKAST = "utkast"
    REMISS = "remiss"
    BEREDD = "beredd"
    TILLSTYRKT = "tillstyrkt"
    BESLUTAD = "beslutad"
    ATERREMITTERAD = "återremitterad"
    BORDLAGD = "bordlagd"
