"""Data the assistant ships beside its code (a stance model, contradiction cues), loaded once from
the package, and replaceable for a while so a cross-validation can score each fold with what was
learned without it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Shipped(Generic[T]):
    """One JSON file of workbench/assist/models, read into a `T` the first time it is asked for."""

    def __init__(self, file: str, read: Callable[[dict[str, Any]], T]) -> None:
        self._file = file
        self._read = read
        self._loaded: T | None = None
        self._replacements: list[T] = []

    def current(self) -> T:
        if self._replacements:
            return self._replacements[-1]
        if self._loaded is None:
            text = (
                resources.files("workbench.assist.models").joinpath(self._file).read_text("utf-8")
            )
            self._loaded = self._read(json.loads(text))
        return self._loaded

    @contextmanager
    def replaced_by(self, value: T) -> Iterator[None]:
        self._replacements.append(value)
        try:
            yield
        finally:
            self._replacements.pop()
