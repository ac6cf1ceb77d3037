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


@pytest.fixture(autouse=True)
def _collect_on_main_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """Qt tests run with the window's garbage guard: cycles are collected on the GUI thread only."""
    guard = None
    if {"qtbot", "qapp"} & set(request.fixturenames):
        from workbench.ui import gc_guard

        guard = gc_guard.install(request.getfixturevalue("qapp"))
        _english_once()
    yield
    if guard is not None:
        guard.collect_due()


_english: list[object] = []


def _english_once() -> None:
    """The window in English, as a user whose system speaks it sees it (with its plural forms)."""
    if not _english:
        from workbench.ui.i18n import install_language

        _english.append(install_language("en"))


def plain(text: str) -> str:
    """Text as read aloud: without the isolates that keep names in their own direction."""
    return text.replace("\u2068", "").replace("\u2069", "")


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "library")
    yield lib
    lib.close()


pytest_plugins = ["tests.team_server"]
