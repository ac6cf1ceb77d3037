"""Shared fixtures: a real library in a temporary folder, and Qt forced offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("WORKBENCH_DATA", None)

from workbench.store import Library

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo"


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "library")
    yield lib
    lib.close()
