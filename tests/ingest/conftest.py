"""Article files written once per test session: the demo case in every format, and bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures import build_bad_files, build_demo_files


@pytest.fixture(scope="session")
def demo_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_demo_files(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="session")
def bad_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_bad_files(tmp_path_factory.mktemp("bad"))
