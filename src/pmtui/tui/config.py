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
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from pmtui.format.validation import error_message
from pmtui.texts import tui as texts

APP_NAME = "pmtui"


def config_path() -> Path:
    """Where the config file is read from: PMTUI_CONFIG, else the XDG config folder."""
    explicit = os.environ.get("PMTUI_CONFIG")
    if explicit:
        return Path(explicit)
    return platformdirs.user_config_path(APP_NAME) / "config.toml"


def log_path() -> Path:
    """Where the app writes details of errors (XDG state folder)."""
    return platformdirs.user_state_path(APP_NAME) / "pmtui.log"


class TuiSettings(BaseSettings):
    """Everything a user may set for the terminal app."""

    model_config = SettingsConfigDict(env_prefix="PMTUI_", extra="forbid")

    keys: dict[str, str] = Field(
        default_factory=dict,
        description=(
            "Key remapping: binding id → keys, comma separated (e.g. "
            '"pmtui.list.sort" = "f9"). The ids are listed on the help screen (?).'
        ),
    )
    """Key remapping: binding id → keys, comma separated; ids are shown by ``?``."""

    theme: str = Field(
        default="textual-dark",
        description="Colour theme: any Textual theme name, e.g. textual-light, nord.",
    )
    """Colour theme: any Textual theme name (textual-dark, textual-light, nord, …)."""

    body_search: bool = Field(
        default=True,
        description="Also search the case texts when filtering (builds an index at start).",
    )
    """Whether typing in the list also searches case texts (an index built at start)."""

    offer_branch: bool = Field(
        default=True,
        description=(
            "Offer a case branch (arende/…) when a case is opened on the default branch of a "
            "clone with a remote (once per session)."
        ),
    )
    """Whether opening a case on the default branch offers a case branch first."""

    background_fetch: bool = Field(
        default=False,
        description="Fetch from the remotes in the background (git fetch --all, no prompts).",
    )
    """Opt-in: fetch every ``background_fetch_minutes`` for the early warning and ↑↓."""

    background_fetch_minutes: int = Field(
        default=10, ge=1, description="Minutes between background fetches."
    )
    """Minutes between background fetches (at least 1)."""

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The file's values arrive as init arguments; environment variables win over them.
        return env_settings, init_settings


def _read_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    with path.open("rb") as stream:
        return tomllib.load(stream)


def load_settings(path: Path | None = None) -> tuple[TuiSettings, list[str]]:
    """The settings and, if the file was unusable, a Swedish message saying why."""
    path = path or config_path()
    try:
        return TuiSettings(**_read_file(path)), []
    except (OSError, tomllib.TOMLDecodeError, ValidationError, ValueError) as error:
        reason = _reason(error)
        return TuiSettings.model_construct(), [texts.CONFIG_INVALID.format(path=path, error=reason)]


def _reason(error: Exception) -> str:
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        return f"{where}: {error_message(first)}"
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)
