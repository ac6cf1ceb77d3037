"""The `library` fixture over both engines: a SQLite folder and a team library on PostgreSQL.

A test suite's conftest imports `library` from here to run every test on each engine.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.store import Library


@pytest.fixture(params=["sqlite", "postgresql"])
def library(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Library]:
    if request.param == "sqlite":
        opened = Library.open(tmp_path / "library")
    else:
        address = request.getfixturevalue("server_address")
        opened = Library.connect(address, folder=tmp_path / "team")
    yield opened
    opened.close()
