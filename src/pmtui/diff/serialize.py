"""A comparison or a blame as plain data for ``--json`` (enums as their values)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import Enum
from typing import Any


def as_data(value: Any) -> Any:
    """Dataclasses, enums, dates and tuples turned into JSON-ready dicts, strings and lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [as_data(v) for v in value]
    return value
