"""Diarienummer (dnr): the registration number that identifies a case.

Two forms occur: the modern ``KS 2023/886`` (registry letters, year, serial) and the older
``155-1302/2015`` or ``023-1083/2008`` (registry number, serial, year). A third, honest
form says the dnr is not known: ``okänt (lokalt 2008-3)``, a year and a local number that
stand in for it. Each maps to a slug made only of ``[a-z0-9-]`` (``ks-2023-886``,
``23-1083-2008``, ``okant-2008-3``), which is safe as a file name on every platform and
maps back to the same dnr.

A dnr is shown as printed (``023-1083/2008`` keeps its zeros) and compared, sorted and
found by its key, in which a registry number's leading zeros do not count (``023`` is
``23``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pmtui.model.patterns import WHITESPACE, any_case, json_pattern
from pmtui.texts import model as texts

if TYPE_CHECKING:  # pydantic is loaded by the models that hold a dnr, not by a dnr
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue
    from pydantic_core import core_schema

# The one definition of a dnr in a file, for Python and the JSON Schema alike: the modern
# form (groups 1-3: registry, year, serial), the older (4-6: registry, serial, year) or
# the unknown (7-8: year, local number), with spaces and tabs inside and any whitespace
# around. A serial (or local number) of only zeros is no serial.
_SERIAL = r"(?!0+(?![0-9]))([0-9]{1,7})"
_UNKNOWN_WORD = f"{any_case('ok')}[ÄäAa]{any_case('nt')}"
# The registry OKANT is reserved for the unknown form, so the two can never collide.
_MODERN_TAIL = rf"[ \t]*([0-9]{{4}})[ \t]*/[ \t]*{_SERIAL}"
_MODERN = rf"(?!{any_case('okant')}[ \t]*[0-9])([A-Za-z]{{1,10}}){_MODERN_TAIL}"
_RESERVED = re.compile(rf"{WHITESPACE}*{any_case('okant')}{_MODERN_TAIL}{WHITESPACE}*")
_OLDER = rf"([0-9]{{1,4}})[ \t]*-[ \t]*{_SERIAL}[ \t]*/[ \t]*([0-9]{{4}})"
_UNKNOWN = (
    rf"{_UNKNOWN_WORD}[ \t]*\([ \t]*{any_case('lokalt')}[ \t]+([0-9]{{4}})[ \t]*-[ \t]*"
    rf"{_SERIAL}[ \t]*\)"
)
DNR_BODY = f"{WHITESPACE}*(?:{_MODERN}|{_OLDER}|{_UNKNOWN}){WHITESPACE}*"
_DNR = re.compile(DNR_BODY)
_MODERN_SLUG = re.compile(r"([a-z]{1,10})-(\d{4})-(\d{1,7})", re.ASCII)
_OLDER_SLUG = re.compile(r"(\d{1,4})-(\d{1,7})-(\d{4})", re.ASCII)
_REGISTRY = re.compile(r"[A-Z]{1,10}|[0-9]{1,4}", re.ASCII)
# The registry of a dnr that is not known; no real registry may be called so.
UNKNOWN_REGISTRY = "OKANT"
DNR_JSON_SCHEMA: dict[str, Any] = {
    "type": "string",
    "pattern": json_pattern(DNR_BODY),
    "patternErrorMessage": texts.SCHEMA_DNR_HINT,
    "examples": ["KS 2023/886"],
}


class DnrError(ValueError):
    """The text is not a diarienummer; the message is for users (Swedish)."""


def _registry_key(registry: str) -> str:
    """An older registry number as four digits, so ``023`` and ``23`` are one registry and
    registries sort as numbers (and before letters)."""
    return registry.zfill(4) if registry.isdigit() else registry


def _registry_number(registry: str) -> str:
    return str(int(registry))


class Dnr:
    """A parsed diarienummer. ``registry`` is ``KS`` or ``155`` (an older registry number
    as printed, ``023``); ``serial`` has no zeros. Equal, ordered and hashed by ``key``."""

    registry: str
    year: int
    serial: int

    def __init__(self, registry: str, year: int, serial: int) -> None:
        """Refuse parts that could not have come from a dnr (they would reach file names)."""
        registry_ok = isinstance(registry, str) and _REGISTRY.fullmatch(registry)
        year_ok = isinstance(year, int) and 0 <= year <= 9999
        serial_ok = isinstance(serial, int) and 1 <= serial <= 9_999_999
        if not (registry_ok and year_ok and serial_ok):
            raise DnrError(texts.DNR_INVALID.format(value=f"{registry} {year}/{serial}"))
        self.__dict__.update(registry=registry, year=year, serial=serial)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(name)

    def __repr__(self) -> str:
        return f"Dnr({self.registry!r}, {self.year!r}, {self.serial!r})"

    @property
    def key(self) -> tuple[str, int, int]:
        """What two dnr are compared and sorted by: the registry (a number as four digits,
        ``0023``), year, serial."""
        return (_registry_key(self.registry), self.year, self.serial)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Dnr) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)

    def __lt__(self, other: Dnr) -> bool:
        return self.key < other.key

    def __le__(self, other: Dnr) -> bool:
        return self.key <= other.key

    def __gt__(self, other: Dnr) -> bool:
        return self.key > other.key

    def __ge__(self, other: Dnr) -> bool:
        return self.key >= other.key

    @classmethod
    def parse(cls, text: str) -> Dnr:
        """Parse any form, tolerating case and spacing; raise ``DnrError`` if invalid."""
        match = _DNR.fullmatch(text)
        if match is None:
            raise DnrError(_why_not(text))
        registry, year, serial, older, older_serial, older_year, unknown_year, local = (
            match.groups()
        )
        if registry is not None:
            return cls(registry.upper(), int(year), int(serial))
        if older is not None:
            return cls(older, int(older_year), int(older_serial))
        return cls.unknown(int(unknown_year), int(local))

    @classmethod
    def unknown(cls, year: int, local_number: int) -> Dnr:
        """The honest stand-in for a dnr that is not known: ``okänt (lokalt 2008-3)``."""
        return cls(UNKNOWN_REGISTRY, year, local_number)

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
    def is_known(self) -> bool:
        """False for ``okänt (lokalt …)``: the case's real dnr is not known."""
        return self.registry != UNKNOWN_REGISTRY

    @property
    def is_modern(self) -> bool:
        return self.registry.isalpha()

    @property
    def slug(self) -> str:
        """A file-name-safe, reversible form: ``ks-2023-886`` or ``155-1302-2015``."""
        if self.is_modern:
            return f"{self.registry.lower()}-{self.year:04d}-{self.serial}"
        return f"{_registry_number(self.registry)}-{self.serial}-{self.year:04d}"

    @property
    def relative_path(self) -> str:
        """Where the case lives in a repository: ``cases/2023/ks-2023-886.md``."""
        return f"cases/{self.year:04d}/{self.slug}.md"

    @property
    def printed(self) -> str:
        """The dnr as a document prints it: ``okänt`` when it is not known."""
        return str(self) if self.is_known else texts.DNR_UNKNOWN_PRINTED

    def __str__(self) -> str:
        if not self.is_known:
            return texts.DNR_UNKNOWN.format(year=f"{self.year:04d}", number=self.serial)
        if self.is_modern:
            return f"{self.registry} {self.year:04d}/{self.serial}"
        return f"{self.registry}-{self.serial}/{self.year:04d}"

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[Any], handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        from pydantic_core import core_schema

        return core_schema.no_info_plain_validator_function(
            _validate, serialization=core_schema.plain_serializer_function_ser_schema(str)
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return dict(DNR_JSON_SCHEMA)


def _why_not(text: str) -> str:
    """The message for a text that is not a dnr: a plain ``okänt`` and the reserved
    registry get their own."""
    if re.fullmatch(_UNKNOWN_WORD, text.strip()):
        return texts.DNR_UNKNOWN_NEEDS_ID.format(value=text)
    if _RESERVED.fullmatch(text):
        return texts.DNR_RESERVED.format(value=text.strip())
    return texts.DNR_INVALID.format(value=text)


def _validate(value: object) -> Dnr:
    if isinstance(value, Dnr):
        return value
    try:
        return Dnr.parse(value if isinstance(value, str) else repr(value))
    except DnrError as error:
        from pydantic_core import PydanticCustomError

        raise PydanticCustomError("dnr", str(error)) from None
