"""Settings of the terminal app: a TOML file in the XDG config folder, then PMTUI_* variables.

The file is ``$XDG_CONFIG_HOME/pmtui/config.toml`` (``PMTUI_CONFIG`` names another one).
Environment variables win over the file, the file over the defaults. A file that cannot
be read or does not validate never stops the app: the defaults are used and the problem
is shown as a notification.

Example::

    theme = "textual-light"
    background_fetch = true          # opt-in: git fetch every background_fetch_minutes

    [keys]
    "pmtui.list.sort" = "f9"
    "pmtui.list.status" = "f4,ctrl+t"

Six settings of plain types are checked here, without pydantic: importing it (and
pydantic-settings) cost ~0.2 s of every app start (docs/decisions.md, issue 13).
"""

from __future__ import annotations

import difflib
import json
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from pmtui.texts import format as checks
from pmtui.texts import tui as texts

APP_NAME = "pmtui"
ENV_PREFIX = "pmtui_"  # matched without regard to case, as PMTUI_THEME
MIN_FETCH_MINUTES = 1
_TRUE = frozenset({"1", "true", "t", "yes", "y", "on"})  # as pydantic reads a bool
_FALSE = frozenset({"0", "false", "f", "no", "n", "off"})


def config_path() -> Path:
    """Where the config file is read from: PMTUI_CONFIG, else the XDG config folder."""
    explicit = os.environ.get("PMTUI_CONFIG")
    if explicit:
        return Path(explicit)
    return platformdirs.user_config_path(APP_NAME) / "config.toml"


def log_path() -> Path:
    """Where the app writes details of errors (XDG state folder)."""
    return platformdirs.user_state_path(APP_NAME) / "pmtui.log"


@dataclass
class TuiSettings:
    """Everything a user may set for the terminal app."""

    keys: dict[str, str] = field(default_factory=dict)
    """Key remapping: binding id → keys, comma separated; ids are shown by ``?``."""
    theme: str = "textual-dark"
    """Colour theme: any Textual theme name (textual-dark, textual-light, nord, …)."""
    body_search: bool = True
    """Whether typing in the list also searches case texts (an index built at start)."""
    offer_branch: bool = True
    """Whether opening a case on the default branch offers a case branch first."""
    background_fetch: bool = False
    """Opt-in: fetch every ``background_fetch_minutes`` for the early warning and ↑↓."""
    background_fetch_minutes: int = 10
    """Minutes between background fetches (at least 1)."""

    @classmethod
    def model_construct(cls, **values: Any) -> TuiSettings:
        """Settings as given, not checked (the defaults; tests)."""
        return cls(**values)


class SettingProblem(ValueError):
    """A setting that does not validate: where (``keys.pmtui.list.sort``) and what."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")


NAMES = tuple(f.name for f in fields(TuiSettings))


def _read_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    with path.open("rb") as stream:
        return tomllib.load(stream)


def _from_environment() -> dict[str, Any]:
    """PMTUI_<NAME> variables (any case) of the settings' names; ``keys`` as JSON."""
    found: dict[str, Any] = {}
    for variable, value in os.environ.items():
        name = variable.lower().removeprefix(ENV_PREFIX)
        if variable.lower().startswith(ENV_PREFIX) and name in NAMES:
            found[name] = _json(name, value) if name == "keys" else value
    return found


def _json(name: str, value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        raise SettingProblem(name, _expected("dict_type", value)) from None


def load_settings(path: Path | None = None) -> tuple[TuiSettings, list[str]]:
    """The settings and, if the file was unusable, a Swedish message saying why."""
    path = path or config_path()
    try:
        values = {**_read_file(path), **_from_environment()}
        return TuiSettings(**{name: _checked(name, value) for name, value in values.items()}), []
    except (OSError, tomllib.TOMLDecodeError, ValueError) as error:
        reason = _reason(error)
        return TuiSettings.model_construct(), [texts.CONFIG_INVALID.format(path=path, error=reason)]


def _checked(name: str, value: Any) -> Any:
    """The value of setting ``name`` as its type, or ``SettingProblem``."""
    if name not in NAMES:
        close = difflib.get_close_matches(name, NAMES, n=1, cutoff=0.6)
        unknown = checks.UNKNOWN_KEY_SUGGEST.format(suggestion=close[0]) if close else None
        raise SettingProblem(name, unknown or checks.UNKNOWN_KEY)
    if name == "keys":
        return _keys(value)
    if name == "theme":
        if not isinstance(value, str):
            raise SettingProblem(name, _expected("string_type", value))
        return value
    if name == "background_fetch_minutes":
        return _minutes(value)
    return _flag(name, value)


def _keys(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise SettingProblem("keys", _expected("dict_type", value))
    for binding, keys in value.items():
        if not isinstance(keys, str):
            raise SettingProblem(f"keys.{binding}", _expected("string_type", keys))
    return dict(value)


def _flag(name: str, value: Any) -> bool:
    """A bool, or what pydantic read as one: 0/1, or true/false/yes/no/on/off as text."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower() if isinstance(value, int | str) else None
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise SettingProblem(name, _expected("bool_type", value))


def _minutes(value: Any) -> int:
    name = "background_fetch_minutes"
    number = value if isinstance(value, int) and not isinstance(value, bool) else None
    if isinstance(value, str) and value.strip().isdigit():
        number = int(value)
    if number is None:
        raise SettingProblem(name, _expected("int_type", value))
    if number < MIN_FETCH_MINUTES:
        at_least = texts.CONFIG_AT_LEAST.format(minimum=MIN_FETCH_MINUTES)
        raise SettingProblem(name, checks.EXPECTED.format(expected=at_least, got=number))
    return number


def _expected(kind: str, value: Any) -> str:
    return checks.EXPECTED.format(expected=checks.EXPECTED_BY_TYPE[kind], got=_got(value))


def _got(value: Any) -> str:
    if isinstance(value, dict):
        return checks.GOT_MAPPING
    if isinstance(value, list):
        return checks.GOT_LIST
    text = str(value)
    return text if len(text) <= 40 else checks.SHORTENED.format(start=text[:40], length=len(text))


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)
