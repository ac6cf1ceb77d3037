"""Fixtures for the claim assistant's widgets: the demo case in a real library, and shot paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.records import CaseRecord
from workbench.services.demo import load_demo_case
from workbench.store import Library

SHOTS = Path("/tmp/workbench-shots")


@pytest.fixture
def demo_case(library: Library) -> CaseRecord:
    return load_demo_case(library)


@pytest.fixture
def shot() -> object:
    """Save a widget's picture as /tmp/workbench-shots/assist-<name>.png for a person to look at."""

    def save(widget: object, name: str) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / f"assist-{name}.png"
        assert widget.grab().save(str(path))  # type: ignore[attr-defined]
        return path

    return save
