"""Checking the type of every field read from a case file, by hand, with messages a user can act on.

A case file may come from anyone; nothing in it is trusted until each field has been checked.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from workbench.core.errors import BundleRejected

E = TypeVar("E", bound=StrEnum)

KEY_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,40}")
HASH_PATTERN = re.compile(r"[0-9a-f]{64}")
MAX_TEXT = 50_000_000


class Fields:
    """One JSON object from a case file; each accessor checks a field's presence and type."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise BundleRejected(f"{where} should be an object, not {_kind(value)}.")
        self.value: dict[str, Any] = value
        self.where = where

    def text(self, name: str, *, default: str | None = None) -> str:
        value = self.value.get(name, default)
        if value is None:
            raise BundleRejected(f"{self.where}: {name!r} is missing.")
        if not isinstance(value, str):
            raise BundleRejected(f"{self.where}: {name!r} should be text, not {_kind(value)}.")
        if len(value) > MAX_TEXT:
            raise BundleRejected(f"{self.where}: {name!r} is too long.")
        return value

    def optional_text(self, name: str) -> str | None:
        if self.value.get(name) is None:
            return None
        return self.text(name)

    def key(self, name: str) -> str:
        value = self.text(name)
        if not KEY_PATTERN.fullmatch(value):
            raise BundleRejected(f"{self.where}: {name!r} is not a valid key ({value[:50]!r}).")
        return value

    def optional_key(self, name: str) -> str | None:
        if self.value.get(name) is None:
            return None
        return self.key(name)

    def digest(self, name: str) -> str:
        value = self.text(name)
        if not HASH_PATTERN.fullmatch(value):
            raise BundleRejected(f"{self.where}: {name!r} is not a SHA-256 checksum.")
        return value

    def integer(self, name: str, *, minimum: int = 0) -> int:
        value = self.value.get(name)
        # bool is a subclass of int; true must not pass for 1.
        if not isinstance(value, int) or isinstance(value, bool):
            raise BundleRejected(
                f"{self.where}: {name!r} should be a whole number, not {_kind(value)}."
            )
        if value < minimum:
            raise BundleRejected(f"{self.where}: {name!r} should be at least {minimum}.")
        return value

    def boolean(self, name: str, *, default: bool = False) -> bool:
        value = self.value.get(name, default)
        if not isinstance(value, bool):
            raise BundleRejected(
                f"{self.where}: {name!r} should be true or false, not {_kind(value)}."
            )
        return value

    def choice(self, name: str, enum: type[E]) -> E:
        value = self.text(name)
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(item.value for item in enum)
            raise BundleRejected(
                f"{self.where}: {name!r} should be one of {allowed}, not {value[:40]!r}."
            ) from None

    def optional_choice(self, name: str, enum: type[E]) -> E | None:
        if self.value.get(name) is None:
            return None
        return self.choice(name, enum)

    def optional_date(self, name: str) -> date | None:
        value = self.optional_text(name)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise BundleRejected(
                f"{self.where}: {name!r} is not a date ({value[:20]!r})."
            ) from None

    def array(self, name: str) -> list[Any]:
        value = self.value.get(name)
        if not isinstance(value, list):
            raise BundleRejected(f"{self.where}: {name!r} should be a list, not {_kind(value)}.")
        return value

    def obj(self, name: str) -> Fields:
        return Fields(self.value.get(name), f"{self.where}: {name!r}")


def items(value: Any, where: str) -> list[Fields]:
    """A JSON list of objects, each wrapped for checking and named by its position."""
    if not isinstance(value, list):
        raise BundleRejected(f"{where} should be a list, not {_kind(value)}.")
    return [Fields(item, f"{where}, item {number}") for number, item in enumerate(value, 1)]


def _kind(value: Any) -> str:
    names = {
        type(None): "nothing",
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "an object",
    }
    return names.get(type(value), type(value).__name__)
