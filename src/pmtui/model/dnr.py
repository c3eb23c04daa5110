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

from pmtui.model.base import WHITESPACE, json_pattern
from pmtui.texts import model as texts

# The one definition of a dnr in a file, for Python and the JSON Schema alike: the modern
# form (groups 1-3: registry, year, serial) or the older (4-6: registry, serial, year), with
# spaces and tabs inside and any whitespace around.
_MODERN = r"([A-Za-z]{1,10})[ \t]*([0-9]{4})[ \t]*/[ \t]*([0-9]{1,7})"
_OLDER = r"([0-9]{1,4})[ \t]*-[ \t]*([0-9]{1,7})[ \t]*/[ \t]*([0-9]{4})"
DNR_BODY = f"{WHITESPACE}*(?:{_MODERN}|{_OLDER}){WHITESPACE}*"
_DNR = re.compile(DNR_BODY)
_MODERN_SLUG = re.compile(r"([a-z]{1,10})-(\d{4})-(\d{1,7})", re.ASCII)
_OLDER_SLUG = re.compile(r"(\d{1,4})-(\d{1,7})-(\d{4})", re.ASCII)
_REGISTRY = re.compile(r"[A-Z]{1,10}|0|[1-9]\d{0,3}", re.ASCII)
DNR_JSON_SCHEMA: dict[str, Any] = {
    "type": "string",
    "pattern": json_pattern(DNR_BODY),
    "patternErrorMessage": texts.SCHEMA_DNR_HINT,
    "examples": ["KS 2023/886"],
}


class DnrError(ValueError):
    """The text is not a diarienummer; the message is for users (Swedish)."""


@dataclass(frozen=True, order=True)
class Dnr:
    """A parsed diarienummer. ``registry`` is ``KS`` or ``155``; ``serial`` has no zeros."""

    registry: str
    year: int
    serial: int

    def __post_init__(self) -> None:
        """Refuse parts that could not have come from a dnr (they would reach file names)."""
        registry_ok = isinstance(self.registry, str) and _REGISTRY.fullmatch(self.registry)
        year_ok = isinstance(self.year, int) and 0 <= self.year <= 9999
        serial_ok = isinstance(self.serial, int) and 0 <= self.serial <= 9_999_999
        if not (registry_ok and year_ok and serial_ok):
            raise DnrError(
                texts.DNR_INVALID.format(value=f"{self.registry} {self.year}/{self.serial}")
            )

    @classmethod
    def parse(cls, text: str) -> Dnr:
        """Parse either form, tolerating case and spacing; raise ``DnrError`` if invalid."""
        match = _DNR.fullmatch(text)
        if match is None:
            raise DnrError(texts.DNR_INVALID.format(value=text))
        registry, year, serial, older, older_serial, older_year = match.groups()
        if registry is not None:
            return cls(registry.upper(), int(year), int(serial))
        return cls(str(int(older)), int(older_year), int(older_serial))

    @classmethod
    def from_trusted_parts(cls, registry: str, year: int, serial: int) -> Dnr:
        """A dnr from parts that a ``Dnr`` gave before (e.g. a cache row), without checking
        them again: for rebuilding thousands of known-good dnrs fast."""
        dnr = object.__new__(cls)
        object.__setattr__(dnr, "__dict__", {"registry": registry, "year": year, "serial": serial})
        return dnr

    @classmethod
    def from_slug(cls, slug: str) -> Dnr:
        """The dnr a slug was made from; raise ``DnrError`` if it is not a canonical slug.

        Only the slug a dnr gives is accepted (``ks-2023-0886`` is not), so slug and dnr
        map one to one and no two file names name the same case.
        """
        dnr: Dnr | None = None
        if match := _MODERN_SLUG.fullmatch(slug):
            registry, year, serial = match.groups()
            dnr = cls(registry.upper(), int(year), int(serial))
        elif match := _OLDER_SLUG.fullmatch(slug):
            registry, serial, year = match.groups()
            dnr = cls(str(int(registry)), int(year), int(serial))
        if dnr is None or dnr.slug != slug:
            raise DnrError(texts.DNR_SLUG_INVALID.format(value=slug))
        return dnr

    @property
    def is_modern(self) -> bool:
        return self.registry.isalpha()

    @property
    def slug(self) -> str:
        """A file-name-safe, reversible form: ``ks-2023-886`` or ``155-1302-2015``."""
        if self.is_modern:
            return f"{self.registry.lower()}-{self.year:04d}-{self.serial}"
        return f"{self.registry}-{self.serial}-{self.year:04d}"

    @property
    def relative_path(self) -> str:
        """Where the case lives in a repository: ``cases/2023/ks-2023-886.md``."""
        return f"cases/{self.year:04d}/{self.slug}.md"

    def __str__(self) -> str:
        if self.is_modern:
            return f"{self.registry} {self.year:04d}/{self.serial}"
        return f"{self.registry}-{self.serial}/{self.year:04d}"

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
        return dict(DNR_JSON_SCHEMA)


def _validate(value: object) -> Dnr:
    if isinstance(value, Dnr):
        return value
    try:
        return Dnr.parse(value if isinstance(value, str) else repr(value))
    except DnrError as error:
        raise PydanticCustomError("dnr", str(error)) from None
