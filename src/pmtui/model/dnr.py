"""Diarienummer (dnr): the registration number that identifies a case.

Two forms occur: the modern ``KS 2023/886`` (registry letters, year, serial) and the older
``155-1302/2015`` (registry number, serial, year). Both map to a slug made only of
``[a-z0-9-]`` (``ks-2023-886``, ``155-1302-2015``), which is safe as a file name on every
platform and maps back to the same dnr.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from pmtui.texts import model as texts

_MODERN = re.compile(r"^([A-Za-z]{1,10})\s*(\d{4})\s*/\s*(\d{1,7})$")
_OLDER = re.compile(r"^(\d{1,4})\s*-\s*(\d{1,7})\s*/\s*(\d{4})$")
_MODERN_SLUG = re.compile(r"^([a-z]{1,10})-(\d{4})-(\d{1,7})$")
_OLDER_SLUG = re.compile(r"^(\d{1,4})-(\d{1,7})-(\d{4})$")
JSON_PATTERN = r"^([A-Za-z]{1,10} ?\d{4}/\d{1,7}|\d{1,4}-\d{1,7}/\d{4})$"


class DnrError(ValueError):
    """The text is not a diarienummer; the message is for users (Swedish)."""


@dataclass(frozen=True, order=True)
class Dnr:
    """A parsed diarienummer. ``registry`` is ``KS`` or ``155``; ``serial`` has no zeros."""

    registry: str
    year: int
    serial: int

    @classmethod
    def parse(cls, text: str) -> Dnr:
        """Parse either form, tolerating case and spacing; raise ``DnrError`` if invalid."""
        value = text.strip()
        if match := _MODERN.match(value):
            registry, year, serial = match.groups()
            return cls(registry.upper(), int(year), int(serial))
        if match := _OLDER.match(value):
            registry, serial, year = match.groups()
            return cls(str(int(registry)), int(year), int(serial))
        raise DnrError(texts.DNR_INVALID.format(value=text))

    @classmethod
    def from_slug(cls, slug: str) -> Dnr:
        """The dnr a slug was made from; raise ``DnrError`` if it is not a slug."""
        if match := _MODERN_SLUG.match(slug):
            registry, year, serial = match.groups()
            return cls(registry.upper(), int(year), int(serial))
        if match := _OLDER_SLUG.match(slug):
            registry, serial, year = match.groups()
            return cls(str(int(registry)), int(year), int(serial))
        raise DnrError(texts.DNR_SLUG_INVALID.format(value=slug))

    @property
    def is_modern(self) -> bool:
        return self.registry.isalpha()

    @property
    def slug(self) -> str:
        """A file-name-safe, reversible form: ``ks-2023-886`` or ``155-1302-2015``."""
        if self.is_modern:
            return f"{self.registry.lower()}-{self.year}-{self.serial}"
        return f"{self.registry}-{self.serial}-{self.year}"

    @property
    def relative_path(self) -> str:
        """Where the case lives in a repository: ``cases/2023/ks-2023-886.md``."""
        return f"cases/{self.year}/{self.slug}.md"

    def __str__(self) -> str:
        if self.is_modern:
            return f"{self.registry} {self.year}/{self.serial}"
        return f"{self.registry}-{self.serial}/{self.year}"

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            _validate, serialization=core_schema.plain_serializer_function_ser_schema(str)
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "string", "pattern": JSON_PATTERN, "examples": ["KS 2023/886"]}


def _validate(value: object) -> Dnr:
    if isinstance(value, Dnr):
        return value
    try:
        return Dnr.parse(value if isinstance(value, str) else repr(value))
    except DnrError as error:
        raise PydanticCustomError("dnr", str(error)) from None
