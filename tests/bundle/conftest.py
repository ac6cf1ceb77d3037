from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bundle.helpers import marked_demo
from workbench.services.bundles import export_case
from workbench.store import Library


@pytest.fixture
def other_library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "other")
    yield lib
    lib.close()


@pytest.fixture
def demo_case(library: Library) -> int:
    return marked_demo(library)


@pytest.fixture
def case_file(library: Library, demo_case: int, tmp_path: Path) -> Path:
    path = tmp_path / "demo.fcase"
    export_case(library, demo_case, path)
    return path
